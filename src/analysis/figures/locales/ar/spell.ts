// Arabic spelling tolerance for lexicon patterns. News copy writes hamza forms loosely (أ/إ/آ/ا),
// ta marbuta as ه, final ya as ى (and the reverse), and may add case endings or tatweel ("قتيلاً",
// "قُتل"). `ar()` rewrites a readable pattern so each Arabic letter outside a character class
// accepts its variants and any diacritics after it; inside a class the variants are added.

const VARIANTS: Record<string, string> = {
  'ا': 'اأإآ',
  'أ': 'اأإآ',
  'إ': 'اأإآ',
  'آ': 'اأإآ',
  'ة': 'ةه',
  'ى': 'ىي',
  'ي': 'يى',
};
const MARKS = String.raw`[\u064B-\u0652\u0670\u0640]*`;
const isArabicLetter = (c: string) => c >= '\u0621' && c <= '\u064A';

export function ar(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += VARIANTS[c] ?? c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    if (isArabicLetter(c)) {
      const v = VARIANTS[c];
      out += (v ? `[${v}]` : c) + MARKS;
      continue;
    }
    out += c;
  }
  return out;
}

/** Clitics before a word: و/ف ("and"), then ب/ل ("by", "for"). */
export const CLITIC = '(?:[وف])?(?:[بل])?';

// Arabic number words. Keys are written normalised (أ/إ/آ as ا, ة as ه, ى as ي, no diacritics); the
// regex also accepts the other spellings, diacritics (tanwin: "ألفاً") and tatweel, and a clinging
// و ("and") or ب ("by"). Units come before tens ("خمسة وعشرين" = 25), و joins every part
// ("ثلاثمئة وخمسة وعشرون", "25 ألفا و667"), teens are two words ("ثلاثة عشر", "أحد عشر"), and duals
// carry their own 2 ("ألفين", "مئتين", "مليونين"). "عشرات", "مئات", "آلاف", "ملايين" alone carry no number;
// "أحد"/"إحدى" alone mean "one of", not a count. Dual nouns ("قتيلان", "جريحين") are a locale matter:
// see `arabicDualStem`.
import { entry, spellings, table } from './common.js';
import type { LangSpec, Lexeme, WordEntry } from './types.js';

const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;

export function normaliseArabic(s: string): string {
  return s
    .replace(DIACRITICS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[\s\u00A0]+/g, ' ');
}

/**
 * Candidate singular stems of an Arabic dual noun, or []: "قتيلان"/"قتيلين" -> ["قتيل"],
 * "امرأتين" -> ["امرات", "امراه"] (the dual's ت may be the singular's ة). Morphology alone cannot
 * tell a dual from a sound masculine plural ("مدنيين" is both), so a caller should accept a stem
 * only for nouns whose plural is broken (قتيل/قتلى, جريح/جرحى, طفل/أطفال, جندي/جنود, شخص/أشخاص):
 * for those the -ان/-ين form can only be a dual, i.e. 2.
 */
export function arabicDualStems(word: string): string[] {
  const full = normaliseArabic(word);
  const out: string[] = [];
  // a leading و/ف may be a clitic ("وطفلين") or the noun's own letter ("فلسطينيان")
  for (const w of new Set([full.replace(/^[وف]?(?:ال)?/, ''), full.replace(/^(?:ال)?/, '')])) {
    if (w.length < 4) continue;
    const end = w.slice(-2);
    if (end !== 'ان' && end !== 'ين') continue;
    const stem = w.slice(0, -2);
    out.push(...(stem.endsWith('ت') ? [stem, `${stem.slice(0, -1)}ه`] : [stem]));
  }
  return out;
}

const U = (v: number, keys: string[], extra: Partial<Lexeme> = {}, more: Partial<WordEntry> = {}): WordEntry[] =>
  spellings(keys, { c: 'U', v, ...extra }, more);

const HUNDREDS: Array<[string[], number]> = [
  [['ثلاث', 'ثلاثه'], 300], [['اربع', 'اربعه'], 400], [['خمس', 'خمسه'], 500], [['ست', 'سته'], 600],
  [['سبع', 'سبعه'], 700], [['ثمان', 'ثماني', 'ثمانيه'], 800], [['تسع', 'تسعه'], 900],
];

/** The scale words whose bare "-ا" form is also a dual in construct ("ألفا شخص", "مليونا نازح"). */
const DUAL_CONSTRUCT: Record<string, number> = { الفا: 1e3, مليونا: 1e6, مليارا: 1e9 };

/**
 * "ألفا"/"مليونا" read by their neighbours. With a count before, the form is the singular after a
 * number ("25 ألفا", "ثلاثين ألفا"): the table's scale word. With no count before and a noun right
 * after it ("ألفا شخص", "مليونا نازح"), it is the dual in construct: 2000, 2 000 000 (the accusative
 * singular "ألفاً" takes no noun after it, only "من": "ألفاً من الجنود" = 1000).
 */
function dualConstruct(key: string, text: string, start: number, end: number): Lexeme | undefined {
  const v = DUAL_CONSTRUCT[key];
  if (v === undefined) return undefined;
  if (/\u064B/.test(text.slice(start, end))) return undefined; // tanwin: "ألفاً"
  const next = /^[\s\u00A0]+([\p{L}\u064B-\u065F\u0670\u0640]+)/u.exec(text.slice(end, end + 40));
  if (!next) return undefined;
  const noun = normaliseArabic(next[1]);
  // "ألفا من", "ألفا و667", "ألفا وخمسمئة", "ألفا تقريبا": no noun in construct
  if (/^(?:من|منهم|و|ف|على|او|في|الي|الا|عن|نحو|تقريبا)/.test(noun) || NUMBER_WORDS.has(noun)) return undefined;
  const prev = /([\p{L}\p{N}\u064B-\u065F\u0670\u0640]+)[\s\u00A0]*$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (prev && (/[\d\u0660-\u0669]/u.test(prev[1]) || NUMBER_WORDS.has(normaliseArabic(prev[1]).replace(/^و/, '')))) return undefined;
  return { c: 'S', v, mult: 2 };
}

export const ar: LangSpec = {
  lang: 'ar',
  words: [
    // "واحد" right after a word is that word's adjective ("أسرة واحدة", "شخص واحد": the locale reads
    // "X واحد" itself), unless a tens word follows ("واحد وعشرون")
    ...U(1, ['واحد', 'واحده'], {}, { onlyBefore: String.raw`(?<![\p{L}\p{M}][\s\u00A0]+و[اأإآٱ]حد[هة]?[\u064B-\u065F\u0670\u0640]*)|[\s\u00A0]+و\u0640?(?:عشر|ثلاث|[اأ]ربع|خمس|ست|سبع|ثمان|تسع)` }),
    ...U(1, ['احد', 'احدي'], { only: true }),
    ...U(2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين']),
    ...U(2, ['اثنا', 'اثني', 'اثنتا', 'اثنتي'], { only: true }),
    ...U(3, ['ثلاث', 'ثلاثه']),
    ...U(4, ['اربع', 'اربعه']),
    ...U(5, ['خمس', 'خمسه']),
    ...U(6, ['ست', 'سته']),
    ...U(7, ['سبع', 'سبعه']),
    ...U(8, ['ثمان', 'ثماني', 'ثمانيه']),
    ...U(9, ['تسع', 'تسعه']),
    ...spellings(['عشر', 'عشره'], { c: 'T10', v: 10 }),
    ...table('T', [
      ['عشرون', 20], ['عشرين', 20], ['ثلاثون', 30], ['ثلاثين', 30], ['اربعون', 40], ['اربعين', 40], ['خمسون', 50],
      ['خمسين', 50], ['ستون', 60], ['ستين', 60], ['سبعون', 70], ['سبعين', 70], ['ثمانون', 80], ['ثمانين', 80],
      ['تسعون', 90], ['تسعين', 90],
    ]),
    ...spellings(['مئه', 'مائه', 'ميه'], { c: 'H', v: 100, bare: true }),
    ...spellings(['مئتان', 'مئتين', 'مائتان', 'مائتين', 'مئتا', 'مئتي', 'مائتا', 'مائتي'], { c: 'HV', v: 200 }),
    ...HUNDREDS.flatMap(([units, v]) =>
      units.flatMap((u) => spellings([`${u}مئه`, `${u}مائه`, `${u} مئه`, `${u} مائه`], { c: 'HV', v })),
    ),
    ...spellings(['الف', 'الفا'], { c: 'S', v: 1e3, bare: true }, { notBefore: String.raw`(?:ربع|ثلث|[اأ]رباع|[اأ]ثلاث)[\u064B-\u065F\u0670\u0640]*[\s\u00A0]+(?:ال)?` }),
    entry('الاف', { c: 'S', v: 1e3, plural: true }),
    ...spellings(['الفان', 'الفين', 'الفي'], { c: 'S', v: 1e3, mult: 2 }),
    // "ربع مليون" (a quarter), "ثلث مليون" (a third): fractions this table does not read; better no
    // count than a million
    ...spellings(['مليون', 'مليونا'], { c: 'S', v: 1e6, bare: true }, { notBefore: String.raw`(?:ربع|ثلث|[اأ]رباع|[اأ]ثلاث)[\u064B-\u065F\u0670\u0640]*[\s\u00A0]+(?:ال)?` }),
    entry('ملايين', { c: 'S', v: 1e6, plural: true }),
    ...spellings(['مليونان', 'مليونين', 'مليوني'], { c: 'S', v: 1e6, mult: 2 }),
    ...spellings(['مليار', 'مليارا'], { c: 'S', v: 1e9, bare: true }),
    entry('مليارات', { c: 'S', v: 1e9, plural: true }),
    ...spellings(['ملياران', 'مليارين'], { c: 'S', v: 1e9, mult: 2 }),
    entry('نصف', { c: 'HALF', v: 0.5 }),
  ],
  spaceGroups: false,
  conj: /^[\s\u00A0]*و\u0640?$|^[\s\u00A0]+و[\s\u00A0]+$/,
  prefixLetters: 'وب',
  normalise: normaliseArabic,
  contextual: dualConstruct,
};

/** Every number word of the table (normalised), to tell "25 ألفا" from "ألفا شخص". */
const NUMBER_WORDS: ReadonlySet<string> = new Set(ar.words.map((w) => w.key).filter((k) => !k.includes(' ')));

// THROWAWAY: a minimal English-and-digits number finder used until ../numbers/ (findNumbers for all
// five languages) lands. Digits with "," grouping (or "." / " " grouping outside English), decimals
// with million/billion, and simple English number words. Not the contract's full coverage.
import type { Lang } from '../../types.js';
import type { NumberMatch } from '../locales/types.js';

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12, score: 20,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

const WORDS = String.raw`(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|dozen|score|hundred|thousand|million|billion|and)(?:[\s-]+|(?=$|[^\p{L}])))+`;
const RE = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(?:(\d{1,3}(?:([,. \u00A0\u202F])\d{3})(?:\2\d{3})*|\d+)(?:[.,](\d+))?(?:\s*(million|billion|m\b|bn\b))?)|(?<![\p{L}])(${WORDS})`, 'giu');

export function findNumbersFallback(text: string, lang: Lang): NumberMatch[] {
  const out: NumberMatch[] = [];
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE.exec(text))) {
    if (m[1] !== undefined) {
      const sep = m[2];
      let intPart = m[1];
      let frac = m[3];
      if (sep) intPart = intPart.split(sep).join('');
      if (sep === '.' && lang === 'en') {
        // "1.200" in English is a decimal; keep only the first group
        continue;
      }
      let value = Number(intPart);
      const scale = m[4]?.toLowerCase();
      const mult = scale === 'million' || scale === 'm' ? 1e6 : scale === 'billion' || scale === 'bn' ? 1e9 : 1;
      if (frac !== undefined) {
        const decSep = text[m.index + m[1].length];
        if (mult === 1 && decSep === ',' && frac.length === 3 && lang === 'en') {
          value = Number(intPart + frac);
          frac = undefined;
        } else value = Number(`${intPart}.${frac}`);
      }
      value = Math.round(value * mult);
      out.push({ start: m.index, end: m.index + m[0].length, value, text: m[0] });
      continue;
    }
    const raw = m[5];
    const trimmed = raw.replace(/[\s-]+$/u, '').replace(/(?:[\s-]+(?:and|a))+$/iu, '');
    const words = trimmed.toLowerCase().split(/[\s-]+/).filter(Boolean);
    const value = wordsValue(words);
    if (value == null) continue;
    const lead = raw.length - raw.trimStart().length;
    out.push({ start: m.index + lead, end: m.index + lead + trimmed.trim().length, value, text: trimmed.trim() });
  }
  return out;
}

function wordsValue(words: string[]): number | null {
  if (words.length === 0) return null;
  if (words.length === 1 && (words[0] === 'a' || words[0] === 'and' || words[0] === 'half')) return null;
  if (words[0] === 'half' && words[1] === 'a' && SCALES[words[2] ?? '']) return SCALES[words[2]] / 2;
  let total = 0;
  let cur = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const wd = words[i];
    if (wd === 'and') continue;
    if (wd === 'a') {
      if (i + 1 < words.length && (words[i + 1] === 'dozen' || words[i + 1] === 'score' || SCALES[words[i + 1]])) { cur = 1; seen = true; continue; }
      return null;
    }
    if (wd === 'half') return null;
    if (wd === 'dozen' || wd === 'score') { cur = (cur || 1) * UNITS[wd]; seen = true; continue; }
    if (UNITS[wd] !== undefined) { cur += UNITS[wd]; seen = true; continue; }
    const sc = SCALES[wd];
    if (sc) {
      if (sc === 100) cur = (cur || 1) * 100;
      else { total += (cur || 1) * sc; cur = 0; }
      seen = true;
      continue;
    }
    return null;
  }
  return seen ? total + cur : null;
}

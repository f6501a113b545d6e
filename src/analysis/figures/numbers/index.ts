// Counts written in a text, in the five languages of the extractor: digits with each language's
// grouping and decimal marks (read as the text uses them), number words and their compounds, scale
// words ("2.5 million", "3 mil 952", "25 ألفا و667"), dozens and approximate round nouns.
//
// What is NOT returned:
// - vague plurals: "dozens", "hundreds", "thousands", "scores", "des dizaines", "des centaines",
//   "des milliers", "Dutzende", "Hunderte", "Tausende", "decenas", "cientos", "miles", "عشرات",
//   "مئات", "آلاف", and "several hundred", "einige hundert", "plusieurs milliers";
// - articles: English "a"/"an", French "un"/"une", Spanish "un"/"una", German "ein"/"eine"... count
//   only before a multiplier ("a dozen", "un millier", "una veintena", "ein Dutzend", "a million");
//   "one", "uno", "eins", "واحد", "un seul", "un solo", "a single", "ein einziger" are 1;
// - ordinals ("46th", "46e", "46º", German "46. Regiment", "am 28. November"), dates and clock times
//   (2024-11-28, 28.11.2024, 28/11, 10:30, 10h30), names with digits (F-16, Su-25, MH17, M23);
// - "pour cent" / "por ciento" are not 100.
// Everything else that is a number is returned (years, ages, percentages, kilometres): whether it
// counts people is the caller's decision. Values may be non-integers ("2,5" alone is 2.5).
// `approximate` marks counts whose words say "about" ("une vingtaine", "un centenar").
import type { Lang } from '../../types.js';
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { compiledFor, findNumbersWith } from './scan.js';
import type { LangSpec, NumberMatch } from './types.js';

export type { NumberMatch } from './types.js';
export { arabicDualStems, normaliseArabic } from './ar.js';
export { parseGermanCompound } from './de.js';
export { parseDigits } from './digits.js';

const SPECS: Record<Lang, LangSpec> = { en, fr, de, es, ar };

/** All counts written in `text` (digits or words), in order, non-overlapping. */
export function findNumbers(text: string, lang: Lang): NumberMatch[] {
  return findNumbersWith(text, compiledFor(lang, SPECS));
}

/** Parse a whole string as one number, or null ("two hundred and forty" = 240, "a" = null). */
export function parseNumber(text: string, lang: Lang): number | null {
  const t = text.trim();
  if (t === '') return null;
  const found = findNumbersWith(t, compiledFor(lang, SPECS));
  return found.length === 1 && found[0].start === 0 && found[0].end === t.length ? found[0].value : null;
}

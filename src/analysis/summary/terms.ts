// The terms of a sentence the summarisers compare: content words, names and numbers, normalised
// so that they match across outlets and, for names and numbers, across languages
// ("Alep"/"Aleppo" will not, "HTS", "Idlib" and "242" will).
import type { Lang } from '../types.js';
import { MONTHS, STOPWORDS } from '../text/stopwords.js';

/** `date`: a year, or a day number next to a month name. */
export type TermKind = 'word' | 'name' | 'number' | 'date';

export interface Term {
  key: string;
  kind: TermKind;
}

export interface SentenceTerms {
  terms: Term[];
  /** Distinct keys, for overlap and similarity. */
  keys: Set<string>;
  /** The sentence states a quantity: a number other than a date, or a number word. */
  hasFigure: boolean;
}

/** Number words with a value; vague quantities ("dozens", "des centaines") count as figures only. */
const NUMBER_WORDS = new Map<string, number>();
const VAGUE_QUANTITIES: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['dozens', 'hundreds', 'thousands', 'millions', 'scores']),
  fr: new Set(['dizaines', 'centaines', 'milliers', 'millions']),
  de: new Set(['dutzende', 'hunderte', 'tausende', 'millionen']),
  es: new Set(['decenas', 'centenares', 'cientos', 'miles', 'millones']),
  ar: new Set(['عشرات', 'مئات', 'آلاف', 'ملايين']),
};
/** Words after a number that make it a measure, not a count of people: "10 km", "two years". */
const UNITS = new Set<string>();
{
  const table: [string, number][] = [
    // en
    ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
    ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['thirty', 30], ['forty', 40],
    ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
    ['thousand', 1000], ['million', 1e6], ['dozen', 12],
    // fr
    ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10],
    ['onze', 11], ['douze', 12], ['quinze', 15], ['vingt', 20], ['trente', 30], ['quarante', 40],
    ['cinquante', 50], ['soixante', 60], ['cent', 100], ['mille', 1000], ['vingtaine', 20], ['trentaine', 30],
    ['quarantaine', 40], ['cinquantaine', 50], ['soixantaine', 60], ['centaine', 100], ['douzaine', 12],
    ['dizaine', 10],
    // de
    ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9],
    ['zehn', 10], ['elf', 11], ['zwölf', 12], ['fünfzehn', 15], ['zwanzig', 20], ['dreißig', 30], ['vierzig', 40],
    ['fünfzig', 50], ['sechzig', 60], ['siebzig', 70], ['achtzig', 80], ['neunzig', 90], ['hundert', 100],
    ['tausend', 1000], ['dutzend', 12],
    // es
    ['dos', 2], ['tres', 3], ['cuatro', 4], ['cinco', 5], ['seis', 6], ['siete', 7], ['ocho', 8], ['nueve', 9],
    ['diez', 10], ['doce', 12], ['quince', 15], ['veinte', 20], ['treinta', 30], ['cuarenta', 40],
    ['cincuenta', 50], ['sesenta', 60], ['setenta', 70], ['ochenta', 80], ['noventa', 90], ['cien', 100],
    ['ciento', 100], ['mil', 1000], ['millón', 1e6], ['millones', 1e6], ['docena', 12], ['veintena', 20],
    // ar
    ['اثنان', 2], ['اثنين', 2], ['ثلاثة', 3], ['أربعة', 4], ['خمسة', 5], ['ستة', 6], ['سبعة', 7], ['ثمانية', 8],
    ['تسعة', 9], ['عشرة', 10], ['عشرين', 20], ['ثلاثين', 30], ['أربعين', 40], ['خمسين', 50], ['مئة', 100],
    ['مائة', 100], ['ألف', 1000], ['مليون', 1e6],
  ];
  for (const [w, v] of table) NUMBER_WORDS.set(w, v);
  for (const w of [
    'km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'kilomètres', 'kilometern', 'kilómetros',
    'mile', 'miles', 'meters', 'metres', 'mètres', 'metern', 'metros', 'percent', 'pourcent', 'prozent',
    'hours', 'heures', 'stunden', 'horas', 'minutes', 'minuten', 'minutos', 'days', 'jours', 'tagen', 'días',
    'years', 'ans', 'jahren', 'años', 'kilograms', 'kg', 'tons', 'tonnes', 'dollars', 'euros',
  ]) UNITS.add(w);

}

// A number: digit groups with thousands separators, or a decimal. A no-break space separates
// thousands anywhere ("14\u202F000"), a plain space only in French copy ("14 000").
const TOKEN = /(\d{1,3}(?:[\u00A0\u202F\u2009]\d{3})+(?!\d|[.,]\d)|\d+(?:[.,]\d+)*)|(\p{L}[\p{L}\p{M}]*)/gu;
const TOKEN_FR = /(\d{1,3}(?:[\u00A0\u202F\u2009 ]\d{3})+(?!\d|[.,]\d)|\d+(?:[.,]\d+)*)|(\p{L}[\p{L}\p{M}]*)/gu;
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

function numberKey(raw: string): { key: string; year: boolean; day: boolean } {
  const s = raw.replace(/[\u00A0\u202F\u2009 ]/g, '');
  let value: string;
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(s)) value = s.replace(/[.,]/g, ''); // 1,200 / 1.200
  else if (/^\d+[.,]\d+$/.test(s)) value = s.replace(',', '.'); // 2.5 / 2,5
  else value = s.replace(/[.,]/g, '');
  value = value.replace(/^0+(?=\d)/, '');
  const year = /^(?:19|20)\d\d$/.test(value) && raw.length === 4;
  return { key: `#${value}`, year, day: /^(?:[1-9]|[12]\d|3[01])$/.test(value) };
}

function normaliseWord(lower: string, lang: Lang): string {
  if (lang === 'ar') {
    let w = lower.replace(/[\u064B-\u065F\u0670]/g, ''); // diacritics
    if (w.length > 4 && w.startsWith('و')) w = w.slice(1);
    if (w.length > 4 && w.startsWith('ال')) w = w.slice(2);
    return w;
  }
  let w = /[^\x00-\x7F]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
  if (w.length > 5 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

export function sentenceTerms(text: string, lang: Lang): SentenceTerms {
  const stop = STOPWORDS[lang];
  const terms: Term[] = [];
  let figures = 0;
  let first = true;
  let afterMonth = false; // "November 29"
  let pendingDay = -1; // index in terms of a day number that a month name may follow: "29 November"
  let lastFigure = false; // the previous token was a number counted as a figure
  const src = lang === 'ar' ? text.replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10)) : text;
  for (const m of src.matchAll(lang === 'fr' ? TOKEN_FR : TOKEN)) {
    if (m[1] !== undefined) {
      const { key, year, day } = numberKey(m[1]);
      const date = year || (day && afterMonth);
      terms.push({ key, kind: date ? 'date' : 'number' });
      if (!date) figures++;
      lastFigure = !date;
      afterMonth = false;
      pendingDay = day && !date ? terms.length - 1 : -1;
      first = false;
      continue;
    }
    const raw = m[2];
    const lower = raw.toLowerCase();
    const wasFirst = first;
    first = false;
    afterMonth = MONTHS.has(lower);
    if (afterMonth && pendingDay >= 0) {
      terms[pendingDay].kind = 'date';
      figures--;
    }
    pendingDay = -1;
    if (lastFigure && UNITS.has(lower)) figures--;
    lastFigure = false;
    const value = NUMBER_WORDS.get(lower);
    if (value !== undefined) {
      terms.push({ key: `#${value}`, kind: 'number' });
      figures++;
      lastFigure = true;
      continue;
    }
    if (VAGUE_QUANTITIES[lang].has(lower)) figures++;
    if (raw.length < 3 || stop.has(lower)) continue;
    const capital = raw[0] !== lower[0];
    const acronym = raw.length >= 2 && raw === raw.toUpperCase() && capital;
    const kind: TermKind = acronym || (capital && !wasFirst) ? 'name' : 'word';
    terms.push({ key: normaliseWord(lower, lang), kind });
  }
  return { terms, keys: new Set(terms.map((t) => t.key)), hasFigure: figures > 0 };
}

/** How much a shared term says: numbers and names more than ordinary words, dates little. */
export const TERM_WEIGHT: Record<TermKind, number> = { number: 2.5, name: 1.5, word: 1, date: 0.4 };

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const k of small) if (large.has(k)) shared++;
  return shared / (a.size + b.size - shared);
}

// German number words. Numbers below a million are written as one word ("zweihundertvierzig",
// "einundzwanzig", "dreitausendfünfhundert"): they are matched as a run of number morphemes and
// parsed by `parseGermanCompound`. "ein/eine/einen/einem/einer" are articles and count only before
// a multiplier ("ein Dutzend", "eine Million", "eine halbe Million"); "ein einziger" counts 1, "eins"
// is 1. "Dutzende", "Hunderte", "Tausende", "Zehntausende", "Millionen" alone carry no number, nor do
// "einige/mehrere/ein paar hundert". "28. November", "46. Regiment", "3. Armee" are ordinals.
import { entry, latinNormalise, spellings, WS } from './common.js';
import type { DigitSuffix, LangSpec, Lexeme } from './types.js';

const UNITS: Record<string, number> = {
  ein: 1, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, 'fünf': 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
};
const BELOW_20: Record<string, number> = {
  eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, 'fünf': 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
  zehn: 10, elf: 11, 'zwölf': 12, zwoelf: 12, dreizehn: 13, vierzehn: 14, 'fünfzehn': 15, fuenfzehn: 15,
  sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const TENS: Record<string, number> = {
  zwanzig: 20, 'dreißig': 30, dreissig: 30, vierzig: 40, 'fünfzig': 50, fuenfzig: 50, sechzig: 60, siebzig: 70,
  achtzig: 80, neunzig: 90,
};

const MORPHEMES = [
  ...Object.keys(TENS), ...Object.keys(BELOW_20), 'ein', 'und', 'hundert', 'tausend', 'einhalb', 'anderthalb',
].sort((a, b) => b.length - a.length);

function below100(s: string): number | null {
  if (s === '') return 0;
  const direct = BELOW_20[s] ?? TENS[s];
  if (direct !== undefined) return direct;
  const u = s.indexOf('und');
  if (u <= 0) return null;
  const unit = UNITS[s.slice(0, u)];
  const ten = TENS[s.slice(u + 3)];
  return unit !== undefined && ten !== undefined ? unit + ten : null;
}

function below1000(s: string): number | null {
  const h = s.indexOf('hundert');
  if (h < 0) return below100(s);
  const left = s.slice(0, h);
  const mult = left === '' ? 1 : UNITS[left];
  const rest = below100(s.slice(h + 7));
  return mult === undefined || rest === null ? null : mult * 100 + rest;
}

/** Value of one German number word, or null: "zweihundertvierzig" = 240, "zweieinhalb" = 2.5. */
export function parseGermanCompound(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'ein' || w === 'und' || w === '') return null;
  if (w === 'anderthalb') return 1.5;
  if (w.endsWith('einhalb')) {
    const head = w.slice(0, -7);
    const v = head === 'ein' ? 1 : below1000(head);
    return v === null || v === 0 ? null : v + 0.5;
  }
  const t = w.indexOf('tausend');
  if (t < 0) return below1000(w);
  const left = w.slice(0, t);
  const mult = left === '' || left === 'ein' ? 1 : below1000(left);
  const rest = below1000(w.slice(t + 7));
  return mult === null || rest === null ? null : mult * 1000 + rest;
}

const MONTHS = 'januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez';
/** Nouns that take an ordinal: "46. Regiment", "3. Armee", "2. Weltkrieg", also inside compounds ("93. Panzerbrigade"). */
const ORDINAL_NOUNS = 'regiment|brigade|division|armee|korps|bataillon|kompanie|flotte|staffel|geschwader|jahrestag|jahrhundert|jahrtausend|weltkrieg|tag|woche|runde|sitzung|stock|etage|bezirk|klasse|platz|mal|liga|kongress|parteitag|gebot|legislaturperiode|amtszeit|gipfel|auflage|mechanisierte|panzerbrigade';
const AFTER_PERIOD = /\.[ \u00A0]+(\p{L}[\p{L}-]*|\p{N})/uy;
const ORDINAL_WORD = new RegExp(`^(?:${MONTHS})$|(?:${ORDINAL_NOUNS})$`, 'i');

/** "28." before a month, a lower-case word, a digit or an ordinal noun is an ordinal; before any other
 *  capitalised word it is a count ending its sentence ("stieg auf 28. Laut ..."). */
function digitSuffix(text: string, end: number): DigitSuffix | null {
  if (text[end] !== '.') return null;
  AFTER_PERIOD.lastIndex = end;
  const m = AFTER_PERIOD.exec(text);
  if (!m) return null;
  const w = m[1];
  const c0 = w[0];
  if (/\p{N}/u.test(c0) || c0 === c0.toLowerCase() || ORDINAL_WORD.test(w)) return { skip: true };
  return null;
}

const DET_BEFORE = String.raw`${WS}(?:dutzend|million|milliarde|halbe[nrs]?|hundert|tausend)(?![\p{L}])`;

export const de: LangSpec = {
  lang: 'de',
  words: [
    ...spellings(['ein', 'eine', 'einen', 'einem', 'einer', 'eines'], { c: 'DET', v: 1 }, { onlyBefore: DET_BEFORE }),
    ...spellings(['ein einziger', 'eine einzige', 'einen einzigen', 'einem einzigen', 'einer einzigen', 'ein einziges'], { c: 'D', v: 1 }),
    entry('million', { c: 'S', v: 1e6 }),
    entry('millionen', { c: 'S', v: 1e6, plural: true }),
    entry('milliarde', { c: 'S', v: 1e9 }),
    entry('milliarden', { c: 'S', v: 1e9, plural: true }),
    entry('mio.', { c: 'S', v: 1e6, plural: true }),
    entry('mio', { c: 'S', v: 1e6, plural: true }),
    entry('mrd.', { c: 'S', v: 1e9, plural: true }),
    entry('mrd', { c: 'S', v: 1e9, plural: true }),
    entry('dutzend', { c: 'DZ', v: 12 }),
    ...spellings(['halbe', 'halben', 'halber', 'halbes'], { c: 'HALF', v: 0.5 }),
  ],
  compoundPattern: `(?:${MORPHEMES.join('|')})+`,
  compound: (w) => {
    const v = parseGermanCompound(w);
    if (v === null) return undefined;
    const lex: Lexeme = { c: 'D', v };
    return lex;
  },
  spaceGroups: true,
  conj: /^[\s\u00A0]+und[\s\u00A0]+$/i,
  digitSuffix,
  vagueBare: new Set(['hundert', 'tausend', 'einhundert', 'eintausend']),
  vagueBefore: /(?:einige|einigen|mehrere|mehreren|paar|viele|vielen|etliche|etlichen|wenige|wenigen|zig|knapp ein paar)[\s\u00A0]+$/i,
  normalise: latinNormalise,
};

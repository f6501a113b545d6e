// Sentence splitting for news copy in en/fr/de/es/ar. One linear pass; every look back or ahead is
// bounded, so 200 KB of text costs what 200 KB costs.
//
// A sentence ends at
// - a blank line (always), or a single line break unless the next line goes on in lowercase
//   (hard-wrapped text) — so headlines and crossheads without a full stop stand alone;
// - "?", "!", "؟" (and "?!", "!!"), unless the next word starts in lowercase ("Why?" he asked);
// - an ellipsis followed by a capital; "(…)" and "[…]" mark an omission and never end one;
// - a full stop followed by space, after any closing quotes or brackets, unless it belongs to an
//   abbreviation (Mr., Dr., Gen., St., e.g., z.B., bzw., Sra., …), an initial (George W. Bush),
//   a German ordinal date ("am 29. November"), or the next word starts in lowercase. Dotted
//   acronyms that can end a sentence (U.S., U.N., a.m.) end one only before a capitalised
//   function word ("… the U.S. The move …"). A full stop inside a token ("2.5", "1.200",
//   "U.S.A", "example.com") is never an end.
// The Arabic comma "،" and semicolon "؛" are not sentence ends.
import type { Lang } from '../types.js';
import { ALL_STOPWORDS, MONTHS } from './stopwords.js';

export interface SentenceSpan {
  /** Exactly `input.slice(start, end)`: the sentence without surrounding whitespace. */
  text: string;
  start: number;
  end: number;
}

const TERMINAL = new Set(['.', '!', '?', '…', '؟', '۔', '。', '！', '？', '‼', '⁇', '⁈', '⁉']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}', '」', '』']);
const OPENERS = new Set(['"', "'", '“', '‘', '„', '‚', '«', '‹', '(', '[', '{', '¿', '¡', '—', '–', '-', '*', '•']);

/** Titles and forms of address: always followed by a name, never the end of a sentence. */
const TITLES = new Set(
  (
    'mr mrs ms messrs dr drs prof gen lt col capt cpt cmdr cdr comdr sgt maj adm brig cpl pvt ' +
    'rep reps sen gov pres supt insp rev hon fr st ste mt ft sr sra srta sres sras dra dres ' +
    'mme mmes mlle mlles mgr hr hrn frl dipl sgto tte gral excmo excma ' +
    'nr nº núm abs fig pp ca approx vs vgl bzw sog inkl ggf evtl zzgl ua aprox pág ' +
    'av avda bd blvd'
  ).split(' '),
);
/** Dotted abbreviations that never end a sentence ("e.g." followed by a name is still one sentence). */
const DOTTED_NEVER_END = new Set(['e.g', 'i.e', 'z.b', 'd.h', 'u.a', 'o.ä', 's.o', 'u.u', 'v.a', 'p.ej', 'p.e', 'c.-à-d', 'cf', 'n.b']);
/** Abbreviations that may also end a sentence: they end one only before a capitalised function word. */
const MAYBE_END = new Set(
  (
    'etc usw inc ltd co corp bros jr no cie art vol ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec janv févr avr juil déc okt dez ene abr ago dic'
  ).split(' '),
);
/** German words before an ordinal number ("am 29.", "im 2. Weltkrieg", "der 3. Liga"). */
const DE_ORDINAL_BEFORE = new Set('der die das dem den des am im zum zur vom beim ab bis seit'.split(' '));

const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00A0' || c === '\u202F' || c === '\u2009' || c === '\f' || c === '\v';
const isLower = (c: string | undefined): boolean => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase();
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

const MAX_LOOK = 32;

/** 1 for a char code that is neither a line break nor in TERMINAL. */
const QUIET = new Uint8Array(65536).fill(1);
QUIET[10] = 0;
QUIET[13] = 0;
for (const t of TERMINAL) QUIET[t.charCodeAt(0)] = 0;

export function splitSentences(text: string, lang?: Lang): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  if (!text) return out;
  const n = text.length;

  const push = (a: number, b: number) => {
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (b > a) out.push({ text: text.slice(a, b), start: a, end: b });
  };

  let segStart = 0;
  for (let i = 0; i < n; i++) {
    // most characters end nothing: one table look-up instead of a string compare and a Set look-up
    if (QUIET[text.charCodeAt(i)] === 1) continue;
    const c = text[i];
    if (c === '\n' || c === '\r') {
      let j = i;
      let breaks = 0;
      while (j < n && isSpace(text[j])) {
        if (text[j] === '\n') breaks++;
        j++;
      }
      if (breaks === 0) breaks = 1; // a lone "\r"
      // A single line break is soft only when the next line goes on in lowercase.
      if (breaks >= 2 || j >= n || !isLower(text[j])) {
        push(segStart, i);
        segStart = j;
      }
      i = j - 1;
      continue;
    }
    if (!TERMINAL.has(c)) continue;

    let j = i;
    while (j < n && TERMINAL.has(text[j])) j++;
    let k = j;
    while (k < n && CLOSERS.has(text[k])) k++;
    // French typography: « Stop. » — a (narrow) no-break space before the closing guillemet.
    if (k + 1 < n && (text[k] === ' ' || text[k] === '\u00A0' || text[k] === '\u202F') && text[k + 1] === '»') {
      k += 2;
      while (k < n && CLOSERS.has(text[k])) k++;
    }
    if (k < n && !isSpace(text[k])) {
      i = j - 1; // inside a token: "2.5", "U.S.A", "example.com", "!!!)" glued to a word
      continue;
    }
    if (endsSentence(text, i, j, k, lang)) {
      push(segStart, k);
      segStart = k;
    }
    i = k - 1;
  }
  push(segStart, n);
  return out;
}

/** Punctuation text[i..j) followed by closers up to k and then whitespace (or the end). */
function endsSentence(text: string, i: number, j: number, k: number, lang: Lang | undefined): boolean {
  const n = text.length;
  let p = k;
  let newline = false;
  while (p < n && isSpace(text[p])) {
    if (text[p] === '\n') newline = true;
    p++;
  }
  if (p >= n || newline) return true;
  while (p < n && p - k < MAX_LOOK && OPENERS.has(text[p])) p++;
  const next = text[p];
  const punct = text.slice(i, j);

  if (!punct.includes('.') && !punct.includes('…')) return !isLower(next); // ? ! ؟
  if (punct.length > 1 || punct === '…') {
    // Ellipsis. "(…)" / "[…]" is an omission inside a quotation.
    const before = text[i - 1];
    if (before === '(' || before === '[') return false;
    return !isLower(next) && !isDigit(next);
  }

  // A single full stop.
  if (isLower(next)) return false;

  // The token before the full stop: letters, digits and inner dots ("U.S", "z.B", "29", "Dr").
  let a = i;
  while (a > 0 && i - a < MAX_LOOK && (isLetter(text[a - 1]) || isDigit(text[a - 1]) || text[a - 1] === '.')) a--;
  const token = text.slice(a, i);
  if (token === '' || (a > 0 && i - a >= MAX_LOOK)) return true;
  const lower = token.toLowerCase();

  if (/^\d+$/.test(token)) {
    if (MONTHS.has(wordAt(text, p).toLowerCase())) return false; // "am 29. November"
    if (lang === 'de' && token.length <= 2 && DE_ORDINAL_BEFORE.has(wordBefore(text, a).toLowerCase())) return false;
    return true;
  }
  if (token.length === 1 && isLetter(token)) return false; // an initial: "George W. Bush"
  if (token.includes('.')) {
    if (DOTTED_NEVER_END.has(lower)) return false;
    return startsWithCapitalFunctionWord(text, p); // "U.S.", "U.N.", "a.m.", "EE.UU."
  }
  if (TITLES.has(lower) || DOTTED_NEVER_END.has(lower)) return false;
  if (MAYBE_END.has(lower)) return startsWithCapitalFunctionWord(text, p);
  return true;
}

function wordAt(text: string, p: number): string {
  let e = p;
  while (e < text.length && e - p < MAX_LOOK && isLetter(text[e])) e++;
  return text.slice(p, e);
}

function wordBefore(text: string, a: number): string {
  let e = a;
  while (e > 0 && a - e < 4 && isSpace(text[e - 1])) e--;
  let s = e;
  while (s > 0 && e - s < MAX_LOOK && isLetter(text[s - 1])) s--;
  return text.slice(s, e);
}

function startsWithCapitalFunctionWord(text: string, p: number): boolean {
  const w = wordAt(text, p);
  return w !== '' && isUpper(w[0]) && ALL_STOPWORDS.has(w.toLowerCase());
}

// Canonical reporter names. The table (config/reporters.json) maps each canonical name to its
// aliases in every language, and names generic descriptors ("activists", "an NGO", "the health
// ministry") that stand for the named reporter of a type mentioned in the same article.
// Extending the table needs no code change.
import table from '../../../config/reporters.json' with { type: 'json' };
import type { Lang } from '../types.js';
import { isWordCode } from './engine/compile.js';
import { articleMemo } from './engine/memo.js';

export type AliasLang = Lang | 'any';

export interface ReporterEntry {
  /** Canonical name, e.g. "Syrian Observatory for Human Rights". */
  name: string;
  /** Types for generic descriptors: "monitor", "ngo", "health-ministry", "army", "state-media", ... */
  types?: string[];
  aliases: Partial<Record<AliasLang, string[]>>;
  /** Places (any language) where this entry is the default reporter of its types: "the health
   *  ministry" in an article about Gaza is the Gaza Health Ministry. */
  places?: string[];
}

export interface ReporterTable {
  reporters: ReporterEntry[];
  /** type -> descriptors per language */
  generic?: Record<string, Partial<Record<AliasLang, string[]>>>;
}

export const defaultReporterTable: ReporterTable = table as ReporterTable;

export interface ReporterMention {
  start: number;
  end: number;
  /** Canonical name. */
  name: string;
  types: string[];
}

/**
 * Phrase matcher: aliases indexed by their first word, compared word by word at each word start of
 * the text (a giant alternation regex is far slower). Separators between words may be any run of
 * spaces or hyphens; apostrophes ' and ’ are the same.
 */
interface Phrase<T> {
  words: string[];
  value: T;
  length: number;
  /** First char code of the second word (-1: one word), and the first word's length: a phrase
   *  whose second word cannot start where the text's does is not tried. */
  second: number;
  w0len: number;
}
interface PhraseIndex<T> {
  /** lower-case index (case-insensitive aliases) */
  ci: Map<string, Phrase<T>[]>;
  /** exact-case index (short acronyms: "WHO", "UN") */
  cs: Map<string, Phrase<T>[]>;
}

interface CompiledTable {
  byLang: Map<string, PhraseIndex<ReporterEntry>>;
  generic: Map<string, PhraseIndex<string>>;
  places: PhraseIndex<ReporterEntry[]> | null;
}

const compiled = new WeakMap<ReporterTable, CompiledTable>();
const isWordChar = (c: string | undefined) => c !== undefined && isWordCode(c.charCodeAt(0));
const isSep = (c: string | undefined) => c === ' ' || c === '-' || c === '‐' || c === '‑' || c === '\u00A0' || c === '\n' || c === '\t';
const isAcronym = (a: string) => a.length <= 5 && /^[\p{Lu}\p{N}.&/]+$/u.test(a);
const normApos = (s: string) => s.replace(/’/g, "'");
const splitWords = (a: string) => normApos(a).split(/[\s\-‐‑]+/u).filter(Boolean);

function addPhrase<T>(idx: PhraseIndex<T>, alias: string, value: T): void {
  const cs = isAcronym(alias);
  const words = splitWords(cs ? alias : alias.toLowerCase());
  if (words.length === 0) return;
  const map = cs ? idx.cs : idx.ci;
  const key = firstKey(words[0]);
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  if (list.some((p) => p.words.join(' ') === words.join(' '))) return;
  list.push({ words, value, length: words.join(' ').length, second: words.length > 1 ? words[1].charCodeAt(0) : -1, w0len: words[0].length });
  list.sort((a, b) => b.length - a.length);
}

/** The leading run of word characters of a word ("l'onu" -> "l", "(ocha)" -> ""). */
function firstKey(w: string): string {
  let i = 0;
  while (i < w.length && isWordChar(w[i])) i++;
  return w.slice(0, i);
}

/** Matches `words` at `pos` of `text`; returns the end offset or -1. */
function matchWords(text: string, pos: number, words: string[]): number {
  let p = pos;
  for (let k = 0; k < words.length; k++) {
    if (k > 0) {
      if (!isSep(text[p])) return -1;
      while (isSep(text[p])) p++;
    }
    const w = words[k];
    for (let i = 0; i < w.length; i++, p++) {
      const c = text[p] === '’' ? "'" : text[p];
      if (c !== w[i]) return -1;
    }
  }
  if (isWordChar(text[p - 1]) && isWordChar(text[p])) {
    // an inflected last word: German genitive "des Gesundheitsministeriums", "der Armeen"
    const last = words[words.length - 1];
    if (last.length < 5) return -1;
    for (const suffix of INFLECTIONS) {
      if (text.startsWith(suffix, p) && !isWordChar(text[p + suffix.length])) return p + suffix.length;
    }
    return -1;
  }
  return p;
}

const INFLECTIONS = ['es', 's', 'en', 'n'];

/** What matchWords compares with a second word's first letter when the first word ends at `p`:
 *  the char code after the separators there ("’" read as "'"), or -1 when no separator follows. */
function secondAt(text: string, p: number): number {
  if (!isSep(text[p])) return -1;
  while (isSep(text[p])) p++;
  const c = text.charCodeAt(p);
  return c === 0x2019 ? 39 : p < text.length ? c : -1;
}

/** Rolling hash of a word's char codes, as findPhrases computes it while it scans. */
function wordHash(s: string, a = 0, b = s.length): number {
  let h = 0;
  for (let i = a; i < b; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** The phrase lists of an index keyed by the hash of their first word: the scan computes each
 *  word's hash as it reads it and looks that up, instead of slicing out every word of the text. */
interface HashedIndex<T> {
  ci: Map<number, { key: string; list: Phrase<T>[] }[]>;
  cs: Map<number, { key: string; list: Phrase<T>[] }[]>;
  /** Bits of the hashes of the lower-cased keys and of the exact-case ones: most words of a text
   *  start no phrase, and fail here before any lookup. */
  ciBits: Uint32Array;
  csBits: Uint32Array;
}
const hasBit = (bits: Uint32Array, h: number) => (bits[(h & 0xffff) >>> 5] & (1 << (h & 31))) !== 0;
const hashed = new WeakMap<PhraseIndex<unknown>, HashedIndex<unknown>>();
function hashIndex<T>(idx: PhraseIndex<T>): HashedIndex<T> {
  let h = hashed.get(idx as PhraseIndex<unknown>) as HashedIndex<T> | undefined;
  if (h) return h;
  const build = (m: Map<string, Phrase<T>[]>) => {
    const out = new Map<number, { key: string; list: Phrase<T>[] }[]>();
    for (const [key, list] of m) {
      const k = wordHash(key);
      let b = out.get(k);
      if (!b) out.set(k, (b = []));
      b.push({ key, list });
    }
    return out;
  };
  const bitsOf = (m: Map<string, unknown>) => {
    const bits = new Uint32Array(2048);
    for (const key of m.keys()) {
      const k = wordHash(key) & 0xffff;
      bits[k >>> 5] |= 1 << (k & 31);
    }
    return bits;
  };
  h = { ci: build(idx.ci), cs: build(idx.cs), ciBits: bitsOf(idx.ci), csBits: bitsOf(idx.cs) };
  hashed.set(idx as PhraseIndex<unknown>, h as HashedIndex<unknown>);
  return h;
}

/** The phrases of a hash bucket whose key is s[a, b). */
function bucketGet<T>(m: Map<number, { key: string; list: Phrase<T>[] }[]>, h: number, s: string, a: number, b: number): Phrase<T>[] | undefined {
  const bucket = m.get(h);
  if (!bucket) return undefined;
  for (const e of bucket) if (e.key.length === b - a && s.startsWith(e.key, a)) return e.list;
  return undefined;
}

function findPhrases<T>(idx: PhraseIndex<T>, text: string, firstOnly = false, lowerText?: string): { start: number; end: number; value: T }[] {
  const lower = lowerText ?? lowerSame(text);
  const words = wordsOf(text, lower);
  const hx = hashIndex(idx);
  const out: { start: number; end: number; value: T }[] = [];
  const hasCs = idx.cs.size > 0;
  let from = 0;
  for (let k = 0; k < words.count; k++) {
    const i = words.start[k];
    if (i < from) continue;
    const j = words.end[k];
    // exact-case acronyms start with a capital or a digit
    const c0 = text.charCodeAt(i);
    const csFirst = hasCs && ((c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57));
    // no key is the word, the word less an inflection, or the word as written
    if (!hasBit(hx.ciBits, words.h[k]) && !(j - i >= 7 && (hasBit(hx.ciBits, words.h1[k]) || hasBit(hx.ciBits, words.h2[k]))) && !(csFirst && hasBit(hx.csBits, words.hc[k]))) continue;
    let best: { end: number; value: T } | null = null;
    let ci = bucketGet(hx.ci, words.h[k], lower, i, j);
    if (!ci && j - i >= 7) {
      // an inflected single word: "des Gesundheitsministeriums", "des Zivilschutzes"
      for (const suf of INFLECTIONS) {
        if (lower.endsWith(suf, j) && (ci = bucketGet(hx.ci, suf.length === 2 ? words.h2[k] : words.h1[k], lower, i, j - suf.length))) break;
      }
    }
    if (ci) {
      let lastLen = -1;
      let next = -1;
      for (const ph of ci) {
        if (ph.second >= 0) {
          if (ph.w0len !== lastLen) next = secondAt(lower, i + (lastLen = ph.w0len));
          if (next !== ph.second) continue;
        }
        const e = matchWords(lower, i, ph.words);
        if (e > 0 && (!best || e > best.end)) best = { end: e, value: ph.value };
      }
    }
    if (csFirst) {
      const cs = bucketGet(hx.cs, words.hc[k], text, i, j);
      let lastLen = -1;
      let next = -1;
      if (cs) for (const ph of cs) {
        if (ph.second >= 0) {
          if (ph.w0len !== lastLen) next = secondAt(text, i + (lastLen = ph.w0len));
          if (next !== ph.second) continue;
        }
        const e = matchWords(text, i, ph.words);
        if (e > 0 && (!best || e > best.end)) best = { end: e, value: ph.value };
      }
    }
    if (best) {
      out.push({ start: i, end: best.end, value: best.value });
      if (firstOnly) break;
      from = best.end;
    }
  }
  return out;
}

/** The words of a text (maximal runs of word characters), each with the hashes findPhrases looks
 *  its first word up by: of the lower-cased word, of it without its last one or two letters (the
 *  inflected forms), and of the word as written (acronyms: only for a word that starts with a
 *  capital or a digit). */
interface WordList {
  count: number;
  start: Int32Array;
  end: Int32Array;
  h: Int32Array;
  h1: Int32Array;
  h2: Int32Array;
  hc: Int32Array;
}

/** The last long text's words: an article is scanned for reporter mentions and for places with
 *  the same text and lower-cased twin (phrases in between), and reading its words once serves both. */
let lastWords: { text: string; lower: string; words: WordList } | null = null;
const LONG_TEXT = 300;
let longWords: WordList | null = null;
let phraseWords: WordList | null = null;
const newWordList = (cap: number): WordList => ({ count: 0, start: new Int32Array(cap), end: new Int32Array(cap), h: new Int32Array(cap), h1: new Int32Array(cap), h2: new Int32Array(cap), hc: new Int32Array(cap) });

function wordsOf(text: string, lower: string): WordList {
  if (lastWords !== null && lastWords.text === text && lastWords.lower === lower) return lastWords.words;
  const n = text.length;
  // at most one word per two characters, plus one
  const cap = (n >> 1) + 1;
  // the lists are reused: a long text's replace the last long text's (lastWords), and a phrase's
  // are read only while findPhrases scans it
  const long = n >= LONG_TEXT;
  let w = long ? longWords : phraseWords;
  if (w === null || w.start.length < cap) w = newWordList(long ? cap : Math.max(cap, 64));
  if (long) longWords = w;
  else phraseWords = w;
  w.count = 0;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (!isWordCode(c0)) {
      i++;
      continue;
    }
    const csFirst = (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57);
    let h = lower.charCodeAt(i);
    let h1 = 0;
    let h2 = 0;
    let hc = c0;
    let j = i + 1;
    for (let c = text.charCodeAt(j); j < n && isWordCode(c); c = text.charCodeAt(++j)) {
      h2 = h1;
      h1 = h;
      h = (Math.imul(h, 31) + lower.charCodeAt(j)) | 0;
      if (csFirst) hc = (Math.imul(hc, 31) + c) | 0;
    }
    const k = w.count++;
    w.start[k] = i;
    w.end[k] = j;
    w.h[k] = h;
    w.h1[k] = h1;
    w.h2[k] = h2;
    w.hc[k] = hc;
    i = j;
  }
  if (n >= LONG_TEXT) lastWords = { text, lower, words: w };
  return w;
}

const lowerSame = (s: string) => {
  const l = s.toLowerCase();
  return l.length === s.length ? l : s;
};

function compileTable(t: ReporterTable): CompiledTable {
  let c = compiled.get(t);
  if (c) return c;
  c = { byLang: new Map(), generic: new Map(), places: null };
  compiled.set(t, c);
  return c;
}

const scopeLangs = (lang: Lang | undefined): AliasLang[] => (lang ? ['any', 'en', lang] : ['any', 'en', 'fr', 'de', 'es', 'ar']);

function langScope(t: ReporterTable, lang: Lang | undefined): PhraseIndex<ReporterEntry> {
  const c = compileTable(t);
  const key = lang ?? '*';
  let idx = c.byLang.get(key);
  if (idx) return idx;
  idx = { ci: new Map(), cs: new Map() };
  for (const e of t.reporters) {
    for (const a of [e.name, ...scopeLangs(lang).flatMap((l) => e.aliases[l] ?? [])]) if (a) addPhrase(idx, a, e);
  }
  c.byLang.set(key, idx);
  return idx;
}

function genericScope(t: ReporterTable, lang: Lang | undefined): PhraseIndex<string> {
  const c = compileTable(t);
  const key = lang ?? '*';
  let idx = c.generic.get(key);
  if (idx) return idx;
  idx = { ci: new Map(), cs: new Map() };
  for (const [type, per] of Object.entries(t.generic ?? {})) {
    for (const l of scopeLangs(lang)) for (const d of per[l] ?? []) addPhrase(idx, d, type);
  }
  c.generic.set(key, idx);
  return idx;
}

/** Every mention of a known reporter in `text`, in order (longest alias at each place). */
export function findReporterMentions(text: string, t: ReporterTable = defaultReporterTable, lang?: Lang, lower?: string): ReporterMention[] {
  // the refiner asks about the same phrases many times per article (a lower-cased twin given by the
  // caller may differ from lowerSame: not memoised)
  const scope = lower === undefined ? `${tableId(t)}|${lang ?? '*'}` : null;
  const hit = scope === null ? undefined : mentionMemo.get(text, scope);
  if (hit) return hit;
  const out = findPhrases(langScope(t, lang), text, false, lower).map((m) => ({ start: m.start, end: m.end, name: m.value.name, types: m.value.types ?? [] }));
  return scope === null ? out : mentionMemo.set(text, out, scope);
}

const mentionMemo = articleMemo<ReporterMention[]>();
const genericMemo = articleMemo<{ type: string; start: number; end: number } | null>();
const placeMemo = articleMemo<{ entry: ReporterEntry; start: number }[]>();
const tableIds = new WeakMap<ReporterTable, number>();
/** A number per table object, for memo keys. */
function tableId(t: ReporterTable): number {
  let id = tableIds.get(t);
  if (id === undefined) tableIds.set(t, (id = nextTableId++));
  return id;
}
let nextTableId = 1;

const placeTypeCache = new WeakMap<ReporterTable, Set<string>>();
/** The types some entry is the default of, somewhere ("health-ministry", "army", …). */
export function typesWithPlaces(t: ReporterTable = defaultReporterTable): Set<string> {
  let set = placeTypeCache.get(t);
  if (!set) {
    set = new Set(t.reporters.filter((e) => e.places?.length).flatMap((e) => e.types ?? []));
    placeTypeCache.set(t, set);
  }
  return set;
}

/** Every mention of a place that has default reporters: one row per entry and mention, in order. */
export function findPlaceDefaults(text: string, t: ReporterTable = defaultReporterTable, lower?: string): { entry: ReporterEntry; start: number }[] {
  const c = compileTable(t);
  if (!c.places) {
    const idx: PhraseIndex<ReporterEntry[]> = { ci: new Map(), cs: new Map() };
    const byPlace = new Map<string, ReporterEntry[]>();
    for (const e of t.reporters) {
      for (const p of e.places ?? []) {
        const k = p.toLowerCase();
        let list = byPlace.get(k);
        if (!list) {
          byPlace.set(k, (list = []));
          addPhrase(idx, p, list);
        }
        list.push(e);
      }
    }
    c.places = idx;
  }
  const scope = lower === undefined ? String(tableId(t)) : null;
  const hit = scope === null ? undefined : placeMemo.get(text, scope);
  if (hit) return hit;
  const out: { entry: ReporterEntry; start: number }[] = [];
  for (const m of findPhrases(c.places, text, false, lower)) for (const entry of m.value) out.push({ entry, start: m.start });
  return scope === null ? out : placeMemo.set(text, out, scope);
}

/** The first generic descriptor in `text` ("activists", "an NGO"): its type and place, or null. */
export function findGenericReporter(text: string, t: ReporterTable = defaultReporterTable, lang?: Lang): { type: string; start: number; end: number } | null {
  const scope = `${tableId(t)}|${lang ?? '*'}`;
  const hit = genericMemo.get(text, scope);
  if (hit !== undefined) return hit;
  const m = findPhrases(genericScope(t, lang), text, true)[0];
  return genericMemo.set(text, m ? { type: m.value, start: m.start, end: m.end } : null, scope);
}

const LEADING = /^(?:(?:the|a|an|le|la|les|un|une|des|du|de|der|die|das|dem|den|ein|eine|einer|el|los|las|lo)\s+|l['’]\s*)/iu;

/** A reporter phrase as written, tidied: no leading article, no surrounding punctuation. */
export function cleanReporterName(name: string): string {
  let s = name.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[\s,;:"“”'‘’«»()\-–—]+|[\s,;:"“”'‘’«»(\-–—.]+$/gu, '');
  for (let i = 0; i < 2; i++) s = s.replace(LEADING, '');
  // unbalanced bracket at the end: "UN Office (OCHA" -> "UN Office (OCHA)"
  if ((s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0)) s += ')';
  return s.trim();
}

/**
 * The canonical name for a reporter phrase: the table's name when an alias occurs in it (the
 * earliest one), else the phrase itself, cleaned.
 */
export function canonicalReporter(name: string, t: ReporterTable = defaultReporterTable, lang?: Lang): string {
  const m = findReporterMentions(name, t, lang)[0];
  if (m) return m.name;
  return cleanReporterName(name);
}

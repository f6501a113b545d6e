// Text folding and tokenising shared by the story matcher. Pure.
import type { Lang } from '../types.js';

const ASCII = /^[\x00-\x7f]*$/;
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Lower-case, strip Latin diacritics, normalise Arabic letter variants and digits. */
export function fold(s: string): string {
  // plain ASCII has nothing to strip or normalise: only the lower-casing applies
  if (ASCII.test(s)) return s.toLowerCase();
  // words repeat (Arabic ones cost a normalisation and a dozen replaces each): a bounded cache
  // of short strings
  if (s.length > 40) return foldUncached(s);
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size >= 20000) folded.clear();
    folded.set(s, (f = foldUncached(s)));
  }
  return f;
}

const folded = new Map<string, string>();

function foldUncached(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

export interface Token {
  /** as written */
  raw: string;
  /** folded */
  f: string;
  start: number;
  /** first token of a sentence (capitalisation says nothing there) */
  sentenceStart: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  let boundary = true;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const gap = text.slice(last, start);
    if (/[.!?؟\n:;«»"“”]/.test(gap)) boundary = true;
    out.push({ raw: m[0], f: fold(m[0]), start, sentenceStart: boundary });
    boundary = false;
    last = start + m[0].length;
  }
  return out;
}

export function isArabic(s: string): boolean {
  return /[\u0600-\u06FF]/.test(s);
}

/** Forms a token can take once its clitics or inflection are stripped, the token itself first. */
export function variants(f: string, lang?: Lang): string[] {
  const out = [f];
  if (isArabic(f)) {
    let t = f;
    if (t.length > 3 && (t.startsWith('و') || t.startsWith('ف'))) {
      t = t.slice(1);
      out.push(t);
    }
    if (t.startsWith('لل') && t.length > 4) out.push('ال' + t.slice(2));
    if (t.length > 3 && /^[بلك]/.test(t)) out.push(t.slice(1));
    return out;
  }
  if (lang === 'de' || lang === undefined) {
    if (f.length > 4 && f.endsWith('s')) out.push(f.slice(0, -1));
    if (f.length > 6 && f.endsWith('er')) out.push(f.slice(0, -2));
  }
  return out;
}

/** A crude language-independent stem for content words: enough for overlap of headline words. */
export function stem(f: string): string {
  if (isArabic(f)) {
    let t = f;
    if (t.length > 4 && /^[وف]/.test(t)) t = t.slice(1);
    if (t.length > 4 && /^[بلك]ال/.test(t)) t = t.slice(1);
    if (t.length > 4 && t.startsWith('ال')) t = t.slice(2);
    if (t.length > 4 && /(ات|ون|ين|ها|هم)$/.test(t)) t = t.slice(0, -2);
    return t;
  }
  let t = f;
  if (t.length > 4 && t.endsWith('s')) t = t.slice(0, -1);
  return t.length > 7 ? t.slice(0, 7) : t;
}

/** Short deterministic hash (two FNV-1a 32-bit passes), hex. */
export function shortHash(s: string, len = 10): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 15;
  }
  const fmix = (h: number) => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  h1 = fmix(h1 ^ s.length);
  h2 = fmix(h2 ^ h1);
  return (h1.toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0')).slice(0, len);
}

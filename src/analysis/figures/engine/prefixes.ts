// The prefixes of up to K characters a match of a regex source can start with: the scan helpers
// of ./compile.ts test them before they call RegExp#exec, which costs far more than the test even
// when it fails (a lexicon's union of cues is thousands of characters of alternatives). Sound for
// the sources the lexicons use: the set holds every prefix a real match has (it may hold more);
// when that cannot be told, null.
import { groupOpen } from './groupOpen.js';

/** Longest prefix tested (shorter ones when the set of those would be too large). */
const MAX_K = 8;
let K = MAX_K;

/** The K-character prefixes as a bit set of their hashes (see prefixHash; 14 bits), and whole
 *  matches shorter than K as sets of hashes by length (`short[L]`, null when none). */
export interface PrefixTable {
  k: number;
  bits: Uint32Array;
  short: (Set<number> | null)[];
  /** The first two characters of every entry of two or more (hash bits): most places fail here. */
  two: Uint32Array;
  /** The first four characters of every entry longer than four (hash bits). */
  four: Uint32Array;
  /** Whole matches (or open prefixes) of one character. */
  one: Set<number> | null;
}

const LIMIT = 20000;
/** Bits per set (2 KB): a few hundred entries leave most of them clear. */
const BITS = 1 << 14;
const MASK = BITS - 1;
/** Work allowed per source (set insertions), so that a pattern with large classes gives up early. */
const BUDGET = 20000;
let spent = 0;
const spend = (n: number) => {
  spent += n;
  if (spent > BUDGET) throw new Error('too costly');
};
type P = Set<string> | null;

/** JavaScript's \s with the u flag. */
const SPACE_CHARS = ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const DIGIT_CHARS = '0123456789';
const WORD_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

/** Hash of s[i, i + len) (collisions only let more places through). */
export function prefixHash(s: string, i: number, len: number): number {
  let h = 0;
  for (let k = 0; k < len; k++) h = (Math.imul(h, 31) + s.charCodeAt(i + k)) | 0;
  return h;
}

/** Ends a prefix that any text may continue (what follows it cannot be told). */
const OPEN = '\uffff';
const done = (x: string) => x.length >= K || x.endsWith(OPEN);

function concat(a: P, b: P): P {
  if (a === null) return null;
  let allLong = true;
  for (const x of a) if (!done(x)) allLong = false;
  if (allLong) return a;
  if (b === null) return null;
  const out = new Set<string>();
  spend(a.size * b.size);
  for (const x of a) {
    if (done(x)) out.add(x);
    else for (const y of b) {
      const xy = x + y;
      out.add(xy.length > K ? xy.slice(0, K) : xy);
    }
    if (out.size > LIMIT) throw new Error('too many');
  }
  return out;
}

function union(a: P, b: P): P {
  if (a === null || b === null) return null;
  spend(a.size + b.size);
  const out = new Set(a);
  for (const x of b) out.add(x);
  if (out.size > LIMIT) throw new Error('too many');
  return out;
}

const chars = (s: string): Set<string> => new Set(s.split(''));

export function prefixTable(re: RegExp): PrefixTable | null {
  if (re.flags.includes('i') || re.flags.includes('v')) return null;
  let set: P = null;
  for (const k of [MAX_K, 3]) {
    K = k;
    spent = 0;
    set = prefixes(re.source);
    if (set !== null) break;
  }
  if (set === null || set.has('') || set.has(OPEN)) return null;
  const t: PrefixTable = { k: K, bits: new Uint32Array(BITS >>> 5), short: [], two: new Uint32Array(BITS >>> 5), four: new Uint32Array(BITS >>> 5), one: null };
  for (let L = 0; L < t.k; L++) t.short.push(null);
  for (const x0 of set) {
    // an open prefix passes like a whole match of its length: any text that starts with it
    const x = x0.endsWith(OPEN) ? x0.slice(0, -1) : x0;
    if (x.length === 1) (t.one ??= new Set()).add(x.charCodeAt(0));
    else {
      const h2 = prefixHash(x, 0, 2) & MASK;
      t.two[h2 >>> 5] |= 1 << (h2 & 31);
    }
    if (x.length > 4) {
      const h4 = prefixHash(x, 0, 4) & MASK;
      t.four[h4 >>> 5] |= 1 << (h4 & 31);
    }
    const h = prefixHash(x, 0, x.length);
    if (x.length === t.k) t.bits[(h & MASK) >>> 5] |= 1 << (h & 31);
    else (t.short[x.length] ??= new Set()).add(h);
  }
  return t;
}

/** True when a match may start at `i` of `s` by the table. */
export function prefixOk(t: PrefixTable, s: string, i: number): boolean {
  const n = s.length - i;
  const c0 = s.charCodeAt(i);
  if (t.one !== null && t.one.has(c0)) return true;
  if (n < 2) return false;
  const h2 = (Math.imul(c0, 31) + s.charCodeAt(i + 1)) & MASK;
  if ((t.two[h2 >>> 5] & (1 << (h2 & 31))) === 0) return false;
  return prefixOkLong(t, s, i, n);
}

function prefixOkLong(t: PrefixTable, s: string, i: number, n: number): boolean {
  const k = t.k;
  let h = (Math.imul(s.charCodeAt(i), 31) + s.charCodeAt(i + 1)) | 0;
  for (let L = 2; L < k; L++) {
    const set = t.short[L];
    if (set !== null && set.has(h)) return true;
    // the first four characters of every longer entry: most places that pass two fail here
    if (L === 4 && (t.four[(h & MASK) >>> 5] & (1 << (h & 31))) === 0) return false;
    if (L >= n) return false;
    h = (Math.imul(h, 31) + s.charCodeAt(i + L)) | 0;
  }
  if (k > n) return false;
  return (t.bits[(h & MASK) >>> 5] & (1 << (h & 31))) !== 0;
}

/** The prefixes (length <= K) of the language of a regex source; null when unknown. */
export function prefixes(src: string): P {
  // astral characters in a u-flag class are one character, two code units here: not modelled
  if (/[\ud800-\udfff\uffff]/.test(src) || /\\u\{?0*ffff/i.test(src)) return null;
  let i = 0;
  const fail = (): never => {
    throw new Error('unsupported');
  };

  function alternation(): P {
    let out: P = sequence();
    while (src[i] === '|') {
      i++;
      const b = sequence();
      if (out === null || b === null) out = null;
      else {
        if (out.size === 0 || out === b) out = new Set(out); // never grow a set another node holds
        spend(b.size);
        for (const x of b) out.add(x);
        if (out.size > LIMIT) out = null;
      }
      if (out === null) throw new Error('too many');
    }
    return out;
  }
  function sequence(): P {
    let out: P = new Set(['']);
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      // an atom that cannot be told ends what is known of the prefixes before it
      const a0 = atom();
      const a: P = a0 === null ? new Set([OPEN]) : a0;
      const q = quantifier();
      let p: P;
      if (q === null) p = a;
      else {
        const [min, max] = q;
        // a repeated atom: its first repetition, then anything (what the repetitions spell out
        // multiplies past any useful size: "\s*", "\d+")
        const once: P = max >= 2 ? new Set([...a].map((x) => (done(x) ? x : x + OPEN))) : a;
        p = min === 0 ? union(new Set(['']), max === 0 ? new Set() : once) : once;
      }
      out = concat(out, p);
    }
    return out;
  }
  function quantifier(): [number, number] | null {
    const c = src[i];
    let q: [number, number] | null = null;
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (!m) return null; // a literal "{"
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length - 1;
      q = [min, max];
    } else return null;
    i++;
    if (src[i] === '?') i++; // lazy
    return q;
  }
  function escape(inClass: boolean): P | string {
    const n = src[i + 1];
    i += 2;
    if (n === undefined) fail();
    if (n === 'd') return chars(DIGIT_CHARS);
    if (n === 's') return chars(SPACE_CHARS);
    if (n === 'w') return chars(WORD_CHARS);
    if (n === 'b' || n === 'B') {
      if (inClass) return '\b';
      return new Set(['']);
    }
    if (n === 'D' || n === 'S' || n === 'W' || n === 'p' || n === 'P' || n === 'k' || n === 'c' || /[1-9]/.test(n)) return null;
    if (n in CONTROL) return CONTROL[n];
    if (n === 'x') {
      const h = src.slice(i, i + 2);
      i += 2;
      return String.fromCharCode(parseInt(h, 16));
    }
    if (n === 'u') {
      if (src[i] === '{') {
        const close = src.indexOf('}', i);
        const cp = parseInt(src.slice(i + 1, close), 16);
        i = close + 1;
        if (cp > 0xffff) return null;
        return String.fromCharCode(cp);
      }
      const h = src.slice(i, i + 4);
      i += 4;
      return String.fromCharCode(parseInt(h, 16));
    }
    if (/[A-Za-z]/.test(n)) return null; // an escape not modelled
    return n;
  }
  function atom(): P {
    const c = src[i];
    if (c === '(') {
      const open = groupOpen(src, i + 1) ?? fail();
      i = open.next;
      const look = open.look;
      const r = alternation();
      if (src[i] !== ')') fail();
      i++;
      // a lookaround consumes nothing (ignoring what it requires keeps the set a superset)
      return look ? new Set(['']) : r;
    }
    if (c === '[') return cls();
    if (c === '\\') {
      const e = escape(false);
      return typeof e === 'string' ? new Set([e]) : e;
    }
    i++;
    if (c === '.') return null;
    if (c === '^' || c === '$') return new Set(['']);
    if (c === ')' || c === '*' || c === '+' || c === '?') fail();
    return new Set([c]);
  }
  function cls(): P {
    i++; // '['
    if (src[i] === '^') {
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
      return null;
    }
    const set = new Set<string>();
    let unknown = false;
    let prev: string | null = null;
    while (i < src.length && src[i] !== ']') {
      let ch: string;
      if (src[i] === '\\') {
        const e = escape(true);
        if (e === null) {
          unknown = true;
          prev = null;
          continue;
        }
        if (typeof e !== 'string') {
          for (const x of e) set.add(x);
          prev = null;
          continue;
        }
        ch = e;
      } else ch = src[i++];
      if (ch === '-' && prev !== null && i < src.length && src[i] !== ']') {
        let to: string;
        if (src[i] === '\\') {
          const e = escape(true);
          if (typeof e !== 'string') return null;
          to = e;
        } else to = src[i++];
        const a = prev.charCodeAt(0);
        const b = to.charCodeAt(0);
        if (b - a > 64) unknown = true;
        else for (let k = a; k <= b; k++) set.add(String.fromCharCode(k));
        prev = null;
        continue;
      }
      set.add(ch);
      prev = ch;
    }
    if (src[i] !== ']') fail();
    i++; // ']'
    return unknown ? null : set;
  }
  try {
    const r = alternation();
    return i < src.length ? null : r;
  } catch {
    return null;
  }
}

// The number reader: one precompiled regex per language finds atoms (digit runs and number words),
// then a small grammar joins adjacent atoms into counts. Per call: one regex pass, one atom array,
// one result array.
//
// Grammar (a count is read greedily from its first atom; an atom that cannot start one is skipped):
//   count  := part (joiner part)*            parts with strictly decreasing scales, the last one
//                                             without a scale and smaller than the previous scale
//   part   := group [scale] [trailing half]   "two hundred and forty thousand", "3 mil", "مليون ونصف"
//   group  := digits | words | [half] article (scale | dozen | "score" | hundred... | approx-noun)
//   words  := units / teens / tens / hundreds in the order the language writes them
//             (en/fr/es tens then units; Arabic units و tens; French "soixante-dix", "quatre-vingt-onze")
// A group followed by a scale or hundred word it cannot take ("between two thousand and three
// thousand") ends the count before that group, which then starts the next count.
import type { Lang } from '../../types.js';
import { digitPattern, isDigitChar, parseDigits } from './digits.js';
import type { Atom, LangSpec, Lexeme, NumberMatch } from './types.js';

const SP = 1; // spaces (incl. NBSP)
const HY = 2; // a hyphen, possibly spaced
const CONJ = 3; // the language's "and"
const DE = 4; // "de" (fr/es approximate nouns)

interface Compiled {
  spec: LangSpec;
  re: RegExp;
  lookup: Map<string, Lexeme>;
}

const SPACE_ONLY = /^[\s\u00A0\u202F\u2009]+$/;
const HYPHEN = /^[\s\u00A0]*[-\u2010\u2011][\s\u00A0]*$/;
const WORD_END = String.raw`(?![\p{L}\p{M}\p{N}])`;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source for a lexicon key: spaces match runs of spaces or hyphens; Arabic letters also
 *  match their spelling variants (أ/إ/آ/ٱ, ة, ى), and case endings or tatweel may follow the word
 *  ("ألفاً"). Diacritics inside a word are rare in news copy and not accepted: allowing them after
 *  every letter makes the regex several times slower on every text. */
export function keyPattern(key: string, arabic: boolean): string {
  let out = '';
  for (const ch of key) {
    if (ch === ' ') out += String.raw`[\s\u00A0\u202F-]+`;
    else if (!arabic) out += escapeRe(ch);
    else out += ch === 'ا' ? '[اأإآٱ]' : ch === 'ه' ? '[هة]' : ch === 'ي' ? '[يى]' : escapeRe(ch);
  }
  return arabic ? `${out}[\\u064B-\\u065F\\u0670\\u0640]*` : out;
}

function compile(spec: LangSpec): Compiled {
  const arabic = spec.lang === 'ar';
  const lookup = new Map<string, Lexeme>();
  // Longest first, so "quatre vingts" wins over "quatre" and "un seul" over "un".
  const entries = [...spec.words].sort((a, b) => b.key.length - a.key.length);
  const alts: string[] = [];
  for (const w of entries) {
    lookup.set(w.key, w.lex);
    let src = keyPattern(w.key, arabic);
    if (w.notBefore) src = `(?<!${w.notBefore})${src}`;
    if (w.onlyBefore) src = `${src}(?=${w.onlyBefore})`;
    if (w.notAfter) src = `${src}(?!${w.notAfter})`;
    alts.push(src);
  }
  if (spec.compoundPattern) alts.push(spec.compoundPattern);
  // A word starts after a non-letter, or after a clinging prefix letter (Arabic و/ب, maybe with a
  // tatweel) that itself follows a non-letter: the prefixed form is a second alternative (group
  // `pword`) because an optional prefix or a lookbehind alternation costs ten times more on every
  // position of the text.
  const alt = alts.join('|');
  const p = spec.prefixLetters;
  const body = p ? `(?<word>${alt})|[${p}]\\u0640?(?<pword>${alt})` : `(?<word>${alt})`;
  const words = String.raw`(?<![\p{L}\p{M}\p{N}])(?:${body})${WORD_END}`;
  const re = new RegExp(`${digitPattern(spec.spaceGroups)}|${words}`, spec.lang === 'ar' ? 'gu' : 'giu');
  return { spec, re, lookup };
}

const compiled = new Map<Lang, Compiled>();
export function compiledFor(lang: Lang, specs: Record<Lang, LangSpec>): Compiled {
  let c = compiled.get(lang);
  if (!c) {
    c = compile(specs[lang]);
    compiled.set(lang, c);
  }
  return c;
}

const LETTER = /\p{L}/u;

/** Digits glued to letters or to a letter-hyphen are names, not counts: F-16, Su-25, MH17, COVID-19, M23. */
function digitsAreName(text: string, start: number, spec: LangSpec): boolean {
  const p = text[start - 1];
  if (p === undefined) return false;
  // Arabic joins a clinging prefix to digits with a tatweel ("بـ1293", "الـ24"): a count, no name
  if (p === '\u0640') return false;
  if (LETTER.test(p)) {
    if (spec.prefixLetters && spec.prefixLetters.includes(p)) {
      const pp = text[start - 2];
      return pp !== undefined && LETTER.test(pp);
    }
    return true;
  }
  if (p === '-' || p === '\u2010' || p === '\u2011') {
    const pp = text[start - 2];
    return pp !== undefined && LETTER.test(pp);
  }
  if ((p === '.' || p === ',') && isDigitChar(text[start - 2])) return true;
  return false;
}

function scanAtoms(text: string, c: Compiled): Atom[] {
  const { spec, re, lookup } = c;
  const atoms: Atom[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const g = m.groups!;
    const s = m.index;
    if (g.dig !== undefined) {
      let e = s + g.dig.length;
      if (digitsAreName(text, s, spec)) continue;
      const { value, year } = parseDigits(g.dig);
      let v = value;
      const suffix = spec.digitSuffix?.(text, e);
      if (suffix) {
        if (suffix.skip) continue;
        if (suffix.scale) v *= suffix.scale;
        if (suffix.len) {
          e += suffix.len;
          re.lastIndex = e;
        }
      }
      atoms.push({ c: 'D', v, s, e, year: year && !suffix?.scale });
      continue;
    }
    const w = g.word ?? g.pword;
    if (w === undefined) continue; // a date or clock time
    const ws = g.word === undefined ? s + m[0].length - w.length : s; // after a clinging prefix
    const key = spec.normalise(w);
    const lex = spec.contextual?.(key, text, ws, ws + w.length) ?? lookup.get(key) ?? spec.compound?.(key);
    if (!lex) continue;
    if (spec.vagueBare?.has(key) && spec.vagueBefore) {
      const before = text.slice(Math.max(0, ws - 24), ws);
      if (spec.vagueBefore.test(before)) continue;
    }
    atoms.push({ ...lex, s: ws, e: ws + w.length });
  }
  return atoms;
}

function gapClass(text: string, a: Atom, b: Atom, spec: LangSpec): number {
  if (b.s - a.e > 12 || b.s === a.e) return 0;
  const gap = text.slice(a.e, b.s);
  if (SPACE_ONLY.test(gap)) return SP;
  if (HYPHEN.test(gap)) return HY;
  if (spec.conj.test(gap)) return CONJ;
  if (spec.de?.test(gap)) return DE;
  return 0;
}

// ---- grammar -------------------------------------------------------------------------------

interface Cx {
  A: Atom[];
  gaps: Uint8Array;
  lang: Lang;
}

interface Group {
  v: number;
  next: number;
  /** The group is only a multiplier ("a", "half a", "mille"): a scale word must follow. */
  needS: boolean;
  approx: boolean;
  year: boolean;
}

const S_NONE = 0;
const S_U = 1;
const S_TEEN = 2;
const S_T = 3;
const S_TU = 4;
const S_H = 5;

function joined(cx: Cx, k: number): boolean {
  return k < cx.A.length && (cx.gaps[k] === SP || cx.gaps[k] === HY);
}

/** Multiplicative followers of a finished group: "two dozen", "deux centaines de milliers", "2 and a half million". */
function afterGroup(cx: Cx, k: number, v: number, approx: boolean, year: boolean): Group {
  const A = cx.A;
  if (joined(cx, k)) {
    const b = A[k];
    if (b.c === 'DZ' && !year) return { v: v * b.v, next: k + 1, needS: false, approx, year: false };
    if (b.c === 'APX' && b.plural && !year) return approxTail(cx, k + 1, v * b.v);
    if (b.c === 'HALFT' && joined(cx, k + 1) && A[k + 1].c === 'S') return { v: v + 0.5, next: k + 1, needS: false, approx, year: false };
  }
  return { v, next: k, needS: false, approx, year };
}

/** "une dizaine [de milliers]": an approximate value, optionally scaled through "de". */
function approxTail(cx: Cx, k: number, v: number): Group {
  const A = cx.A;
  if (k < A.length && cx.gaps[k] === DE) {
    const b = A[k];
    if ((b.c === 'S' && (b.plural || b.deOnly)) || (b.c === 'APX' && b.plural && b.v >= 1000)) {
      return { v: v * b.v, next: k + 1, needS: false, approx: true, year: false };
    }
  }
  return { v, next: k, needS: false, approx: true, year: false };
}

function readGroup(cx: Cx, i: number): Group | null {
  const A = cx.A;
  const a = A[i];
  let k = i;
  let pre = 0;
  if (a.c === 'HALF') {
    pre = 0.5;
    k++;
    if (joined(cx, k) && (A[k].c === 'DET' || A[k].c === 'UN')) k++;
  } else if (a.c === 'DET' || a.c === 'UN') {
    pre = 1;
    k++;
    if (joined(cx, k) && A[k].c === 'HALF') {
      pre = 0.5;
      k++;
    }
  }
  if (pre) {
    if (!joined(cx, k)) return null;
    const b = A[k];
    switch (b.c) {
      case 'S':
        if (b.mult || (b.plural && pre === 1)) return null;
        return { v: pre, next: k, needS: true, approx: false, year: false };
      case 'DZ':
      case 'SC':
        return { v: pre * b.v, next: k + 1, needS: false, approx: false, year: false };
      case 'H':
        return pre === 1 ? words(cx, k + 1, 100, S_H, -1) : null;
      case 'APX':
        return pre === 1 && !b.plural ? approxTail(cx, k + 1, b.v) : null;
      default:
        return null;
    }
  }
  switch (a.c) {
    case 'D':
      return afterGroup(cx, i + 1, a.v, false, !!a.year);
    case 'S':
      if (a.bare || a.mult) return { v: a.mult ?? 1, next: i, needS: true, approx: false, year: false };
      return null;
    case 'U':
    case 'T10':
    case 'T':
    case 'TU':
    case 'HV':
    case 'H':
      return words(cx, i, 0, S_NONE, -1);
    default:
      return null;
  }
}

/** Units, teens, tens and hundreds written as words, from atom k on, in state (v, slot). */
function words(cx: Cx, k: number, v: number, slot: number, lastV: number): Group | null {
  const { A, gaps, lang } = cx;
  const n = A.length;
  let onlyPending = false;
  const first = k;
  for (; k < n; k++) {
    const b = A[k];
    const g = k === first && slot === S_NONE ? SP : gaps[k];
    const sp = g === SP || g === HY;
    const cj = g === CONJ;
    if (!sp && !cj) break;
    const c = b.c;
    let ok = true;
    switch (slot) {
      case S_NONE:
        if (c === 'U') {
          v = b.v;
          slot = S_U;
          onlyPending = !!b.only;
        } else if (c === 'T10') {
          v = b.v;
          slot = S_TEEN;
        } else if (c === 'T') {
          v = b.v;
          slot = S_T;
        } else if (c === 'TU') {
          v = b.v;
          slot = S_TU;
        } else if (c === 'HV') {
          v = b.v;
          slot = S_H;
        } else if (c === 'H' && b.bare) {
          v = 100;
          slot = S_H;
        } else ok = false;
        break;
      case S_U:
        if (c === 'H' && sp && v < 10 && !onlyPending) {
          v *= 100; // "two hundred", "deux cents", "ثلاث مئة"
          slot = S_H;
        } else if (lang === 'ar' && c === 'T10' && b.v === 10 && sp && v % 100 < 10) {
          v += 10; // "ثلاثة عشر", "أحد عشر"
          slot = S_TEEN;
          onlyPending = false;
        } else if (lang === 'ar' && c === 'T' && cj && v % 100 < 10) {
          v += b.v; // "خمسة وعشرين"
          slot = S_TU;
          onlyPending = false;
        } else ok = false;
        break;
      case S_TEEN:
        if (lang === 'fr' && lastV === 10 && c === 'U' && b.v >= 7 && sp) {
          v += b.v; // "dix-sept", "soixante-dix-huit"
          slot = S_TU;
        } else if (lang === 'en' && c === 'H' && sp && v < 100) {
          v *= 100; // "fifteen hundred"
          slot = S_H;
        } else ok = false;
        break;
      case S_T:
        if ((c === 'U' && !b.only) || c === 'UN') {
          // tens then units: "forty-two", "quarante-deux", "vingt et un", "treinta y uno"
          const link =
            lang === 'es' ? cj : lang === 'fr' ? sp || (cj && b.v === 1) : lang === 'ar' ? false : sp;
          if (link) {
            v += b.v;
            slot = S_TU;
          } else ok = false;
        } else if (lang === 'fr' && c === 'T10' && (v % 100 === 60 || v % 100 === 80) && (sp || (cj && b.v === 11))) {
          v += b.v; // "soixante-dix", "soixante et onze", "quatre-vingt-douze"
          slot = S_TEEN;
        } else ok = false;
        break;
      case S_TU:
        if (lang === 'en' && c === 'H' && sp && v < 100) {
          v *= 100; // "twenty-five hundred"
          slot = S_H;
        } else ok = false;
        break;
      case S_H: {
        const link = sp || (cj && (lang === 'en' || lang === 'ar'));
        if (!link) ok = false;
        else if (c === 'U' || (c === 'UN' && (lang === 'fr' || lang === 'es'))) {
          v += b.v;
          slot = S_U;
          onlyPending = !!b.only;
        } else if (c === 'T10') {
          v += b.v;
          slot = S_TEEN;
        } else if (c === 'T') {
          v += b.v;
          slot = S_T;
        } else if (c === 'TU') {
          v += b.v;
          slot = S_TU;
        } else ok = false;
        break;
      }
    }
    if (!ok) break;
    lastV = b.v;
  }
  if (slot === S_NONE || onlyPending) return null;
  return afterGroup(cx, k, v, false, false);
}

/** May a part after a scale word be joined by the language's "and"? */
function conjAfterScale(lang: Lang, b: Atom): boolean {
  if (lang === 'en' || lang === 'ar') return true;
  if (lang === 'fr') return b.c === 'UN' || (b.c === 'U' && b.v === 1); // "mille et un"
  return false;
}

interface Read {
  value: number;
  next: number;
  approx: boolean;
}

function readNumber(cx: Cx, i: number): Read | null {
  const { A, gaps, lang } = cx;
  const n = A.length;
  let total = 0;
  let lastScale = Infinity;
  let k = i;
  let best: Read | null = null;
  let first = true;
  while (k < n) {
    if (!first) {
      const g = gaps[k];
      if (!(g === SP || g === HY || (g === CONJ && conjAfterScale(lang, A[k])))) break;
    }
    // after a scale, fr/es "un"/"una" is the unit of the count ("mille et un", "mil un"), not an article
    const grp: Group | null =
      !first && A[k].c === 'UN' ? { v: 1, next: k + 1, needS: false, approx: false, year: false } : readGroup(cx, k);
    if (!grp) break;
    let j = grp.next;
    // a bare scale word starts its own group ("mille", "ألف"): the group is empty and j === k
    const b = j === k || joined(cx, j) ? A[j] : undefined;
    // a year is not a multiplier: "en 2011 mil personas" is 2011 and 1000
    if (b && b.c === 'S' && !b.deOnly && !grp.year) {
      if (b.mult && !grp.needS) break; // "3 ألفين"
      let sv = b.v;
      j++;
      // "mil millones", "mille milliards": a thousand times the next scale
      if (sv === 1000 && j < n && gaps[j] === SP && A[j].c === 'S' && A[j].v >= 1e6) {
        sv *= A[j].v;
        j++;
      }
      if (sv >= lastScale) break;
      total += grp.v * sv;
      lastScale = sv;
      k = j;
      best = { value: total, next: k, approx: grp.approx };
      first = false;
      if (k < n) {
        const h = A[k];
        if (h.c === 'HALFT' && gaps[k] === SP) {
          // "un million et demi", "millón y medio", "a million and a half"
          total += sv / 2;
          best = { value: total, next: k + 1, approx: grp.approx };
          break;
        }
        if (lang === 'ar' && h.c === 'HALF' && gaps[k] === CONJ && !(joined(cx, k + 1) && A[k + 1].c === 'S')) {
          total += sv / 2; // "مليون ونصف"
          best = { value: total, next: k + 1, approx: grp.approx };
          break;
        }
      }
      continue;
    }
    if (grp.needS) break;
    if (!first) {
      if (grp.v >= lastScale) break;
      // the group belongs to a multiplier it cannot take here: it starts the next count
      if (b && (b.c === 'H' || b.c === 'S' || b.c === 'DZ')) break;
    }
    total += grp.v;
    best = { value: total, next: grp.next, approx: grp.approx || (best?.approx ?? false) };
    break;
  }
  return best;
}

export function findNumbersWith(text: string, c: Compiled): NumberMatch[] {
  const A = scanAtoms(text, c);
  const out: NumberMatch[] = [];
  const n = A.length;
  if (n === 0) return out;
  const gaps = new Uint8Array(n);
  for (let i = 1; i < n; i++) gaps[i] = gapClass(text, A[i - 1], A[i], c.spec);
  const cx: Cx = { A, gaps, lang: c.spec.lang };
  let i = 0;
  while (i < n) {
    const r = readNumber(cx, i);
    if (!r) {
      i++;
      continue;
    }
    const start = A[i].s;
    const end = A[r.next - 1].e;
    const m: NumberMatch = { start, end, value: r.value, text: text.slice(start, end) };
    if (r.approx) m.approximate = true;
    out.push(m);
    i = r.next;
  }
  return out;
}

// Compiles a locale's lexicon (pattern sources) into RegExps, once per locale object.
import type { FigureKind, Qualifier } from '../../types.js';
import type { CueRole, GroupNoun, Locale, LocaleLexicon } from '../locales/types.js';
import { requiredLiterals } from './literals.js';
import { type PrefixTable, prefixOk, prefixTable } from './prefixes.js';
import { groupOpen } from './groupOpen.js';

const WORD = String.raw`[\p{L}\p{M}\p{N}_]`;
/** Start boundary: no word character before, unless the pattern itself starts with a non-word char. */
const B0 = String.raw`(?:(?<!${WORD})|(?!${WORD}))`;
/** End boundary: no word character after, unless the match ended on a non-word char. */
const B1 = String.raw`(?:(?!${WORD})|(?<!${WORD}))`;

export interface CompiledCue {
  kind: FigureKind;
  role: CueRole;
  /** Sticky: tried at the places `cueScan` found. */
  re: RegExp;
}

export interface CompiledLocale {
  locale: Locale;
  lex: LocaleLexicon;
  ignorable: RegExp | null;
  fold: Record<string, string>;
  /** Any kind cue at all (fast pre-test of a sentence). */
  anyCue: RegExp;
  /** Scan for the start of any kind cue (sticky: used with nextMatch, or at one place). */
  cueScan: RegExp;
  cues: CompiledCue[];
  /** Sticky unions: is there any group noun / kind noun here at all? */
  groupY: RegExp;
  kindNounY: RegExp;
  groups: { g: GroupNoun; re: RegExp }[];
  kindNouns: { kind: FigureKind; re: RegExp }[];
  nonPersonY: RegExp;
  stopAfterY: RegExp;
  hedgesBefore: { qualifier: Qualifier; re: EndMatcher; clauseStart: boolean }[];
  /** All hedges that need no clause start, as one pattern: capture group k+1 is hedgeUnion.qualifiers[k]. */
  hedgeUnion: { re: EndMatcher; qualifiers: Qualifier[] };
  /** Any group noun: a scan, and one ending where a string ends. */
  groupScan: RegExp;
  groupUnionEnd: EndMatcher;
  hedgesAfterY: { qualifier: Qualifier; re: RegExp }[];
  fillersGap: RegExp;
  rangeBetweenEnd: EndMatcher;
  rangeAndGap: RegExp;
  rangeToGap: RegExp;
  subsetBeforeEnd: EndMatcher;
  subsetAfterY: RegExp;
  coordGap: RegExp;
  relative: RegExp;
  blockers: RegExp;
  notCountBeforeEnd: EndMatcher;
  notCountAfterY: RegExp;
  monthBeforeEnd: EndMatcher;
  monthAfterY: RegExp;
  tollLinkEnd: EndMatcher;
  clauseBreak: RegExp;
  time: { background: RegExp; event: RegExp; rate: RegExp; wholeWar: RegExp; earlier: RegExp };
  /** A rate phrase at a place ("a day", "per month"); tried at the first words after a count. */
  rateAfterY: RegExp;
  reporter: {
    sourceBefore: RegExp;
    saidVerbs: RegExp;
    sourceStop: RegExp;
    sourceNoise: RegExp;
    sourceNoiseStart: RegExp;
    anyCue: RegExp;
    determinersStart: RegExp;
    anaphoraFull: RegExp;
    offices: RegExp;
    groupWord: RegExp;
  };
  parties: { re: RegExp; party: string }[];
  tollUpdateEnd: EndMatcher | null;
  /** Per kind noun: found anywhere in a string. */
  kindNounAny: Map<{ kind: FigureKind; re: RegExp }, RegExp>;
  coordEnd: EndMatcher;
  /** "others", "autres", "آخرين": a group noun that points back at the count before. */
  othersY: RegExp | null;
  /** A sentence that opens with a part marker ("Among them are…", "Darunter seien…"). */
  subsetOpenY: RegExp;
  /** A coordination word at a place, then spaces ("and ", "et ", "y "). */
  coordWordY: RegExp;
  partitiveY: RegExp | null;
  /** The partitive right before a count: "half of the 2,000", "40% of the 2,000". */
  partitiveEnd: RegExp | null;
  /** Dates: one regex finding "<month> <day>?, <year>?" / "<day> <month> <year>?"; group 1/2/3 per month order. */
  dates: { re: RegExp; months: RegExp[] } | null;
  /** The weekdays, Monday first, one capturing group each (word start only). */
  weekdayRe: RegExp | null;
}

/** A pattern that must end where the string ends ("… at least" before a number). */
export interface EndMatcher {
  exec(s: string): RegExpExecArray | null;
  test(s: string): boolean;
}

/** Tries a sticky `…$` regex only where words start (from the left, so the longest match wins):
 *  a plain search would try every alternative at every position of the string. */
class EndRegex implements EndMatcher {
  private first: FirstTable | undefined;
  constructor(private re: RegExp) {}
  exec(s: string): RegExpExecArray | null {
    const first = (this.first ??= firstOf(this.re));
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) continue;
      if (i > 0 && isWordCode(c) && isWordCode(s.charCodeAt(i - 1))) continue;
      if (first !== null && !mayStartAt(first, s, i)) continue;
      this.re.lastIndex = i;
      const m = this.re.exec(s);
      if (m) return m;
    }
    return null;
  }
  test(s: string): boolean {
    return this.exec(s) !== null;
  }
}

const cache = new WeakMap<Locale, CompiledLocale>();

export function compileLocale(locale: Locale): CompiledLocale {
  let c = cache.get(locale);
  if (!c) {
    c = build(locale);
    cache.set(locale, c);
  }
  return c;
}

/**
 * Lower-cases a RegExp source without touching its escapes (\\p{Lu}, \\S, \\D, \\uXXXX stay as they
 * are). All matching runs on lower-cased text with no 'i' flag: several times faster in V8.
 */
export function lowerSource(src: string, fold?: Record<string, string>): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const n = src[i + 1];
      if ((n === 'p' || n === 'P' || n === 'u' || n === 'k') && src[i + 2] === '{') {
        const close = src.indexOf('}', i);
        out += src.slice(i, close + 1);
        i = close;
      } else if (n === 'u') {
        out += src.slice(i, i + 6);
        i += 5;
      } else if (n === 'x') {
        out += src.slice(i, i + 4);
        i += 3;
      } else {
        out += c + (n ?? '');
        i++;
      }
      continue;
    }
    if (c === '[' && fold) {
      // a plain class whose letters fold to one ("[اأإآ]" -> "ا") becomes that letter
      const close = src.indexOf(']', i + 1);
      const body = close > i ? src.slice(i + 1, close) : '';
      if (body && !/[\\^\-\]]/.test(body)) {
        const chars = new Set([...body].map((ch) => {
          const l = ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
          return fold[l] ?? l;
        }));
        if (chars.size === 1) {
          const only = [...chars][0];
          out += /[.*+?^${}()|[\]\\/]/.test(only) ? `\\${only}` : only;
        } else out += `[${[...chars].join('')}]`;
        i = close;
        continue;
      }
    }
    const l = c.toLowerCase().length === 1 ? c.toLowerCase() : c;
    out += fold?.[l] ?? l;
  }
  return out;
}

/** Any character outside ASCII and Latin-1: only such text can need folding. */
const FOLD_ANY = /[^\u0000-\u00ff]/u;

/** Lower-cases text keeping every offset (a character whose lower case is longer stays as it is). */
export function lowerKeepOffsets(text: string, fold?: Record<string, string> | null): string {
  let l = text.toLowerCase();
  if (l.length !== text.length) {
    l = '';
    for (const ch of text) {
      const lc = ch.toLowerCase();
      l += lc.length === ch.length ? lc : ch;
    }
  }
  if (fold && FOLD_ANY.test(l)) {
    const re = foldRegex(fold);
    if (re) l = l.replace(re, (ch) => fold[ch]);
    else {
      let out = '';
      for (let i = 0; i < l.length; i++) out += fold[l[i]] ?? l[i];
      l = out;
    }
  }
  return l;
}

const foldRegexes = new WeakMap<Record<string, string>, RegExp | null>();
/** One character class of the folded letters, so that a native replace does the per-character
 *  loop (null when a key is not one code unit: the loop then). */
function foldRegex(fold: Record<string, string>): RegExp | null {
  let re = foldRegexes.get(fold);
  if (re === undefined) {
    const keys = Object.keys(fold);
    re = keys.length > 0 && keys.every((k) => k.length === 1)
      ? new RegExp(`[${keys.map((k) => `\\u${k.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g')
      : null;
    foldRegexes.set(fold, re);
  }
  return re;
}

/** Removes the characters of `cls` (a character class source); map[i] is the original offset of
 *  the i-th character kept (map has one more entry, for the end). */
export function stripChars(text: string, cls: RegExp): { text: string; map: Int32Array } | null {
  cls.lastIndex = 0;
  if (!cls.test(text)) return null;
  const map = new Int32Array(text.length + 1);
  let out = '';
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    if (cls.test(text[i])) continue;
    out += text[i];
    map[k++] = i;
  }
  map[k] = text.length;
  return { text: out, map: map.subarray(0, k + 1) };
}

/** Arabic tashkeel and tatweel: never part of a word's identity, removed before matching in every
 *  language unless the locale says otherwise. */
const DEFAULT_IGNORABLE = String.raw`[\u064B-\u0652\u0670\u0640]`;
/** Arabic letter forms written interchangeably in news copy: hamza seats on alef, ta marbuta, alef
 *  maqsura. Folded in text and patterns alike (no Latin letter is touched). */
const DEFAULT_FOLD: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي' };

function build(locale: Locale): CompiledLocale {
  const lex = locale.lexicon;
  const fold = { ...DEFAULT_FOLD, ...lex.fold };
  const ignorable = lex.ignorable ?? DEFAULT_IGNORABLE;
  const dropIgnorable = (src: string) => src.split(`${ignorable}*`).join('');
  const expand = (src: string): string =>
    lowerSource(
      dropIgnorable(src)
        .replace(/\{YEAR\}/g, String.raw`(?:19|20)\d\d`)
        .replace(/\{MONTH\}/g, `(?:${lex.months})`)
        .replace(/\{WEEKDAY\}/g, `(?:${lex.weekdays})`)
        .replace(/\{NUM\}/g, String.raw`\d+`),
      fold,
    );
  const w = (src: string): string => `${B0}(?:${expand(src)})${B1}`;
  // global scans: the start boundary is checked by allMatches/nextMatch (a lookbehind at every
  // position is what makes a scan slow)
  const g = (src: string) => new RegExp(`(?:${expand(src)})${B1}`, 'yu');
  const y = (src: string) => new RegExp(w(src), 'yu');
  const end = (src: string, tail = String.raw`\s*`): EndMatcher => new EndRegex(new RegExp(`${w(src)}${tail}$`, 'yu'));

  const cues: CompiledCue[] = lex.kinds.map((k) => ({ kind: k.kind, role: k.role, re: y(k.re) }));
  const allKinds = lex.kinds.map((k) => `(?:${k.re})`).join('|');
  const kindNouns = lex.kinds.filter((k) => k.role === 'noun').map((k) => ({ kind: k.kind, re: y(k.re) }));
  const groupWord = lex.groups.map((x) => `(?:${x.re})`).join('|');

  return {
    locale,
    lex,
    ignorable: new RegExp(ignorable, 'u'),
    fold,
    anyCue: new RegExp(`(?:${expand(allKinds)})`, 'u'),
    cueScan: g(allKinds),
    cues,
    groupY: y(groupWord),
    kindNounY: y(lex.kinds.filter((k) => k.role === 'noun').map((k) => `(?:${k.re})`).join('|') || '(?!)'),
    groups: lex.groups.map((x) => ({ g: x, re: y(x.re) })),
    kindNouns,
    nonPersonY: y(lex.nonPerson),
    stopAfterY: y(lex.stopAfter),
    hedgesBefore: lex.hedgesBefore.map((h) => ({ qualifier: h.qualifier, re: end(h.re), clauseStart: !!h.clauseStart })),
    hedgeUnion: (() => {
      const hs = lex.hedgesBefore.filter((h) => !h.clauseStart);
      return {
        re: new EndRegex(new RegExp(`${B0}(?:${hs.map((h) => `(${expand(h.re)})`).join('|') || '(?!)'})${B1}\\s*$`, 'yu')),
        qualifiers: hs.map((h) => h.qualifier),
      };
    })(),
    groupScan: g(groupWord),
    groupUnionEnd: end(lex.groups.filter((x) => !x.unit).map((x) => `(?:${x.re})`).join('|') || '(?!)', ''),
    hedgesAfterY: lex.hedgesAfter.map((h) => ({ qualifier: h.qualifier, re: new RegExp(String.raw`\s*` + w(h.re), 'yu') })),
    fillersGap: new RegExp(String.raw`^\s*(?:${w(lex.fillers)}\s*){0,4}$`, 'u'),
    rangeBetweenEnd: end(lex.range.between),
    rangeAndGap: new RegExp(String.raw`^\s*${w(lex.range.and)}\s*$`, 'u'),
    rangeToGap: new RegExp(String.raw`^\s*${w(lex.range.to)}\s*$`, 'u'),
    subsetBeforeEnd: end(lex.subset.before, String.raw`[\s,:]*`),
    subsetAfterY: new RegExp(String.raw`\s*` + w(lex.subset.after), 'yu'),
    coordGap: new RegExp(String.raw`^\s*(?:${w(lex.coordination)}\s*){1,3}$`, 'u'),
    relative: g(lex.relative),
    blockers: g(lex.blockers),
    notCountBeforeEnd: end(lex.notCountBefore, String.raw`\s?[#№]?\s?`),
    notCountAfterY: new RegExp(String.raw`\s?(?:${expand(lex.notCountAfter)})(?![\p{L}\p{N}])`, 'yu'),
    monthBeforeEnd: end(lex.months, String.raw`\.?,?\s*`),
    monthAfterY: new RegExp(String.raw`\.?\s*` + w(lex.months), 'yu'),
    tollLinkEnd: end(lex.tollLink, String.raw`[\s"“«„'‘]*`),
    clauseBreak: new RegExp(String.raw`;|(?:${expand(lex.clauseBreak)})${B1}`, 'yu'),
    time: {
      background: g(lex.time.background),
      event: g(lex.time.event),
      rate: g(lex.time.rate),
      wholeWar: g(lex.time.wholeWar),
      earlier: g(lex.time.earlier),
    },
    rateAfterY: y(lex.time.rate),
    reporter: {
      sourceBefore: g(lex.reporter.sourceBefore),
      saidVerbs: g(lex.reporter.saidVerbs),
      sourceStop: g(lex.reporter.sourceStop),
      sourceNoise: g(lex.reporter.sourceNoise),
      sourceNoiseStart: new RegExp(`^(?:${expand(lex.reporter.sourceNoise)})${B1}`, 'u'),
      anyCue: new RegExp(`(?:${expand(lex.reporter.sourceBefore)})|(?:${expand(lex.reporter.saidVerbs)})`, 'u'),
      determinersStart: new RegExp(String.raw`^\s*` + w(lex.reporter.determiners) + String.raw`\s*`, 'u'),
      anaphoraFull: new RegExp(String.raw`^(?:${expand(lex.reporter.anaphora)})$`, 'u'),
      offices: g(lex.reporter.offices),
      groupWord: new RegExp(w(groupWord), 'u'),
    },
    parties: lex.parties.map((p) => ({ re: g(p.re), party: p.party })),
    tollUpdateEnd: lex.tollUpdate ? end(lex.tollUpdate) : null,
    kindNounAny: new Map(kindNouns.map((k, i) => [k, new RegExp(w(lex.kinds.filter((x) => x.role === 'noun')[i].re), 'u')])),
    coordEnd: end(lex.coordination),
    othersY: lex.others ? y(lex.others) : null,
    subsetOpenY: new RegExp(String.raw`\s*(?:[\p{L}]+\s+){0,2}?` + w(lex.subset.before), 'yu'),
    coordWordY: new RegExp(`${w(lex.coordination)}\\s+`, 'yu'),
    partitiveY: lex.partitive ? new RegExp(String.raw`\s*` + w(lex.partitive) + String.raw`\s*(?:${w(lex.reporter.determiners)}\s*)?`, 'yu') : null,
    partitiveEnd: lex.partitive ? new RegExp(w(lex.partitive) + String.raw`\s*(?:${w(lex.reporter.determiners)}\s*)?$`, 'u') : null,
    weekdayRe: lex.weekdayNames && lex.weekdayNames.length === 7
      ? new RegExp('(?<![\\p{L}\\p{N}_])(?:' + lex.weekdayNames.map((d) => `(${expand(d)})`).join('|') + ')', 'gu')
      : null,
    dates: lex.monthNames && lex.monthNames.length === 12
      ? {
          re: new RegExp(
            String.raw`(?:(\d{1,2})(?:\.|er|º|st|nd|rd|th)?\s+(?:de\s+)?)?` + w(lex.monthNames.map((m) => `(?:${m})`).join('|')) + String.raw`(?:\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d))?(?:,?\s+(?:de\s+)?((?:19|20)\d\d))?`,
            'yu',
          ),
          months: lex.monthNames.map((m) => new RegExp(`^(?:${expand(m)})$`, 'u')),
        }
      : null,
  };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
/** 0 unknown, 1 word character, 2 not */
const wordTable = new Uint8Array(65536);
for (let c = 0; c < 128; c++) wordTable[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95 ? 1 : 2;
export function isWordCode(c: number): boolean {
  const v = wordTable[c];
  return v === 1 || (v === 0 && fillWord(c));
}
function fillWord(c: number): boolean {
  const w = WORD_CHAR.test(String.fromCharCode(c));
  wordTable[c] = w ? 1 : 2;
  return w;
}

/**
 * The next match of a scan regex (compiled sticky) at or after `from`, tried only where a word
 * starts or at a punctuation mark: never inside a word, never on a space. Several times faster
 * than a global search, which tries every alternative at every position.
 */
export function nextMatch(re: RegExp, s: string, from = 0): RegExpExecArray | null {
  const first = firstOf(re) ?? tableUnless(re, s);
  if (first === null && !mayMatchIn(re, s, from)) return null;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) continue;
    if (first !== null && first.spaces === null && !(c < 256 ? first.low[c] === 1 : first.high.has(c))) continue;
    if (i > 0 && isWordCode(c) && isWordCode(s.charCodeAt(i - 1))) continue;
    if (first !== null && !mayStartAt(first, s, i)) continue;
    re.lastIndex = i;
    const m = re.exec(s);
    if (m && m[0] !== '') return m;
  }
  return null;
}

const memo = new WeakMap<object, Map<RegExp, { start: number; end: number; text: string }[]>>();

/** allMatches of `re` over a sentence's lower-cased text, computed once per sentence and pattern
 *  (the parser and several refiners scan the same sentences with the same patterns). */
export function sentenceMatches(sent: { lower: string }, re: RegExp): { start: number; end: number; text: string }[] {
  let m = memo.get(sent);
  if (!m) memo.set(sent, (m = new Map()));
  let hits = m.get(re);
  if (!hits) m.set(re, (hits = scanStarts(re, sent.lower, startsOf(sent))));
  return hits;
}

const startsMemo = new WeakMap<object, Int32Array>();
let startsScratch = new Int32Array(1024);
/** The places of a sentence where a match may start: word starts and punctuation marks. */
function startsOf(sent: { lower: string }): Int32Array {
  let st = startsMemo.get(sent);
  if (st) return st;
  const s = sent.lower;
  if (startsScratch.length < s.length) startsScratch = new Int32Array(s.length * 2);
  const all = startsScratch;
  let n = 0;
  let prevWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = wordTable[c];
    const word = v === 1 || (v === 0 && fillWord(c));
    if (word ? !prevWord : !(c === 32 || c === 10 || c === 9 || c === 13 || c === 160)) all[n++] = i;
    prevWord = word;
  }
  st = all.slice(0, n);
  startsMemo.set(sent, st);
  return st;
}

/** allMatches over precomputed start places. */
function scanStarts(re: RegExp, s: string, starts: Int32Array): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const first = firstOf(re) ?? tableUnless(re, s);
  if (first === null && !mayMatchIn(re, s, 0)) return out;
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const i = starts[k];
    if (i < from) continue;
    if (first !== null && !mayStartAt(first, s, i)) continue;
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m || m[0] === '') continue;
    out.push({ start: i, end: i + m[0].length, text: m[0] });
    from = i + m[0].length;
  }
  return out;
}

const LITERAL_GATES = new WeakMap<RegExp, string[] | null>();
/**
 * False when `s` (from `from` on) holds none of the literals every match of `re` contains. For a
 * pattern whose first characters cannot be told, which the scans would try at every word start;
 * the test is worth it with a few literals, none too short.
 */
export function mayMatchIn(re: RegExp, s: string, from: number): boolean {
  let lits = LITERAL_GATES.get(re);
  if (lits === undefined) {
    lits = re.flags.includes('i') ? null : requiredLiterals(re.source);
    if (lits !== null && (lits.length > 96 || lits.some((l) => l.length < 2))) lits = null;
    LITERAL_GATES.set(re, lits);
  }
  if (lits === null) return true;
  for (const l of lits) if (s.indexOf(l, from) >= 0) return true;
  return false;
}

/** For a scan regex whose first characters cannot be told because a few of its alternatives may
 *  start with any letter ("(?:\d+|\p{L}+) years on" among "before Monday", "earlier this month"):
 *  the table of the others, and the literals one of which each of those few needs. */
type PartTable = { table: NonNullable<FirstTable>; unless: string[] } | null;
const PART = new WeakMap<RegExp, PartTable>();

/** The first-character table that holds for `s`: the other alternatives' when `s` holds none of
 *  the literals the ones that may start anywhere need (null when there is none). */
function tableUnless(re: RegExp, s: string): FirstTable {
  let p = PART.get(re);
  if (p === undefined) {
    p = partTableOf(re);
    PART.set(re, p);
  }
  if (p === null) return null;
  for (const l of p.unless) if (s.includes(l)) return null;
  return p.table;
}

function partTableOf(re: RegExp): PartTable {
  // the scans' shape: "(?:A|B|…)" then the end boundary
  const src = re.source;
  if (!src.startsWith('(?:')) return null;
  const close = groupEnd(src, 0);
  if (close < 0) return null;
  const alts = splitAlternatives(src.slice(3, close));
  const rest = src.slice(close + 1);
  const told: string[] = [];
  const firsts = new Set<string>();
  const unless: string[] = [];
  for (const alt of alts) {
    const f = firstChars(alt);
    if (f !== null) {
      told.push(alt);
      for (const ch of f) firsts.add(ch);
      continue;
    }
    const lits = requiredLiterals(alt);
    if (lits === null) return null;
    unless.push(...lits);
  }
  if (told.length === 0 || unless.length === 0) return null;
  const table = charTable(firsts, prefixTable(new RegExp(`(?:${told.join('|')})${rest}`, re.flags)), null);
  return table === null ? null : { table, unless };
}

/** The index of the ")" closing the group opened at `at`, or -1. */
function groupEnd(src: string, at: number): number {
  let depth = 0;
  for (let i = at; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Where a source's top-level "|" stand (not inside a group, a class or after an escape). */
function topLevelBars(src: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      // a class: up to its closing bracket
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) out.push(i);
  }
  return out;
}

/** The alternatives of a source at its top level. */
function splitAlternatives(src: string): string[] {
  const bars = topLevelBars(src);
  return [...bars, src.length].map((end, k) => src.slice(k === 0 ? 0 : bars[k - 1] + 1, end));
}

/** All matches of a global regex in `s`, each starting on a word boundary. */
export function allMatches(re: RegExp, s: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = nextMatch(re, s, from))) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    from = m.index + m[0].length;
  }
  return out;
}

const byFirst = new WeakMap<object, Map<number, unknown[]>>();
/** The entries of `list` whose pattern may match at a place starting with char code `c` (the
 *  test matchAt makes first), in list order: loops over a lexicon's cues or groups skip the rest. */
export function startingWith<T extends { re: RegExp }>(list: T[], c: number): T[] {
  let m = byFirst.get(list) as Map<number, T[]> | undefined;
  if (!m) byFirst.set(list, (m = new Map()));
  let out = m.get(c);
  if (!out) {
    out = list.filter((x) => {
      const f = firstOf(x.re);
      return f === null || f.spaces !== null || (c < 256 ? f.low[c] === 1 : f.high.has(c));
    });
    m.set(c, out);
  }
  return out;
}

/** Sticky match at `pos`, or null. */
export function matchAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  const first = firstOf(re);
  if (first !== null && !mayStartAt(first, s, pos)) return null;
  re.lastIndex = pos;
  const m = re.exec(s);
  return m && m[0] !== '' ? m : null;
}

/** Number of words (letter/digit runs) in a string. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isW = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf;
    if (isW && !inWord) n++;
    inWord = isW;
  }
  return n;
}

/** The characters a match of each scan regex can start with (null: any), as char-code tables.
 *  With `spaces`, the pattern opens with a run of white space (`\s*`, `\s?`, `\s+`) that what
 *  follows cannot start with: the tables are of what follows, checked after the run. */
type FirstTable = { low: Uint8Array; high: Set<number>; prefix: PrefixTable | null; spaces: { min: number; max: number } | null } | null;
const FIRST = new WeakMap<RegExp, FirstTable>();
function firstOf(re: RegExp): FirstTable {
  let t = FIRST.get(re);
  if (t === undefined) {
    t = firstTableOf(re);
    FIRST.set(re, t);
  }
  return t;
}

function firstTableOf(re: RegExp): FirstTable {
  // "\s*(?:or more|at least)": most places it is tried at are spaces before a word, which the
  // plain table lets through; skipping the spaces tests the word. Only for a sticky regex (tried at
  // one place: a global one searches on).
  const lead = re.sticky ? leadingSpaces(re.source) : null;
  if (lead) {
    const rest = firstChars(lead.rest);
    if (rest !== null && ![...rest].some((ch) => SPACE_RE.test(ch))) {
      let prefix: PrefixTable | null = null;
      try {
        prefix = prefixTable(new RegExp(lead.rest, re.flags));
      } catch {
        prefix = null;
      }
      return charTable(rest, prefix, { min: lead.min, max: lead.max });
    }
  }
  const set = firstChars(re.source);
  // the first few characters too, where they can be told: most word starts fail on them
  return set === null ? null : charTable(set, prefixTable(re), null);
}

function charTable(set: Set<string>, prefix: PrefixTable | null, spaces: { min: number; max: number } | null): FirstTable {
  const t = { low: new Uint8Array(256), high: new Set<number>(), prefix, spaces };
  for (const ch of set) {
    const c = ch.charCodeAt(0);
    if (c < 256) t.low[c] = 1;
    else t.high.add(c);
  }
  return t;
}

const SPACE_RE = /^\s$/u;
/** JavaScript's \s (a code unit: the white space characters are all in the BMP). */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** "\s*X", "\s?X", "\s+X" (maybe lazy) with no "|" outside groups in X: the run's bounds and X. */
function leadingSpaces(src: string): { min: number; max: number; rest: string } | null {
  const m = /^\\s([*+?])\??/.exec(src);
  if (!m) return null;
  const rest = src.slice(m[0].length);
  if (topLevelBars(rest).length > 0) return null;
  return { min: m[1] === '+' ? 1 : 0, max: m[1] === '?' ? 1 : Infinity, rest };
}

/** Whether a match of the table's pattern may start at `pos` of `s`. */
function mayStartAt(t: NonNullable<FirstTable>, s: string, pos: number): boolean {
  let i = pos;
  if (t.spaces !== null) {
    // (a run may only open on a space firstChars knows, as the plain table had it)
    if (i < s.length && isSpaceCode(s.charCodeAt(i)) && !FIRST_CHARS_SPACES.has(s[i])) return false;
    while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
    // what follows the run cannot start with a space: it starts right after the whole run
    if (i - pos < t.spaces.min || i - pos > t.spaces.max) return false;
  }
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (!(c < 256 ? t.low[c] === 1 : t.high.has(c))) return false;
  return t.prefix === null || prefixOk(t.prefix, s, i);
}

/** What firstChars takes \\s to start with. */
const FIRST_CHARS_SPACES: Set<string> = new Set([' ', '\t', '\n', '\r', '\u00a0', '\u202f', '\u2009']);

/**
 * The set of characters a match of `src` can begin with, or null when that cannot be told (a
 * negated class, \\p{…}, ".", a pattern that can match the empty string). A small parser for the
 * regex subset the lexicons use: alternation, groups, lookarounds, classes, escapes, quantifiers.
 */
export function firstChars(src: string): Set<string> | null {
  let i = 0;
  type R = { first: Set<string> | null; nullable: boolean };
  const union = (a: Set<string> | null, b: Set<string> | null) => (a === null || b === null ? null : new Set([...a, ...b]));
  const DIGITS = new Set('0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669'.split(''));
  const SPACES = FIRST_CHARS_SPACES;

  function alternation(): R {
    let first: Set<string> | null = new Set();
    let nullable = false;
    for (;;) {
      const r = sequence();
      first = union(first, r.first);
      nullable ||= r.nullable;
      if (src[i] === '|') {
        i++;
        continue;
      }
      return { first, nullable };
    }
  }
  function sequence(): R {
    let first: Set<string> | null = new Set();
    let nullable = true;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const a = atom();
      const q = quantifier();
      const atomNullable = a.nullable || q;
      if (nullable) first = union(first, a.first);
      nullable &&= atomNullable;
    }
    return { first, nullable };
  }
  function quantifier(): boolean {
    const c = src[i];
    let nullable = false;
    if (c === '?' || c === '*') {
      i++;
      nullable = true;
    } else if (c === '+') i++;
    else if (c === '{' && /^\{\d*(,\d*)?\}/.test(src.slice(i))) {
      const m = /^\{(\d*)(,\d*)?\}/.exec(src.slice(i))!;
      nullable = m[1] === '' || Number(m[1]) === 0;
      i += m[0].length;
    } else return false;
    if (src[i] === '?') i++; // lazy
    return nullable;
  }
  function atom(): R {
    const c = src[i];
    if (c === '(') {
      i++;
      // (an unmodelled "(?x" leaves i at the "?", as it always did)
      const open = groupOpen(src, i);
      if (open) i = open.next;
      const look = open?.look ?? false;
      const r = alternation();
      i++; // ')'
      return look ? { first: new Set(), nullable: true } : r;
    }
    if (c === '[') return cls();
    if (c === '\\') {
      const n = src[i + 1];
      i += 2;
      if (n === 'p' || n === 'P' || n === 'u' || n === 'k') {
        if (src[i] === '{') i = src.indexOf('}', i) + 1;
        else if (n === 'u') i += 4;
        return { first: null, nullable: false };
      }
      if (n === 'd') return { first: DIGITS, nullable: false };
      if (n === 's') return { first: SPACES, nullable: false };
      if (n === 'b' || n === 'B') return { first: new Set(), nullable: true };
      if (/[wWDSx]/.test(n)) return { first: null, nullable: false };
      return { first: new Set([n]), nullable: false };
    }
    i++;
    if (c === '.') return { first: null, nullable: false };
    if (c === '^' || c === '$') return { first: new Set(), nullable: true };
    return { first: new Set([c]), nullable: false };
  }
  function cls(): R {
    i++; // '['
    if (src[i] === '^') {
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
      return { first: null, nullable: false };
    }
    const set = new Set<string>();
    let unknown = false;
    let prev = '';
    while (i < src.length && src[i] !== ']') {
      let ch = src[i];
      if (ch === '\\') {
        const n = src[i + 1];
        i += 2;
        if (n === 'p' || n === 'P') {
          if (src[i] === '{') i = src.indexOf('}', i) + 1;
          unknown = true;
          continue;
        }
        if (n === 'u') {
          ch = String.fromCharCode(parseInt(src.slice(i, i + 4), 16));
          i += 4;
        } else if (n === 'd') {
          DIGITS.forEach((d) => set.add(d));
          continue;
        } else if (n === 's') {
          SPACES.forEach((d) => set.add(d));
          continue;
        } else if (/[wWDSbB]/.test(n)) {
          unknown = true;
          continue;
        } else ch = n;
      } else i++;
      if (ch === '-' && prev && src[i] !== ']') {
        // a range prev-next
        let to = src[i];
        if (to === '\\' && src[i + 1] === 'u') {
          to = String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
          i += 6;
        } else i++;
        const a = prev.charCodeAt(0);
        const b = to.charCodeAt(0);
        if (b - a > 400) unknown = true;
        else for (let k = a; k <= b; k++) set.add(String.fromCharCode(k));
        prev = '';
        continue;
      }
      set.add(ch);
      prev = ch;
    }
    i++; // ']'
    return { first: unknown ? null : set, nullable: false };
  }
  try {
    const r = alternation();
    return r.nullable || i < src.length ? null : r.first;
  } catch {
    return null;
  }
}

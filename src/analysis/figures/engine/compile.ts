// Compiles a locale's lexicon (pattern sources) into RegExps, once per locale object.
import type { FigureKind, Qualifier } from '../../types.js';
import type { CueRole, GroupNoun, Locale, LocaleLexicon } from '../locales/types.js';

const WORD = String.raw`[\p{L}\p{M}\p{N}_]`;
/** Start boundary: no word character before, unless the pattern itself starts with a non-word char. */
const B0 = String.raw`(?:(?<!${WORD})|(?!${WORD}))`;
/** End boundary: no word character after, unless the match ended on a non-word char. */
const B1 = String.raw`(?:(?!${WORD})|(?<!${WORD}))`;

export interface CompiledCue {
  kind: FigureKind;
  role: CueRole;
  re: RegExp;
}

export interface CompiledLocale {
  locale: Locale;
  lex: LocaleLexicon;
  /** Any kind cue at all (fast pre-test of a sentence). */
  anyCue: RegExp;
  cues: CompiledCue[];
  groups: { g: GroupNoun; re: RegExp }[];
  kindNouns: { kind: FigureKind; re: RegExp }[];
  nonPersonY: RegExp;
  stopAfterY: RegExp;
  hedgesBefore: { qualifier: Qualifier; re: RegExp; clauseStart: boolean }[];
  hedgesAfterY: { qualifier: Qualifier; re: RegExp }[];
  fillersGap: RegExp;
  rangeBetweenEnd: RegExp;
  rangeAndGap: RegExp;
  rangeToGap: RegExp;
  subsetBeforeEnd: RegExp;
  subsetAfterY: RegExp;
  coordGap: RegExp;
  relative: RegExp;
  blockers: RegExp;
  notCountBeforeEnd: RegExp;
  notCountAfterY: RegExp;
  monthBeforeEnd: RegExp;
  monthAfterY: RegExp;
  tollLinkEnd: RegExp;
  clauseBreak: RegExp;
  time: { background: RegExp; event: RegExp; rate: RegExp; wholeWar: RegExp; earlier: RegExp };
  rateAfterY: RegExp;
  reporter: {
    sourceBefore: RegExp;
    saidVerbs: RegExp;
    sourceStop: RegExp;
    sourceNoise: RegExp;
    determinersStart: RegExp;
    anaphoraFull: RegExp;
    offices: RegExp;
    groupWord: RegExp;
  };
  parties: { re: RegExp; party: string }[];
  tollUpdateEnd: RegExp | null;
  coordEnd: RegExp;
  partitiveY: RegExp | null;
  /** Dates: one regex finding "<month> <day>?, <year>?" / "<day> <month> <year>?"; group 1/2/3 per month order. */
  dates: { re: RegExp; months: RegExp[] } | null;
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

function build(locale: Locale): CompiledLocale {
  const lex = locale.lexicon;
  const expand = (src: string): string =>
    src
      .replace(/\{YEAR\}/g, String.raw`(?:19|20)\d\d`)
      .replace(/\{MONTH\}/g, `(?:${lex.months})`)
      .replace(/\{WEEKDAY\}/g, `(?:${lex.weekdays})`)
      .replace(/\{NUM\}/g, String.raw`\d+`);
  const w = (src: string): string => `${B0}(?:${expand(src)})${B1}`;
  const g = (src: string) => new RegExp(w(src), 'giu');
  const y = (src: string) => new RegExp(w(src), 'yiu');
  const end = (src: string, tail = String.raw`\s*`) => new RegExp(`${w(src)}${tail}$`, 'iu');

  const cues: CompiledCue[] = lex.kinds.map((k) => ({ kind: k.kind, role: k.role, re: g(k.re) }));
  const allKinds = lex.kinds.map((k) => `(?:${k.re})`).join('|');
  const kindNouns = lex.kinds.filter((k) => k.role === 'noun').map((k) => ({ kind: k.kind, re: y(k.re) }));
  const groupWord = lex.groups.map((x) => `(?:${x.re})`).join('|');

  return {
    locale,
    lex,
    anyCue: new RegExp(w(allKinds), 'iu'),
    cues,
    groups: lex.groups.map((x) => ({ g: x, re: y(x.re) })),
    kindNouns,
    nonPersonY: y(lex.nonPerson),
    stopAfterY: y(lex.stopAfter),
    hedgesBefore: lex.hedgesBefore.map((h) => ({ qualifier: h.qualifier, re: end(h.re), clauseStart: !!h.clauseStart })),
    hedgesAfterY: lex.hedgesAfter.map((h) => ({ qualifier: h.qualifier, re: new RegExp(String.raw`\s*` + w(h.re), 'yiu') })),
    fillersGap: new RegExp(String.raw`^\s*(?:${w(lex.fillers)}\s*){0,4}$`, 'iu'),
    rangeBetweenEnd: end(lex.range.between),
    rangeAndGap: new RegExp(String.raw`^\s*${w(lex.range.and)}\s*$`, 'iu'),
    rangeToGap: new RegExp(String.raw`^\s*${w(lex.range.to)}\s*$`, 'iu'),
    subsetBeforeEnd: end(lex.subset.before, String.raw`[\s,:]*`),
    subsetAfterY: new RegExp(String.raw`\s*` + w(lex.subset.after), 'yiu'),
    coordGap: new RegExp(String.raw`^\s*(?:${w(lex.coordination)}\s*){1,3}$`, 'iu'),
    relative: g(lex.relative),
    blockers: g(lex.blockers),
    notCountBeforeEnd: end(lex.notCountBefore, String.raw`\s?[#№]?\s?`),
    notCountAfterY: new RegExp(String.raw`\s?(?:${expand(lex.notCountAfter)})(?![\p{L}\p{N}])`, 'yiu'),
    monthBeforeEnd: end(lex.months, String.raw`\.?,?\s*`),
    monthAfterY: new RegExp(String.raw`\.?\s*` + w(lex.months), 'yiu'),
    tollLinkEnd: end(lex.tollLink),
    clauseBreak: new RegExp(String.raw`;|` + w(lex.clauseBreak), 'giu'),
    time: {
      background: g(lex.time.background),
      event: g(lex.time.event),
      rate: g(lex.time.rate),
      wholeWar: g(lex.time.wholeWar),
      earlier: g(lex.time.earlier),
    },
    rateAfterY: new RegExp(String.raw`\s*(?:[\p{L}\p{M}'’-]+\s+){0,3}?` + w(lex.time.rate), 'yiu'),
    reporter: {
      sourceBefore: g(lex.reporter.sourceBefore),
      saidVerbs: g(lex.reporter.saidVerbs),
      sourceStop: g(lex.reporter.sourceStop),
      sourceNoise: g(lex.reporter.sourceNoise),
      determinersStart: new RegExp(String.raw`^\s*` + w(lex.reporter.determiners) + String.raw`\s*`, 'iu'),
      anaphoraFull: new RegExp(String.raw`^(?:${expand(lex.reporter.anaphora)})$`, 'iu'),
      offices: g(lex.reporter.offices),
      groupWord: new RegExp(w(groupWord), 'iu'),
    },
    parties: lex.parties.map((p) => ({ re: g(p.re), party: p.party })),
    tollUpdateEnd: lex.tollUpdate ? end(lex.tollUpdate) : null,
    coordEnd: end(lex.coordination),
    partitiveY: lex.partitive ? new RegExp(String.raw`\s*` + w(lex.partitive) + String.raw`\s*(?:${w(lex.reporter.determiners)}\s*)?`, 'yiu') : null,
    dates: lex.monthNames && lex.monthNames.length === 12
      ? {
          re: new RegExp(
            String.raw`(?:(\d{1,2})(?:\.|er|º|st|nd|rd|th)?\s+(?:de\s+)?)?` + w(lex.monthNames.map((m) => `(?:${m})`).join('|')) + String.raw`(?:\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d))?(?:,?\s+(?:de\s+)?((?:19|20)\d\d))?`,
            'giu',
          ),
          months: lex.monthNames.map((m) => new RegExp(`^(?:${m})$`, 'iu')),
        }
      : null,
  };
}

/** All matches of a global regex in `s` (the regex's lastIndex is reset). */
export function allMatches(re: RegExp, s: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Sticky match at `pos`, or null. */
export function matchAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
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

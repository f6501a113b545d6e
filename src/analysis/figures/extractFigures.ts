// Casualty figures of one article, by the rules of shared/spec/casualty-figures.md.
// Pure and synchronous: sentences -> counts (locale parser) -> refiners -> figures.
import type { ExtractOptions, Figure, Lang } from '../types.js';
import { splitSentences } from '../text/sentences.js';
import { detectLanguage } from '../text/language.js';
import { getLocale } from './locales/index.js';
import type { Locale, SentenceContext } from './locales/types.js';
import { type CompiledLocale, compileLocale, lowerKeepOffsets, matchAt, mayMatchIn, nextMatch, stripChars } from './engine/compile.js';
import { findCounts } from './engine/numbers.js';
import { resetArticleMemos } from './engine/memo.js';
import { parseSentence, type ParsedCandidate } from './engine/parse.js';
import { REFINERS, type RefineContext } from './refiners/index.js';
import { defaultReporterTable, type ReporterTable } from './reporters.js';

export interface ExtractFiguresOptions extends ExtractOptions {
  /** Reporter table to use instead of config/reporters.json. */
  reporters?: ReporterTable;
  /** Locale to use instead of the registered one for the language (tests, experiments). */
  locale?: Locale;
}

const MAX_EVIDENCE = 320;

export function extractFigures(text: string, opts: ExtractFiguresOptions = {}): Figure[] {
  if (!text) return [];
  resetArticleMemos();
  const lang: Lang = opts.lang ?? detectLanguage(text);
  const locale = opts.locale ?? getLocale(lang);
  const cl = compileLocale(locale);
  // characters the locale ignores (Arabic diacritics) are removed; evidence maps back to the input
  const stripped = cl.ignorable ? stripChars(text, cl.ignorable) : null;
  const work = stripped ? stripped.text : text;
  const found = extract(work, lang, locale, cl, opts);
  return found.map(({ figure, evStart, evEnd }) => {
    if (stripped) figure.evidence = text.slice(stripped.map[evStart], stripped.map[evEnd - 1] + 1);
    return figure;
  });
}

function extract(text: string, lang: Lang, locale: Locale, cl: CompiledLocale, opts: ExtractFiguresOptions) {
  const spans = splitSentences(text, lang);
  const lowerPlain = lowerKeepOffsets(text);
  // a text with none of the folded letters folds to itself
  const lower = Object.keys(cl.fold).some((k) => lowerPlain.includes(k)) ? lowerKeepOffsets(text, cl.fold) : lowerPlain;
  const sentences: SentenceContext[] = [];
  let paragraph = 0;
  let prevEnd = 0;
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i];
    if (/\n/.test(text.slice(prevEnd, sp.start))) paragraph++;
    sentences.push({ index: i, start: sp.start, end: sp.end, text: sp.text, lower: lower.slice(sp.start, sp.end), paragraph });
    prevEnd = sp.end;
  }

  let cands: ParsedCandidate[] = [];
  for (const sent of sentences) {
    // a sentence with no kind cue or no number has no figure
    const firstCue = nextMatch(cl.cueScan, sent.lower, 0);
    // a sentence with no cue that opens with a part marker continues the count before it
    // (or with a part of it: "Trois des victimes sont des enfants", "Drei der Opfer waren Kinder")
    if (!firstCue && !matchAt(cl.subsetOpenY, sent.lower, 0) && !opensWithPart(cl, sent.lower)) continue;
    const nums = findCounts(sent.text, lang).map((n) => ({ ...n, start: n.start + sent.start, end: n.end + sent.start }));
    // a sentence with no number may still hold a count a locale parser reads (Arabic duals)
    if (nums.length > 0) cands.push(...parseSentence(cl, sent, nums, firstCue?.index ?? sent.lower.length));
    for (const parser of locale.extraParsers ?? []) {
      for (const c of parser(sent, nums, lang)) {
        // a locale parser reads a construction the lexicon cannot: its reading of a count wins
        const same = cands.findIndex((o) => o.sentence === sent.index && o.start === c.start);
        if (same >= 0) cands.splice(same, 1);
        cands.push({
          ...c,
          hedgeStart: c.start - sent.start,
          numStart: c.start - sent.start,
          numEnd: c.end - sent.start,
          phraseEndRel: c.phraseEnd - sent.start,
          partySpan: text.slice(c.start, c.phraseEnd),
          groupParty: c.party,
          subset: null,
          whoBeforeMarker: null,
          subsetKind: null,
          fallbackKind: null,
          clause: 0,
          cuePos: -1,
          reporter: null,
          scope: 'event',
        });
      }
    }
  }
  cands.sort((a, b) => a.sentence - b.sentence || a.numStart - b.numStart);

  const ctx: RefineContext = { text, lower, lowerPlain, lang, cl, sentences, published: opts.published, reporters: opts.reporters ?? defaultReporterTable };
  for (const refine of REFINERS) cands = refine(ctx, cands);

  return cands.map((c) => {
    const sent = sentences[c.sentence];
    const [a, b] = evidence(sent.text, c);
    const figure: Figure = {
      kind: c.kind!,
      count: c.count,
      upper: c.upper,
      qualifier: c.qualifier,
      who: c.who ?? 'people',
      party: c.who === 'combatants' ? c.party : null,
      unit: c.unit,
      reporter: c.reporter,
      scope: c.scope,
      evidence: sent.text.slice(a, b),
    };
    return { figure, evStart: sent.start + a, evEnd: sent.start + b };
  });
}

/** The sentence, or for a long one the clause around the count: [start, end) in the sentence. */
function evidence(s: string, c: ParsedCandidate): [number, number] {
  if (s.length <= MAX_EVIDENCE) return [0, s.length];
  let a = Math.max(0, c.hedgeStart - 160);
  let b = Math.min(s.length, c.phraseEndRel + 160);
  const semiBefore = s.lastIndexOf(';', c.hedgeStart);
  if (semiBefore >= a) a = semiBefore + 1;
  const semiAfter = s.indexOf(';', c.phraseEndRel);
  if (semiAfter >= 0 && semiAfter < b) b = semiAfter;
  // start and end on word boundaries
  while (a > 0 && a < c.hedgeStart && /\S/.test(s[a - 1])) a++;
  while (b < s.length && b > c.phraseEndRel && /\S/.test(s[b])) b--;
  while (a < b && /\s/.test(s[a])) a++;
  while (b > a && /\s/.test(s[b - 1])) b--;
  return [a, b];
}

/** A sentence opening with a count and a part marker: "Trois des victimes…", "Tres de las víctimas…". */
function opensWithPart(cl: CompiledLocale, lower: string): boolean {
  // most sentences hold none of the markers' words at all
  if (!mayMatchIn(cl.subsetAfterY, lower, 0)) return false;
  // after each of the first three words
  const ends: number[] = [];
  for (const w of lower.slice(0, 48).matchAll(/[\p{L}\p{N}][\p{L}\p{N}.,'’-]*/gu)) {
    ends.push(w.index! + w[0].length);
    if (ends.length === 3) break;
  }
  return ends.some((e) => matchAt(cl.subsetAfterY, lower, e) !== null);
}

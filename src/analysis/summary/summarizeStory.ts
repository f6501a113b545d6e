// The summary of a story: the sentences of its articles that carry the most information the
// other outlets report too — shared names, numbers and words — chosen one by one with a penalty
// for resembling a sentence already chosen (maximal marginal relevance), then listed in the order
// of their articles' publication. Numbers and names match across languages, so a French and an
// English report of "242" dead in "Aleppo" support each other.
import type { Lang } from '../types.js';
import { articleSentences, capText } from './candidates.js';
import { REDUNDANT, scoreCandidates, type ScoredCandidate } from './summarize.js';
import { jaccard, sentenceTerms, TERM_WEIGHT, type TermKind } from './terms.js';

export interface StoryArticle {
  id: string;
  outlet: string | null;
  title?: string;
  text: string;
  lang: Lang;
  published?: string;
}

export interface StorySentence {
  sentence: string;
  outlet: string | null;
  articleId: string;
}

export interface SummarizeStoryOptions {
  /** Default 5. */
  maxSentences?: number;
}

/** A story this big is read in its most recent articles only. */
const MAX_ARTICLES = 60;
/** Sentences per article considered (the lead and what follows it), and the text they come from. */
const MAX_CANDIDATES_PER_ARTICLE = 40;
const MAX_CHARS_PER_ARTICLE = 12_000;
/** Sentences worth less than this share of the best one are not worth listing. */
const MIN_RELATIVE_TOTAL = 0.15;
/** Weight of relevance against novelty when choosing the next sentence. */
const LAMBDA = 0.7;

interface Pool extends ScoredCandidate {
  article: number;
  lang: Lang;
  support: number;
  /** Numbers (not dates) and names: what two languages can share. */
  strong: Set<string>;
  /** Numbers (not dates) alone. */
  numbers: Set<string>;
  total: number;
}

export function summarizeStory(articles: StoryArticle[], opts: SummarizeStoryOptions = {}): StorySentence[] {
  const maxSentences = Math.max(1, opts.maxSentences ?? 5);
  if (!Array.isArray(articles) || articles.length === 0) return [];

  // Publication order (unknown dates last, in input order), keeping the most recent articles.
  const ordered = articles
    .map((a, i) => ({ a, i, t: a.published ? Date.parse(a.published) : NaN }))
    .sort((x, y) => (Number.isNaN(x.t) ? 1 : 0) - (Number.isNaN(y.t) ? 1 : 0) || (x.t - y.t || 0) || x.i - y.i)
    .map((x) => x.a);
  const kept = ordered.length > MAX_ARTICLES ? ordered.slice(ordered.length - MAX_ARTICLES) : ordered;

  // Who reports what: each term's set of sources (an outlet, or the article when it has none).
  const sourceOf = kept.map((a) => a.outlet ?? `article:${a.id}`);
  const sources = new Set(sourceOf);
  // With a single source, its articles stand in for outlets (updates of one report still agree).
  const unitOf = sources.size >= 2 ? sourceOf : kept.map((a) => `article:${a.id}`);
  const units = new Set(unitOf).size;

  const pools: Pool[][] = [];
  const termUnits = new Map<string, Set<string>>();
  const note = (key: string, unit: string) => {
    let s = termUnits.get(key);
    if (!s) termUnits.set(key, (s = new Set()));
    s.add(unit);
  };
  kept.forEach((a, ai) => {
    const text = capText(a.text ?? '', MAX_CHARS_PER_ARTICLE);
    const { candidates } = articleSentences(text, a.lang, a.title, MAX_CANDIDATES_PER_ARTICLE);
    const scored = scoreCandidates(candidates, a.lang, a.title);
    const maxScore = Math.max(1e-9, ...scored.map((c) => c.score));
    const pool: Pool[] = scored.map((c) => {
      const strong = new Set<string>();
      const numbers = new Set<string>();
      for (const t of c.terms) {
        if (t.kind === 'number' || t.kind === 'name') strong.add(t.key);
        if (t.kind === 'number') numbers.add(t.key);
      }
      return { ...c, score: c.score / maxScore, article: ai, lang: a.lang, support: 0, strong, numbers, total: 0 };
    });
    pools.push(pool);
    for (const c of pool) for (const k of c.keys) note(k, unitOf[ai]);
    if (a.title) for (const k of sentenceTerms(a.title, a.lang).keys) note(k, unitOf[ai]);
  });

  // Support: the weighted terms a sentence shares with other sources, per sqrt of its length.
  const all = pools.flat();
  if (all.length === 0) return [];
  if (units >= 2) {
    for (const c of all) {
      const kinds = new Map<string, TermKind>();
      for (const t of c.terms) if (!kinds.has(t.key) || t.kind === 'name') kinds.set(t.key, t.kind);
      let support = 0;
      for (const [k, kind] of kinds) {
        const others = (termUnits.get(k)?.size ?? 1) - 1;
        if (others > 0) support += TERM_WEIGHT[kind] * (others / (units - 1));
      }
      c.support = support / Math.sqrt(c.terms.length + 4);
    }
    const maxSupport = Math.max(1e-9, ...all.map((c) => c.support));
    for (const c of all) c.total = c.support / maxSupport + 0.4 * c.score;
  } else {
    for (const c of all) c.total = c.score;
  }

  // Maximal marginal relevance; a near repeat (in words, or in names and numbers) is never taken.
  const chosen: Pool[] = [];
  const perArticle = new Map<number, number>();
  const maxTotal = Math.max(1e-9, ...all.map((c) => c.total));
  while (chosen.length < maxSentences) {
    let best: Pool | null = null;
    let bestValue = -Infinity;
    for (const c of all) {
      if (chosen.includes(c) || c.total < MIN_RELATIVE_TOTAL * maxTotal) continue;
      if (units >= 2 && c.support === 0) continue; // told by one source only
      let sim = 0;
      for (const d of chosen) sim = Math.max(sim, similarity(c, d));
      if (sim > REDUNDANT) continue;
      const repeat = perArticle.get(c.article) ?? 0;
      // Spread over articles; of equals, the earlier report (the one others copied) wins.
      const early = kept.length > 1 ? 0.03 * (1 - c.article / (kept.length - 1)) : 0;
      const value = LAMBDA * (c.total / maxTotal) - (1 - LAMBDA) * sim - 0.08 * repeat + early;
      if (value > bestValue) {
        bestValue = value;
        best = c;
      }
    }
    if (!best) break;
    chosen.push(best);
    perArticle.set(best.article, (perArticle.get(best.article) ?? 0) + 1);
  }

  return chosen
    .sort((x, y) => x.article - y.article || x.rank - y.rank)
    .map((c) => ({ sentence: c.text, outlet: kept[c.article].outlet ?? null, articleId: kept[c.article].id }));
}

function similarity(a: Pool, b: Pool): number {
  const words = jaccard(a.keys, b.keys);
  // Only names and numbers can match across languages, and not all of them ("Alep"/"Aleppo"):
  // judge on them when there are enough, by how much of the smaller set the other one has.
  let strong = 0;
  if (a.strong.size + b.strong.size >= 4) {
    strong = 0.8 * (a.lang === b.lang ? jaccard(a.strong, b.strong) : overlap(a.strong, b.strong));
  }
  // The same figures ("242 dead, 24 of them civilians") in any language: the same statement.
  let figures = 0;
  if (a.numbers.size > 0 && b.numbers.size > 0) {
    let shared = 0;
    for (const k of a.numbers) if (b.numbers.has(k)) shared++;
    figures = (shared >= 2 ? 0.9 : 0.4) * (shared / Math.min(a.numbers.size, b.numbers.size));
  }
  return Math.max(words, strong, figures);
}

/** Overlap coefficient: the share of the smaller set found in the larger. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const k of small) if (large.has(k)) shared++;
  return shared / small.size;
}

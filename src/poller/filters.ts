// A subscription's filters on one article, with the rule that decided, for "why wasn't it posted?".
import type { Figure } from '../analysis/types.js';
import type { StoredArticle, Subscription, SubscriptionFilters } from '../store/records.js';

export interface FilterVerdict {
  pass: boolean;
  reason: string | null;
}

/** Patterns run on every article of every subscription: keep them small and free of backtracking traps. */
export const MAX_PATTERN_LENGTH = 200;
/** Text a pattern is run against: enough for a headline and the lead, not a 200 KB page. */
const PATTERN_TEXT_LIMIT = 20_000;

export class FilterPatternError extends Error {}

/**
 * Refuses patterns that can backtrack catastrophically (nested or adjacent unbounded quantifiers,
 * back-references) — JavaScript has no regex time limit, so this is the bound on run time.
 */
export function compileFilterPattern(source: string): RegExp {
  if (source.length > MAX_PATTERN_LENGTH) throw new FilterPatternError(`the pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
  if (/\\[1-9]|\\k</.test(source)) throw new FilterPatternError('back-references (\\1, \\k<name>) are not allowed');
  if (/\((?:[^()\\]|\\.)*[*+}](?:[^()\\]|\\.)*\)\s*[*+{]/.test(source)) {
    throw new FilterPatternError('a repeated group that itself repeats, like (a+)+, can take forever to run; simplify it');
  }
  if (/[*+]\??[^()|]{0,3}[*+]/.test(source.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x'))) {
    // e.g. .*.*x or \w+\w+: exponential on failing input
    if (/(\.|\\[wsdWSD])[*+][^|]*?(\.|\\[wsdWSD])[*+]/.test(source)) throw new FilterPatternError('two unbounded wildcards in a row (like .*.*) can take forever to run; use one');
  }
  try {
    return new RegExp(source, 'iu');
  } catch (err) {
    throw new FilterPatternError(`it is not a valid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
}

export function bestKilled(figures: Figure[]): number {
  return figures.filter((f) => f.kind === 'killed' && f.scope === 'event').reduce((m, f) => Math.max(m, f.upper ?? f.count), 0);
}

const lower = (s: string) => s.toLocaleLowerCase();

export function matchesFilters(sub: Pick<Subscription, 'keywords'> & { filters?: SubscriptionFilters }, article: Pick<StoredArticle, 'title' | 'text' | 'figures' | 'lang'>): FilterVerdict {
  const f = sub.filters ?? {};
  const haystack = lower(`${article.title}\n${article.text}`);
  if (sub.keywords.length > 0 && !sub.keywords.some((k) => haystack.includes(lower(k)))) {
    return { pass: false, reason: `none of the keywords matched (${sub.keywords.join(', ')})` };
  }
  const excluded = (f.exclude ?? []).find((k) => haystack.includes(lower(k)));
  if (excluded) return { pass: false, reason: `it contains the excluded word “${excluded}”` };
  const sample = `${article.title}\n${article.text.slice(0, PATTERN_TEXT_LIMIT)}`;
  if (f.pattern && !compileFilterPattern(f.pattern).test(sample)) return { pass: false, reason: `it does not match the pattern /${f.pattern}/` };
  if (f.excludePattern && compileFilterPattern(f.excludePattern).test(sample)) return { pass: false, reason: `it matches the excluded pattern /${f.excludePattern}/` };
  if (f.minKilled && bestKilled(article.figures) < f.minKilled) {
    return { pass: false, reason: `it reports fewer than ${f.minKilled} killed (found ${bestKilled(article.figures)})` };
  }
  if (f.languages && f.languages.length > 0 && !f.languages.includes(article.lang)) {
    return { pass: false, reason: `it is in ${article.lang}, not in ${f.languages.join('/')}` };
  }
  return { pass: true, reason: null };
}

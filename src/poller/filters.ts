import type { StoredArticle, Subscription } from '../store/records.js';

export interface FilterVerdict {
  pass: boolean;
  reason: string | null;
}

/** A subscription's filters on one article, with the rule that blocked it for "why wasn't it posted?". */
export function matchesFilters(sub: Pick<Subscription, 'keywords'>, article: Pick<StoredArticle, 'title' | 'text'>): FilterVerdict {
  if (sub.keywords.length > 0) {
    const haystack = `${article.title}\n${article.text}`.toLocaleLowerCase();
    const hit = sub.keywords.some((k) => haystack.includes(k.toLocaleLowerCase()));
    if (!hit) return { pass: false, reason: `none of the keywords matched: ${sub.keywords.join(', ')}` };
  }
  return { pass: true, reason: null };
}

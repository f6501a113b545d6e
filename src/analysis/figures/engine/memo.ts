// Memo tables for pure functions of a string (a phrase, a sentence, an article) that are asked
// about the same strings many times: the reporter refiner resolves a source phrase, reads it again
// for a sentence it re-reads, and asks every helper about the same sentence; and the phrases that
// name sources ("the health ministry said", "selon l'ONU") recur from one article to the next.
// A short key (a phrase) is kept across articles; a long one (a sentence, a whole article) is
// forgotten when the next article starts (extractFigures), since it is not asked about again.
// Each table is emptied when it grows past a bound, so memory stays flat.

const tables: Memo<unknown>[] = [];
/** Entries per table before it is emptied. */
const LIMIT = 4096;
/** Keys up to this length are phrases, kept across articles. */
const SHARED_KEY = 100;

export interface Memo<V> {
  /** With a scope, the entry stands for the key `${scope}|${key}` (kept as two strings: a joined
   *  key would be built and hashed afresh on every lookup). */
  get(key: string, scope?: string): V | undefined;
  set(key: string, value: V, scope?: string): V;
  /** Forgets the entries of the article just done (long keys). */
  endArticle(): void;
}

/** Entries by scope, counted together against LIMIT. */
class ScopedMap<V> {
  private byScope = new Map<string, Map<string, V>>();
  size = 0;
  get(scope: string, key: string): V | undefined {
    return this.byScope.get(scope)?.get(key);
  }
  set(scope: string, key: string, value: V): void {
    let m = this.byScope.get(scope);
    if (!m) this.byScope.set(scope, (m = new Map()));
    if (!m.has(key)) this.size++;
    m.set(key, value);
  }
  clear(): void {
    this.byScope.clear();
    this.size = 0;
  }
}

export function articleMemo<V>(): Memo<V> {
  const shared = new ScopedMap<V>();
  const article = new ScopedMap<V>();
  const mapFor = (key: string, scope: string | undefined) => ((scope === undefined ? 0 : scope.length + 1) + key.length <= SHARED_KEY ? shared : article);
  const memo: Memo<V> = {
    get: (key, scope) => mapFor(key, scope).get(scope ?? '', key),
    set: (key, value, scope) => {
      const m = mapFor(key, scope);
      if (m.size >= LIMIT) m.clear();
      m.set(scope ?? '', key, value);
      return value;
    },
    endArticle: () => {
      if (article.size) article.clear();
    },
  };
  tables.push(memo as Memo<unknown>);
  return memo;
}

/** Forgets what the last article memoised under long keys (its sentences, its text). */
export function resetArticleMemos(): void {
  for (const m of tables) m.endArticle();
}

/** `fn`, a pure function of one string, memoised in an articleMemo (a result must not be
 *  undefined, and callers must not change it). */
export function memoized<V>(fn: (s: string) => V): (s: string) => V {
  const memo = articleMemo<V>();
  return (s) => {
    const hit = memo.get(s);
    return hit !== undefined ? hit : memo.set(s, fn(s));
  };
}

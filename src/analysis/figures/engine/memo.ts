// Memo tables for pure functions of a string (a phrase, a sentence, an article) that one article
// asks for many times: the reporter refiner resolves a source phrase, reads it again for a sentence
// it re-reads, and asks every helper about the same sentence. Emptied when an article starts
// (extractFigures), so nothing is reused across articles and memory stays flat; also emptied when
// one grows past a bound (callers outside extractFigures).

const tables: Map<unknown, unknown>[] = [];
const LIMIT = 4096;

export interface Memo<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): V;
}

export function articleMemo<V>(): Memo<V> {
  const m = new Map<string, V>();
  tables.push(m as Map<unknown, unknown>);
  return {
    get: (key) => m.get(key),
    set: (key, value) => {
      if (m.size >= LIMIT) m.clear();
      m.set(key, value);
      return value;
    },
  };
}

/** Forgets what the last article memoised. */
export function resetArticleMemos(): void {
  for (const m of tables) if (m.size) m.clear();
}

// A typed keyv namespace. The only code besides openStore and backends/ that touches keyv.
import type Keyv from 'keyv';
import { isCasAdapter } from './backends/types.js';
import { guarded, StoreError } from './errors.js';

/** Conflicting writes from other processes tolerated by one update before it gives up. */
const MAX_CONFLICTS = 1_000;

export class Collection<T> {
  // Serialises read-modify-write per key inside this process; cross-process atomicity is the backend's job.
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(private readonly kv: Keyv<T>) {}

  async get(key: string): Promise<T | undefined> {
    return guarded('read', async () => (await this.kv.get(key)) ?? undefined);
  }

  async getMany(keys: string[]): Promise<(T | undefined)[]> {
    if (keys.length === 0) return [];
    const values = await guarded('read', () => this.kv.get(keys));
    return (values as (T | undefined | null)[]).map((v) => v ?? undefined);
  }

  async set(key: string, value: T): Promise<void> {
    await guarded('write', () => this.kv.set(key, value));
  }

  /**
   * Write the record only if the key holds none, atomically across processes (on a backend with
   * compare-and-set: all of ours). True if it was written, false if a record was already there.
   */
  async add(key: string, value: T): Promise<boolean> {
    const adapter = this.kv.store as unknown;
    if (!isCasAdapter(adapter)) {
      if (await this.has(key)) return false;
      await this.set(key, value);
      return true;
    }
    const raw = await this.kv.serializeData<T>({ value, expires: undefined });
    if (typeof raw !== 'string') throw new Error('store: records must serialise to strings');
    return guarded('write', () => adapter.compareAndSet(this.kv._getKeyPrefix(key), undefined, raw));
  }

  async delete(key: string): Promise<boolean> {
    return guarded('delete', () => this.kv.delete(key));
  }

  async has(key: string): Promise<boolean> {
    return guarded('read', () => this.kv.has(key));
  }

  async *entries(): AsyncGenerator<[string, T]> {
    if (!this.kv.iterator) throw new Error('This store backend cannot list keys');
    const it = this.kv.iterator(undefined) as AsyncGenerator<[string, T]>;
    while (true) {
      const step = await guarded('listing', () => it.next());
      if (step.done) return;
      const [key, value] = step.value;
      if (value !== undefined && value !== null) yield [key, value];
    }
  }

  async all(filter?: (value: T) => boolean): Promise<T[]> {
    const out: T[] = [];
    for await (const [, value] of this.entries()) if (!filter || filter(value)) out.push(value);
    return out;
  }

  /**
   * Read, change and write one record without losing a concurrent update, from this process or
   * (on a backend with compare-and-set: all of ours) from another. `change` returns the new record,
   * or undefined to write nothing; when another process wrote the record in between, it runs again
   * on the newer record, so it must only compute (no side effects).
   */
  async update(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    const run = previous.then(() => this.readChangeWrite(key, change));
    const settled = run.catch(() => undefined);
    this.locks.set(key, settled);
    try {
      return await run;
    } finally {
      if (this.locks.get(key) === settled) this.locks.delete(key);
    }
  }

  private async readChangeWrite(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const adapter = this.kv.store as unknown;
    if (!isCasAdapter(adapter)) {
      // A backend without compare-and-set: atomic within this process only.
      const next = change(await this.get(key));
      if (next !== undefined) await this.set(key, next);
      return next;
    }
    // Optimistic: read the stored string, write the changed record only if the string is unchanged.
    const storedKey = this.kv._getKeyPrefix(key);
    for (let conflicts = 0; ; conflicts++) {
      const raw = ((await guarded('read', () => adapter.get(storedKey))) ?? undefined) as string | undefined;
      const data = raw === undefined ? undefined : await this.kv.deserializeData<T>(raw);
      const live = data && !(typeof data.expires === 'number' && Date.now() > data.expires);
      const next = change(live ? (data.value ?? undefined) : undefined);
      if (next === undefined) return undefined;
      const nextRaw = await this.kv.serializeData<T>({ value: next, expires: undefined });
      if (typeof nextRaw !== 'string') throw new Error('store: records must serialise to strings');
      if (await guarded('write', () => adapter.compareAndSet(storedKey, raw, nextRaw))) return next;
      if (conflicts >= MAX_CONFLICTS) throw new StoreError(`store: gave up updating "${key}" after ${conflicts + 1} conflicting writes`);
      // Jittered back-off so that two writers of one key stop colliding.
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(2 ** conflicts, 50)));
    }
  }
}

// A typed keyv namespace. The only code besides openStore that touches keyv.
import type Keyv from 'keyv';
import { guarded } from './errors.js';

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

  /** Read, change and write one record without losing a concurrent update from this process. */
  async update(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    const run = previous.then(async () => {
      const next = change(await this.get(key));
      if (next !== undefined) await this.set(key, next);
      return next;
    });
    const settled = run.catch(() => undefined);
    this.locks.set(key, settled);
    try {
      return await run;
    } finally {
      if (this.locks.get(key) === settled) this.locks.delete(key);
    }
  }
}

// SQLite: one file, one connection per namespace (the @keyv/sqlite adapter opens its own), all
// namespaces in the adapter's `keyv` table under "namespace:key".
//
// Cross-process safety: every write that must not lose a concurrent one is a single statement
// (compare-and-set UPDATE … WHERE value = ?, INSERT … ON CONFLICT DO NOTHING, the lease upsert), and
// SQLite runs each statement under its database write lock, so two processes on the same file cannot
// interleave inside one. Waiting for that lock is bounded by the busy timeout (10 s). No explicit
// BEGIN IMMEDIATE transaction is needed: nothing here spans two statements.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import type { Backend, CasAdapter, LeaseBackend } from './types.js';

/** Rows read per page when listing a namespace. */
const PAGE = 500;
const BUSY_TIMEOUT_MS = 10_000;

class SqliteAdapter extends KeyvSqlite implements CasAdapter {
  async compareAndSet(storedKey: string, expected: string | undefined, next: string): Promise<boolean> {
    const table = this.opts.table!;
    const rows: unknown[] =
      expected === undefined
        ? await this.query(`INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING RETURNING key`, storedKey, next)
        : await this.query(`UPDATE ${table} SET value = ? WHERE key = ? AND value = ? RETURNING key`, next, storedKey, expected);
    return rows.length === 1;
  }

  /**
   * The namespace's rows by key range on the primary key (SQLite compares text bytewise), a page at a
   * time after the last key seen: reads only this namespace, unlike the adapter's LIKE … OFFSET.
   */
  override async *iterator(namespace?: string): AsyncGenerator<[string, string], void, unknown> {
    const table = this.opts.table!;
    const lo = namespace ? `${namespace}:` : '';
    const hi = namespace ? `${namespace};` : null; // ';' follows ':' in byte order
    let after: string | null = null;
    for (;;) {
      const where = [after === null ? 'key >= ?' : 'key > ?', ...(hi === null ? [] : ['key < ?'])].join(' AND ');
      const params = [after ?? lo, ...(hi === null ? [] : [hi]), PAGE];
      const rows: { key: string; value: string }[] = await this.query(`SELECT key, value FROM ${table} WHERE ${where} ORDER BY key LIMIT ?`, ...params);
      for (const row of rows) yield [row.key, row.value];
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.key;
    }
  }
}

export function sqliteBackend(path: string): Backend {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const uri = `sqlite://${path}`;
  const adapters: SqliteAdapter[] = [];
  const make = () => {
    const a = new SqliteAdapter({ uri, busyTimeout: BUSY_TIMEOUT_MS });
    // Write-ahead log: readers never wait for a writer, and a commit costs no fsync of the main file,
    // which is what bounds delivery throughput (each post is a few small writes). A process crash
    // loses nothing committed; only a power cut may lose the last commits (synchronous=NORMAL).
    if (path !== ':memory:') void a.query('PRAGMA journal_mode=WAL').then(() => a.query('PRAGMA synchronous=NORMAL')).catch(() => undefined); // a store closed at once: nothing to tune
    adapters.push(a);
    return a;
  };
  // Leases get a connection of their own (an adapter used only for its query function).
  let control: Promise<SqliteAdapter> | null = null;
  const query = async <R>(sql: string, ...params: unknown[]): Promise<R[]> => {
    control ??= (async () => {
      const a = make();
      await a.query('CREATE TABLE IF NOT EXISTS sitrep_lease (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at INTEGER NOT NULL)');
      return a;
    })();
    return (await control).query(sql, ...params) as Promise<R[]>;
  };
  // The clock is this machine's: SQLite is only ever shared by processes on one host.
  const leases: LeaseBackend = {
    async acquire(name, holderId, ttlMs) {
      const now = Date.now();
      const rows = await query(
        `INSERT INTO sitrep_lease (name, holder, expires_at) VALUES (?, ?, ?)
         ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE sitrep_lease.expires_at <= ? OR sitrep_lease.holder = excluded.holder
         RETURNING name`,
        name,
        holderId,
        now + ttlMs,
        now,
      );
      return rows.length === 1;
    },
    async renew(name, holderId, ttlMs) {
      const now = Date.now();
      const rows = await query('UPDATE sitrep_lease SET expires_at = ? WHERE name = ? AND holder = ? AND expires_at > ? RETURNING name', now + ttlMs, name, holderId, now);
      return rows.length === 1;
    },
    async release(name, holderId) {
      const rows = await query('DELETE FROM sitrep_lease WHERE name = ? AND holder = ? RETURNING name', name, holderId);
      return rows.length === 1;
    },
    async holder(name) {
      const now = Date.now();
      const [row] = await query<{ holder: string; expires_at: number }>('SELECT holder, expires_at FROM sitrep_lease WHERE name = ? AND expires_at > ?', name, now);
      return row ? { holderId: row.holder, remainingMs: row.expires_at - now } : undefined;
    },
  };
  return {
    kind: 'sqlite',
    adapter: make,
    keyvOptions: {},
    leases,
    async close() {
      await Promise.allSettled(adapters.map((a) => a.disconnect()));
    },
  };
}

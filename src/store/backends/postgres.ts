// Postgres: one connection pool per store, shared by every namespace. All namespaces live in one
// table, <prefix>_kv (sitrep_kv unless the URL says ?prefix=…; leases in <prefix>_lease), under "namespace:key" (keyv's layout), with the key in the "C" collation so that
// a namespace is a range of the primary key: listing one reads only its rows, a page at a time.
//
// Cross-process safety: compare-and-set is one UPDATE … WHERE value = $old (or INSERT … ON CONFLICT
// DO NOTHING for a new key); under READ COMMITTED a second writer blocks on the row lock and then
// re-checks the WHERE against the committed value, so exactly one of two racing writers succeeds.
// Lease expiry uses the database server's clock, so processes on different hosts agree on it.
import { createRequire } from 'node:module';
import KeyvPostgres from '@keyv/postgres';
import type { Backend, CasAdapter, LeaseBackend } from './types.js';

/** Longest key: namespaces are keyed by feed URLs among others. */
const KEY_SIZE = 2048;
const PAGE = 500;

interface QueryResult {
  rows: any[];
  rowCount: number | null;
}
interface Pool {
  query(sql: string, values?: unknown[]): Promise<QueryResult>;
  end(): Promise<void>;
  on(event: 'error', listener: (err: Error) => void): unknown;
}

/** The `pg` driver @keyv/postgres depends on (loaded from there: it is not a dependency of ours). */
function loadPg(): { Pool: new (config: Record<string, unknown>) => Pool } {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve('@keyv/postgres'))('pg');
}

export async function postgresBackend(url: string, prefix = 'sitrep'): Promise<Backend> {
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`invalid table prefix "${prefix}"`);
  const TABLE = `public.${prefix}_kv`;
  const LEASES = `public.${prefix}_lease`;
  const { Pool } = loadPg();
  // synchronous_commit=off: a commit returns before its WAL record is flushed. A server crash may lose
  // the last few hundred milliseconds of commits but never corrupts; delivery throughput was bound by
  // those flushes (each post is a few small writes). Nonces cover a post whose "sent" mark is lost.
  const pool = new Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000, options: '-c synchronous_commit=off' });
  // An idle connection that breaks emits on the pool; without a listener it would crash the process.
  pool.on('error', () => {});
  try {
    await createTables(pool, TABLE, LEASES);
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  }

  const rows = async (sql: string, values?: unknown[]) => (await pool.query(sql, values)).rows;

  /** The @keyv/postgres adapter on the store's pool, with compare-and-set and a ranged iterator. */
  class PostgresAdapter extends KeyvPostgres implements CasAdapter {
    constructor() {
      super({ uri: url, schema: 'public', table: `${prefix}_kv`, keySize: KEY_SIZE });
    }

    override async connect() {
      return rows;
    }

    /** The pool is the store's: ended once by the backend, not by each namespace. */
    override async disconnect(): Promise<void> {}

    async compareAndSet(storedKey: string, expected: string | undefined, next: string): Promise<boolean> {
      const result =
        expected === undefined
          ? await pool.query(`INSERT INTO ${TABLE} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [storedKey, next])
          : await pool.query(`UPDATE ${TABLE} SET value = $3 WHERE key = $1 AND value = $2`, [storedKey, expected, next]);
      return result.rowCount === 1;
    }

    override async *iterator(namespace?: string): AsyncGenerator<[string, string], void, unknown> {
      const lo = namespace ? `${namespace}:` : '';
      const hi = namespace ? `${namespace};` : null; // ';' follows ':' in the C collation
      let after: string | null = null;
      for (;;) {
        const where = [after === null ? 'key >= $1' : 'key > $1', ...(hi === null ? [] : ['key < $3'])].join(' AND ');
        const page: { key: string; value: string }[] = await rows(`SELECT key, value FROM ${TABLE} WHERE ${where} ORDER BY key LIMIT $2`, [after ?? lo, PAGE, ...(hi === null ? [] : [hi])]);
        for (const row of page) yield [row.key, row.value];
        if (page.length < PAGE) return;
        after = page[page.length - 1]!.key;
      }
    }
  }

  const ttl = `($3::bigint * interval '1 millisecond')`;
  const leases: LeaseBackend = {
    async acquire(name, holderId, ttlMs) {
      const r = await pool.query(
        `INSERT INTO ${LEASES} AS l (name, holder, expires_at) VALUES ($1, $2, clock_timestamp() + ${ttl})
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE l.expires_at <= clock_timestamp() OR l.holder = excluded.holder`,
        [name, holderId, Math.ceil(ttlMs)],
      );
      return r.rowCount === 1;
    },
    async renew(name, holderId, ttlMs) {
      const r = await pool.query(`UPDATE ${LEASES} SET expires_at = clock_timestamp() + ${ttl} WHERE name = $1 AND holder = $2 AND expires_at > clock_timestamp()`, [name, holderId, Math.ceil(ttlMs)]);
      return r.rowCount === 1;
    },
    async release(name, holderId) {
      const r = await pool.query(`DELETE FROM ${LEASES} WHERE name = $1 AND holder = $2`, [name, holderId]);
      return r.rowCount === 1;
    },
    async holder(name) {
      const [row] = await rows(`SELECT holder, ceil(extract(epoch FROM expires_at - clock_timestamp()) * 1000) AS remaining FROM ${LEASES} WHERE name = $1 AND expires_at > clock_timestamp()`, [name]);
      return row ? { holderId: String(row.holder), remainingMs: Number(row.remaining) } : undefined;
    },
  };

  return {
    kind: 'postgres',
    adapter: () => new PostgresAdapter(),
    keyvOptions: {},
    leases,
    async close() {
      await pool.end();
    },
  };
}

async function createTables(pool: Pool, TABLE: string, LEASES: string): Promise<void> {
  const ddl = [
    `CREATE TABLE IF NOT EXISTS ${TABLE} (key VARCHAR(${KEY_SIZE}) COLLATE "C" PRIMARY KEY, value TEXT)`,
    `CREATE TABLE IF NOT EXISTS ${LEASES} (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at TIMESTAMPTZ NOT NULL)`,
  ];
  for (const sql of ddl) {
    for (let attempt = 0; ; attempt++) {
      try {
        await pool.query(sql);
        break;
      } catch (err) {
        // Two processes creating the table at once: one of them sees a duplicate catalog row, a
        // duplicate table, or the table's row type already made by the other ("type … already exists")
        const code = (err as { code?: string }).code;
        if ((code === '23505' || code === '42P07' || code === '42710') && attempt < 3) continue;
        throw err;
      }
    }
  }
}

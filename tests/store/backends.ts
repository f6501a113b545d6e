// The store backends the tests run against: SQLite always; Redis and Postgres when
// SITREP_TEST_REDIS_URL / SITREP_TEST_POSTGRES_URL name a scratch server (.ci/run starts both).
// Each test store gets its own prefix (?prefix=…): its own Redis keys or Postgres tables, dropped after.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createClient } from '@keyv/redis';

export interface TestBackend {
  name: 'sqlite' | 'redis' | 'postgres';
  /** A new, empty store location; the same URL opens the same data again. */
  newUrl(): string;
  /** Remove everything the URLs handed out so far hold. */
  cleanup(): Promise<void>;
}

function withPrefix(base: string, prefix: string): string {
  const u = new URL(base);
  u.searchParams.set('prefix', prefix);
  return u.toString();
}

function sqlite(): TestBackend {
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    newUrl() {
      const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
      dirs.push(dir);
      return `sqlite://${join(dir, 'db.sqlite')}`;
    },
    async cleanup() {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}

function redis(base: string): TestBackend {
  const prefixes: string[] = [];
  return {
    name: 'redis',
    newUrl() {
      const p = `t_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      prefixes.push(p);
      return withPrefix(base, p);
    },
    async cleanup() {
      const done = prefixes.splice(0);
      if (done.length === 0) return;
      const client = createClient({ url: base });
      client.on('error', () => {});
      await client.connect();
      try {
        for (const p of done) {
          const keys: string[] = [];
          for await (const batch of client.scanIterator({ MATCH: `${p}:*`, COUNT: 500 })) keys.push(...batch);
          if (keys.length) await client.del(keys);
        }
      } finally {
        await client.close();
      }
    },
  };
}

function postgres(base: string): TestBackend {
  const prefixes: string[] = [];
  return {
    name: 'postgres',
    newUrl() {
      const p = `t_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      prefixes.push(p);
      return withPrefix(base, p);
    },
    async cleanup() {
      const done = prefixes.splice(0);
      if (done.length === 0) return;
      const require = createRequire(import.meta.url);
      const { Client } = createRequire(require.resolve('@keyv/postgres'))('pg');
      const client = new Client({ connectionString: base });
      await client.connect();
      try {
        for (const p of done) await client.query(`DROP TABLE IF EXISTS public.${p}_kv, public.${p}_lease`);
      } finally {
        await client.end();
      }
    },
  };
}

export function testBackends(): TestBackend[] {
  const out: TestBackend[] = [sqlite()];
  if (process.env.SITREP_TEST_REDIS_URL) out.push(redis(process.env.SITREP_TEST_REDIS_URL));
  if (process.env.SITREP_TEST_POSTGRES_URL) out.push(postgres(process.env.SITREP_TEST_POSTGRES_URL));
  return out;
}

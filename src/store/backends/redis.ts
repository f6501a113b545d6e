// Redis: one client per store, shared by every namespace. Each namespace is one Redis hash,
// "<prefix>:<namespace>" (prefix "sitrep" unless the URL says ?prefix=…), field = key, value = keyv's serialised record. Listing a namespace is an
// HSCAN of that hash only (the stock @keyv/redis layout, a string key per record, can only be
// listed by SCANning every key in the database).
//
// Cross-process safety: compare-and-set and the lease operations are Lua scripts, which Redis runs
// atomically.
import KeyvRedis, { createClient } from '@keyv/redis';
import type { Backend, CasAdapter, LeaseBackend } from './types.js';

/** Fields asked per HSCAN round trip (a hint: small hashes come back whole). */
const PAGE = 500;

type Client = ReturnType<typeof createClient>;

const CAS_SCRIPT = `
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if ARGV[2] == '0' then
  if cur then return 0 end
elseif cur ~= ARGV[3] then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[4])
return 1`;

const ACQUIRE_SCRIPT = `
local cur = redis.call('GET', KEYS[1])
if cur == false or cur == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0`;

const RENEW_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const HOLDER_SCRIPT = `
local cur = redis.call('GET', KEYS[1])
if cur == false then return false end
return {cur, redis.call('PTTL', KEYS[1])}`;

/** The @keyv/redis adapter on a shared client, storing its namespace as one hash. */
class RedisHashAdapter extends KeyvRedis<string> implements CasAdapter {
  constructor(
    private readonly shared: Client,
    private readonly prefix: string,
  ) {
    super(shared as never, { throwOnErrors: true, throwOnConnectError: true });
  }

  private get hash(): string {
    return `${this.prefix}:${this.namespace ?? ''}`;
  }

  override async get<U = string>(key: string): Promise<U | undefined> {
    return ((await this.shared.hGet(this.hash, key)) ?? undefined) as U | undefined;
  }

  override async getMany<U = string>(keys: string[]): Promise<Array<U | undefined>> {
    if (keys.length === 0) return [];
    const values = await this.shared.hmGet(this.hash, keys);
    return values.map((v) => (v ?? undefined) as U | undefined);
  }

  override async set(key: string, value: string): Promise<void> {
    await this.shared.hSet(this.hash, key, value);
  }

  override async setMany(entries: { key: string; value: unknown }[]): Promise<void> {
    if (entries.length === 0) return;
    await this.shared.hSet(this.hash, Object.fromEntries(entries.map((e) => [e.key, e.value as string])));
  }

  override async has(key: string): Promise<boolean> {
    return Number(await this.shared.hExists(this.hash, key)) === 1;
  }

  override async hasMany(keys: string[]): Promise<boolean[]> {
    return (await this.getMany(keys)).map((v) => v !== undefined);
  }

  override async delete(key: string): Promise<boolean> {
    return (await this.shared.hDel(this.hash, key)) > 0;
  }

  override async deleteMany(keys: string[]): Promise<boolean> {
    if (keys.length === 0) return false;
    return (await this.shared.hDel(this.hash, keys)) > 0;
  }

  override async clear(): Promise<void> {
    await this.shared.del(this.hash);
  }

  override async *iterator<U = string>(): AsyncGenerator<[string, U | undefined], void, unknown> {
    // HSCAN may return a field twice while the hash is rehashed: yield each once.
    const seen = new Set<string>();
    let cursor = '0';
    do {
      const page = await this.shared.hScan(this.hash, cursor, { COUNT: PAGE });
      cursor = String(page.cursor);
      for (const { field, value } of page.entries) {
        if (seen.has(field)) continue;
        seen.add(field);
        yield [field, value as U];
      }
    } while (cursor !== '0');
  }

  async compareAndSet(storedKey: string, expected: string | undefined, next: string): Promise<boolean> {
    const done = await this.shared.eval(CAS_SCRIPT, { keys: [this.hash], arguments: [storedKey, expected === undefined ? '0' : '1', expected ?? '', next] });
    return Number(done) === 1;
  }

  /** The client is the store's: closed once by the backend, not by each namespace. */
  override async disconnect(): Promise<void> {}
}

export async function redisBackend(url: string, prefix = 'sitrep'): Promise<Backend> {
  let connected = false;
  const client: Client = createClient({
    url,
    socket: {
      connectTimeout: 5_000,
      // A server that never answered fails the start; one that goes away later is retried for ever.
      reconnectStrategy: (retries: number, cause: Error) => (connected ? Math.min(100 * 2 ** retries, 2_000) : retries >= 2 ? cause : 200),
    },
  });
  // Errors surface through the commands that fail; without a listener a dropped connection would crash.
  client.on('error', () => {});
  // Each namespace's adapter listens on the shared client.
  client.setMaxListeners(100);
  await client.connect();
  connected = true;

  const leaseKey = (name: string) => `${prefix}:lease:${name}`;
  const leases: LeaseBackend = {
    async acquire(name, holderId, ttlMs) {
      return Number(await client.eval(ACQUIRE_SCRIPT, { keys: [leaseKey(name)], arguments: [holderId, String(Math.ceil(ttlMs))] })) === 1;
    },
    async renew(name, holderId, ttlMs) {
      return Number(await client.eval(RENEW_SCRIPT, { keys: [leaseKey(name)], arguments: [holderId, String(Math.ceil(ttlMs))] })) === 1;
    },
    async release(name, holderId) {
      return Number(await client.eval(RELEASE_SCRIPT, { keys: [leaseKey(name)], arguments: [holderId] })) === 1;
    },
    async holder(name) {
      const found = (await client.eval(HOLDER_SCRIPT, { keys: [leaseKey(name)] })) as [string, number] | null;
      return found ? { holderId: String(found[0]), remainingMs: Number(found[1]) } : undefined;
    },
  };

  return {
    kind: 'redis',
    adapter: () => new RedisHashAdapter(client, prefix),
    // The hash is the namespace: keyv must not prefix keys with it as well.
    keyvOptions: { useKeyPrefix: false },
    leases,
    async close() {
      if (client.isOpen) await client.close();
    },
  };
}

// keyv from a URL: the scheme chooses the adapter. Everything else talks to the repositories.
import { resolve } from 'node:path';
import Keyv from 'keyv';
import type { Backend, LeaseBackend } from './backends/types.js';
import { Collection } from './collection.js';
import { SubscriptionRepo } from './subscriptions.js';
import { FeedStateRepo } from './feedStates.js';
import { ArticleRepo } from './articles.js';
import { StoryRepo } from './stories.js';
import { DeliveryRepo } from './deliveries.js';
import { ChannelStateRepo } from './channelState.js';

export { StoreError } from './errors.js';
import { StoreError } from './errors.js';

export interface Store {
  url: string;
  subscriptions: SubscriptionRepo;
  feeds: FeedStateRepo;
  articles: ArticleRepo;
  stories: StoryRepo;
  deliveries: DeliveryRepo;
  channels: ChannelStateRepo;
  meta: Collection<unknown>;
  /** sqlite, redis or postgres. */
  backend: Backend['kind'];
  /** Leases shared by every process on this store: use the functions of lease.ts. */
  leases: LeaseBackend;
  close(): Promise<void>;
}

const NAMESPACES = ['subscriptions', 'feeds', 'articles', 'articleIndex', 'stories', 'deliveries', 'outbox', 'guildSettings', 'channelSettings', 'storyPosts', 'alertRules', 'alertLevels', 'meta'] as const;
type Namespace = (typeof NAMESPACES)[number];

export async function openStore(url: string): Promise<Store> {
  let backend: Backend;
  try {
    backend = await openBackend(url);
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw new StoreError(`Cannot open the store ${redact(url)}: ${(err as Error).message}`);
  }
  const keyvs = new Map<Namespace, Keyv>();
  for (const ns of NAMESPACES) {
    // One adapter per namespace: keyv writes its namespace into the adapter, so they cannot be shared.
    // Redis and Postgres adapters share the backend's one client / pool; SQLite's open a connection each.
    const kv = new Keyv({ store: backend.adapter(), namespace: ns, throwOnErrors: true, ...backend.keyvOptions });
    // Failures reach the caller as rejected calls (throwOnErrors); an unheard 'error' event would crash.
    kv.on('error', () => {});
    keyvs.set(ns, kv);
  }
  const col = <T>(ns: Namespace) => new Collection<T>(keyvs.get(ns) as Keyv<T>);
  // Touch the store once so a wrong URL or unwritable file fails at start, not at the first poll.
  try {
    await keyvs.get('meta')!.get('__ping');
  } catch (err) {
    await backend.close().catch(() => {});
    throw new StoreError(`Cannot open the store ${redact(url)}: ${(err as Error).message}`);
  }
  return {
    url,
    subscriptions: new SubscriptionRepo(col('subscriptions')),
    feeds: new FeedStateRepo(col('feeds')),
    articles: new ArticleRepo(col('articles'), col('articleIndex')),
    stories: new StoryRepo(col('stories')),
    deliveries: new DeliveryRepo(col('deliveries'), col('outbox')),
    channels: new ChannelStateRepo(col('guildSettings'), col('channelSettings'), col('storyPosts'), col('alertRules'), col('alertLevels')),
    meta: col('meta'),
    backend: backend.kind,
    leases: backend.leases,
    async close() {
      await backend.close();
    },
  };
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

async function openBackend(url: string): Promise<Backend> {
  const scheme = url.slice(0, Math.max(0, url.indexOf(':')));
  if (scheme === 'sqlite') {
    await importOptional('@keyv/sqlite', url);
    const { sqliteBackend } = await import('./backends/sqlite.js');
    return sqliteBackend(sqlitePath(url));
  }
  if (scheme === 'redis' || scheme === 'rediss') {
    await importOptional('@keyv/redis', url);
    const { redisBackend } = await import('./backends/redis.js');
    return redisBackend(...splitPrefix(url));
  }
  if (scheme === 'postgres' || scheme === 'postgresql') {
    await importOptional('@keyv/postgres', url);
    const { postgresBackend } = await import('./backends/postgres.js');
    return postgresBackend(...splitPrefix(url));
  }
  throw new StoreError(`Unsupported store URL scheme "${scheme}:" (use sqlite://, redis:// or postgres://)`);
}

/**
 * The `prefix` query parameter of a redis:// or postgres:// URL (default "sitrep"): Redis keys start
 * with "<prefix>:", Postgres tables are <prefix>_kv and <prefix>_lease, so several stores can share
 * one server. Removed from the URL handed to the driver.
 */
export function splitPrefix(url: string): [string, string] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StoreError(`The store URL ${redact(url)} is not a valid URL`);
  }
  const prefix = parsed.searchParams.get('prefix') ?? 'sitrep';
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) throw new StoreError(`The store URL's prefix "${prefix}" must be lower-case letters, digits and _ (at most 41), starting with a letter or _`);
  parsed.searchParams.delete('prefix');
  return [parsed.toString(), prefix];
}

/** sqlite://data/x.sqlite is relative to the working directory; sqlite:///abs/x.sqlite is absolute. */
export function sqlitePath(url: string): string {
  const rest = url.replace(/^sqlite:\/\//, '');
  if (rest === ':memory:' || rest === '') return ':memory:';
  return resolve(rest);
}

async function importOptional(name: string, url: string): Promise<void> {
  try {
    await import(name);
  } catch {
    throw new StoreError(`SITREP_STORE=${redact(url)} needs the package ${name}: run "npm install ${name}"`);
  }
}

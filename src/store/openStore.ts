// keyv from a URL: the scheme chooses the adapter. Everything else talks to the repositories.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
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
  close(): Promise<void>;
}

const NAMESPACES = ['subscriptions', 'feeds', 'articles', 'articleIndex', 'stories', 'deliveries', 'outbox', 'guildSettings', 'channelSettings', 'storyPosts', 'alertRules', 'alertLevels', 'meta'] as const;
type Namespace = (typeof NAMESPACES)[number];

export async function openStore(url: string): Promise<Store> {
  const makeAdapter = await adapterFactory(url);
  const keyvs = new Map<Namespace, Keyv>();
  for (const ns of NAMESPACES) {
    // One adapter per namespace: keyv writes its namespace into the adapter, so they cannot be shared.
    const kv = new Keyv({ store: makeAdapter(), namespace: ns, throwOnErrors: true });
    keyvs.set(ns, kv);
  }
  const col = <T>(ns: Namespace) => new Collection<T>(keyvs.get(ns) as Keyv<T>);
  // Touch the store once so a wrong URL or unwritable file fails at start, not at the first poll.
  try {
    await keyvs.get('meta')!.get('__ping');
  } catch (err) {
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
    async close() {
      await Promise.allSettled([...keyvs.values()].map((kv) => kv.disconnect()));
    },
  };
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

async function adapterFactory(url: string): Promise<() => KeyvStoreAdapter> {
  const scheme = url.slice(0, url.indexOf(':'));
  if (scheme === 'sqlite') {
    const path = sqlitePath(url);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const { default: KeyvSqlite } = await import('@keyv/sqlite');
    return () => new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: 10_000 }) as unknown as KeyvStoreAdapter;
  }
  if (scheme === 'redis' || scheme === 'rediss') {
    const mod = await importOptional('@keyv/redis', url);
    return () => new mod.default(url) as KeyvStoreAdapter;
  }
  if (scheme === 'postgres' || scheme === 'postgresql') {
    const mod = await importOptional('@keyv/postgres', url);
    return () => new mod.default({ uri: url }) as KeyvStoreAdapter;
  }
  throw new StoreError(`Unsupported store URL scheme "${scheme}:" (use sqlite://, redis:// or postgres://)`);
}

/** sqlite://data/x.sqlite is relative to the working directory; sqlite:///abs/x.sqlite is absolute. */
export function sqlitePath(url: string): string {
  const rest = url.replace(/^sqlite:\/\//, '');
  if (rest === ':memory:' || rest === '') return ':memory:';
  return resolve(rest);
}

async function importOptional(name: string, url: string): Promise<{ default: new (...args: any[]) => unknown }> {
  try {
    return (await import(name)) as { default: new (...args: any[]) => unknown };
  } catch {
    throw new StoreError(`SITREP_STORE=${redact(url)} needs the package ${name}: run "npm install ${name}"`);
  }
}

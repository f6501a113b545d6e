import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStore, StoreError, type Store } from '../../src/store/openStore.js';
import { testBackends } from './backends.js';

const backends = testBackends();
const stores: Store[] = [];
async function open(url: string): Promise<Store> {
  const s = await openStore(url);
  stores.push(s);
  return s;
}
async function closeAll() {
  await Promise.all(stores.splice(0).map((s) => s.close()));
}
afterEach(closeAll);
afterAll(async () => {
  await closeAll();
  await Promise.all(backends.map((b) => b.cleanup()));
});

const subInput = (guildId: string, url: string) => ({ guildId, channelId: 'c', url, keywords: [], backlog: 3, createdBy: 'u' });
const delivery = { channelId: 'c', guildId: 'g', nonce: 'n', attempts: 0, messageId: null, reason: null, updatedAt: '' };

describe.each(backends)('store on $name', (backend) => {
  afterEach(() => backend.cleanup());

  it('keeps subscriptions and feed state across a reopen', async () => {
    const url = backend.newUrl();
    const s = await open(url);
    expect(s.backend).toBe(backend.name);
    const sub = await s.subscriptions.create(subInput('g', 'https://a.example/rss'));
    await s.feeds.update(sub.url, (f) => ({ ...f, etag: '"x"' }));
    await closeAll();
    const again = await open(url);
    expect((await again.subscriptions.forGuild('g')).map((x) => x.url)).toEqual(['https://a.example/rss']);
    expect((await again.feeds.get(sub.url)).etag).toBe('"x"');
  });

  it('lists only the asked guild and url', async () => {
    const s = await open(backend.newUrl());
    await s.subscriptions.create(subInput('g1', 'https://a.example/rss'));
    await s.subscriptions.create(subInput('g2', 'https://b.example/rss'));
    expect((await s.subscriptions.forGuild('g2')).map((x) => x.url)).toEqual(['https://b.example/rss']);
    expect(await s.subscriptions.forUrl('https://a.example/rss')).toHaveLength(1);
  });

  it('does not lose concurrent updates of one record in a process', async () => {
    const s = await open(backend.newUrl());
    await Promise.all(Array.from({ length: 25 }, () => s.feeds.update('u', (f) => ({ ...f, consecutiveFailures: f.consecutiveFailures + 1 }))));
    expect((await s.feeds.get('u')).consecutiveFailures).toBe(25);
  });

  it('keeps pending deliveries in the outbox until they are finished', async () => {
    const s = await open(backend.newUrl());
    await s.deliveries.record({ ...delivery, subscriptionId: 's', articleId: 'a2', status: 'pending' }, '2024-01-02');
    await s.deliveries.record({ ...delivery, subscriptionId: 's', articleId: 'a1', status: 'pending' }, '2024-01-01');
    await s.deliveries.record({ ...delivery, subscriptionId: 's', articleId: 'a0', status: 'older' }, '2023-01-01');
    expect((await s.deliveries.pendingJobs()).map((j) => j.articleId)).toEqual(['a1', 'a2']);
    await s.deliveries.finish('s', 'a1', (d) => ({ ...d, status: 'sent', messageId: 'm' }));
    expect((await s.deliveries.pendingJobs()).map((j) => j.articleId)).toEqual(['a2']);
    expect((await s.deliveries.get('s', 'a1'))?.status).toBe('sent');
  });

  it('writes a decision only where none is stored, and finds pending decisions without a job', async () => {
    const s = await open(backend.newUrl());
    expect(await s.meta.add('k', 1)).toBe(true);
    expect(await s.meta.add('k', 2)).toBe(false);
    expect(await s.meta.get('k')).toBe(1);
    await s.deliveries.record({ ...delivery, subscriptionId: 's', articleId: 'a1', status: 'pending' }, '2024-01-01');
    await s.deliveries.finish('s', 'a1', (d) => ({ ...d, status: 'sent', messageId: 'm' }));
    // a late second decision of the same item (a process that lost the poller lease) changes nothing
    await s.deliveries.record({ ...delivery, subscriptionId: 's', articleId: 'a1', status: 'pending' }, '2024-01-01');
    expect((await s.deliveries.get('s', 'a1'))?.status).toBe('sent');
    await s.deliveries.put({ ...delivery, subscriptionId: 's', articleId: 'a2', status: 'pending' });
    await s.deliveries.put({ ...delivery, subscriptionId: 's', articleId: 'a3', status: 'older' });
    expect((await s.deliveries.pendingWithoutJob()).map((d) => d.articleId)).toEqual(['a2']);
    expect(await s.deliveries.restoreJob((await s.deliveries.get('s', 'a2'))!, '2024-01-02')).toBe(true);
    expect(await s.deliveries.restoreJob((await s.deliveries.get('s', 'a2'))!, '2024-01-02')).toBe(false);
    expect(await s.deliveries.pendingWithoutJob()).toEqual([]);
    // a1's job is the late writer's: drainOutbox drops it, as its decision is no longer pending
    expect((await s.deliveries.pendingJobs()).map((j) => [j.articleId, j.order])).toEqual([['a1', '2024-01-01'], ['a2', '2024-01-02']]);
  });

  it('reads, checks, deletes, and reads many records', async () => {
    const s = await open(backend.newUrl());
    await s.meta.set('a', { n: 1, nested: ['x', null, { y: true }] });
    await s.meta.set('b:c', 'text with "quotes" and \u00e9');
    expect(await s.meta.get('a')).toEqual({ n: 1, nested: ['x', null, { y: true }] });
    expect(await s.meta.has('b:c')).toBe(true);
    expect(await s.meta.has('missing')).toBe(false);
    expect(await s.meta.getMany(['b:c', 'missing', 'a'])).toEqual(['text with "quotes" and \u00e9', undefined, { n: 1, nested: ['x', null, { y: true }] }]);
    expect(await s.meta.getMany([])).toEqual([]);
    expect(await s.meta.delete('a')).toBe(true);
    expect(await s.meta.delete('a')).toBe(false);
    expect(await s.meta.get('a')).toBeUndefined();
    // update: undefined from the change writes nothing; a record appears on first update.
    expect(await s.meta.update('c', () => undefined)).toBeUndefined();
    expect(await s.meta.has('c')).toBe(false);
    expect(await s.meta.update('c', (v) => ((v as number | undefined) ?? 0) + 1)).toBe(1);
    expect(await s.meta.update('c', (v) => (v as number) + 1)).toBe(2);
    expect(await s.meta.all()).toEqual(expect.arrayContaining(['text with "quotes" and \u00e9', 2]));
  });

  it('lists a namespace whole, across pages, and nothing of the others', async () => {
    const s = await open(backend.newUrl());
    // Keys with the characters LIKE patterns and prefixes trip on, and more than one page (500).
    const odd = ['https://a.example/rss?x=1&y=%25', '100%_done', 'ünïcødé/新闻', 'a:b:c', ''];
    const urls = [...odd, ...Array.from({ length: 620 }, (_, i) => `https://feed${i}.example/rss`)];
    for (let i = 0; i < urls.length; i += 100) await Promise.all(urls.slice(i, i + 100).map((u) => s.feeds.update(u, (f) => ({ ...f, title: `t:${u}` }))));
    // Neighbours in key order: namespaces named like "feeds" plus a suffix, and an unrelated one.
    await s.meta.set('feeds:https://a.example/rss', 'not a feed');
    await s.channels.setStoryThreads('feeds', true);
    const seen = new Map<string, string | null>();
    for await (const [key, state] of (s.feeds as unknown as { col: { entries(): AsyncGenerator<[string, { title: string | null }]> } }).col.entries()) {
      expect(seen.has(key)).toBe(false);
      seen.set(key, state.title);
    }
    expect(seen.size).toBe(urls.length);
    for (const u of urls) expect(seen.get(u)).toBe(`t:${u}`);
    expect(await s.meta.get('feeds:https://a.example/rss')).toBe('not a feed');
  }, 60_000);

  it('does not lose updates from two stores on separate connections (100 increments each)', async () => {
    const url = backend.newUrl();
    const a = await open(url);
    const b = await open(url);
    const bump = (s: Store) => s.feeds.update('shared', (f) => ({ ...f, consecutiveFailures: f.consecutiveFailures + 1 }));
    const run = async (s: Store) => {
      for (let i = 0; i < 100; i++) await bump(s);
    };
    const t0 = performance.now();
    await Promise.all([run(a), run(b)]);
    const ms = performance.now() - t0;
    expect((await a.feeds.get('shared')).consecutiveFailures).toBe(200);
    expect((await b.feeds.get('shared')).consecutiveFailures).toBe(200);
    console.log(`[store ${backend.name}] 2×100 contended updates in ${ms.toFixed(0)} ms`);
  });

  it('creates a record once when two stores race to create it', async () => {
    const url = backend.newUrl();
    const a = await open(url);
    const b = await open(url);
    const add = (s: Store, id: string) => s.articles.put({ id, feedUrl: 'https://x.example/rss', itemId: id, title: id, url: null, outlet: null, feedTitle: null, published: null, fetchedAt: '2024-01-01T00:00:00Z', text: '', lang: 'en', summary: '', figures: [], storyId: 's' });
    await Promise.all(Array.from({ length: 20 }, (_, i) => add(i % 2 ? a : b, `art${i}`)));
    expect((await a.articles.idsForFeed('https://x.example/rss')).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `art${i}`).sort());
  });
});

describe('store URLs', () => {
  it('explains an unsupported or missing backend instead of crashing', async () => {
    await expect(openStore('mysql://x')).rejects.toBeInstanceOf(StoreError);
  });

  it('refuses a bad prefix', async () => {
    await expect(openStore('redis://127.0.0.1:1/?prefix=Bad-Name')).rejects.toBeInstanceOf(StoreError);
  });

  it('fails at open, with the URL password hidden, when the server is not there', async () => {
    const err = await openStore('redis://user:hunter2@127.0.0.1:1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(String((err as Error).message)).not.toContain('hunter2');
    const err2 = await openStore('postgres://user:hunter2@127.0.0.1:1/db').catch((e: unknown) => e);
    expect(err2).toBeInstanceOf(StoreError);
    expect(String((err2 as Error).message)).not.toContain('hunter2');
  }, 30_000);
});

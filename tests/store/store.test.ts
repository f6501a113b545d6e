import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, StoreError, type Store } from '../../src/store/openStore.js';

const dirs: string[] = [];
const stores: Store[] = [];
async function fresh(dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'))) {
  dirs.push(dir);
  const s = await openStore(`sqlite://${join(dir, 'db.sqlite')}`);
  stores.push(s);
  return { s, dir };
}
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('store', () => {
  it('keeps subscriptions and feed state across a reopen', async () => {
    const { s, dir } = await fresh();
    const sub = await s.subscriptions.create({ guildId: 'g', channelId: 'c', url: 'https://a.example/rss', keywords: [], backlog: 3, createdBy: 'u' });
    await s.feeds.update(sub.url, (f) => ({ ...f, etag: '"x"' }));
    await s.close();
    stores.pop();
    const again = await openStore(`sqlite://${join(dir, 'db.sqlite')}`);
    stores.push(again);
    expect((await again.subscriptions.forGuild('g')).map((x) => x.url)).toEqual(['https://a.example/rss']);
    expect((await again.feeds.get(sub.url)).etag).toBe('"x"');
  });

  it('lists only the asked guild and url', async () => {
    const { s } = await fresh();
    await s.subscriptions.create({ guildId: 'g1', channelId: 'c', url: 'https://a.example/rss', keywords: [], backlog: 3, createdBy: 'u' });
    await s.subscriptions.create({ guildId: 'g2', channelId: 'c', url: 'https://b.example/rss', keywords: [], backlog: 3, createdBy: 'u' });
    expect((await s.subscriptions.forGuild('g2')).map((x) => x.url)).toEqual(['https://b.example/rss']);
    expect(await s.subscriptions.forUrl('https://a.example/rss')).toHaveLength(1);
  });

  it('does not lose concurrent updates of one record in a process', async () => {
    const { s } = await fresh();
    await Promise.all(Array.from({ length: 25 }, () => s.feeds.update('u', (f) => ({ ...f, consecutiveFailures: f.consecutiveFailures + 1 }))));
    expect((await s.feeds.get('u')).consecutiveFailures).toBe(25);
  });

  it('keeps pending deliveries in the outbox until they are finished', async () => {
    const { s } = await fresh();
    const base = { channelId: 'c', guildId: 'g', nonce: 'n', attempts: 0, messageId: null, reason: null, updatedAt: '' };
    await s.deliveries.record({ ...base, subscriptionId: 's', articleId: 'a2', status: 'pending' }, '2024-01-02');
    await s.deliveries.record({ ...base, subscriptionId: 's', articleId: 'a1', status: 'pending' }, '2024-01-01');
    await s.deliveries.record({ ...base, subscriptionId: 's', articleId: 'a0', status: 'older' }, '2023-01-01');
    expect((await s.deliveries.pendingJobs()).map((j) => j.articleId)).toEqual(['a1', 'a2']);
    await s.deliveries.finish('s', 'a1', (d) => ({ ...d, status: 'sent', messageId: 'm' }));
    expect((await s.deliveries.pendingJobs()).map((j) => j.articleId)).toEqual(['a2']);
    expect((await s.deliveries.get('s', 'a1'))?.status).toBe('sent');
  });

  it('explains an unsupported or missing backend instead of crashing', async () => {
    await expect(openStore('mysql://x')).rejects.toBeInstanceOf(StoreError);
  });
});

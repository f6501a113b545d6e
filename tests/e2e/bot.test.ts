// The bot end to end: the real discord.js client against the local Discord sandbox, feeds from a
// local HTTP server, a SQLite store on disk.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { startHarness, CHANNEL_ID, OTHER_CHANNEL_ID, MODERATOR, READER, type Harness } from '../../src/sandbox/harness.js';
import { loadSeedFeeds } from '../../src/sandbox/seedFeed.js';
import { newsItem } from './newsItem.js';

const SEED = resolve(__dirname, '../../../shared/data/seed-articles/seed.jsonl');
const seedFeeds = loadSeedFeeds(SEED);


let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h?.close();
});

const posts = () => h.sandbox.messages(CHANNEL_ID, { includeThreads: true }).filter((m) => m.embeds.length > 0 && !m.interactionId);

describe('Sitrep end to end', () => {
  it('registers its slash commands in the server at start', () => {
    const names = h.sandbox.commands(h.config ? '100000000000000001' : undefined).map((c) => c.name).sort();
    expect(names).toEqual(expect.arrayContaining(['deathtoll', 'feed', 'latest']));
  });

  it('registers again only when Discord’s commands differ from its own', async () => {
    const puts = () => h.sandbox.requests().filter((r) => r.method === 'PUT' && /\/commands$/.test(r.path)).length;
    expect(puts()).toBe(1);
    await h.restartBot();
    expect(puts()).toBe(1); // unchanged: nothing to register
  });

  it('a subscription posts each new item once, as an embed with its figures', async () => {
    h.feeds.setFeed('/news.xml', 'Border News', [newsItem(1), newsItem(2)]);
    const reply = await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/news.xml'), channel: CHANNEL_ID } });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/Border News/);
    await h.bot.pollNow();
    expect(posts()).toHaveLength(2);
    h.feeds.addItem('/news.xml', newsItem(3));
    await h.bot.pollNow();
    await h.bot.pollNow();
    const all = posts();
    expect(all.map((m) => m.embeds[0].url)).toEqual(['https://news.example/breaking/1', 'https://news.example/breaking/2', 'https://news.example/breaking/3']);
    const last = all[2]!.embeds[0];
    expect(last.title).toContain('report 3');
    expect(last.footer.text).toBe('Border News');
    expect(last.description).toMatch(/Killed: ≥6/);
    expect(all.every((m) => m.nonce)).toBe(true);
  });

  it('a newly added feed posts at most its backlog newest items', async () => {
    h.feeds.setFeed('/news.xml', 'Border News', Array.from({ length: 8 }, (_, i) => newsItem(i + 1)));
    await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/news.xml'), channel: CHANNEL_ID } });
    await h.bot.pollNow();
    expect(posts().map((m) => m.embeds[0].url)).toEqual([6, 7, 8].map((n) => `https://news.example/breaking/${n}`));
  });

  it('a restart in the middle of delivering neither reposts nor skips an item', async () => {
    h.feeds.setFeed('/news.xml', 'Border News', [newsItem(1), newsItem(2), newsItem(3)]);
    await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/news.xml'), channel: CHANNEL_ID, backlog: 3 } });
    // Discord fails (discord.js retries 5xx three times): the cycle ends with all three outstanding.
    h.sandbox.failNext(/\/channels\/\d+\/messages$/, 500, 4);
    await h.bot.pollNow().catch(() => undefined);
    expect(posts()).toHaveLength(0);
    await h.restartBot();
    h.feeds.addItem('/news.xml', newsItem(4));
    await h.bot.pollNow();
    await h.bot.pollNow();
    const urls = posts().map((m) => m.embeds[0].url);
    expect(urls).toEqual([1, 2, 3, 4].map((n) => `https://news.example/breaking/${n}`));
  });

  it('a feed that has not changed is answered 304 and posts nothing', async () => {
    h.feeds.setFeed('/news.xml', 'Border News', [newsItem(1)]);
    await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/news.xml'), channel: CHANNEL_ID } });
    await h.bot.pollNow();
    await h.bot.pollNow();
    expect(h.feeds.hits('/news.xml').notModified).toBeGreaterThanOrEqual(1);
    expect(posts()).toHaveLength(1);
  });

  it('a member without Manage Server cannot add a feed', async () => {
    h.feeds.setFeed('/news.xml', 'Border News', [newsItem(1)]);
    const reply = await h.command(READER, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/news.xml'), channel: CHANNEL_ID } });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/Manage Server/);
    await h.bot.pollNow();
    expect(posts()).toHaveLength(0);
    expect(await h.store.subscriptions.forGuild('100000000000000001')).toHaveLength(0);
  });

  it('refuses a URL that is not a feed, with the reason, and stores nothing', async () => {
    const reply = await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/missing.xml'), channel: CHANNEL_ID } });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/404/);
    expect(await h.store.subscriptions.forGuild('100000000000000001')).toHaveLength(0);
  });

  it('lists, tests and removes feeds', async () => {
    h.feeds.setFeed('/news.xml', 'Border News', [newsItem(1)]);
    await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/news.xml'), channel: OTHER_CHANNEL_ID, backlog: 0 } });
    await h.bot.pollNow();
    const list = await h.command(MODERATOR, 'feed', { subcommand: 'list' });
    expect(list.embeds[0].description).toContain(h.feeds.url('/news.xml'));
    expect(list.embeds[0].description).toMatch(/ok/);
    const test = await h.command(MODERATOR, 'feed', { subcommand: 'test', options: { url: h.feeds.url('/news.xml') } });
    expect(test.embeds[0].title).toContain('report 1');
    expect(await h.store.subscriptions.forGuild('100000000000000001')).toHaveLength(1);
    const choices = await h.sandbox.interact({ guildId: '100000000000000001', channelId: CHANNEL_ID, user: MODERATOR, command: 'feed', subcommand: 'remove', options: { url: 'news' }, focused: 'url' });
    expect(choices.choices?.map((c) => c.value)).toEqual([h.feeds.url('/news.xml')]);
    const removed = await h.command(MODERATOR, 'feed', { subcommand: 'remove', options: { url: h.feeds.url('/news.xml') } });
    expect(removed.content).toMatch(/Removed/);
    expect(await h.store.subscriptions.forGuild('100000000000000001')).toHaveLength(0);
  });

  it('/deathtoll lays the seed outlets’ tolls side by side with a chart', async () => {
    for (const feed of seedFeeds) {
      h.feeds.setFeed(feed.path, feed.title, feed.items);
      await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url(feed.path), channel: CHANNEL_ID } });
    }
    await h.bot.pollNow();
    expect(posts()).toHaveLength(seedFeeds.length);
    const latest = await h.command(READER, 'latest', { options: { count: 3 } });
    expect(latest.embeds[0].description.split('\n\n')).toHaveLength(3);
    const toll = await h.command(READER, 'deathtoll');
    const text = toll.embeds[0].description as string;
    for (const outlet of ['franceinfo', 'BFM TV', 'Daily Sabah', 'BBC News']) expect(text).toContain(outlet);
    expect(text).toMatch(/242/);
    expect(text).toMatch(/231/);
    const png = toll.attachments.find((a) => a.filename.endsWith('.png'));
    expect(png?.data.subarray(1, 4).toString()).toBe('PNG');
  });
});

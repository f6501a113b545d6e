// Stories end to end: the seed articles arrive over two poll cycles; the channel gets one post per
// story with the later reports in its thread, the alert channel one toll alert, and /deathtoll a
// table of all five outlets with a chart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { startHarness, CHANNEL_ID, OTHER_CHANNEL_ID, MODERATOR, READER, type Harness } from '../../src/sandbox/harness.js';
import { loadSeedFeeds } from '../../src/sandbox/seedFeed.js';

const seedFeeds = loadSeedFeeds(resolve(__dirname, '../../../shared/data/seed-articles/seed.jsonl'));
let h: Harness;

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

beforeAll(async () => {
  h = await startHarness();
  for (const feed of seedFeeds) h.feeds.setFeed(feed.path, feed.title, feed.items);
  const alerts = await h.command(MODERATOR, 'alerts', { subcommand: 'set', options: { channel: OTHER_CHANNEL_ID, 'min-change': 1 } });
  expect(alerts.content).toMatch(/Toll alerts go to/);
  // Cycle 1: the first outlet's report (231 killed).
  await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url(seedFeeds[0]!.path), channel: CHANNEL_ID } });
  await h.bot.pollNow();
  // Cycle 2: the other four outlets.
  for (const feed of seedFeeds.slice(1)) await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url(feed.path), channel: CHANNEL_ID } });
  await h.bot.pollNow();
});
afterAll(async () => {
  await h?.close();
});

describe('stories through the sandbox', () => {
  it('groups the five outlets into one story', async () => {
    const articles = await h.store.articles.getMany((await Promise.all(seedFeeds.map((f) => h.store.articles.idsForFeed(h.feeds.url(f.path))))).flat());
    expect(articles).toHaveLength(5);
    expect(new Set(articles.map((a) => a.storyId)).size).toBe(1);
  });

  it('posts the story once in the channel and the later reports in its thread', () => {
    const top = h.sandbox.messages(CHANNEL_ID).filter((m) => m.embeds.length && !m.interactionId);
    expect(top).toHaveLength(1);
    expect(top[0]!.threadId).toBeTruthy();
    const thread = h.sandbox.messages(top[0]!.threadId!);
    expect(thread).toHaveLength(4);
    expect(new Set(thread.map((m) => m.embeds[0].url)).size).toBe(4);
  });

  it('alerts once when the toll rises, naming the old and new figures and the source', () => {
    const alerts = h.sandbox.messages(OTHER_CHANNEL_ID).filter((m) => m.content.startsWith('🚨'));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.content).toMatch(/killed ≥242, was 231/);
    expect(alerts[0]!.content).toMatch(/SOHR/);
  });

  it('/deathtoll shows every outlet, the 199–242 spread, and a chart of the expected size', async () => {
    const toll = await h.command(READER, 'deathtoll');
    const text = toll.embeds[0].description as string;
    for (const outlet of ['franceinfo', 'BFM TV', 'Daily Sabah', 'BBC News']) expect(text).toContain(outlet);
    expect(text).toMatch(/≥199 to ≥242/);
    expect(text).toMatch(/1 primary source/);
    const png = toll.attachments.find((a) => a.filename === 'toll.png');
    expect(png).toBeDefined();
    expect(pngSize(png!.data)).toEqual({ width: 800, height: 400 });
  });

  it('/deathtoll kind:displaced compares the displacement figures instead', async () => {
    const toll = await h.command({ ...READER, id: '300000000000000009' }, 'deathtoll', { options: { kind: 'displaced' } });
    expect(toll.embeds[0].description).toMatch(/14,000/);
  });

  it('/deathtoll shows times in the server’s time zone', async () => {
    await h.command(MODERATOR, 'settings', { options: { timezone: 'Asia/Tokyo' } });
    const toll = await h.command({ ...READER, id: '300000000000000010' }, 'deathtoll');
    // The BBC report of 29 Nov 18:04 UTC was 03:04 on 30 Nov in Tokyo.
    expect(toll.embeds[0].description).toMatch(/30 Nov/);
    await h.command(MODERATOR, 'settings', { options: { timezone: 'UTC' } });
  });

  it('/story summarises the story with its outlets and timeline', async () => {
    const story = await h.command(READER, 'story');
    const embed = story.embeds[0];
    expect(embed.description.length).toBeGreaterThan(100);
    expect(embed.fields.find((f: { name: string }) => f.name === 'Figures over time').value).toMatch(/BBC News/);
    expect(embed.footer.text).toMatch(/5 articles/);
  });

  it('story autocomplete lists the server’s stories by title', async () => {
    const out = await h.sandbox.interact({ guildId: '100000000000000001', channelId: CHANNEL_ID, user: READER, command: 'deathtoll', options: { story: '' }, focused: 'story' });
    expect(out.choices?.length).toBe(1);
    expect(out.choices?.[0]!.name).toMatch(/\(5\)$/);
  });
});

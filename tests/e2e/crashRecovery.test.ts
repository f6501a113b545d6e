// Crash states that deciding an item again cannot repair, because the item has left the feed by the
// time the bot restarts: the real bot, the Discord sandbox and a SQLite store on disk. The sandbox
// forgets nonces at once here, so a post sent twice shows as two messages instead of being merged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, CHANNEL_ID, GUILD_ID, MODERATOR, type Harness } from '../../src/sandbox/harness.js';
import { newsItem } from './newsItem.js';


let h: Harness;
beforeEach(async () => {
  h = await startHarness({ sandbox: { nonceWindowMs: 0 } });
});
afterEach(async () => {
  await h?.close();
});

const postsOf = (n: number) =>
  h.sandbox.messages(CHANNEL_ID, { includeThreads: true }).filter((m) => m.embeds.length > 0 && !m.interactionId && m.embeds[0].url === `https://news.example/breaking/${n}`);

/**
 * Report 2 is decided (pending) but not posted, as when the bot is killed before sending it; with
 * `loseJob` its outbox job is gone too (an earlier version killed between writing the decision and
 * the job). Then report 2 leaves the feed and the bot restarts.
 */
async function strand(loseJob: boolean): Promise<{ subscriptionId: string; articleId: string }> {
  h.feeds.setFeed('/news.xml', 'Border News', [newsItem(1)]);
  await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/news.xml'), channel: CHANNEL_ID, backlog: 0 } });
  await h.bot.pollNow();
  h.feeds.addItem('/news.xml', newsItem(2));
  // Discord fails (discord.js retries 5xx three times): the cycle ends with report 2 outstanding.
  h.sandbox.failNext(/\/channels\/\d+\/messages$/, 500, 4);
  await h.bot.pollNow().catch(() => undefined);
  expect(postsOf(2)).toHaveLength(0);
  const [sub] = await h.store.subscriptions.forGuild(GUILD_ID);
  const [job] = await h.store.deliveries.pendingJobs();
  expect(job).toBeDefined();
  if (loseJob) await h.store.deliveries.dropJob(sub!.id, job!.articleId);
  expect((await h.store.deliveries.get(sub!.id, job!.articleId))?.status).toBe('pending');
  h.feeds.setFeed('/news.xml', 'Border News', [newsItem(1)]);
  await h.restartBot();
  return { subscriptionId: sub!.id, articleId: job!.articleId };
}

describe('restart after a crash, the item gone from the feed', () => {
  it('posts a pending decision whose outbox job was lost exactly once', async () => {
    const { subscriptionId, articleId } = await strand(true);
    await h.bot.pollNow();
    await h.bot.pollNow();
    await h.restartBot(); // another start repairs again and must find nothing to add
    await h.bot.pollNow();
    expect(postsOf(2)).toHaveLength(1);
    expect(postsOf(1)).toHaveLength(0);
    expect((await h.store.deliveries.get(subscriptionId, articleId))?.status).toBe('sent');
    expect(await h.store.deliveries.pendingJobs()).toEqual([]);
  });

  it('posts a pending decision whose job is still there exactly once', async () => {
    await strand(false);
    await h.bot.pollNow();
    await h.bot.pollNow();
    await h.restartBot();
    await h.bot.pollNow();
    expect(postsOf(2)).toHaveLength(1);
    expect(await h.store.deliveries.pendingJobs()).toEqual([]);
  });
});

describe('restart after a crash between posting and marking the post sent', () => {
  it('does not post a story\'s first article again, into a thread under its own post', async () => {
    h.feeds.setFeed('/news.xml', 'Border News', [newsItem(1)]);
    await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/news.xml'), channel: CHANNEL_ID, backlog: 0 } });
    await h.bot.pollNow();
    h.feeds.addItem('/news.xml', newsItem(2));
    await h.bot.pollNow();
    expect(postsOf(2)).toHaveLength(1);
    // The state a SIGKILL leaves after the post and its story post were stored but before the
    // decision was marked sent: the decision pending, its job still queued.
    const [sub] = await h.store.subscriptions.forGuild(GUILD_ID);
    const article = (await h.store.articles.getMany(await h.store.articles.idsForFeed(h.feeds.url('/news.xml')))).find((a) => a.url === 'https://news.example/breaking/2')!;
    const sent = (await h.store.deliveries.get(sub!.id, article.id))!;
    await h.store.deliveries.update(sub!.id, article.id, (d) => ({ ...d, status: 'pending', messageId: null }));
    await h.store.deliveries.restoreJob({ ...sent, status: 'pending' }, article.published ?? article.fetchedAt);
    await h.restartBot();
    await h.bot.pollNow();
    expect(postsOf(2)).toHaveLength(1);
    expect(h.sandbox.messages(CHANNEL_ID, { includeThreads: true }).filter((m) => m.embeds.length > 0 && !m.interactionId)).toHaveLength(1);
    expect((await h.store.deliveries.get(sub!.id, article.id))?.status).toBe('sent');
  });
});

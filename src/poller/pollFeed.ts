// One feed URL in one poll cycle: fetch once however many channels use it, parse, analyse new items,
// decide each subscription's deliveries, and only then remember the fetch (so a crash refetches).
import { createHash } from 'node:crypto';
import { fetchFeed, type FetchLimits, type FetchResult } from '../feeds/fetchFeed.js';
import { parseFeed, type FeedItem, type ParsedFeed } from '../feeds/parseFeed.js';
import { FeedError } from '../feeds/errors.js';
import { analyzeArticle } from '../analysis/analyzeArticle.js';
import type { Story } from '../analysis/types.js';
import type { ReporterTable } from '../analysis/figures/reporters.js';
import type { Store } from '../store/openStore.js';
import type { StoredArticle, Subscription } from '../store/records.js';
import { newDecision } from '../store/deliveries.js';
import { articleTime } from '../store/articles.js';
import type { Poster } from '../delivery/poster.js';
import type { Logger } from '../util/log.js';
import { errorForModerators, failureNotice, isDue, recordFailure, recordSuccess, type HealthPolicy } from './feedHealth.js';
import { matchesFilters } from './filters.js';

export interface PollContext {
  store: Store;
  poster: Poster;
  log: Logger;
  now: () => Date;
  limits: FetchLimits;
  health: HealthPolicy;
  maxItemsPerFeed: number;
  /** Stories of the last days, shared by every feed of the cycle so outlets group with each other. */
  recentStories: Story[];
  fetch?: typeof fetchFeed;
  parse?: typeof parseFeed;
  reporters?: ReporterTable;
}

export interface FeedPollResult {
  url: string;
  outcome: 'skipped' | 'not-modified' | 'ok' | 'failed';
  newArticles: number;
  queued: number;
  /** Stories that received a new article in this poll. */
  stories?: string[];
  error?: string;
}

export function articleIdFor(feedUrl: string, itemId: string): string {
  return createHash('sha256').update(`${feedUrl}\n${itemId}`).digest('base64url').slice(0, 22);
}

export async function pollFeed(url: string, subs: Subscription[], ctx: PollContext): Promise<FeedPollResult> {
  const { store, log } = ctx;
  const now = ctx.now();
  const state = await store.feeds.get(url);
  if (!isDue(state, now)) return { url, outcome: 'skipped', newArticles: 0, queued: 0 };

  let fetched: FetchResult;
  let feed: ParsedFeed;
  try {
    // A subscription that has not seen the feed yet needs its items even if the feed has not changed.
    const newSubscriber = subs.some((sub) => sub.baselineAt === null);
    const validators = newSubscriber ? {} : { etag: state.etag, lastModified: state.lastModified };
    fetched = await (ctx.fetch ?? fetchFeed)(url, validators, ctx.limits);
    if (fetched.status === 'not-modified') {
      await store.feeds.update(url, (s) => recordSuccess(s, now, {}).state);
      return { url, outcome: 'not-modified', newArticles: 0, queued: 0 };
    }
    feed = await (ctx.parse ?? parseFeed)(fetched.body, fetched.finalUrl);
  } catch (err) {
    const e = err instanceof FeedError ? err : null;
    const message = e ? errorForModerators(e) : `Unexpected error: ${(err as Error).message}`;
    const outcome = recordFailure(state, { code: e?.code ?? 'internal', message }, now, ctx.health);
    await store.feeds.update(url, () => outcome.state);
    log.warn(`feed ${url} failed (${outcome.state.consecutiveFailures} in a row): ${message}`);
    if (outcome.notify) {
      const notices = await tellFailure(subs, failureNotice(url, outcome.notify, outcome.state), outcome.state.failureNotices ?? {}, ctx);
      await store.feeds.update(url, (s) => ({ ...s, failureNotices: notices }));
    }
    return { url, outcome: 'failed', newArticles: 0, queued: 0, error: message };
  }

  const items = feed.items.slice(0, ctx.maxItemsPerFeed);
  const articles: StoredArticle[] = [];
  const stories = new Set<string>();
  let newArticles = 0;
  for (const item of items) {
    const id = articleIdFor(url, item.id);
    let article = await store.articles.get(id);
    if (!article) {
      const analysed = analyseItem(item, id, url, feed.title, ctx, now);
      article = analysed.article;
      await store.stories.put(analysed.story);
      await store.articles.put(article);
      stories.add(article.storyId);
      newArticles++;
    }
    articles.push(article);
  }

  let queued = 0;
  for (const sub of subs) queued += await decideDeliveries(sub, articles, ctx);

  const success = recordSuccess(state, now, { etag: fetched.etag, lastModified: fetched.lastModified, title: feed.title || null });
  await store.feeds.update(url, () => success.state);
  if (success.recovered) await notifyChannels(subs, `✅ The feed <${url}> works again; Sitrep has resumed posting it.`, ctx);
  return { url, outcome: 'ok', newArticles, queued, stories: [...stories] };
}

function analyseItem(item: FeedItem, id: string, feedUrl: string, feedTitle: string, ctx: PollContext, now: Date): { article: StoredArticle; story: Story } {
  const analysed = analyzeArticle(
    { id, title: item.title, html: item.html, url: item.link ?? undefined, outlet: feedTitle, published: item.published },
    ctx.recentStories,
    { now: item.published ?? now.toISOString(), reporters: ctx.reporters },
  );
  upsertStory(ctx.recentStories, analysed.storyRecord);
  const article: StoredArticle = {
    id,
    feedUrl,
    itemId: item.id,
    title: item.title || '(untitled)',
    url: item.link,
    outlet: feedTitle || hostOf(feedUrl),
    feedTitle: feedTitle || null,
    published: item.published,
    fetchedAt: now.toISOString(),
    text: analysed.text,
    lang: analysed.lang,
    summary: analysed.summary,
    figures: analysed.figures,
    storyId: analysed.story,
  };
  return { article, story: analysed.storyRecord };
}

function upsertStory(stories: Story[], story: Story): void {
  const i = stories.findIndex((s) => s.id === story.id);
  if (i >= 0) stories[i] = story;
  else stories.push(story);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Each item gets exactly one stored decision per subscription. On the first poll of a subscription
 * only its `backlog` newest items are queued and the rest are marked older; later, every item without
 * a decision is new. Re-running after a crash finds the decisions already made and repeats none.
 */
async function decideDeliveries(sub: Subscription, articles: StoredArticle[], ctx: PollContext): Promise<number> {
  const { store } = ctx;
  const existing = await store.deliveries.getMany(sub.id, articles.map((a) => a.id));
  const firstPoll = sub.baselineAt === null;
  // A first poll killed after some of its decisions but before the baseline was marked: an item
  // fetched since then was not in the feed when it was added, so it is new, not backlog (marking it
  // older would lose it), and it does not push the first feed's items out of the backlog either.
  const interruptedAt = firstPoll && existing.size > 0 ? [...existing.values()].map((d) => d.updatedAt).reduce((a, b) => (a < b ? a : b)) : null;
  let queued = 0;
  let position = -1;
  for (const article of articles) {
    const arrivedSince = interruptedAt !== null && article.fetchedAt > interruptedAt;
    if (!arrivedSince) position++;
    if (existing.has(article.id)) continue;
    let status: 'pending' | 'older' | 'filtered' = 'pending';
    let reason: string | null = null;
    if (firstPoll && !arrivedSince && position >= sub.backlog) {
      status = 'older';
      reason = `already in the feed when it was added (backlog ${sub.backlog})`;
    } else {
      const verdict = matchesFilters(sub, article);
      if (!verdict.pass) {
        status = 'filtered';
        reason = verdict.reason;
      }
    }
    await store.deliveries.record(
      newDecision({ subscriptionId: sub.id, articleId: article.id, channelId: sub.channelId, guildId: sub.guildId }, status, reason, ctx.now().toISOString()),
      articleTime(article),
    );
    if (status === 'pending') queued++;
  }
  if (firstPoll) await store.subscriptions.update(sub.id, (s) => ({ ...s, baselineAt: ctx.now().toISOString() }));
  return queued;
}

/**
 * One notice per channel per failure streak: the first one is posted, later news of the same streak
 * (the feed disabled) rewrites it, so the channel is told once.
 */
async function tellFailure(subs: Subscription[], text: string, earlier: Record<string, string>, ctx: PollContext): Promise<Record<string, string>> {
  const notices = { ...earlier };
  for (const channelId of new Set(subs.map((s) => s.channelId))) {
    try {
      const previous = notices[channelId];
      if (previous) await ctx.poster.editNotice(channelId, previous, text);
      else notices[channelId] = (await ctx.poster.notify(channelId, text)).messageId;
    } catch (err) {
      ctx.log.warn(`could not tell channel ${channelId} about the failing feed: ${(err as Error).message}`);
    }
  }
  return notices;
}

async function notifyChannels(subs: Subscription[], text: string, ctx: PollContext): Promise<void> {
  for (const channelId of new Set(subs.map((s) => s.channelId))) {
    try {
      await ctx.poster.notify(channelId, text);
    } catch (err) {
      ctx.log.warn(`could not notify channel ${channelId}: ${(err as Error).message}`);
    }
  }
}


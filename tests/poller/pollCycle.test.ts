// The poll cycle against a scripted feed and a recording poster: what a channel receives, and when.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/openStore.js';
import { pollCycle, type CycleOptions } from '../../src/poller/pollCycle.js';
import { PostError, type ArticlePost, type Poster } from '../../src/delivery/poster.js';
import { FeedError } from '../../src/feeds/errors.js';
import type { FetchResult } from '../../src/feeds/fetchFeed.js';
import type { FeedItem, ParsedFeed } from '../../src/feeds/parseFeed.js';
import { silentLogger } from '../../src/util/log.js';

const URL_A = 'https://a.example/rss';

function item(n: number): FeedItem {
  return {
    id: `guid-${n}`,
    title: `Report number ${n} on the clashes`,
    link: `https://a.example/${n}`,
    published: new Date(Date.UTC(2025, 0, 1, n)).toISOString(),
    html: `<p>Clashes continued in the north on day ${n}. Officials said ${n + 10} people were killed.</p>`,
    author: null,
    categories: [],
  };
}

class RecordingPoster implements Poster {
  posts: { channelId: string; post: ArticlePost; nonce: string }[] = [];
  notices: { channelId: string; text: string }[] = [];
  failNext = 0;
  permanent = false;
  async postArticle(channelId: string, post: ArticlePost, nonce: string) {
    if (this.failNext > 0) {
      this.failNext--;
      throw new PostError('injected', this.permanent);
    }
    this.posts.push({ channelId, post, nonce });
    return { messageId: String(this.posts.length) };
  }
  threads: { channelId: string; messageId: string; name: string }[] = [];
  async startThread(channelId: string, messageId: string, name: string) {
    this.threads.push({ channelId, messageId, name });
    return { threadId: `thread-${messageId}` };
  }
  async notify(channelId: string, text: string) {
    this.notices.push({ channelId, text });
    return { messageId: `notice-${this.notices.length}` };
  }
  edits: { channelId: string; messageId: string; text: string }[] = [];
  async editNotice(channelId: string, messageId: string, text: string) {
    this.edits.push({ channelId, messageId, text });
  }
}

let dir: string;
let store: Store;
let poster: RecordingPoster;
let items: FeedItem[];
let fetches: number;
let parses: number;
let failure: FeedError | null;
let notModified: boolean;
let clock: Date;

function options(extra: Partial<CycleOptions> = {}): CycleOptions {
  return {
    store,
    poster,
    log: silentLogger,
    limits: {},
    health: { failureNoticeAfter: 3, disableAfterFailures: 10, maxBackoffMinutes: 60 },
    maxItemsPerFeed: 200,
    concurrency: 2,
    now: () => clock,
    fetch: async (_url, validators): Promise<FetchResult> => {
      fetches++;
      if (failure) throw failure;
      // Like a server: 304 only to a conditional request.
      if (notModified && validators.etag) return { status: 'not-modified', finalUrl: URL_A };
      return { status: 'ok', body: '<rss/>', etag: '"e"', lastModified: null, contentType: 'application/rss+xml', finalUrl: URL_A };
    },
    parse: async (): Promise<ParsedFeed> => {
      parses++;
      return { title: 'Outlet A', link: 'https://a.example', items: [...items].sort((a, b) => b.published!.localeCompare(a.published!)) };
    },
    ...extra,
  };
}

async function subscribe(channelId = 'c1', backlog = 3, keywords: string[] = []) {
  return store.subscriptions.create({ guildId: 'g', channelId, url: URL_A, keywords, backlog, createdBy: 'mod' });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-poll-'));
  store = await openStore(`sqlite://${join(dir, 'db.sqlite')}`);
  poster = new RecordingPoster();
  items = Array.from({ length: 10 }, (_, i) => item(i + 1));
  fetches = parses = 0;
  failure = null;
  notModified = false;
  clock = new Date('2025-01-02T00:00:00Z');
  // These items all tell one story; threads are tested on their own below.
  await store.channels.updateGuildSettings('g', { storyThreads: false });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pollCycle', () => {
  it('posts only the backlog newest items of a new feed, oldest first, then nothing again', async () => {
    await subscribe('c1', 3);
    await pollCycle(options());
    expect(poster.posts.map((p) => p.post.url)).toEqual(['https://a.example/8', 'https://a.example/9', 'https://a.example/10']);
    await pollCycle(options());
    expect(poster.posts).toHaveLength(3);
  });

  it('posts each new item once when it appears', async () => {
    await subscribe('c1', 0);
    await pollCycle(options());
    expect(poster.posts).toHaveLength(0);
    items.push(item(11));
    await pollCycle(options());
    await pollCycle(options());
    expect(poster.posts.map((p) => p.post.url)).toEqual(['https://a.example/11']);
    expect(poster.posts[0]!.post.feedName).toBe('Outlet A');
  });

  it('fetches a feed once per cycle however many channels use it', async () => {
    await subscribe('c1', 1);
    await subscribe('c2', 2);
    await pollCycle(options());
    expect(fetches).toBe(1);
    expect(poster.posts.filter((p) => p.channelId === 'c1')).toHaveLength(1);
    expect(poster.posts.filter((p) => p.channelId === 'c2')).toHaveLength(2);
  });

  it('does not parse a feed that answered 304', async () => {
    await subscribe('c1', 1);
    await pollCycle(options());
    notModified = true;
    await pollCycle(options());
    expect(fetches).toBe(2);
    expect(parses).toBe(1);
  });

  it('gives a channel added later its backlog even when the feed answers 304', async () => {
    await subscribe('c1', 1);
    await pollCycle(options());
    notModified = true;
    await subscribe('c2', 2);
    await pollCycle(options());
    expect(poster.posts.filter((p) => p.channelId === 'c2').map((p) => p.post.url)).toEqual(['https://a.example/9', 'https://a.example/10']);
  });

  it('applies keyword filters and remembers why an item was not posted', async () => {
    items.push({ ...item(12), title: 'Quiet day at the market', html: '<p>Nothing happened.</p>' });
    items.push({ ...item(13), title: 'Shelling near the river' });
    await subscribe('c1', 0, ['shelling']);
    await pollCycle(options());
    items.push({ ...item(14), title: 'Calm weather' , html: '<p>Sunny.</p>'}, { ...item(15), title: 'More SHELLING overnight' });
    await pollCycle(options());
    expect(poster.posts.map((p) => p.post.title)).toEqual(['More SHELLING overnight']);
    const sub = (await store.subscriptions.forGuild('g'))[0]!;
    const filtered = (await Promise.all((await store.articles.idsForFeed(URL_A)).map((id) => store.deliveries.get(sub.id, id)))).filter((d) => d?.status === 'filtered');
    expect(filtered.length).toBe(1);
    expect(filtered[0]!.reason).toMatch(/keywords/);
  });

  it('retries a delivery Discord did not accept, with the same nonce, and never doubles it', async () => {
    await subscribe('c1', 1);
    poster.failNext = 1;
    await pollCycle(options());
    expect(poster.posts).toHaveLength(0);
    await pollCycle(options());
    await pollCycle(options());
    expect(poster.posts).toHaveLength(1);
    const sub = (await store.subscriptions.forGuild('g'))[0]!;
    const deliveries = await Promise.all((await store.articles.idsForFeed(URL_A)).map((id) => store.deliveries.get(sub.id, id)));
    const sent = deliveries.filter((d) => d?.status === 'sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.attempts).toBe(2);
    expect(poster.posts[0]!.nonce).toBe(sent[0]!.nonce);
  });

  it('resumes after a restart: pending jobs are sent once and decided items are not reposted', async () => {
    await subscribe('c1', 2);
    // The first process decides and then dies before sending anything.
    poster.failNext = 100;
    await pollCycle(options());
    expect(poster.posts).toHaveLength(0);
    await store.close();
    store = await openStore(`sqlite://${join(dir, 'db.sqlite')}`);
    poster = new RecordingPoster();
    notModified = true; // the site has nothing new: delivery must not depend on a fresh fetch
    await pollCycle(options());
    await pollCycle(options());
    expect(poster.posts.map((p) => p.post.url)).toEqual(['https://a.example/9', 'https://a.example/10']);
  });

  it('pauses a subscription whose channel refuses messages for good', async () => {
    const sub = await subscribe('c1', 2);
    poster.failNext = 1;
    poster.permanent = true;
    await pollCycle(options());
    expect((await store.subscriptions.get(sub.id))?.paused).toBe(true);
  });

  it('puts later articles of a story into the thread of its first post when threads are on', async () => {
    await store.channels.updateGuildSettings('g', { storyThreads: true });
    await subscribe('c1', 3);
    await pollCycle(options());
    const storyIds = new Set((await store.articles.getMany(await store.articles.idsForFeed(URL_A))).map((a) => a.storyId));
    expect(storyIds.size).toBe(1); // hourly reports of the same clashes
    expect(poster.posts).toHaveLength(3);
    expect(poster.posts[0]!.channelId).toBe('c1');
    expect(poster.threads).toHaveLength(1);
    expect(poster.posts.slice(1).every((p) => p.channelId === `thread-${poster.threads[0]!.messageId}`)).toBe(true);
  });

  it('backs off a failing feed, tells its channels once, and recovers by itself', async () => {
    await subscribe('c1', 0);
    failure = new FeedError('http', 'The site answered 503 Service Unavailable', { httpStatus: 503 });
    for (let i = 0; i < 6; i++) {
      await pollCycle(options());
      clock = new Date(clock.getTime() + 2 * 3600_000);
    }
    expect(poster.notices).toHaveLength(1);
    expect(poster.notices[0]!.text).toMatch(/503/);
    const state = await store.feeds.get(URL_A);
    expect(state.consecutiveFailures).toBe(6);
    expect(state.lastError).toMatch(/503/);
    // Back-off: a poll right after a failure does not fetch.
    await pollCycle(options());
    const before = fetches;
    await pollCycle(options());
    expect(fetches).toBe(before);
    failure = null;
    clock = new Date(clock.getTime() + 24 * 3600_000);
    await pollCycle(options());
    expect((await store.feeds.get(URL_A)).consecutiveFailures).toBe(0);
    expect(poster.notices.at(-1)!.text).toMatch(/works again/);
  });
});

/**
 * A SIGKILL at the `n`th store write of the delivery repository from now: that write and every
 * later one fail until the returned function restores them (the process restarting).
 */
function killAtWrite(n: number): () => void {
  type Writes = { set: (...a: unknown[]) => Promise<unknown>; add: (...a: unknown[]) => Promise<unknown> };
  const repo = store.deliveries as unknown as Record<'col' | 'outbox', Writes>;
  const restores: (() => void)[] = [];
  let writes = 0;
  for (const name of ['col', 'outbox'] as const) {
    for (const method of ['set', 'add'] as const) {
      const original = repo[name][method];
      repo[name][method] = async (...a: unknown[]) => {
        if (++writes >= n) throw new Error('killed');
        return original.apply(repo[name], a);
      };
      restores.push(() => void (repo[name][method] = original));
    }
  }
  return () => restores.forEach((r) => r());
}

const postsOf = (n: number) => poster.posts.filter((p) => p.post.url === `https://a.example/${n}`);

async function restart(): Promise<void> {
  await store.close();
  store = await openStore(`sqlite://${join(dir, 'db.sqlite')}`);
}

describe('a crash between the outbox job and the delivery decision', () => {
  it('loses no post: whichever of the two writes comes second fails, the item is still sent once', async () => {
    await subscribe('c1', 3);
    await pollCycle(options());
    expect(poster.posts).toHaveLength(3);
    // the process dies between the two writes of the next item's decision (a SIGKILL there)
    items.push(item(11));
    const revive = killAtWrite(2);
    await pollCycle(options()).catch(() => undefined);
    revive();
    await pollCycle(options());
    await pollCycle(options());
    expect(postsOf(11)).toHaveLength(1);
    expect(await store.deliveries.pendingJobs()).toEqual([]);
  });

  it('sends a job whose decision was never written once, even when the item has left the feed', async () => {
    await subscribe('c1', 0);
    await pollCycle(options());
    items.push(item(11));
    const revive = killAtWrite(2); // the job is written, the decision is not
    await pollCycle(options()).catch(() => undefined);
    revive();
    const sub = (await store.subscriptions.forGuild('g'))[0]!;
    const [job] = await store.deliveries.pendingJobs();
    expect(job?.articleId).toBeDefined();
    expect(await store.deliveries.get(sub.id, job!.articleId)).toBeUndefined();
    items.pop(); // gone from the feed before the next poll
    await restart();
    await pollCycle(options());
    await pollCycle(options());
    expect(postsOf(11)).toHaveLength(1);
    expect((await store.deliveries.get(sub.id, job!.articleId))?.status).toBe('sent');
    expect(await store.deliveries.pendingJobs()).toEqual([]);
  });
});

describe('pending decisions without an outbox job (a lost job, or an earlier version killed between its writes)', () => {
  /** Item 11 decided pending and not sent; with `loseJob` its outbox job is gone as well. Then item 11 leaves the feed and the process restarts. */
  async function strand(loseJob: boolean) {
    await subscribe('c1', 0);
    await pollCycle(options());
    items.push(item(11));
    poster.failNext = 1; // Discord refuses the first attempt: the decision stays pending
    await pollCycle(options());
    expect(postsOf(11)).toHaveLength(0);
    const sub = (await store.subscriptions.forGuild('g'))[0]!;
    const [job] = await store.deliveries.pendingJobs();
    if (loseJob) await store.deliveries.dropJob(sub.id, job!.articleId);
    expect((await store.deliveries.get(sub.id, job!.articleId))?.status).toBe('pending');
    items.pop();
    await restart();
    return { sub, articleId: job!.articleId };
  }

  it('queues the job again at the first cycle after a restart and posts the item once', async () => {
    const { sub, articleId } = await strand(true);
    await pollCycle(options({ repairOutbox: true }));
    await pollCycle(options({ repairOutbox: true })); // a second repair finds nothing to do
    await pollCycle(options());
    expect(postsOf(11)).toHaveLength(1);
    expect(postsOf(11)[0]!.nonce).toBe((await store.deliveries.get(sub.id, articleId))!.nonce);
    expect((await store.deliveries.get(sub.id, articleId))?.status).toBe('sent');
    expect(await store.deliveries.pendingWithoutJob()).toEqual([]);
  });

  it('adds no second job when the job is still there: the item is posted once', async () => {
    await strand(false);
    await pollCycle(options({ repairOutbox: true }));
    await pollCycle(options({ repairOutbox: true }));
    expect(postsOf(11)).toHaveLength(1);
    expect(await store.deliveries.pendingJobs()).toEqual([]);
  });

  it('ends a pending decision whose article is gone as failed, with a warning, instead of crashing', async () => {
    const { sub, articleId } = await strand(true);
    await (store.articles as unknown as { col: { delete(k: string): Promise<boolean> } }).col.delete(articleId);
    const warnings: string[] = [];
    const log = { ...silentLogger, warn: (m: string) => void warnings.push(m) };
    const report = await pollCycle(options({ repairOutbox: true, log }));
    expect(report.feeds[0]!.outcome).toBe('ok');
    expect(postsOf(11)).toHaveLength(0);
    const ended = await store.deliveries.get(sub.id, articleId);
    expect(ended?.status).toBe('failed');
    expect(ended?.reason).toMatch(/no longer in the store/);
    expect(warnings.filter((w) => w.includes(articleId))).toHaveLength(1);
    await pollCycle(options({ repairOutbox: true, log }));
    expect(warnings.filter((w) => w.includes(articleId))).toHaveLength(1);
  });

  it('leaves the decisions of a removed subscription alone', async () => {
    const { sub } = await strand(true);
    await store.subscriptions.remove(sub.id);
    await pollCycle(options({ repairOutbox: true }));
    expect(await store.deliveries.pendingJobs()).toEqual([]);
    expect(poster.posts).toHaveLength(0);
  });
});

describe('a first poll killed before the baseline was marked', () => {
  it('posts an item that appeared before the restart once, and no backlog beyond the limit', async () => {
    const sub = await subscribe('c1', 0);
    const update = store.subscriptions.update.bind(store.subscriptions);
    store.subscriptions.update = async () => {
      throw new Error('killed'); // every decision is stored, the baseline is not
    };
    await pollCycle(options());
    store.subscriptions.update = update;
    expect((await store.subscriptions.get(sub.id))?.baselineAt).toBeNull();
    clock = new Date(clock.getTime() + 3600_000);
    items.push(item(11));
    await restart();
    await pollCycle(options());
    await pollCycle(options());
    expect(poster.posts.map((p) => p.post.url)).toEqual(['https://a.example/11']);
  });
});

// One poll cycle: every subscribed feed URL fetched once, with bounded concurrency, then the outbox.
import type { Store } from '../store/openStore.js';
import type { Subscription } from '../store/records.js';
import type { Poster } from '../delivery/poster.js';
import { drainOutbox, repairOutbox, type DrainReport } from '../delivery/drainOutbox.js';
import type { Logger } from '../util/log.js';
import { mapLimit } from '../util/limit.js';
import type { FetchLimits } from '../feeds/fetchFeed.js';
import { pollFeed, type FeedPollResult, type PollContext } from './pollFeed.js';
import { evaluateAlerts } from './alerts.js';
import type { HealthPolicy } from './feedHealth.js';

/**
 * Stories a new article may join. Picked by their articles' time rather than the clock, so an
 * archive feed groups as well as a live one; assignStory itself refuses stories days apart.
 */
const RECENT_STORIES = 300;

export interface CycleOptions {
  store: Store;
  poster: Poster;
  log: Logger;
  limits: FetchLimits;
  health: HealthPolicy;
  maxItemsPerFeed: number;
  concurrency: number;
  /** Channels posted to at once; discord.js keeps the whole under Discord's global rate limit. */
  deliveryConcurrency?: number;
  now?: () => Date;
  fetch?: PollContext['fetch'];
  parse?: PollContext['parse'];
  shouldStop?: () => boolean;
  reporters?: PollContext['reporters'];
  /**
   * First give pending decisions that lost their outbox job the job back (repairOutbox). Set when a
   * process starts polling, at start or on taking the poller lease over: it reads every decision.
   */
  repairOutbox?: boolean;
}

export interface CycleReport {
  feeds: FeedPollResult[];
  delivery: DrainReport;
  alerts: number;
  ms: number;
}

export async function pollCycle(opts: CycleOptions): Promise<CycleReport> {
  const started = Date.now();
  const now = opts.now ?? (() => new Date());
  if (opts.repairOutbox) await repairOutbox(opts.store, opts.log);
  // Jobs left by an interrupted cycle go out first, before anything newer.
  const leftover = await drainOutbox(opts.store, opts.poster, opts.log, { shouldStop: opts.shouldStop, concurrency: opts.deliveryConcurrency });
  const subs = await opts.store.subscriptions.active();
  const byUrl = new Map<string, Subscription[]>();
  for (const sub of subs) byUrl.set(sub.url, [...(byUrl.get(sub.url) ?? []), sub]);

  const ctx: PollContext = {
    store: opts.store,
    poster: opts.poster,
    log: opts.log,
    now,
    limits: opts.limits,
    health: opts.health,
    maxItemsPerFeed: opts.maxItemsPerFeed,
    recentStories: await opts.store.stories.recent(RECENT_STORIES),
    fetch: opts.fetch,
    parse: opts.parse,
    reporters: opts.reporters,
  };
  const feeds = await mapLimit([...byUrl.entries()], opts.concurrency, async ([url, feedSubs]) => {
    if (opts.shouldStop?.()) return { url, outcome: 'skipped' as const, newArticles: 0, queued: 0 };
    try {
      return await pollFeed(url, feedSubs, ctx);
    } catch (err) {
      // A store or programming error on one feed must not stop the others.
      opts.log.error(`poll of ${url} failed: ${(err as Error).stack ?? err}`);
      return { url, outcome: 'failed' as const, newArticles: 0, queued: 0, error: (err as Error).message };
    }
  });
  const fresh = await drainOutbox(opts.store, opts.poster, opts.log, { shouldStop: opts.shouldStop, concurrency: opts.deliveryConcurrency });
  const alerts = await evaluateAlerts(opts.store, opts.poster, opts.log, feeds.flatMap((f) => f.stories ?? []), now()).catch((err) => {
    opts.log.error(`toll alerts failed: ${(err as Error).message}`);
    return 0;
  });
  const delivery: DrainReport = {
    sent: leftover.sent + fresh.sent,
    failed: leftover.failed + fresh.failed,
    retrying: fresh.retrying,
  };
  return { feeds, delivery, alerts, ms: Date.now() - started };
}

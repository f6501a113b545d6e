// Sends the outbox: every pending (channel, article) job, oldest article first per channel.
// A job ends only when the chat platform accepted the message; the nonce makes a resend after a
// crash between "sent" and "marked" land as the same message.
import type { Store } from '../store/openStore.js';
import { newDecision, type OutboxEntry } from '../store/deliveries.js';
import type { Delivery } from '../store/records.js';
import { articleTime } from '../store/articles.js';
import type { Logger } from '../util/log.js';
import { mapLimit } from '../util/limit.js';
import { PostError, type Poster } from './poster.js';
import { bestKilled } from '../poller/filters.js';

const MAX_ATTEMPTS = 5;

export interface DrainReport {
  sent: number;
  failed: number;
  retrying: number;
}

export async function drainOutbox(store: Store, poster: Poster, log: Logger, opts: { concurrency?: number; shouldStop?: () => boolean } = {}): Promise<DrainReport> {
  const jobs = await store.deliveries.pendingJobs();
  const byChannel = new Map<string, OutboxEntry[]>();
  for (const job of jobs) byChannel.set(job.channelId, [...(byChannel.get(job.channelId) ?? []), job]);
  const report: DrainReport = { sent: 0, failed: 0, retrying: 0 };
  await mapLimit([...byChannel.values()], opts.concurrency ?? 4, async (channelJobs) => {
    for (const job of channelJobs) {
      if (opts.shouldStop?.()) return;
      const outcome = await deliverOne(store, poster, log, job);
      if (outcome === 'skipped') continue;
      report[outcome]++;
      // Keep a channel's posts in order: after a failure its remaining jobs wait for the next cycle.
      if (outcome !== 'sent') break;
    }
  });
  return report;
}

async function deliverOne(store: Store, poster: Poster, log: Logger, job: OutboxEntry): Promise<keyof DrainReport | 'skipped'> {
  const [sub, article, stored] = await Promise.all([
    store.subscriptions.get(job.subscriptionId),
    store.articles.get(job.articleId),
    store.deliveries.get(job.subscriptionId, job.articleId),
  ]);
  if (!sub || (stored && stored.status !== 'pending')) {
    // The subscription was removed (or the job already ended): nothing to send.
    await store.deliveries.dropJob(job.subscriptionId, job.articleId);
    return 'skipped';
  }
  if (!article) {
    await abandonWithoutArticle(store, log, job);
    return 'skipped';
  }
  // A job without a decision: the process died between the two writes of DeliveryRepo.record. Only
  // a pending decision gets a job, so that is the decision restored here, before sending: a post
  // without a stored decision would be posted again if the item were still in the feed.
  const delivery = stored ?? (await store.deliveries.restoreDecision(newDecision({ ...job, guildId: sub.guildId }, 'pending', null, new Date().toISOString())));
  if (delivery.status !== 'pending') {
    await store.deliveries.dropJob(job.subscriptionId, job.articleId);
    return 'skipped';
  }
  if (sub.paused) return 'skipped';
  try {
    const post = {
      title: article.title,
      url: article.url,
      outlet: article.outlet,
      published: article.published,
      summary: article.summary,
      figures: article.figures,
      feedName: article.feedTitle ?? article.outlet ?? sub.url,
    };
    const target = await storyTarget(store, poster, log, sub.guildId, job.channelId, article.storyId, job.articleId);
    const mention = sub.mention && bestKilled(article.figures) >= sub.mention.minKilled ? sub.mention.roleId : undefined;
    let messageId: string;
    try {
      // this article's own post opened the story, and the process died before marking it sent: it
      // is in the channel already (posting again would land in a thread under itself, where the
      // nonce cannot catch the repeat)
      if (target.postedAs) messageId = target.postedAs;
      else ({ messageId } = await poster.postArticle(target.channelId, post, delivery.nonce, { mentionRoleId: mention }));
    } catch (err) {
      // A deleted or locked story thread must not stop the feed: start the story afresh in the channel.
      if (!(err instanceof PostError && err.permanent) || target.channelId === job.channelId) throw err;
      log.warn(`story thread ${target.channelId} refused a post (${err.message}); posting in the channel`);
      ({ messageId } = await poster.postArticle(job.channelId, post, delivery.nonce, { mentionRoleId: mention }));
      target.channelId = job.channelId;
      target.firstOfStory = true;
    }
    if (target.firstOfStory) {
      await store.channels.saveStoryPost({ channelId: job.channelId, storyId: article.storyId, messageId, threadId: null, articleId: job.articleId });
    }
    await store.deliveries.finish(job.subscriptionId, job.articleId, (d) => ({
      ...d,
      status: 'sent',
      messageId,
      postedIn: target.channelId,
      attempts: d.attempts + 1,
      reason: null,
      updatedAt: new Date().toISOString(),
    }));
    return 'sent';
  } catch (err) {
    const permanent = err instanceof PostError && err.permanent;
    const message = (err as Error).message;
    const attempts = delivery.attempts + 1;
    if (permanent || attempts >= MAX_ATTEMPTS) {
      log.warn(`delivery of ${article.url ?? article.id} to channel ${job.channelId} failed for good: ${message}`);
      await store.deliveries.finish(job.subscriptionId, job.articleId, (d) => ({ ...d, status: 'failed', attempts, reason: message, updatedAt: new Date().toISOString() }));
      if (permanent) {
        const paused = await store.subscriptions.update(sub.id, (s) => ({ ...s, paused: true }));
        if (paused && !sub.paused) {
          await tellModerators(store, poster, log, sub.guildId, job.channelId,
            `⚠️ Sitrep cannot post in <#${job.channelId}> any more (${message}), so it paused ${sub.url} there. Give Sitrep the View Channel, Send Messages and Embed Links permissions in that channel (or move the feed with \`/feed edit move-to:\`), then run \`/feed resume\`.`);
        }
      }
      return 'failed';
    }
    log.warn(`delivery to channel ${job.channelId} will be retried (${attempts}/${MAX_ATTEMPTS}): ${message}`);
    await store.deliveries.update(job.subscriptionId, job.articleId, (d) => ({ ...d, attempts, reason: message, updatedAt: new Date().toISOString() }));
    return 'retrying';
  }
}

/**
 * Gives every pending decision that lost its outbox job the job back, so it is posted once. Only
 * this version's record() keeps the job ahead of the decision: a store written by an earlier
 * version can hold a pending decision whose job was never written (a crash between the writes), and
 * the poller decides an item again only while it is still in the feed. Reads every decision, so it
 * runs when a process starts polling (see CycleOptions.repairOutbox), not in every cycle.
 */
export async function repairOutbox(store: Store, log: Logger): Promise<{ restored: number; unbuildable: number }> {
  const orphans = await store.deliveries.pendingWithoutJob();
  const done = { restored: 0, unbuildable: 0 };
  if (orphans.length === 0) return done;
  const subs = new Set((await store.subscriptions.all()).map((s) => s.id));
  for (const d of orphans) {
    // A removed subscription sends nothing; drainOutbox would drop its job.
    if (!subs.has(d.subscriptionId)) continue;
    const article = await store.articles.get(d.articleId);
    if (!article) {
      await abandonWithoutArticle(store, log, d);
      done.unbuildable++;
    } else if (await store.deliveries.restoreJob(d, articleTime(article))) {
      done.restored++;
    }
  }
  if (done.restored > 0) log.warn(`outbox: ${done.restored} pending post(s) had lost their job (an interrupted earlier run); queued them again`);
  return done;
}

/**
 * A job or pending decision whose article is gone cannot be posted: said once in the log and ended
 * as failed (with the reason /why shows), instead of being tried or looked at again at every start.
 */
async function abandonWithoutArticle(store: Store, log: Logger, d: Pick<Delivery, 'subscriptionId' | 'articleId' | 'channelId'>): Promise<void> {
  const reason = `article ${d.articleId} is no longer in the store, so its post cannot be built`;
  log.warn(`delivery to channel ${d.channelId} abandoned: ${reason}`);
  await store.deliveries.finish(d.subscriptionId, d.articleId, (x) => (x.status === 'pending' ? { ...x, status: 'failed', reason, updatedAt: new Date().toISOString() } : x));
}

/**
 * Where an article goes: the channel, or the thread under the post that opened its story there.
 * A thread that cannot be opened (no permission, a platform without threads) falls back to the
 * channel: a post in the wrong place beats a lost one.
 */
async function storyTarget(store: Store, poster: Poster, log: Logger, guildId: string, channelId: string, storyId: string, articleId: string): Promise<{ channelId: string; firstOfStory: boolean; postedAs?: string }> {
  if (!(await store.channels.storyThreadsOn(guildId, channelId))) return { channelId, firstOfStory: false };
  const first = await store.channels.storyPost(channelId, storyId);
  if (!first) return { channelId, firstOfStory: true };
  if (first.articleId === articleId) return { channelId, firstOfStory: false, postedAs: first.messageId };
  if (first.threadId) return { channelId: first.threadId, firstOfStory: false };
  try {
    const story = await store.stories.get(storyId);
    const { threadId } = await poster.startThread(channelId, first.messageId, threadName(story?.title ?? 'Story updates'));
    await store.channels.saveStoryPost({ ...first, threadId });
    return { channelId: threadId, firstOfStory: false };
  } catch (err) {
    log.warn(`could not open a story thread in channel ${channelId}, posting in the channel: ${(err as Error).message}`);
    return { channelId, firstOfStory: false };
  }
}

function threadName(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  return t.length <= 95 ? t : t.slice(0, 94) + '…';
}

/**
 * Tells a server's moderators about a channel Sitrep cannot use, in another channel it can: the
 * alert channel, else a channel of another subscription. Once per pause, since a paused
 * subscription sends nothing more.
 */
async function tellModerators(store: Store, poster: Poster, log: Logger, guildId: string, brokenChannelId: string, text: string): Promise<void> {
  const rule = await store.channels.alertRule(guildId);
  const others = (await store.subscriptions.forGuild(guildId)).filter((s) => !s.paused).map((s) => s.channelId);
  const candidates = [...new Set([rule?.channelId, ...others].filter((c): c is string => !!c && c !== brokenChannelId))];
  for (const channelId of candidates) {
    try {
      await poster.notify(channelId, text);
      return;
    } catch {
      // try the next one
    }
  }
  log.warn(`server ${guildId}: no channel left to tell the moderators: ${text}`);
}

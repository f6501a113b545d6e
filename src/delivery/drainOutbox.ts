// Sends the outbox: every pending (channel, article) job, oldest article first per channel.
// A job ends only when the chat platform accepted the message; the nonce makes a resend after a
// crash between "sent" and "marked" land as the same message.
import type { Store } from '../store/openStore.js';
import type { OutboxEntry } from '../store/deliveries.js';
import type { Logger } from '../util/log.js';
import { mapLimit } from '../util/limit.js';
import { PostError, type Poster } from './poster.js';

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
  const [sub, article, delivery] = await Promise.all([
    store.subscriptions.get(job.subscriptionId),
    store.articles.get(job.articleId),
    store.deliveries.get(job.subscriptionId, job.articleId),
  ]);
  if (!sub || !article || !delivery || delivery.status !== 'pending') {
    // The subscription was removed (or the job already ended): nothing to send.
    await store.deliveries.dropJob(job.subscriptionId, job.articleId);
    return 'skipped';
  }
  if (sub.paused) return 'skipped';
  try {
    const { messageId } = await poster.postArticle(
      job.channelId,
      {
        title: article.title,
        url: article.url,
        outlet: article.outlet,
        published: article.published,
        summary: article.summary,
        figures: article.figures,
        feedName: article.feedTitle ?? article.outlet ?? sub.url,
      },
      delivery.nonce,
    );
    await store.deliveries.finish(job.subscriptionId, job.articleId, (d) => ({
      ...d,
      status: 'sent',
      messageId,
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
      if (permanent) await store.subscriptions.update(sub.id, (s) => ({ ...s, paused: true }));
      return 'failed';
    }
    log.warn(`delivery to channel ${job.channelId} will be retried (${attempts}/${MAX_ATTEMPTS}): ${message}`);
    await store.deliveries.update(job.subscriptionId, job.articleId, (d) => ({ ...d, attempts, reason: message, updatedAt: new Date().toISOString() }));
    return 'retrying';
  }
}

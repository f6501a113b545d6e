import { createHash } from 'node:crypto';
import type { Collection } from './collection.js';
import type { Delivery, DeliveryStatus } from './records.js';

export function deliveryKey(subscriptionId: string, articleId: string): string {
  return `${subscriptionId}|${articleId}`;
}

/** Discord nonces are at most 25 characters; derived, so a retry after a crash sends the same one. */
export function deliveryNonce(subscriptionId: string, articleId: string): string {
  return createHash('sha256').update(deliveryKey(subscriptionId, articleId)).digest('base64url').slice(0, 25);
}

export interface OutboxEntry {
  subscriptionId: string;
  articleId: string;
  channelId: string;
  /** Posting order: the article's time, so a channel reads a feed chronologically. */
  order: string;
}

/** A decision as first stored: nothing sent yet, and the nonce every attempt will reuse. */
export function newDecision(
  target: Pick<Delivery, 'subscriptionId' | 'articleId' | 'channelId' | 'guildId'>,
  status: DeliveryStatus,
  reason: string | null,
  at: string,
): Delivery {
  const { subscriptionId, articleId, channelId, guildId } = target;
  return { subscriptionId, articleId, channelId, guildId, status, nonce: deliveryNonce(subscriptionId, articleId), attempts: 0, messageId: null, reason, updatedAt: at };
}

export class DeliveryRepo {
  constructor(
    private readonly col: Collection<Delivery>,
    private readonly outbox: Collection<OutboxEntry>,
  ) {}

  /**
   * Stores the delivery decision; a pending one also becomes a job in the outbox. The job is written
   * first: a crash between the two writes leaves a job without a decision, which drainOutbox
   * completes from the job (the item may have left the feed, so the poller may never decide it
   * again). The decision is written only where none is stored: a process still finishing a poll
   * after losing the poller lease must not turn a decision that another process already sent back
   * into pending.
   */
  async record(d: Delivery, order: string): Promise<void> {
    if (d.status === 'pending') await this.outbox.set(deliveryKey(d.subscriptionId, d.articleId), jobFor(d, order));
    await this.col.add(deliveryKey(d.subscriptionId, d.articleId), d);
  }

  /** The decision of a job whose own write was lost: stored unless one is there, then the stored one. */
  async restoreDecision(d: Delivery): Promise<Delivery> {
    if (await this.col.add(deliveryKey(d.subscriptionId, d.articleId), d)) return d;
    return (await this.get(d.subscriptionId, d.articleId)) ?? d;
  }

  /**
   * Pending decisions that have no job in the outbox: nothing would ever send them. Reads every
   * stored decision, so it is for a process that starts polling, not for every cycle.
   */
  async pendingWithoutJob(): Promise<Delivery[]> {
    const jobs = new Set((await this.outbox.all()).map((j) => deliveryKey(j.subscriptionId, j.articleId)));
    return this.col.all((d) => d.status === 'pending' && !jobs.has(deliveryKey(d.subscriptionId, d.articleId)));
  }

  /** Gives a pending decision its job back; false if a job appeared meanwhile (it is left as it is). */
  restoreJob(d: Delivery, order: string): Promise<boolean> {
    return this.outbox.add(deliveryKey(d.subscriptionId, d.articleId), jobFor(d, order));
  }

  /** Jobs not yet accepted by the chat platform, oldest article first. */
  async pendingJobs(): Promise<OutboxEntry[]> {
    const jobs = await this.outbox.all();
    return jobs.sort((a, b) => a.order.localeCompare(b.order) || a.articleId.localeCompare(b.articleId));
  }

  /** Ends a job: the delivery gets its final state, the outbox forgets it. */
  async finish(subscriptionId: string, articleId: string, change: (d: Delivery) => Delivery): Promise<void> {
    await this.update(subscriptionId, articleId, change);
    await this.outbox.delete(deliveryKey(subscriptionId, articleId));
  }

  async dropJob(subscriptionId: string, articleId: string): Promise<void> {
    await this.outbox.delete(deliveryKey(subscriptionId, articleId));
  }

  get(subscriptionId: string, articleId: string): Promise<Delivery | undefined> {
    return this.col.get(deliveryKey(subscriptionId, articleId));
  }

  async getMany(subscriptionId: string, articleIds: string[]): Promise<Map<string, Delivery>> {
    const found = await this.col.getMany(articleIds.map((a) => deliveryKey(subscriptionId, a)));
    const out = new Map<string, Delivery>();
    found.forEach((d, i) => d && out.set(articleIds[i]!, d));
    return out;
  }

  async put(d: Delivery): Promise<void> {
    await this.col.set(deliveryKey(d.subscriptionId, d.articleId), d);
  }

  update(subscriptionId: string, articleId: string, change: (d: Delivery) => Delivery): Promise<Delivery | undefined> {
    return this.col.update(deliveryKey(subscriptionId, articleId), (d) => (d ? change(d) : undefined));
  }

  forArticle(articleId: string): Promise<Delivery[]> {
    return this.col.all((d) => d.articleId === articleId);
  }
}

function jobFor(d: Delivery, order: string): OutboxEntry {
  return { subscriptionId: d.subscriptionId, articleId: d.articleId, channelId: d.channelId, order };
}

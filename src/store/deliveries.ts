import { createHash } from 'node:crypto';
import type { Collection } from './collection.js';
import type { Delivery } from './records.js';

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

export class DeliveryRepo {
  constructor(
    private readonly col: Collection<Delivery>,
    private readonly outbox: Collection<OutboxEntry>,
  ) {}

  /**
   * Stores the delivery decision; a pending one also becomes a job in the outbox. The job is written
   * first: a crash between the two writes leaves a job without a decision (the poller decides the
   * item again, as it has no decision), never a pending decision without a job (nothing would ever
   * send it, and the poller would not decide it again: a lost post).
   */
  async record(d: Delivery, order: string): Promise<void> {
    if (d.status === 'pending') {
      await this.outbox.set(deliveryKey(d.subscriptionId, d.articleId), {
        subscriptionId: d.subscriptionId,
        articleId: d.articleId,
        channelId: d.channelId,
        order,
      });
    }
    await this.col.set(deliveryKey(d.subscriptionId, d.articleId), d);
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

// What the store keeps. Plain JSON-serialisable records: any keyv backend can hold them.
import type { Figure, Lang } from '../analysis/types.js';

export interface Subscription {
  id: string;
  guildId: string;
  channelId: string;
  url: string;
  /** Only items whose title or text contains one of these (case-insensitive) are posted. Empty: all. */
  keywords: string[];
  backlog: number;
  createdAt: string;
  createdBy: string;
  paused: boolean;
  /** Set once the first poll has decided which existing items are backlog and which are older. */
  baselineAt: string | null;
  filters?: SubscriptionFilters;
  /** Mention a role on posts that report at least `minKilled` killed. */
  mention?: { roleId: string; minKilled: number } | null;
}

export interface SubscriptionFilters {
  /** Words that block an article (case-insensitive). */
  exclude?: string[];
  /** A regular expression the title or text must match (case-insensitive). */
  pattern?: string;
  excludePattern?: string;
  /** Only articles reporting at least this many killed. */
  minKilled?: number;
  languages?: Lang[];
}

export interface FeedState {
  url: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  consecutiveFailures: number;
  failingSince: string | null;
  lastError: string | null;
  lastErrorCode: string | null;
  /** Exponential back-off: the feed is not fetched again before this time. */
  nextAttemptAt: string | null;
  /** The channels were told about the failure (once per failure streak). */
  failureNotified: boolean;
  /** The failure notice posted in each channel (channel id → message id), edited as the failure develops. */
  failureNotices?: Record<string, string>;
  disabled: boolean;
}

export interface StoredArticle {
  id: string;
  feedUrl: string;
  itemId: string;
  title: string;
  url: string | null;
  outlet: string | null;
  feedTitle: string | null;
  published: string | null;
  fetchedAt: string;
  text: string;
  lang: Lang;
  summary: string;
  figures: Figure[];
  storyId: string;
}

export type DeliveryStatus = 'pending' | 'sent' | 'filtered' | 'older' | 'failed';

export interface Delivery {
  subscriptionId: string;
  articleId: string;
  channelId: string;
  guildId: string;
  status: DeliveryStatus;
  /** Same nonce on every attempt, so Discord drops a resend after a crash between send and mark. */
  nonce: string;
  attempts: number;
  messageId: string | null;
  /** Where the message went: the channel, or the story thread inside it. */
  postedIn?: string | null;
  reason: string | null;
  updatedAt: string;
}

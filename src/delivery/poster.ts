// What delivery needs from a chat platform. The Discord implementation is src/discord/poster.ts;
// tests can use any object with this shape.
import type { Figure } from '../analysis/types.js';

export interface ArticlePost {
  title: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  summary: string;
  figures: Figure[];
  feedName: string;
}

export class PostError extends Error {
  constructor(
    message: string,
    /** The channel is gone or the bot may not post there: retrying will not help. */
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'PostError';
  }
}

export interface Poster {
  postArticle(channelId: string, post: ArticlePost, nonce: string, opts?: { mentionRoleId?: string }): Promise<{ messageId: string }>;
  /** Opens (or finds) the thread under a message; returns the channel id to post into. */
  startThread(channelId: string, messageId: string, name: string): Promise<{ threadId: string }>;
  notify(channelId: string, text: string, opts?: { mentionRoleId?: string }): Promise<{ messageId: string }>;
  /** Rewrites an earlier notice, so one problem stays one message however it develops. */
  editNotice(channelId: string, messageId: string, text: string): Promise<void>;
}

import type { Collection } from './collection.js';
import type { FeedState } from './records.js';

export function freshFeedState(url: string): FeedState {
  return {
    url,
    title: null,
    etag: null,
    lastModified: null,
    lastAttemptAt: null,
    lastSuccessAt: null,
    consecutiveFailures: 0,
    failingSince: null,
    lastError: null,
    lastErrorCode: null,
    nextAttemptAt: null,
    failureNotified: false,
    disabled: false,
  };
}

export class FeedStateRepo {
  constructor(private readonly col: Collection<FeedState>) {}

  async get(url: string): Promise<FeedState> {
    return (await this.col.get(url)) ?? freshFeedState(url);
  }

  async update(url: string, change: (s: FeedState) => FeedState): Promise<FeedState> {
    return (await this.col.update(url, (s) => change(s ?? freshFeedState(url))))!;
  }

  remove(url: string): Promise<boolean> {
    return this.col.delete(url);
  }
}

// Fetch and read a feed once, outside the schedule: /feed add checks a URL with it, /feed test shows
// what would be posted. Stores nothing.
import { fetchFeed, type FetchLimits } from '../feeds/fetchFeed.js';
import { parseFeed, type ParsedFeed } from '../feeds/parseFeed.js';
import { analyzeArticle } from '../analysis/analyzeArticle.js';
import type { ArticlePost } from '../delivery/poster.js';
import type { Config } from '../config/load.js';

export function fetchLimits(config: Config): FetchLimits {
  return {
    timeoutMs: config.fetchTimeoutMs,
    maxBytes: config.maxFeedBytes,
    allowPrivateNetworks: config.allowPrivateNetworks,
    userAgent: config.userAgent,
  };
}

export interface FeedPreview {
  feed: ParsedFeed;
  newest: ArticlePost | null;
}

export async function previewFeed(url: string, config: Config): Promise<FeedPreview> {
  const fetched = await fetchFeed(url, {}, fetchLimits(config));
  if (fetched.status !== 'ok') throw new Error('The server answered "not modified" to a request without validators');
  const feed = await parseFeed(fetched.body, fetched.finalUrl);
  const item = feed.items[0];
  if (!item) return { feed, newest: null };
  const analysed = analyzeArticle({ id: item.id, title: item.title, html: item.html, url: item.link ?? undefined, outlet: feed.title, published: item.published }, [], { reporters: config.reporters });
  return {
    feed,
    newest: {
      title: item.title,
      url: item.link,
      outlet: feed.title || null,
      published: item.published,
      summary: analysed.summary,
      figures: analysed.figures,
      feedName: feed.title || url,
    },
  };
}

// Read models the commands need, assembled from the repositories.
import type { Story } from '../analysis/types.js';
import type { Store } from './openStore.js';
import type { StoredArticle } from './records.js';
import { articleTime } from './articles.js';

/** The newest analysed articles of a server's feeds. */
export async function latestArticles(store: Store, guildId: string, limit: number): Promise<StoredArticle[]> {
  const subs = await store.subscriptions.forGuild(guildId);
  return store.articles.newest([...new Set(subs.map((s) => s.url))], limit);
}

/**
 * The stories of this server's feeds with the newest articles, most recently updated first. Read
 * from the feeds' indexes, so it loads only the stories it returns.
 */
export async function guildStories(store: Store, guildId: string, limit = 50): Promise<Story[]> {
  const subs = await store.subscriptions.forGuild(guildId);
  const ids: string[] = [];
  for (const entry of await store.articles.indexOf([...new Set(subs.map((s) => s.url))])) {
    if (!ids.includes(entry.story)) ids.push(entry.story);
    if (ids.length >= limit) break;
  }
  const stories = await store.stories.getMany(ids);
  return stories.sort((a, b) => b.lastUpdated.localeCompare(a.lastUpdated));
}

/** A story's articles that came through this server's feeds, oldest first. */
export async function storyArticles(store: Store, guildId: string, story: Story): Promise<StoredArticle[]> {
  const subs = await store.subscriptions.forGuild(guildId);
  const urls = new Set(subs.map((s) => s.url));
  const articles = await store.articles.getMany(story.articleIds);
  return articles.filter((a) => urls.has(a.feedUrl)).sort((a, b) => articleTime(a).localeCompare(articleTime(b)));
}

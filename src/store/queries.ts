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

/** Stories that articles of this server's feeds belong to, most recently updated first. */
export async function guildStories(store: Store, guildId: string, scanArticles = 300): Promise<Story[]> {
  const articles = await latestArticles(store, guildId, scanArticles);
  const ids = [...new Set(articles.map((a) => a.storyId))];
  const stories = (await Promise.all(ids.map((id) => store.stories.get(id)))).filter((s): s is Story => !!s);
  return stories.sort((a, b) => b.lastUpdated.localeCompare(a.lastUpdated));
}

/** A story's articles that came through this server's feeds, oldest first. */
export async function storyArticles(store: Store, guildId: string, story: Story): Promise<StoredArticle[]> {
  const subs = await store.subscriptions.forGuild(guildId);
  const urls = new Set(subs.map((s) => s.url));
  const articles = await store.articles.getMany(story.articleIds);
  return articles.filter((a) => urls.has(a.feedUrl)).sort((a, b) => articleTime(a).localeCompare(articleTime(b)));
}

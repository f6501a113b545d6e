import type { Collection } from './collection.js';
import type { StoredArticle } from './records.js';

/** How many articles a feed's index keeps; older articles stay stored but drop out of listings. */
const INDEX_LIMIT = 500;

/** A feed's index entry: enough to list its newest articles and stories without loading them. */
export interface IndexEntry {
  id: string;
  /** The article's time (published, else fetched). */
  at: string;
  story: string;
}

export class ArticleRepo {
  constructor(
    private readonly col: Collection<StoredArticle>,
    private readonly byFeed: Collection<IndexEntry[]>,
  ) {}

  get(id: string): Promise<StoredArticle | undefined> {
    return this.col.get(id);
  }

  async getMany(ids: string[]): Promise<StoredArticle[]> {
    return (await this.col.getMany(ids)).filter((a): a is StoredArticle => a !== undefined);
  }

  has(id: string): Promise<boolean> {
    return this.col.has(id);
  }

  async put(article: StoredArticle): Promise<void> {
    await this.col.set(article.id, article);
    const entry: IndexEntry = { id: article.id, at: articleTime(article), story: article.storyId };
    await this.byFeed.update(article.feedUrl, (entries = []) =>
      entries.some((e) => e.id === article.id) ? entries : [...entries, entry].sort((a, b) => a.at.localeCompare(b.at)).slice(-INDEX_LIMIT),
    );
  }

  async idsForFeed(url: string): Promise<string[]> {
    return ((await this.byFeed.get(url)) ?? []).map((e) => e.id);
  }

  /** The index entries of these feeds, newest first. */
  async indexOf(feedUrls: string[]): Promise<IndexEntry[]> {
    const lists = await this.byFeed.getMany(feedUrls);
    return lists.flatMap((l) => l ?? []).sort((a, b) => b.at.localeCompare(a.at));
  }

  /** The newest analysed articles of these feeds, newest first, loading only those. */
  async newest(feedUrls: string[], limit: number): Promise<StoredArticle[]> {
    const seen = new Set<string>();
    const ids = (await this.indexOf(feedUrls)).filter((e) => !seen.has(e.id) && seen.add(e.id)).slice(0, limit).map((e) => e.id);
    const articles = await this.getMany(ids);
    return articles.sort((a, b) => articleTime(b).localeCompare(articleTime(a)));
  }

  /** Articles with this link, from any feed (a link can be in several feeds). */
  findAllByUrl(link: string): Promise<StoredArticle[]> {
    const wanted = normaliseLink(link);
    return this.col.all((a) => a.url !== null && normaliseLink(a.url) === wanted);
  }
}

export function articleTime(a: Pick<StoredArticle, 'published' | 'fetchedAt'>): string {
  return a.published ?? a.fetchedAt;
}

/** Links compared as readers paste them: no fragment, no trailing slash, scheme and host in any case. */
export function normaliseLink(link: string): string {
  try {
    const u = new URL(link.trim());
    u.hash = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return link.trim();
  }
}

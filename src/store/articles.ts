import type { Collection } from './collection.js';
import type { StoredArticle } from './records.js';

/** How many article ids a feed's index keeps; older articles stay stored but drop out of listings. */
const INDEX_LIMIT = 500;

export class ArticleRepo {
  constructor(
    private readonly col: Collection<StoredArticle>,
    private readonly byFeed: Collection<string[]>,
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
    await this.byFeed.update(article.feedUrl, (ids = []) => (ids.includes(article.id) ? ids : [...ids, article.id].slice(-INDEX_LIMIT)));
  }

  async idsForFeed(url: string): Promise<string[]> {
    return (await this.byFeed.get(url)) ?? [];
  }

  /** The newest analysed articles of these feeds, newest first. */
  async newest(feedUrls: string[], limit: number): Promise<StoredArticle[]> {
    const ids = new Set<string>();
    for (const url of feedUrls) for (const id of (await this.idsForFeed(url)).slice(-limit * 2)) ids.add(id);
    const articles = await this.getMany([...ids]);
    return articles.sort((a, b) => articleTime(b).localeCompare(articleTime(a))).slice(0, limit);
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

// A local HTTP server that serves RSS feeds from items held in memory: the demo's and the tests'
// stand-in for news sites. Answers conditional GETs with 304 like a well-behaved site.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedServerItem {
  guid: string;
  title: string;
  link: string;
  /** ISO 8601 */
  published: string;
  html: string;
}

interface FeedDoc {
  title: string;
  items: FeedServerItem[];
  /** Fault injection for tests: answer with this status instead of the feed. */
  failWith?: number;
}

export interface FeedServer {
  /** Absolute URL of a feed path on this server. */
  url(path?: string): string;
  setFeed(path: string, title: string, items: FeedServerItem[]): void;
  addItem(path: string, item: FeedServerItem): void;
  failWith(path: string, status: number | undefined): void;
  /** Requests per path, with how many were answered 304. */
  hits(path?: string): { total: number; notModified: number };
  close(): Promise<void>;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderRss(title: string, link: string, items: FeedServerItem[]): string {
  const entries = items
    .map(
      (i) => `    <item>
      <title>${xml(i.title)}</title>
      <link>${xml(i.link)}</link>
      <guid isPermaLink="false">${xml(i.guid)}</guid>
      <pubDate>${new Date(i.published).toUTCString()}</pubDate>
      <description>${xml(i.html.slice(0, 300))}</description>
      <content:encoded><![CDATA[${i.html.replace(/]]>/g, ']]]]><![CDATA[>')}]]></content:encoded>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${xml(title)}</title>
    <link>${xml(link)}</link>
    <description>${xml(title)}</description>
${entries}
  </channel>
</rss>
`;
}

export async function startFeedServer(opts: { port?: number } = {}): Promise<FeedServer> {
  const feeds = new Map<string, FeedDoc>();
  const hits = new Map<string, { total: number; notModified: number }>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const h = hits.get(path) ?? { total: 0, notModified: 0 };
    h.total++;
    hits.set(path, h);
    const feed = feeds.get(path);
    if (!feed) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (feed.failWith) {
      res.writeHead(feed.failWith, { 'content-type': 'text/plain' }).end('failure injected by the test');
      return;
    }
    const sorted = [...feed.items].sort((a, b) => b.published.localeCompare(a.published));
    const body = renderRss(feed.title, base() + path, sorted);
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    if (req.headers['if-none-match'] === etag) {
      h.notModified++;
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
  });
  server.listen(opts.port ?? 0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const base = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path = '/feed.xml') => base() + path,
    setFeed(path, title, items) {
      feeds.set(path, { title, items: [...items] });
    },
    addItem(path, item) {
      const feed = feeds.get(path);
      if (!feed) throw new Error(`no feed at ${path}`);
      feed.items.push(item);
    },
    failWith(path, status) {
      const feed = feeds.get(path);
      if (feed) feed.failWith = status;
    },
    hits: (path = '/feed.xml') => hits.get(path) ?? { total: 0, notModified: 0 },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

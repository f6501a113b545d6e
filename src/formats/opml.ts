// OPML, the subscription list format every feed reader imports and exports.

export interface OpmlFeed {
  url: string;
  title: string | null;
  /** Sitrep's own routing, kept in OPML attributes other readers ignore. */
  channelId?: string;
  keywords?: string[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unesc = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export function writeOpml(title: string, feeds: OpmlFeed[]): string {
  const outlines = feeds
    .map((f) => {
      const attrs = [`type="rss"`, `text="${esc(f.title ?? f.url)}"`, `title="${esc(f.title ?? f.url)}"`, `xmlUrl="${esc(f.url)}"`];
      if (f.channelId) attrs.push(`sitrepChannel="${esc(f.channelId)}"`);
      if (f.keywords?.length) attrs.push(`sitrepKeywords="${esc(f.keywords.join(', '))}"`);
      return `    <outline ${attrs.join(' ')}/>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>${esc(title)}</title>
    <dateCreated>${new Date().toUTCString()}</dateCreated>
  </head>
  <body>
${outlines}
  </body>
</opml>
`;
}

export class OpmlError extends Error {}

/** Every outline with an xmlUrl, however deeply nested in folders. */
export function readOpml(text: string): OpmlFeed[] {
  if (!/<opml[\s>]/i.test(text)) throw new OpmlError('this file is not OPML (no <opml> element); export the list from your feed reader as OPML');
  const feeds: OpmlFeed[] = [];
  for (const m of text.matchAll(/<outline\b([^>]*?)\/?>/gi)) {
    const attrs = new Map<string, string>();
    for (const a of m[1]!.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) attrs.set(a[1]!.toLowerCase(), unesc(a[3] ?? a[4] ?? ''));
    const url = attrs.get('xmlurl');
    if (!url) continue;
    feeds.push({
      url: url.trim(),
      title: attrs.get('title') ?? attrs.get('text') ?? null,
      channelId: attrs.get('sitrepchannel'),
      keywords: attrs.get('sitrepkeywords')?.split(',').map((k) => k.trim()).filter(Boolean),
    });
  }
  return feeds;
}

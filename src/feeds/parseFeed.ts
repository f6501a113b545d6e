/**
 * Feed text -> items. RSS 0.9x / 1.0 (RDF) / 2.0 (also without a version attribute) and Atom
 * (1.0 and 0.3). The text goes through prepareFeedXml() (repairs; see xmlRepair.ts), then
 * rss-parser (xml2js/sax, strict XML) finds the channel and its items; every field is then read
 * from the raw xml2js nodes by the code below, not by rss-parser's own mapping.
 */
import Parser from 'rss-parser';
import { FeedError } from './errors.js';
import { decodeHtmlEntities } from './htmlEntities.js';
import { parseFeedDate } from './dates.js';
import { itemIdentity } from './itemIdentity.js';
import { prepareFeedXml, type FeedKind } from './xmlRepair.js';

export interface FeedItem {
  /** itemIdentity(): guid, else link, else sha1(title + date); stable across runs. */
  id: string;
  title: string;
  link: string | null;
  /** ISO 8601 (UTC). */
  published: string | null;
  /** content:encoded, else content, else description/summary; '' if none. HTML. */
  html: string;
  author: string | null;
  categories: string[];
  /** A picture for the item (media:thumbnail / media:content / image enclosure / itunes:image), absolute http(s). */
  image?: string | null;
}

export interface ParsedFeed {
  title: string;
  link: string | null;
  /** Newest first (by date when dates exist, else document order). */
  items: FeedItem[];
}

export interface ParseLimits {
  /** Items kept per feed (the newest). Default 200. */
  maxItems?: number;
  /** Characters of html kept per item. Default 200 000. */
  maxHtmlChars?: number;
  /** Characters of text accepted at all. Default 20 000 000. */
  maxInputChars?: number;
}

export const DEFAULT_MAX_ITEMS = 200;
export const DEFAULT_MAX_HTML_CHARS = 200_000;
const DEFAULT_MAX_INPUT_CHARS = 20_000_000;
const MAX_TITLE_CHARS = 1000;
const MAX_AUTHOR_CHARS = 200;
const MAX_CATEGORIES = 50;
const MAX_CATEGORY_CHARS = 200;

/* ---------------------------------------------------------------------------------------- */
/* xml2js nodes                                                                              */

type XNode = string | { _?: unknown; $?: Record<string, string>; [child: string]: unknown };
type RawItem = Record<string, unknown>;

const RAW = '__raw_';
const ITEM_FIELDS = [
  'title', 'link', 'x-link', 'guid', 'id', 'feedburner:origLink',
  'x-published', 'x-updated', 'pubDate', 'published', 'updated', 'dc:date', 'dcterms:issued', 'dcterms:created', 'dcterms:modified',
  'issued', 'created', 'modified',
  'x-content-encoded', 'x-content', 'x-description', 'x-summary', 'content',
  'author', 'dc:creator', 'itunes:author',
  'category', 'dc:subject',
  'media:thumbnail', 'media:content', 'media:group', 'enclosure', 'itunes:image',
  '$',
];
const FEED_FIELDS = ['title', 'link', 'x-link', '$'];

function raw(obj: RawItem, name: string): XNode[] {
  const v = obj[RAW + name];
  if (Array.isArray(v)) return v as XNode[];
  if (v !== undefined && v !== null && name !== '$') return [v as XNode];
  return [];
}

function attrsOf(obj: RawItem): Record<string, string> {
  const v = obj[RAW + '$'];
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
}

function nodeAttrs(node: XNode | undefined): Record<string, string> {
  return node && typeof node === 'object' && node.$ && typeof node.$ === 'object' ? node.$ : {};
}

/** All text of a node (for captured HTML elements this is the HTML source). */
function nodeText(node: XNode | undefined, depth = 0): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || depth > 20) return '';
  if (typeof node._ === 'string') return node._;
  let s = '';
  for (const [k, v] of Object.entries(node)) {
    if (k === '$' || k === '_') continue;
    if (Array.isArray(v)) for (const c of v) s += nodeText(c as XNode, depth + 1);
  }
  return s;
}

function firstText(nodes: XNode[]): string {
  for (const n of nodes) {
    const t = nodeText(n).trim();
    if (t) return t;
  }
  return '';
}

/* ---------------------------------------------------------------------------------------- */
/* text helpers                                                                              */

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function stripTags(s: string): string {
  return removeComments(s).replace(/<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>/g, ' ');
}

/** Remove HTML comments (linear: an unclosed comment runs to the end). */
function removeComments(s: string): string {
  if (!s.includes('<!--')) return s;
  let out = '';
  let p = 0;
  for (;;) {
    const start = s.indexOf('<!--', p);
    if (start === -1) return out + s.slice(p);
    out += s.slice(p, start) + ' ';
    const end = s.indexOf('-->', start + 4);
    if (end === -1) return out;
    p = end + 3;
  }
}

function cap(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  // don't leave half a surrogate pair
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}

function capWords(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = cap(s, max - 1);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut) + '…';
}

/** Plain text of a title-like node, whatever its type. */
function plainText(node: XNode | undefined): string {
  const t = nodeText(node);
  if (!t) return '';
  return collapse(decodeHtmlEntities(stripTags(t)));
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function resolveUrl(ref: string, base: string | null): string | null {
  const r = ref.trim();
  if (!r) return null;
  try {
    return base ? new URL(r, base).href : new URL(r).href;
  } catch {
    return null;
  }
}

function httpUrl(ref: string, base: string | null): string | null {
  const u = resolveUrl(ref, base);
  return u && /^https?:\/\//i.test(u) ? u : null;
}

/** Base for an element: its xml:base resolved against the parent's base. */
function withBase(attrs: Record<string, string>, parentBase: string | null): string | null {
  const b = attrs['xml:base'];
  if (!b) return parentBase;
  return resolveUrl(b, parentBase) ?? parentBase;
}

/** Make href/src attributes in HTML absolute. */
function resolveHtmlUrls(html: string, base: string | null): string {
  if (!base || !/\s(?:href|src)\s*=/i.test(html)) return html;
  return html.replace(/(\s(?:href|src)\s*=\s*)(?:"([^"<>]*)"|'([^'<>]*)'|([^\s"'<>=`]+))/gi, (whole, pre: string, dq?: string, sq?: string, uq?: string) => {
    const value = (dq ?? sq ?? uq ?? '').trim();
    if (!value || value.startsWith('#') || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) return whole;
    const abs = resolveUrl(decodeHtmlEntities(value), base);
    if (!abs) return whole;
    return `${pre}"${abs.replace(/&/g, '&amp;').replace(/"/g, '%22')}"`;
  });
}

/* ---------------------------------------------------------------------------------------- */
/* fields                                                                                     */

function atomLink(nodes: XNode[], base: string | null): string | null {
  const cands = nodes.map((n) => {
    const a = nodeAttrs(n);
    const href = a.href ?? nodeText(n);
    return { href: href?.trim() ?? '', rel: (a.rel ?? 'alternate').toLowerCase(), type: (a.type ?? '').toLowerCase(), base: withBase(a, base) };
  }).filter((c) => c.href);
  const pick =
    cands.find((c) => c.rel === 'alternate' && (!c.type || c.type.includes('html'))) ??
    cands.find((c) => c.rel === 'alternate') ??
    cands.find((c) => !['self', 'edit', 'replies', 'enclosure', 'hub', 'next', 'previous', 'first', 'last', 'license', 'edit-media'].includes(c.rel));
  return pick ? httpUrl(pick.href, pick.base) : null;
}

function itemLink(item: RawItem, kind: FeedKind, base: string | null): string | null {
  const orig = firstText(raw(item, 'feedburner:origLink'));
  if (orig) {
    const u = httpUrl(orig, base);
    if (u) return u;
  }
  const xl = raw(item, 'x-link');
  if (kind === 'atom' || xl.length) {
    const u = atomLink(xl, base);
    if (u) return u;
  }
  for (const n of raw(item, 'link')) {
    const t = nodeText(n).trim() || nodeAttrs(n).href || '';
    const u = t ? httpUrl(t, withBase(nodeAttrs(n), base)) : null;
    if (u) return u;
  }
  // RSS: a guid that is a permalink
  const g = raw(item, 'guid')[0];
  const gt = nodeText(g).trim();
  if (gt && nodeAttrs(g).isPermaLink !== 'false' && /^https?:\/\//i.test(gt)) return httpUrl(gt, null);
  const about = typeof item['rdf:about'] === 'string' ? (item['rdf:about'] as string) : '';
  if (about && /^https?:\/\//i.test(about)) return httpUrl(about, null);
  return null;
}

function rawLinkText(item: RawItem): string {
  for (const n of [...raw(item, 'link'), ...raw(item, 'x-link')]) {
    const a = nodeAttrs(n);
    if (a.rel && a.rel !== 'alternate') continue;
    const t = (a.href ?? nodeText(n)).trim();
    if (t) return t;
  }
  return '';
}

const DATE_FIELDS = [
  'x-published', 'published', 'pubDate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'issued', 'created',
  'x-updated', 'updated', 'dcterms:modified', 'modified',
];

function itemDate(item: RawItem): { raw: string; iso: string | null } {
  let firstRaw = '';
  for (const f of DATE_FIELDS) {
    for (const n of raw(item, f)) {
      const t = nodeText(n).trim();
      if (!t) continue;
      if (!firstRaw) firstRaw = t;
      const iso = parseFeedDate(t);
      if (iso) return { raw: t, iso };
    }
  }
  return { raw: firstRaw, iso: null };
}

/** HTML of an Atom text construct (content / summary) according to its type. */
function atomTextHtml(node: XNode): string {
  const a = nodeAttrs(node);
  if (a.src) return '';
  const type = (a.type ?? 'text').toLowerCase();
  const text = nodeText(node);
  if (type === 'html' || type === 'xhtml' || type === 'text/html' || type.endsWith('+xml') || type === 'application/xhtml+xml') return text;
  if (type === 'text' || type.startsWith('text/')) return escapeHtml(text);
  return ''; // base64 or other media types: nothing we can show
}

function itemHtml(item: RawItem, kind: FeedKind): string {
  const encoded = firstText(raw(item, 'x-content-encoded'));
  if (encoded) return encoded;
  for (const n of raw(item, 'x-content')) {
    const h = atomTextHtml(n).trim();
    if (h) return h;
  }
  if (kind !== 'atom') {
    // RSS <content> (rare, non-standard) holds HTML
    const c = firstText(raw(item, 'content'));
    if (c) return c;
  }
  const desc = firstText(raw(item, 'x-description'));
  if (desc) return desc;
  for (const n of raw(item, 'x-summary')) {
    const h = (kind === 'atom' || nodeAttrs(n).type ? atomTextHtml(n) : nodeText(n)).trim();
    if (h) return h;
  }
  return '';
}

function rssAuthorName(s: string): string {
  // "jonas@insanity.industries (Jonas Große Sundrup)" -> "Jonas Große Sundrup"
  const m = /^\s*[^\s()]+@[^\s()]+\s*\((.+)\)\s*$/.exec(s);
  return m ? m[1] : s;
}

function itemAuthor(item: RawItem): string | null {
  const names: string[] = [];
  for (const n of raw(item, 'dc:creator')) {
    const t = plainText(n);
    if (t) names.push(t);
  }
  if (!names.length) {
    for (const n of raw(item, 'author')) {
      if (n && typeof n === 'object' && Array.isArray((n as Record<string, unknown>).name)) {
        const t = plainText(((n as Record<string, unknown>).name as XNode[])[0]);
        if (t) names.push(t);
      } else {
        const t = plainText(n);
        if (t) names.push(rssAuthorName(t));
      }
    }
  }
  if (!names.length) {
    const t = plainText(raw(item, 'itunes:author')[0]);
    if (t) names.push(t);
  }
  const unique = [...new Set(names)];
  return unique.length ? capWords(unique.join(', '), MAX_AUTHOR_CHARS) : null;
}

function itemCategories(item: RawItem): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (s: string) => {
    const t = capWords(collapse(decodeHtmlEntities(s)), MAX_CATEGORY_CHARS);
    const k = t.toLowerCase();
    if (t && !seen.has(k) && out.length < MAX_CATEGORIES) {
      seen.add(k);
      out.push(t);
    }
  };
  for (const n of raw(item, 'category')) {
    const a = nodeAttrs(n);
    const text = nodeText(n).trim();
    if (text) add(text);
    else if (a.label || a.term) add(a.label || a.term);
  }
  for (const n of raw(item, 'dc:subject')) add(nodeText(n));
  return out;
}

const IMAGE_EXT = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

function itemImage(item: RawItem, base: string | null): string | null {
  const urls: string[] = [];
  const fromContent = (nodes: XNode[]) => {
    for (const n of nodes) {
      const a = nodeAttrs(n);
      const medium = (a.medium ?? '').toLowerCase();
      const type = (a.type ?? '').toLowerCase();
      if (a.url && (medium === 'image' || type.startsWith('image/') || (!medium && !type && IMAGE_EXT.test(a.url)))) urls.push(a.url);
      if (n && typeof n === 'object') {
        for (const t of ((n as Record<string, unknown>)['media:thumbnail'] as XNode[] | undefined) ?? []) if (nodeAttrs(t).url) urls.push(nodeAttrs(t).url);
      }
    }
  };
  for (const n of raw(item, 'media:thumbnail')) if (nodeAttrs(n).url) urls.push(nodeAttrs(n).url);
  fromContent(raw(item, 'media:content'));
  for (const g of raw(item, 'media:group')) {
    if (!g || typeof g !== 'object') continue;
    const group = g as Record<string, unknown>;
    for (const t of (group['media:thumbnail'] as XNode[] | undefined) ?? []) if (nodeAttrs(t).url) urls.push(nodeAttrs(t).url);
    fromContent((group['media:content'] as XNode[] | undefined) ?? []);
  }
  for (const n of raw(item, 'enclosure')) {
    const a = nodeAttrs(n);
    if (a.url && ((a.type ?? '').toLowerCase().startsWith('image/') || (!a.type && IMAGE_EXT.test(a.url)))) urls.push(a.url);
  }
  for (const n of raw(item, 'itunes:image')) if (nodeAttrs(n).href) urls.push(nodeAttrs(n).href);
  for (const u of urls) {
    const abs = httpUrl(u, base);
    if (abs) return abs;
  }
  return null;
}

/* ---------------------------------------------------------------------------------------- */
/* not-a-feed diagnostics                                                                     */

function notAFeed(body: string, kind: FeedKind, rootName: string | null, feedUrl?: string): FeedError {
  const trimmed = body.replace(/^\uFEFF/, '').trimStart();
  if (!trimmed) {
    return new FeedError('not-a-feed', 'Empty response', { hint: 'The address returned an empty page instead of a feed; check the feed address in a browser.' });
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org/i.test(trimmed.slice(0, 2000))) {
      return new FeedError('not-a-feed', 'JSON Feed', { hint: 'The address returns a JSON Feed, which the bot does not read; use the RSS or Atom version of the feed if the site has one.' });
    }
    return new FeedError('not-a-feed', 'JSON document', { hint: 'The address returns JSON data, not an RSS or Atom feed; use the address of the site\'s RSS or Atom feed.' });
  }
  if (kind === 'html' || /^<!doctype html/i.test(trimmed) || (!rootName && /<html[\s>]/i.test(trimmed.slice(0, 4096)))) {
    const alt = findAlternateFeed(body, feedUrl);
    return new FeedError('not-a-feed', 'HTML page, not a feed', {
      hint: alt
        ? `The address is a web page, not a feed; the page names its feed at ${alt}, subscribe to that address.`
        : 'The address is a web page, not a feed; find the RSS/Atom link on the site (often /feed or /rss) and use that address.',
    });
  }
  if (rootName) {
    const local = rootName.replace(/^.*:/, '').toLowerCase();
    if (local === 'opml') {
      return new FeedError('not-a-feed', 'OPML document', { hint: 'The address is an OPML list of feeds, not a feed; subscribe to the feeds listed in it one by one.' });
    }
    if (local === 'urlset' || local === 'sitemapindex') {
      return new FeedError('not-a-feed', 'Sitemap', { hint: 'The address is a sitemap, not a feed; use the address of the site\'s RSS or Atom feed.' });
    }
    return new FeedError('not-a-feed', `XML document <${rootName}> is not RSS or Atom`, {
      hint: `The address returns an XML document of type <${rootName}>, not an RSS or Atom feed; use the address of the site's feed.`,
    });
  }
  return new FeedError('not-a-feed', 'Not XML', { hint: 'The address does not return an RSS or Atom feed (the answer is not XML); check the feed address in a browser.' });
}

function findAlternateFeed(html: string, feedUrl?: string): string | null {
  const head = html.slice(0, 200_000);
  const re = /<link\b[^>]*>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) {
    const tag = m[0];
    if (!/\brel\s*=\s*["']?[^"'>]*\balternate\b/i.test(tag)) continue;
    if (!/\btype\s*=\s*["']?application\/(rss|atom|rdf)\+xml/i.test(tag)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const v = href ? (href[1] ?? href[2] ?? href[3] ?? '') : '';
    const u = v ? httpUrl(decodeHtmlEntities(v), feedUrl ?? null) : null;
    if (u) return u;
  }
  return null;
}

function parseErrorFrom(e: unknown): FeedError {
  const msg = e instanceof Error ? e.message : String(e);
  const first = msg.split('\n')[0].trim();
  if (/\nLine:\s*\d+/.test(msg) || /^(Unclosed root tag|Unexpected end|Non-whitespace before first tag|Text data outside of root node|Unexpected close tag|Unmatched closing tag|Invalid|Unquoted|Attribute without value|Unencoded <|Unexpected)/.test(first)) {
    const truncated = /Unclosed root tag|Unexpected end/i.test(first);
    return new FeedError('parse', `Malformed XML: ${first}`, {
      cause: e,
      hint: truncated
        ? 'The feed ends in the middle (it is cut off or unfinished), so it cannot be read; the site may have had an error, the bot will try again later.'
        : `The feed is not well-formed XML (${first.toLowerCase()}), so it cannot be read; the site publishes a broken feed, tell the site or use another feed.`,
    });
  }
  return new FeedError('parse', `Could not read the feed: ${first}`, {
    cause: e,
    hint: 'The feed has a structure the bot cannot read (it is XML, but not a usable RSS or Atom feed); tell the site or use another feed.',
  });
}

/* ---------------------------------------------------------------------------------------- */

function makeParser(): Parser<RawItem, RawItem> {
  const keep = (name: string) => [name, RAW + name, { keepArray: true }] as [string, string, { keepArray: boolean }];
  return new Parser<RawItem, RawItem>({
    defaultRSS: 2, // <rss> without a version attribute is read as RSS 2 (rss-parser rejects it otherwise)
    xml2js: { strict: true, normalize: false, trim: false },
    customFields: {
      feed: FEED_FIELDS.map(keep) as unknown as Array<keyof RawItem>,
      item: ITEM_FIELDS.map(keep),
    },
  });
}

/**
 * Parse feed text. `feedUrl` (the address it was fetched from, after redirects) is the base for
 * relative links. Throws FeedError('not-a-feed') for HTML, JSON, OPML... and FeedError('parse')
 * for malformed XML. Never hangs: all passes are linear in the input.
 */
export async function parseFeed(body: string, feedUrl?: string, limits: ParseLimits = {}): Promise<ParsedFeed> {
  const maxItems = limits.maxItems ?? DEFAULT_MAX_ITEMS;
  const maxHtml = limits.maxHtmlChars ?? DEFAULT_MAX_HTML_CHARS;
  const maxInput = limits.maxInputChars ?? DEFAULT_MAX_INPUT_CHARS;
  if (typeof body !== 'string') throw new FeedError('not-a-feed', 'No text to parse');
  if (body.length > maxInput) {
    throw new FeedError('too-large', `Feed text of ${body.length} characters`, { hint: 'The feed is larger than the bot accepts; ask the site for a smaller feed or use a section feed.' });
  }

  const prepared = prepareFeedXml(body);
  const { kind } = prepared;
  if (kind !== 'rss' && kind !== 'atom' && kind !== 'rdf') throw notAFeed(body, kind, prepared.rootName, feedUrl);

  let feed: RawItem & { items: RawItem[] };
  try {
    feed = (await makeParser().parseString(prepared.xml)) as unknown as RawItem & { items: RawItem[] };
  } catch (e) {
    throw parseErrorFrom(e);
  }
  if (!feed || !Array.isArray(feed.items)) throw parseErrorFrom(new Error('no items array'));

  const docBase = withBase(prepared.rootBase ? { 'xml:base': prepared.rootBase } : {}, feedUrl ? (resolveUrl(feedUrl, null) ?? null) : null);
  let feedBase = withBase(attrsOf(feed), docBase);

  const feedTitle = capWords(plainText(raw(feed, 'title')[0]) || plainText(raw(feed, 'title')[1]), MAX_TITLE_CHARS);
  let feedLink: string | null = null;
  if (kind === 'atom') feedLink = atomLink(raw(feed, 'x-link'), feedBase);
  else {
    for (const n of raw(feed, 'link')) {
      const t = nodeText(n).trim();
      feedLink = t ? httpUrl(t, feedBase) : null;
      if (feedLink) break;
    }
  }

  // Relative item links are resolved against the feed's address (RFC 3986), unless the feed is
  // served from another host than the site it describes (FeedBurner and other proxies): then the
  // site's own address (the channel link) is the better base. xml:base always wins.
  if (!prepared.rootBase && !attrsOf(feed)['xml:base'] && feedLink && docBase) {
    try {
      if (new URL(feedLink).host !== new URL(docBase).host) feedBase = feedLink;
    } catch {
      /* keep feedBase */
    }
  }

  type Sortable = FeedItem & { order: number; time: number | null };
  const items: Sortable[] = [];
  const seen = new Set<string>();
  feed.items.forEach((it, order) => {
    if (!it || typeof it !== 'object') return;
    const base = withBase(attrsOf(it), feedBase);
    const titleNode = raw(it, 'title').find((n) => nodeText(n).trim()) ?? raw(it, 'title')[0];
    let title = plainText(titleNode);
    const link = itemLink(it, kind, base);
    const date = itemDate(it);
    let html = itemHtml(it, kind);
    const guidNode = raw(it, 'guid').find((n) => nodeText(n).trim());
    const guid = nodeText(guidNode).trim() || null;
    const atomId = firstText(raw(it, 'id')) || null;

    if (!title && !link && !html.trim() && !guid && !atomId) return; // an empty <item/>

    if (html) html = cap(resolveHtmlUrls(html, base), maxHtml);
    const identityTitle = title || capWords(collapse(decodeHtmlEntities(stripTags(html))), 200);
    if (!title && html) title = capWords(collapse(decodeHtmlEntities(stripTags(html))), 140);
    title = capWords(title, MAX_TITLE_CHARS);

    const id = itemIdentity({ guid, id: atomId, link: rawLinkText(it) || link, title: identityTitle, date: date.raw });
    if (seen.has(id)) return; // the same item twice in one feed
    seen.add(id);

    items.push({
      id,
      title,
      link,
      published: date.iso,
      html,
      author: itemAuthor(it),
      categories: itemCategories(it),
      image: itemImage(it, base),
      order,
      time: date.iso ? Date.parse(date.iso) : null,
    });
  });

  // Newest first: dated items by date (ties keep document order), undated ones after them in document order.
  items.sort((a, b) => {
    if (a.time !== null && b.time !== null) return b.time - a.time || a.order - b.order;
    if (a.time !== null) return -1;
    if (b.time !== null) return 1;
    return a.order - b.order;
  });

  return {
    title: feedTitle,
    link: feedLink,
    items: items.slice(0, Math.max(0, maxItems)).map(({ order: _o, time: _t, ...item }) => item),
  };
}

import { describe, it, expect } from 'vitest';
import { parseFeed } from '../../src/feeds/parseFeed.js';
import { FeedError } from '../../src/feeds/errors.js';
import { repairReferences } from '../../src/feeds/xmlRepair.js';

const rss = (items: string, channelExtra = '', rootAttrs = 'version="2.0"') =>
  `<?xml version="1.0" encoding="UTF-8"?><rss ${rootAttrs}><channel><title>Feed</title><link>https://example.com/</link>${channelExtra}${items}</channel></rss>`;

async function failure(p: Promise<unknown>): Promise<FeedError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FeedError);
    return e as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('parseFeed: fields', () => {
  it('reads an RSS 2.0 item fully', async () => {
    const feed = await parseFeed(
      rss(`<item>
        <title>Strike kills 12 &amp; wounds 30</title>
        <link>https://example.com/a</link>
        <guid isPermaLink="false">id-1</guid>
        <pubDate>Tue, 15 Nov 2022 20:15:04 +0100</pubDate>
        <description>Short</description>
        <content:encoded><![CDATA[<p>Long <b>text</b></p>]]></content:encoded>
        <dc:creator>Jane Doe</dc:creator>
        <category>World</category><category domain="x">Middle East</category><category>world</category>
      </item>`, '', 'version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"'),
      'https://example.com/feed.xml',
    );
    expect(feed.title).toBe('Feed');
    expect(feed.link).toBe('https://example.com/');
    expect(feed.items).toEqual([
      {
        id: 'id-1',
        title: 'Strike kills 12 & wounds 30',
        link: 'https://example.com/a',
        published: '2022-11-15T19:15:04.000Z',
        html: '<p>Long <b>text</b></p>',
        author: 'Jane Doe',
        categories: ['World', 'Middle East'],
        image: null,
      },
    ]);
  });

  it('falls back: description when no content:encoded, RSS author "email (Name)"', async () => {
    const feed = await parseFeed(rss(`<item><title>T</title><description>&lt;p&gt;Hi&lt;/p&gt;</description><author>a@b.c (Al Bee)</author></item>`));
    expect(feed.items[0].html).toBe('<p>Hi</p>');
    expect(feed.items[0].author).toBe('Al Bee');
    expect(feed.items[0].published).toBeNull();
    expect(feed.items[0].link).toBeNull();
  });

  it('reads Atom: links by rel, published over updated, author name, term categories, text/html types', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://site.example/news/">
      <title type="html">Site &lt;b&gt;News&lt;/b&gt;</title>
      <link rel="self" href="https://site.example/atom.xml"/><link href="/"/>
      <entry>
        <id>urn:1</id><title type="text">A &amp; B</title>
        <link rel="edit" href="/edit/1"/><link rel="alternate" type="text/html" href="story-1.html"/>
        <updated>2024-03-02T10:00:00Z</updated><published>2024-03-01T10:00:00+02:00</published>
        <author><name>Reporter One</name><email>r@x</email></author>
        <category term="war" label="War"/><category term="gaza"/>
        <summary type="text">1 &lt; 2</summary>
        <content type="html">&lt;p&gt;See &lt;img src="img/a.png"&gt;&lt;/p&gt;</content>
      </entry>
      <entry><id>urn:2</id><title>Plain</title><link>https://site.example/text-link</link><summary type="text">a &lt; b</summary>
        <updated>not a date</updated></entry>
    </feed>`;
    const feed = await parseFeed(atom, 'https://feeds.example/atom');
    expect(feed.title).toBe('Site News');
    expect(feed.link).toBe('https://site.example/');
    const [a, b] = feed.items;
    expect(a).toMatchObject({
      id: 'urn:1',
      title: 'A & B',
      link: 'https://site.example/news/story-1.html',
      published: '2024-03-01T08:00:00.000Z',
      author: 'Reporter One',
      categories: ['War', 'gaza'],
      html: '<p>See <img src="https://site.example/news/img/a.png"></p>',
    });
    // <link>text</link> and an unparsable date do not break the feed (rss-parser would throw)
    expect(b).toMatchObject({ id: 'urn:2', link: 'https://site.example/text-link', published: null, html: 'a &lt; b' });
  });

  it('keeps the text order of mixed content and tolerates raw HTML in descriptions', async () => {
    const feed = await parseFeed(rss(`<item><title>T</title><description>what exactly <em>is</em> good<br> compression? <img src=/x.png alt=x> &nbsp;done</description></item>`), 'https://example.com/f');
    expect(feed.items[0].html).toBe('what exactly <em>is</em> good<br> compression? <img src="https://example.com/x.png" alt=x> &#160;done');
  });

  it('turns Atom type="xhtml" into HTML in order', async () => {
    const feed = await parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id>
      <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Bold <b>move</b> here</div></title>
      <content type="xhtml"><xhtml:div xmlns:xhtml="http://www.w3.org/1999/xhtml">One <xhtml:b>two</xhtml:b> three<![CDATA[ <4> ]]></xhtml:div></content></entry></feed>`);
    expect(feed.items[0].title).toBe('Bold move here');
    expect(feed.items[0].html).toBe('<div xmlns:xhtml="http://www.w3.org/1999/xhtml">One <b>two</b> three &lt;4&gt; </div>');
  });

  it('repairs entities: HTML names, C1 references, bare ampersands, invalid references', async () => {
    const feed = await parseFeed(rss(`<item><title>Caf&eacute; &#146;s &hellip; AT&T &#0; &bogus; &amp;#8217;</title><link>https://e.com/?a=1&b=2</link></item>`));
    expect(feed.items[0].title).toBe('Café ’s … AT&T &bogus; ’');
    expect(feed.items[0].link).toBe('https://e.com/?a=1&b=2');
    expect(repairReferences('a & b &amp; &lt; &nbsp; &#x2019; &#150; &zz;')).toBe('a &amp; b &amp; &lt; &#160; &#x2019; &#8211; &amp;zz;');
  });

  it('reads RSS without a version, RSS 0.91 and RSS 1.0 (RDF)', async () => {
    expect((await parseFeed(`<rss><channel><title>X</title><item><title>A</title></item></channel></rss>`)).items).toHaveLength(1);
    expect((await parseFeed(`<rss version="0.91"><channel><title>X</title><item><title>A</title><link>http://a/</link></item></channel></rss>`)).items[0].link).toBe('http://a/');
    const rdf = await parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="http://x/"><title>R</title><link>http://x/</link></channel>
      <item rdf:about="http://x/1"><title>One</title><link>http://x/1</link><dc:date>2020-01-02T03:04:05Z</dc:date></item>
      <item rdf:about="http://x/2"><title>Two</title><link>http://x/2</link><dc:date>2020-01-03T03:04:05Z</dc:date></item></rdf:RDF>`);
    expect(rdf.title).toBe('R');
    expect(rdf.items.map((i) => i.title)).toEqual(['Two', 'One']);
    expect(rdf.items[1].published).toBe('2020-01-02T03:04:05.000Z');
  });

  it('moves illegally nested items out and drops empty ones', async () => {
    const feed = await parseFeed(rss(`<item><title>Outer</title><guid>o</guid><item><title>Inner</title><guid>i</guid></item><item/><link>http://o/</link></item><item><title>Next</title><guid>n</guid></item>`));
    expect(feed.items.map((i) => i.id)).toEqual(['o', 'i', 'n']);
    expect(feed.items[0].link).toBe('http://o/');
  });

  it('resolves relative links against item xml:base, then root xml:base, then the feed URL', async () => {
    // (when the feed is served from another host than its channel link, e.g. FeedBurner, the channel link is the base)
    const proxied = await parseFeed(rss(`<item><title>p</title><link>/p</link></item>`), 'https://feeds.proxy.example/x');
    expect(proxied.items[0].link).toBe('https://example.com/p');
    const feed = await parseFeed(
      rss(`<item xml:base="https://a.example/post/"><title>1</title><link>./</link><description>&lt;a href="img.png"&gt;x&lt;/a&gt;</description></item>
           <item><title>2</title><link>/two</link></item>`, '', 'version="2.0" xml:base="https://root.example/dir/"'),
      'https://feeds.example/f.xml',
    );
    expect(feed.items[0].link).toBe('https://a.example/post/');
    expect(feed.items[0].html).toBe('<a href="https://a.example/post/img.png">x</a>');
    expect(feed.items[1].link).toBe('https://root.example/two');
    const noBase = await parseFeed(rss(`<item><title>3</title><link>/three</link></item>`).replace('https://example.com/', 'https://feeds.example/'), 'https://feeds.example/f.xml');
    expect(noBase.items[0].link).toBe('https://feeds.example/three');
    // javascript: links are not links
    const js = await parseFeed(rss(`<item><title>4</title><link>javascript:alert(1)</link></item>`));
    expect(js.items[0].link).toBeNull();
  });

  it('finds an image in media:thumbnail, media:content, media:group or an image enclosure', async () => {
    const ns = 'version="2.0" xmlns:media="http://search.yahoo.com/mrss/"';
    const feed = await parseFeed(
      rss(`<item><title>a</title><guid>a</guid><media:content url="https://x/v.mp4" medium="video"/><media:content url="/img/a.jpg" medium="image"/></item>
           <item><title>b</title><guid>b</guid><media:group><media:content url="https://x/b.png" type="image/png"/></media:group></item>
           <item><title>c</title><guid>c</guid><enclosure url="https://x/c.mp3" type="audio/mpeg" length="1"/><enclosure url="https://x/c.webp" type="image/webp" length="1"/></item>
           <item><title>d</title><guid>d</guid><media:thumbnail url="https://x/d.jpg"/></item>
           <item><title>e</title><guid>e</guid></item>`, '', ns),
      'https://example.com/feed',
    );
    expect(feed.items.map((i) => i.image)).toEqual(['https://example.com/img/a.jpg', 'https://x/b.png', 'https://x/c.webp', 'https://x/d.jpg', null]);
  });

  it('dedupes items with the same identity', async () => {
    const feed = await parseFeed(rss(`<item><title>A</title><guid>x</guid></item><item><title>A again</title><guid>x</guid></item>`));
    expect(feed.items).toHaveLength(1);
  });

  it('derives a title from the text when there is none', async () => {
    const feed = await parseFeed(rss(`<item><description>&lt;p&gt;Only a description here&lt;/p&gt;</description></item>`));
    expect(feed.items[0].title).toBe('Only a description here');
    expect(feed.items[0].id).toMatch(/^sha1:[0-9a-f]{40}$/);
  });
});

describe('parseFeed: order and caps', () => {
  it('returns items newest first; undated ones after dated ones in document order', async () => {
    const feed = await parseFeed(rss(`
      <item><title>undated-1</title><guid>u1</guid></item>
      <item><title>old</title><guid>o</guid><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>
      <item><title>new</title><guid>n</guid><pubDate>Wed, 03 Jan 2024 00:00:00 GMT</pubDate></item>
      <item><title>undated-2</title><guid>u2</guid></item>
      <item><title>mid</title><guid>m</guid><pubDate>2024-01-02T00:00:00Z</pubDate></item>`));
    expect(feed.items.map((i) => i.title)).toEqual(['new', 'mid', 'old', 'undated-1', 'undated-2']);
  });

  it('keeps document order when there are no dates', async () => {
    const feed = await parseFeed(rss(`<item><title>c</title></item><item><title>a</title></item><item><title>b</title></item>`));
    expect(feed.items.map((i) => i.title)).toEqual(['c', 'a', 'b']);
  });

  it('caps items per feed (newest kept) and html per item', async () => {
    const items = Array.from({ length: 250 }, (_, i) => `<item><title>n${i}</title><guid>g${i}</guid><pubDate>${new Date(Date.UTC(2024, 0, 1) + i * 60000).toUTCString()}</pubDate></item>`).join('');
    const feed = await parseFeed(rss(items));
    expect(feed.items).toHaveLength(200);
    expect(feed.items[0].title).toBe('n249');
    expect(feed.items[199].title).toBe('n50');
    const big = await parseFeed(rss(`<item><title>t</title><description>${'x'.repeat(300_000)}</description></item>`));
    expect(big.items[0].html.length).toBe(200_000);
    const custom = await parseFeed(rss(items), undefined, { maxItems: 3, maxHtmlChars: 10 });
    expect(custom.items).toHaveLength(3);
  });
});

describe('parseFeed: hostile and broken input', () => {
  it('does not expand entities (billion laughs) nor read external entities (XXE)', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [
      <!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
      <!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <rss version="2.0"><channel><title>&lol3;</title><item><title>&xxe;</title></item></channel></rss>`;
    const t0 = Date.now();
    const feed = await parseFeed(laughs);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(feed.title).toBe('&lol3;');
    expect(feed.items[0].title).toBe('&xxe;');
  });

  it('stays fast on text that makes rss-parser\'s snippet regex quadratic', async () => {
    const t0 = Date.now();
    const feed = await parseFeed(rss(`<item><title>t</title><description><![CDATA[${'a<p '.repeat(100_000)}]]></description><content:encoded><![CDATA[${'a<p '.repeat(100_000)}]]></content:encoded></item>`, '', 'version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'));
    expect(feed.items).toHaveLength(1);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('stays linear on hostile markup (unclosed capture elements, declarations, comments)', async () => {
    const cases = [
      rss(`<item><title>t</title>${'<description>x'.repeat(50_000)}</item>`),
      rss(`<item><title>t</title><description>${'<b>x'.repeat(50_000)}</description></item>`),
      rss(`<item><title>t</title>${'<!x>'.repeat(50_000)}</item>`),
      rss(`<item><title>t</title><description><![CDATA[${'<!-- '.repeat(50_000)}]]></description></item>`),
      rss(`<item><description><![CDATA[${'<!-- '.repeat(50_000)}]]></description></item>`),
      rss(`<item><title>t</title>${'<a b="'.repeat(50_000)}</item>`),
    ];
    for (const body of cases) {
      const t0 = Date.now();
      await parseFeed(body).catch((e) => expect(e).toBeInstanceOf(FeedError));
      expect(Date.now() - t0).toBeLessThan(3000);
    }
  });

  it('survives deep nesting and many items', async () => {
    const deep = '<x>'.repeat(20_000) + '</x>'.repeat(20_000);
    const feed = await parseFeed(rss(`<item><title>t</title>${deep}</item>`));
    expect(feed.items).toHaveLength(1);
    const many = await parseFeed(rss('<item><title>t</title></item>'.repeat(20_000)));
    expect(many.items.length).toBe(1); // all the same identity
  });

  it('does not pollute prototypes', async () => {
    await parseFeed(rss(`<item><title __proto__="x" constructor="y">t</title><__proto__><polluted>yes</polluted></__proto__></item>`));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('treats impossible tags as text', async () => {
    const feed = await parseFeed(rss(`<item><title>if a<b,c> or 3<4 then</title></item>`));
    expect(feed.items[0].title).toBe('if a<b,c> or 3<4 then');
  });

  it('strips control characters', async () => {
    const feed = await parseFeed(rss(`<item><title>a\u0001b\u0008c\u001Fd</title></item>`));
    expect(feed.items[0].title).toBe('abcd');
  });

  it('truncated / malformed XML -> parse with a hint', async () => {
    const e1 = await failure(parseFeed(rss('<item><title>cut').slice(0, -30)));
    expect(e1.code).toBe('parse');
    expect(e1.hint).toMatch(/cut off/);
    const e2 = await failure(parseFeed(`<rss version="2.0"><channel><item><title>a</wrong></item></channel></rss>`));
    expect(e2.code).toBe('parse');
    expect(e2.hint.length).toBeGreaterThan(30);
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['Access denied', /not XML/],
    ['{"items": []}', /JSON/],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": []}', /JSON Feed/],
    ['<!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>', /web page/],
    ['<?xml version="1.0"?><opml version="2.0"><body/></opml>', /OPML/],
    ['<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>', /sitemap/],
    ['<?xml version="1.0"?><foo/>', /<foo>/],
  ])('%j -> not-a-feed', async (body, hint) => {
    const e = await failure(parseFeed(body));
    expect(e.code).toBe('not-a-feed');
    expect(e.hint).toMatch(hint);
  });

  it('points to the feed an HTML page advertises', async () => {
    const html = `<!doctype html><html><head><link rel="alternate" type="application/rss+xml" title="RSS" href="/news/rss.xml?a=1&amp;b=2"></head><body></body></html>`;
    const e = await failure(parseFeed(html, 'https://news.example/world/'));
    expect(e.code).toBe('not-a-feed');
    expect(e.hint).toContain('https://news.example/news/rss.xml?a=1&b=2');
  });
});

describe('parseFeed: identities', () => {
  it('are stable across runs and feed URLs (raw link text, not the resolved one)', async () => {
    const body = rss(`<item><title>A</title><link>/a</link></item><item><title>B</title><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>`);
    const one = await parseFeed(body, 'https://one.example/feed');
    const two = await parseFeed(body, 'https://two.example/feed');
    expect(one.items.map((i) => i.id)).toEqual(two.items.map((i) => i.id));
    expect(one.items.find((i) => i.title === 'A')!.id).toBe('/a');
    expect(one.items.find((i) => i.title === 'B')!.id).toMatch(/^sha1:/);
  });
});

/**
 * Every fixture in shared/fixtures/feeds, served byte for byte from a local HTTP server under
 * several Content-Type headers (none, right charset, wrong charset), goes through fetchFeed +
 * parseFeed and either yields its items with correct text (no U+FFFD) or fails with a clear
 * FeedError. See shared/fixtures/feeds/SOURCES.md for what is odd in each file.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchFeed } from '../../src/feeds/fetchFeed.js';
import { parseFeed, type ParsedFeed } from '../../src/feeds/parseFeed.js';
import { FeedError, type FeedErrorCode } from '../../src/feeds/errors.js';
import { startServer, LOCAL, type TestServer } from './helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CANDIDATES = [path.resolve(here, '../../../shared/fixtures/feeds'), path.resolve(here, '../../shared/fixtures/feeds')];
const FIXTURES = CANDIDATES.find((d) => existsSync(d));
if (!FIXTURES) throw new Error(`feed fixtures not found; looked in ${CANDIDATES.join(', ')}`);

interface Expect {
  /** true charset of the bytes, as a server that tells the truth would send it */
  charset: string;
  items?: number;
  error?: FeedErrorCode;
  /** text that must appear somewhere in the parsed result (titles, html, links...) */
  contains?: string[];
  /** text that must appear in the decoded body */
  bodyContains?: string[];
  check?: (feed: ParsedFeed, origin: string) => void;
}

const EXPECT: Record<string, Expect> = {
  'bbc-news-frontpage-rss2.xml': { charset: 'utf-8', items: 16, contains: ["Firm in data scandal 'made election boasts'"] },
  'braingle-duplicate-guids-rss2.xml': {
    charset: 'utf-8',
    items: 1,
    check: (f) => {
      expect(f.items[0].id).toBe('http://www.braingle.com/50366.html');
      expect(f.items[0].link).toBe('http://www.braingle.com/50366.html'); // no <link>: the permalink guid
    },
  },
  'craigslist-rdf-rss1.xml': {
    charset: 'utf-8',
    items: 25,
    check: (f) => {
      for (const it of f.items) expect(it.id).toBe(it.link); // no guid: identity is the link
    },
  },
  'dailymail-home-utf8-declared-iso8859-media-dupes.xml': { charset: 'utf-8', items: 1, bodyContains: ['© Bettmann'], contains: ['Black Dahlia'] },
  'dicas-l-br-rss091-iso8859.xml': {
    charset: 'iso-8859-1',
    items: 1,
    contains: ['Dicas-L: Dicas técnicas de Linux', 'bash - Expansão de Parâmetros'],
    check: (f) => expect(f.items[0].published).toBeNull(),
  },
  'feedburner-illegally-nested-rss2.xml': {
    charset: 'utf-8',
    items: 10, // the 10 nested <item /> are empty
    check: (f) => {
      expect(f.items[0].link).toBe('http://www.pcmag.com/article2/0,2817,2525649,00.asp?kc=PCRSS03079TX1K0000584'); // feedburner:origLink
      expect(f.items[0].published).toBe('2018-01-17T20:50:00.000Z'); // EST
    },
  },
  'geonames-utf8-bom-georss.xml': { charset: 'utf-8', items: 3, contains: ['Μωριας'] },
  'giantbomb-podcast-large-enclosures.xml': { charset: 'utf-8', items: 200 /* 730 in the file, capped */ },
  'golem-de-rss1-rdf-iso8859.xml': { charset: 'iso-8859-1', items: 1, contains: ['Glasfaserförderung'] },
  'google-ads-blog-feedburner-atom.xml': { charset: 'utf-8', items: 25 },
  'guardian-us-rss2-media.xml': {
    charset: 'utf-8',
    items: 55,
    check: (f) => {
      for (const it of f.items) expect(it.image).toMatch(/^https:\/\/i\.guim\.co\.uk\//); // media:content
    },
  },
  'hebrew-windows1255-no-encoding-decl.xml': {
    charset: 'windows-1255',
    items: 1,
    contains: ['האם תדפיס נייר של אתר אינטרנט'],
  },
  'heise-developer-de-atom.xml': { charset: 'utf-8', items: 15, contains: ['Bewerbungen für Vorträge', 'Änderungen bei der Authentifizierung'] },
  'ilgiornale-it-cronache-rss2.xml': {
    charset: 'utf-8',
    items: 1,
    contains: ['In Italia è accusato', 'In Italia l&#39;uomo è accusato' /* double-escaped in the feed: HTML entity in the html */],
    check: (f) => expect(f.items[0].author).toBe('Angela Leucci'),
  },
  'inovacaotecnologica-br-rss2-iso8859.xml': { charset: 'iso-8859-1', items: 1, contains: ['Inovação Tecnológica', 'pontos quânticos'] },
  'insanity-industries-xmlbase-no-xmldecl.xml': {
    charset: 'utf-8',
    items: 2,
    check: (f) => {
      expect(f.items[0].link).toBe('https://insanity.industries/post/pareto-optimal-compression/');
      expect(f.items[0].author).toBe('Jonas Große Sundrup');
    },
  },
  'intertwingly-atom-xhtml.xml': {
    charset: 'utf-8',
    items: 20,
    // type="xhtml" content keeps its text order (xml2js alone would move "interface" after the text)
    contains: ['<p>The <a href="http://people.gnome.org/~mccann/gnome-session/docs/gnome-session.html#org.gnome.SessionManager.Inhibit">interface</a> is a bit low level, but workable:</p>'],
    check: (f, origin) => expect(f.items[0].link).toBe(`${origin}/blog/2012/07/16/Inhibiting-Suspend`),
  },
  'japantimes-rss2-content-encoded.xml': { charset: 'utf-8', items: 30 },
  'jn-pt-ultimas-rss2-iso8859-crlf.xml': { charset: 'iso-8859-1', items: 40, contains: ['Jornal de Notícias', 'Reações dos partidos ao veto de Marcelo'] },
  'malformed-incomplete-cdata.xml': { charset: 'utf-8', error: 'parse' },
  'malformed-not-a-feed.html': { charset: 'utf-8', error: 'not-a-feed' },
  'malformed-saxerror-in-item.xml': {
    charset: 'utf-8',
    items: 3, // the unescaped & is repaired
    check: (f) => expect(f.items.map((i) => i.link)).toContain('http://example.com/bad?foo=1&bar=2'),
  },
  'malformed-unclosed-rss-end-tag.xml': { charset: 'utf-8', error: 'parse' },
  'malformed-undeclared-namespace-prefix.xml': { charset: 'utf-8', items: 0 },
  'nbc-newyork-rss2-cdata.xml': { charset: 'utf-8', items: 1 },
  'neverwinter-relative-links-rss2.xml': {
    charset: 'utf-8',
    items: 2,
    check: (f, origin) => {
      for (const it of f.items) expect(it.link!.startsWith(`${origin}/en/games/neverwinter/news/detail/`)).toBe(true);
    },
  },
  'npr-news-rss2.xml': { charset: 'utf-8', items: 15 },
  'nytimes-topstories-rss2.xml': { charset: 'utf-8', items: 25, contains: ['Black Friday Isn’t What It Used to Be'] },
  'oren-ru-windows1251.xml': { charset: 'windows-1251', items: 10, contains: ['Новости Оренбурга', 'В Бузулуке'] },
  'qq-news-cn-gb2312.xml': { charset: 'gb2312', items: 20, contains: ['新闻国内', '习近平为何如此强调崇尚英雄'] },
  'reddit-atom-mediarss.xml': { charset: 'utf-8', items: 25, check: (f) => expect(f.items.some((i) => i.image?.includes('thumbs.redditmedia.com'))).toBe(true) },
  'reddit-frontpage-rss2.xml': { charset: 'utf-8', items: 24 },
  'reuters-mostread-truncated-no-items.xml': { charset: 'utf-8', error: 'parse' },
  'spiegel-de-podcast-rss2.xml': { charset: 'utf-8', items: 1, contains: ['SPIEGEL Update – Die Nachrichten'] },
  'talkingpointsmemo-atom.xml': { charset: 'utf-8', items: 20 },
  'uol-noticias-br-iso8859-no-xmldecl.xml': {
    charset: 'iso-8859-1',
    items: 15,
    contains: ['UOL Noticias', 'Bolsonaro perde de Haddad', 'Líder na pesquisa Ibope'],
    check: (f) => expect(f.items[0].published).toBe('2018-09-24T22:42:40.000Z'), // "Seg, 24 Set 2018 19:42:40 -0300"
  },
  'usgs-earthquakes-atom-georss.xml': { charset: 'utf-8', items: 6 },
  'washingtonpost-wellness-rss2.xml': { charset: 'utf-8', items: 29 },
};

const files = readdirSync(FIXTURES!).filter((f) => f !== 'SOURCES.md').sort();

/** Content-Type variants each fixture is served with. */
function variants(e: Expect): Array<[string, string | null]> {
  const type = 'application/rss+xml';
  const v: Array<[string, string | null]> = [
    ['no header', null],
    ['no charset', type],
    ['right charset', `${type}; charset=${e.charset}`],
    ['wrong charset utf-8', 'text/xml; charset=UTF-8'],
  ];
  if (e.charset === 'utf-8') v.push(['wrong charset iso-8859-1', 'text/xml; charset=iso-8859-1']);
  return v;
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    const u = new URL(req.url!, 'http://x');
    const file = path.basename(u.pathname);
    if (!files.includes(file)) {
      res.writeHead(404);
      return res.end();
    }
    const ct = u.searchParams.get('ct');
    res.writeHead(200, ct ? { 'Content-Type': ct } : {});
    res.end(readFileSync(path.join(FIXTURES!, file)));
  });
});
afterAll(() => server.close());

function assertWellFormed(feed: ParsedFeed): void {
  const json = JSON.stringify(feed);
  expect(json.includes('\uFFFD'), 'no U+FFFD anywhere').toBe(false);
  const ids = new Set<string>();
  let lastTime = Infinity;
  let seenUndated = false;
  for (const it of feed.items) {
    expect(typeof it.id).toBe('string');
    expect(it.id.length).toBeGreaterThan(0);
    expect(ids.has(it.id), `duplicate id ${it.id}`).toBe(false);
    ids.add(it.id);
    expect(it.title.trim().length).toBeGreaterThan(0);
    if (it.link !== null) expect(it.link).toMatch(/^https?:\/\//);
    if (it.image) expect(it.image).toMatch(/^https?:\/\//);
    expect(it.html.length).toBeLessThanOrEqual(200_000);
    expect(Array.isArray(it.categories)).toBe(true);
    if (it.published !== null) {
      expect(new Date(it.published).toISOString()).toBe(it.published);
      expect(seenUndated, 'dated items come before undated ones').toBe(false);
      const t = Date.parse(it.published);
      expect(t, 'newest first').toBeLessThanOrEqual(lastTime);
      lastTime = t;
    } else {
      seenUndated = true;
    }
  }
}

describe('fixtures over HTTP', () => {
  it('covers every fixture file', () => {
    expect(files.length).toBeGreaterThanOrEqual(38);
    for (const f of files) expect(EXPECT[f], `expectation for ${f}`).toBeDefined();
  });

  for (const file of files) {
    const e = EXPECT[file];
    if (!e) continue;
    describe(file, () => {
      for (const [label, ct] of variants(e)) {
        it(`${label}${ct ? ` (${ct})` : ''}`, async () => {
          const url = `${server.origin}/${file}${ct ? `?ct=${encodeURIComponent(ct)}` : ''}`;
          const res = await fetchFeed(url, {}, LOCAL);
          expect(res.status).toBe('ok');
          if (res.status !== 'ok') return;
          for (const s of e.bodyContains ?? []) expect(res.body).toContain(s);
          let feed: ParsedFeed;
          try {
            feed = await parseFeed(res.body, res.finalUrl);
          } catch (err) {
            expect(err).toBeInstanceOf(FeedError);
            const fe = err as FeedError;
            expect(fe.code, `${fe.message}`).toBe(e.error);
            expect(fe.hint.length).toBeGreaterThan(30);
            return;
          }
          expect(e.error, 'expected a FeedError').toBeUndefined();
          assertWellFormed(feed);
          expect(feed.items).toHaveLength(e.items!);
          const all = JSON.stringify(feed);
          for (const s of e.contains ?? []) expect(all.includes(JSON.stringify(s).slice(1, -1)), `contains ${s}`).toBe(true);
          e.check?.(feed, server.origin);
        });
      }
    });
  }
});

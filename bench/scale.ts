// `npm run bench:scale`: Sitrep at scale against the local sandbox and a local feed server.
//   1. 1,000 feeds, 100 new items per cycle: cycle time and peak memory.
//   2. One article to 1,000 subscribed channels with the sandbox enforcing 50 requests/s.
//   3. /deathtoll with 10,000 stored articles and 500 stories: p50/p99 interaction → reply.
// The store is SITREP_STORE if set (sqlite:// by default in a temp dir), so the same run can be
// repeated on Redis and PostgreSQL. Results are printed and appended to docs/performance.md.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHarness, GUILD_ID, CHANNEL_ID, MODERATOR, READER, type Harness } from '../src/sandbox/harness.js';
import type { FeedServerItem } from '../src/sandbox/feedServer.js';
import type { Figure } from '../src/analysis/types.js';
import { articleIdFor } from '../src/poller/pollFeed.js';

const FEEDS = Number(process.env.BENCH_FEEDS ?? 1000);
const NEW_ITEMS = Number(process.env.BENCH_NEW_ITEMS ?? 100);
const CHANNELS = Number(process.env.BENCH_CHANNELS ?? 1000);
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const STORIES = Number(process.env.BENCH_STORIES ?? 500);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const PLACES = ['Kharkiv', 'Goma', 'El Fasher', 'Rafah', 'Mogadishu', 'Mandalay', 'Timbuktu', 'Idlib', 'Kherson', 'Bamako', 'Aden', 'Sumy'];

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const mb = (b: number) => (b / 1048576).toFixed(0);

function item(feed: number, n: number): FeedServerItem {
  const place = PLACES[(feed + n) % PLACES.length]!;
  return {
    guid: `f${feed}-i${n}`,
    title: `${place}: shelling overnight, report ${feed}-${n}`,
    link: `https://news.example/${feed}/${n}`,
    published: new Date(Date.UTC(2025, 6, 1, 0, n, feed % 60)).toISOString(),
    html: `<p>At least ${(feed + n) % 40 + 2} people were killed and ${(feed * n) % 70 + 5} wounded in overnight shelling of ${place}, regional officials said on Tuesday.</p><p>Rescue teams were still searching the rubble of two apartment blocks, the emergency service said. The attack came a day after talks on a ceasefire stalled.</p>`,
  };
}

async function manyFeeds(storeUrl?: string): Promise<string> {
  const h = await startHarness({ storeUrl });
  try {
    for (let f = 0; f < FEEDS; f++) {
      h.feeds.setFeed(`/f/${f}.xml`, `Outlet ${f}`, [item(f, 0)]);
      const sub = await h.store.subscriptions.create({ guildId: GUILD_ID, channelId: CHANNEL_ID, url: h.feeds.url(`/f/${f}.xml`), keywords: [], backlog: 0, createdBy: MODERATOR.id });
      void sub;
    }
    await h.store.channels.updateGuildSettings(GUILD_ID, { storyThreads: false });
    const first = await h.bot.pollNow(); // baseline: every feed seen once, nothing posted
    for (let n = 0; n < NEW_ITEMS; n++) h.feeds.addItem(`/f/${(n * 7) % FEEDS}.xml`, item((n * 7) % FEEDS, n + 1));
    peakRss = process.memoryUsage().rss;
    const t0 = performance.now();
    const report = await h.bot.pollNow();
    const ms = performance.now() - t0;
    const notModified = report.feeds.filter((f) => f.outcome === 'not-modified').length;
    return `| ${FEEDS} feeds, ${NEW_ITEMS} new items in one cycle | ${(ms / 1000).toFixed(1)} s (first cycle over all feeds: ${(first.ms / 1000).toFixed(1)} s) | peak RSS ${mb(peakRss)} MB | ${report.delivery.sent} posted, ${notModified} answered 304 |`;
  } finally {
    await h.close();
  }
}

async function fanOut(storeUrl?: string): Promise<string> {
  const h = await startHarness({ storeUrl, sandbox: { rateLimitPerSecond: 50 } });
  try {
    h.feeds.setFeed('/one.xml', 'Wire', []);
    const url = h.feeds.url('/one.xml');
    for (let c = 0; c < CHANNELS; c++) {
      const channelId = h.sandbox.createChannel(GUILD_ID, { name: `news-${c}`, type: 0 });
      await h.store.subscriptions.create({ guildId: GUILD_ID, channelId, url, keywords: [], backlog: 0, createdBy: MODERATOR.id });
    }
    await h.bot.pollNow();
    h.feeds.addItem('/one.xml', item(1, 1));
    const before = h.sandbox.stats();
    const t0 = performance.now();
    const report = await h.bot.pollNow();
    const s = (performance.now() - t0) / 1000;
    const after = h.sandbox.stats();
    return `| one article to ${CHANNELS} channels, sandbox at 50 req/s | ${(report.delivery.sent / s).toFixed(1)} posts/s (${report.delivery.sent} in ${s.toFixed(1)} s) | ${after.rateLimited - before.rateLimited} answers were 429 | |`;
  } finally {
    await h.close();
  }
}

function fig(kind: Figure['kind'], count: number, reporter: string): Figure {
  return { kind, count, upper: null, qualifier: 'at_least', who: 'people', party: null, unit: 'people', reporter, scope: 'event', evidence: `${count}` };
}

async function deathtollLatency(storeUrl?: string): Promise<string> {
  const h = await startHarness({ storeUrl });
  try {
    const feedCount = 50;
    const urls = Array.from({ length: feedCount }, (_, f) => `https://news${f}.example/rss`);
    for (const url of urls) await h.store.subscriptions.create({ guildId: GUILD_ID, channelId: CHANNEL_ID, url, keywords: [], backlog: 0, createdBy: MODERATOR.id });
    const perStory = Math.ceil(ARTICLES / STORIES);
    for (let s = 0; s < STORIES; s++) {
      const ids: string[] = [];
      const at = Date.UTC(2025, 0, 1) + s * 3_600_000;
      for (let k = 0; k < perStory && s * perStory + k < ARTICLES; k++) {
        const n = s * perStory + k;
        const feedUrl = urls[n % feedCount]!;
        const id = articleIdFor(feedUrl, `item-${n}`);
        ids.push(id);
        await h.store.articles.put({
          id, feedUrl, itemId: `item-${n}`, title: `Story ${s} report ${k}`, url: `https://news.example/${n}`, outlet: `Outlet ${n % feedCount}`, feedTitle: `Outlet ${n % feedCount}`,
          published: new Date(at + k * 600_000).toISOString(), fetchedAt: new Date(at).toISOString(), text: 'x', lang: 'en', summary: 's',
          figures: [fig('killed', 10 + k, k % 2 ? 'Health Ministry' : 'Civil Defence'), fig('injured', 20 + k, 'Health Ministry')], storyId: `s-${s}`,
        });
      }
      await h.store.stories.put({ id: `s-${s}`, title: `Story ${s}`, firstSeen: new Date(at).toISOString(), lastUpdated: new Date(at + perStory * 600_000).toISOString(), articleIds: ids, places: [], terms: [], lang: 'en' });
    }
    const times: number[] = [];
    const WARMUP = 10; // JIT, font loading, first SQLite pages: not what a running bot sees
    for (let q = -WARMUP; q < QUERIES; q++) {
      const story: Record<string, string> = q % 2 ? { story: `s-${(q * 37) % STORIES}` } : {};
      // A different user each time: the per-user cooldown is not what is measured.
      const user = { ...READER, id: String(400000000000000000n + BigInt(q)) };
      const t0 = performance.now();
      await h.sandbox.interact({ guildId: GUILD_ID, channelId: CHANNEL_ID, user, command: 'deathtoll', options: story, timeoutMs: 30_000 });
      if (q >= 0) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(0);
    return `| /deathtoll with ${ARTICLES} articles, ${STORIES} stories (${QUERIES} queries after ${WARMUP} warm-up) | p50 ${p(0.5)} ms, p99 ${p(0.99)} ms | | interaction → final reply, chart included |`;
  } finally {
    await h.close();
  }
}

/** A fresh store per benchmark: its own prefix on a shared Redis/Postgres, its own temp file on SQLite. */
function freshStore(url: string | undefined, name: string): string | undefined {
  if (!url) return undefined;
  const u = new URL(url);
  u.searchParams.set('prefix', `${u.searchParams.get('prefix') ?? 'bench'}_${name}_${Date.now() % 1_000_000}`);
  return u.toString();
}

async function main(): Promise<void> {
  const storeUrl = process.env.SITREP_STORE;
  const backend = storeUrl ? storeUrl.split(':')[0] : 'sqlite';
  const only = process.argv.slice(2);
  const rows: string[] = [];
  for (const [name, run] of [['feeds', manyFeeds], ['fanout', fanOut], ['deathtoll', deathtollLatency]] as const) {
    if (only.length && !only.includes(name)) continue;
    peakRss = process.memoryUsage().rss;
    const row = await run(freshStore(storeUrl, name));
    console.log(row);
    rows.push(row);
  }
  clearInterval(sampler);
  mkdirSync(join(root, 'docs'), { recursive: true });
  appendFileSync(
    join(root, 'docs/performance.md'),
    `\n### ${new Date().toISOString().slice(0, 16)}Z — store: ${backend}, Node ${process.version}\n\n| benchmark | result | memory / limits | notes |\n|---|---|---|---|\n${rows.join('\n')}\n`,
  );
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);

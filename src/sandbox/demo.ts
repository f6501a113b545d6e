// `npm run demo`: the whole product offline. A local Discord sandbox, the seed articles served as
// five outlets' feeds, the bot on a fresh SQLite store; a moderator adds the feeds with /feed add,
// and the terminal shows the channel as a reader sees it, then the answer to /deathtoll.
import { writeFileSync, existsSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHarness, CHANNEL_ID, MODERATOR, READER } from './harness.js';
import { loadSeedFeeds } from './seedFeed.js';
import { printChannel, renderMessageForTerminal } from './printChannel.js';

const here = dirname(fileURLToPath(import.meta.url));

function findSeed(): string {
  const candidates = [
    process.env.SITREP_SEED ?? '',
    resolve(process.cwd(), '../shared/data/seed-articles/seed.jsonl'),
    resolve(here, '../../../../shared/data/seed-articles/seed.jsonl'),
    resolve(here, '../../../shared/data/seed-articles/seed.jsonl'),
  ].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`Cannot find the seed articles; set SITREP_SEED to shared/data/seed-articles/seed.jsonl (looked in ${candidates.join(', ')})`);
  return found;
}

async function waitForPosts<T>(read: () => T[], count: number, timeoutMs: number): Promise<T[]> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const got = read();
    if (got.length >= count) return got;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Only ${read().length} of ${count} articles were posted within ${timeoutMs / 1000} s; run with SITREP_LOG_LEVEL=debug to see why.`);
}

export async function runDemo(_args: string[] = []): Promise<number> {
  const out = (s = '') => process.stdout.write(s + '\n');
  const seed = loadSeedFeeds(findSeed());
  out('Sitrep demo — offline: local Discord sandbox, local feed server, fresh SQLite store.\n');
  const h = await startHarness({ schedule: true, verbose: process.env.SITREP_LOG_LEVEL === 'debug' });
  try {
    for (const feed of seed) h.feeds.setFeed(feed.path, feed.title, feed.items);
    out(`A moderator adds ${seed.length} outlets' feeds with /feed add …`);
    for (const feed of seed) {
      const reply = await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url(feed.path), channel: CHANNEL_ID, backlog: 5 } });
      out(`  /feed add ${h.feeds.url(feed.path)} → ${reply.content.replace(/\n/g, ' ')}`);
    }
    const expected = seed.reduce((n, f) => n + f.items.length, 0);
    const posts = await waitForPosts(() => h.sandbox.messages(CHANNEL_ID, { includeThreads: true }).filter((m) => m.embeds.length > 0), expected, 60_000);
    out('\n' + printChannel('conflict-news', CHANNEL_ID, posts));

    out('\nA reader asks /deathtoll …\n');
    const toll = await h.command(READER, 'deathtoll');
    out(renderMessageForTerminal(toll));
    const chart = toll.attachments.find((a) => a.filename.endsWith('.png'));
    if (chart) {
      const path = join(h.dir, '..', 'sitrep-demo-deathtoll.png');
      writeFileSync(path, chart.data);
      out(`\nThe chart attached to the reply was saved to ${path}`);
    }
    const dupes = posts.length - new Set(posts.map((p) => p.embeds[0]?.url)).size;
    out(`\n${posts.length} posts for ${expected} articles, ${dupes} duplicates. Demo finished.`);
    return 0;
  } finally {
    await h.close();
  }
}

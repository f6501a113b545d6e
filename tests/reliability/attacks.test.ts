// Hostile input and outages, end to end through the sandbox; every test records a row of
// docs/reliability.md.
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import sqlite3 from 'sqlite3';
import { startHarness, CHANNEL_ID, OTHER_CHANNEL_ID, GUILD_ID, MODERATOR, READER, type Harness } from '../../src/sandbox/harness.js';
import { fetchFeed } from '../../src/feeds/fetchFeed.js';
import { parseFeed } from '../../src/feeds/parseFeed.js';
import { FeedError } from '../../src/feeds/errors.js';
import { sqlitePath } from '../../src/store/openStore.js';
import { recordResult } from './report.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const item = (n: number, extra: Partial<{ title: string; html: string }> = {}) => ({
  guid: `r-${n}`,
  title: extra.title ?? `Clashes reported near the border, update ${n}`,
  link: `https://news.example/r/${n}`,
  published: new Date(Date.UTC(2025, 4, 1, 6, n)).toISOString(),
  html: extra.html ?? `<p>Officials said ${n + 2} people were wounded in clashes near the border town ${n}.</p>`,
});
const posts = (hh: Harness) => hh.sandbox.messages(CHANNEL_ID, { includeThreads: true }).filter((m) => m.embeds.length > 0 && !m.interactionId);

describe('server-side request forgery', () => {
  it('refuses feed URLs that lead to private, loopback or metadata addresses', async () => {
    h = await startHarness({ env: { SITREP_ALLOW_PRIVATE_NETWORKS: 'false' } });
    h.feeds.setFeed('/x.xml', 'Internal', [item(1)]);
    const port = new URL(h.feeds.url()).port;
    const urls = [
      `http://127.0.0.1:${port}/x.xml`,
      `http://localhost:${port}/x.xml`,
      `http://2130706433:${port}/x.xml`,
      `http://0177.0.0.1:${port}/x.xml`,
      `http://0x7f.0.0.1:${port}/x.xml`,
      `http://127.1:${port}/x.xml`,
      `http://[::1]:${port}/x.xml`,
      `http://[::ffff:127.0.0.1]:${port}/x.xml`,
      `http://[::ffff:7f00:1]:${port}/x.xml`,
      `http://0.0.0.0:${port}/x.xml`,
      `http://[::]:${port}/x.xml`,
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/latest/meta-data/',
      'http://10.0.0.1/feed',
      'http://172.16.5.4/feed',
      'http://192.168.1.1/feed',
      'http://100.64.0.1/feed',
      'http://224.0.0.1/feed',
      'http://[fc00::1]/feed',
      'http://[fe80::1]/feed',
      'http://user:secret@news.example/feed',
      'file:///etc/passwd',
      'gopher://127.0.0.1:70/',
      'ftp://news.example/feed.xml',
    ];
    let refused = 0;
    for (const url of urls) {
      const reply = await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url, channel: CHANNEL_ID } });
      if (reply.ephemeral && /can't be used|could not read/i.test(reply.content)) refused++;
      else console.error(`not refused: ${url}: ${reply.content}`);
    }
    const subs = await h.store.subscriptions.forGuild(GUILD_ID);
    recordResult({ area: 'security', attack: 'feed URLs to loopback/private/link-local/CGNAT/multicast/metadata addresses in odd spellings, credentials, non-http schemes (/feed add)', tries: urls.length, result: `${refused} refused with a reason, ${subs.length} subscribed, ${h.feeds.hits('/x.xml').total} requests reached the local server`, ok: refused === urls.length && subs.length === 0 && h.feeds.hits('/x.xml').total === 0 });
    expect(refused).toBe(urls.length);
    expect(subs).toHaveLength(0);
    expect(h.feeds.hits('/x.xml').total).toBe(0);
  });
});

describe('hostile feed content', () => {
  it('cannot ping anyone or break the post’s markdown', async () => {
    h = await startHarness();
    h.feeds.setFeed('/evil.xml', 'Evil <@&1> @everyone', [
      item(1, { title: '@everyone **urgent** <@&100000000000000001> <@300000000000000002>', html: '<p>@here click [here](https://evil.example) `code` ||spoiler|| 5 people were killed</p>' }),
    ]);
    await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/evil.xml'), channel: CHANNEL_ID } });
    await h.bot.pollNow();
    const [post] = posts(h);
    expect(post).toBeDefined();
    const pings = post!.pings ?? { everyone: false, users: [], roles: [] };
    const pinged = pings.everyone || pings.users.length > 0 || pings.roles.length > 0;
    const escaped = post!.embeds[0].title.includes('\\*\\*urgent\\*\\*');
    recordResult({ area: 'security', attack: 'feed item with @everyone, @here, role and user mentions and markdown in title and text', tries: 1, result: `${pinged ? 'pinged someone' : 'no one pinged'} (allowed_mentions), markdown ${escaped ? 'escaped' : 'NOT escaped'}`, ok: !pinged && escaped });
    expect(pinged).toBe(false);
    expect(escaped).toBe(true);
  });

  it('stops a decompression bomb early', async () => {
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20));
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(bomb));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const started = Date.now();
    let code = 'none';
    try {
      await fetchFeed(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {}, { allowPrivateNetworks: true, maxBytes: 5_000_000 });
    } catch (err) {
      code = err instanceof FeedError ? err.code : String(err);
    } finally {
      server.close();
    }
    const ms = Date.now() - started;
    recordResult({ area: 'limits', attack: `gzip bomb (${(bomb.length / 1024).toFixed(0)} KB → 200 MB)`, tries: 1, result: `refused as ${code} after ${ms} ms (cap 5 MB, counted after decompression)`, ok: code === 'too-large' });
    expect(code).toBe('too-large');
  });

  it('reads every real-world feed fixture or fails it with a clear error', async () => {
    const dir = resolve(__dirname, '../../../shared/fixtures/feeds');
    const files = readdirSync(dir).filter((f) => /\.(xml|html)$/.test(f));
    let ok = 0;
    let clearErrors = 0;
    const problems: string[] = [];
    for (const file of files) {
      const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/xml' }).end(readFileSync(join(dir, file))));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      try {
        const fetched = await fetchFeed(`http://127.0.0.1:${(server.address() as AddressInfo).port}/${file}`, {}, { allowPrivateNetworks: true });
        if (fetched.status !== 'ok') throw new Error('unexpected 304');
        const feed = await parseFeed(fetched.body, 'https://example.org/feed');
        const mangled = feed.items.some((i) => i.title.includes('\uFFFD') || i.html.includes('\uFFFD'));
        if (mangled) problems.push(`${file}: U+FFFD in text`);
        else ok++;
      } catch (err) {
        if (err instanceof FeedError && err.hint) clearErrors++;
        else problems.push(`${file}: ${(err as Error).message}`);
      } finally {
        server.close();
      }
    }
    recordResult({ area: 'real-world feeds', attack: `every file of shared/fixtures/feeds (charsets, RDF, Atom, nested items, truncated, not a feed)`, tries: files.length, result: `${ok} read with clean text, ${clearErrors} refused with a clear error, ${problems.length} problems${problems.length ? ': ' + problems.join('; ') : ''}`, ok: problems.length === 0 });
    expect(problems).toEqual([]);
  });
});

describe('Discord faults', () => {
  it('retries 5xx answers and posts every item once', async () => {
    h = await startHarness();
    h.feeds.setFeed('/n.xml', 'Wire', [item(1), item(2), item(3)]);
    await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/n.xml'), channel: CHANNEL_ID } });
    h.sandbox.failNext(/POST \/api\/v10\/channels\/\d+\/messages$/, 502, 6);
    for (let i = 0; i < 4; i++) await h.bot.pollNow();
    const urls = posts(h).map((m) => m.embeds[0].url);
    const ok = urls.length === 3 && new Set(urls).size === 3;
    recordResult({ area: 'discord', attack: '6 consecutive 502 answers to message posts', tries: 6, result: `${urls.length} posts for 3 items, ${urls.length - new Set(urls).size} duplicates`, ok });
    expect(ok).toBe(true);
  });

  it('paces itself under a 429 rate limit without losing posts', async () => {
    h = await startHarness({ sandbox: { rateLimitPerSecond: 5 } });
    h.feeds.setFeed('/n.xml', 'Wire', Array.from({ length: 12 }, (_, i) => item(i + 1, { title: `Separate report ${i + 1} from place ${String.fromCharCode(65 + i)}ville` })));
    await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/n.xml'), channel: CHANNEL_ID, backlog: 5 } });
    await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/n.xml'), channel: OTHER_CHANNEL_ID, backlog: 5 } });
    await h.bot.pollNow();
    const a = h.sandbox.messages(CHANNEL_ID, { includeThreads: true }).filter((m) => m.embeds.length).length;
    const b = h.sandbox.messages(OTHER_CHANNEL_ID, { includeThreads: true }).filter((m) => m.embeds.length).length;
    const limited = h.sandbox.stats().rateLimited;
    recordResult({ area: 'discord', attack: 'sandbox enforcing 5 requests/s while 10 posts go out', tries: 10, result: `${a + b} posted, ${limited} answers were 429`, ok: a + b === 10 });
    expect(a + b).toBe(10);
  });

  it('pauses a deleted channel’s subscription and tells the moderators once, elsewhere', async () => {
    h = await startHarness();
    h.feeds.setFeed('/n.xml', 'Wire', [item(1)]);
    await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/n.xml'), channel: CHANNEL_ID, backlog: 0 } });
    await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/n.xml'), channel: OTHER_CHANNEL_ID, backlog: 0 } });
    await h.bot.pollNow();
    h.sandbox.deleteChannel(CHANNEL_ID);
    h.feeds.addItem('/n.xml', item(2));
    h.feeds.addItem('/n.xml', item(3, { title: 'Another incident elsewhere in the south' }));
    await h.bot.pollNow();
    await h.bot.pollNow();
    const subs = await h.store.subscriptions.forGuild(GUILD_ID);
    const paused = subs.find((s) => s.channelId === CHANNEL_ID)?.paused;
    const notices = h.sandbox.messages(OTHER_CHANNEL_ID).filter((m) => m.content.includes('cannot post'));
    recordResult({ area: 'discord', attack: 'a subscribed channel deleted', tries: 1, result: `subscription ${paused ? 'paused' : 'NOT paused'}, ${notices.length} notice(s) in another channel, the other channel kept receiving posts`, ok: !!paused && notices.length === 1 });
    expect(paused).toBe(true);
    expect(notices).toHaveLength(1);
  });
});

describe('store outage', () => {
  it('answers commands with a short temporary error while SQLite is locked for writing, then carries on with nothing lost', async () => {
    h = await startHarness();
    h.feeds.setFeed('/n.xml', 'Wire', [item(1)]);
    await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/n.xml'), channel: CHANNEL_ID } });
    await h.bot.pollNow();
    // Another process holds an exclusive lock on the database file.
    const db = new sqlite3.Database(sqlitePath(h.config.storeUrl));
    await new Promise<void>((res, rej) => db.exec('BEGIN EXCLUSIVE', (e) => (e ? rej(e) : res())));
    h.feeds.addItem('/n.xml', item(2));
    // Reading goes on (write-ahead log); a command that writes gets the temporary error.
    const reading = await h.command(READER, 'latest', { timeoutMs: 30_000 });
    const during = await h.command(MODERATOR, 'settings', { options: { timezone: 'Europe/Paris' }, timeoutMs: 30_000 });
    const cycle = await h.bot.pollNow().then(() => 'ran', (e: Error) => `failed: ${e.message}`);
    await new Promise<void>((res) => db.exec('ROLLBACK', () => db.close(() => res())));
    await h.bot.pollNow();
    const after = await h.command(READER, 'latest');
    const urls = posts(h).map((m) => m.embeds[0].url);
    if (process.env.DEBUG_OUTAGE) console.log(posts(h).map((m) => [m.embeds[0].url, m.nonce, m.channelId, m.id]), during.content, cycle);
    const ok = /database/i.test(during.content) && reading.embeds.length === 1 && urls.length === 2 && new Set(urls).size === 2 && after.embeds.length === 1;
    recordResult({ area: 'outages', attack: 'SQLite locked for writing by another process during commands and a poll cycle', tries: 1, result: `reading command answered normally; writing command answered “${during.content.slice(0, 70)}…”; poll ${cycle.startsWith('ran') ? 'skipped its work' : 'stopped'}; after the lock: ${urls.length} posts for 2 items, ${urls.length - new Set(urls).size} duplicates`, ok });
    expect(reading.embeds).toHaveLength(1);
    expect(during.content).toMatch(/database/i);
    expect(urls).toHaveLength(2);
    expect(new Set(urls).size).toBe(2);
  });
});

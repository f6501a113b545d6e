// Crash safety: the real `sitrep start` process is killed with SIGKILL at random moments while a
// feed keeps publishing; after every restart it must neither lose nor duplicate a post.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDiscordSandbox, type DiscordSandbox } from '../../src/sandbox/discord/index.js';
import { startFeedServer, type FeedServer, type FeedServerItem } from '../../src/sandbox/feedServer.js';
import { recordResult } from './report.js';
import { sleep, startCli, waitFor } from './wait.js';

const RESTARTS = Number(process.env.CHAOS_RESTARTS ?? 50);
const GUILD = '110000000000000001';
const CHANNEL = '210000000000000001';
const MODERATOR = { id: '310000000000000001', username: 'mod', permissions: String(1n << 5n) };

let sandbox: DiscordSandbox;
let feeds: FeedServer;
let dir: string;
let published = 0;
let timer: NodeJS.Timeout | undefined;

const PLACES = ['Kharkiv', 'Goma', 'El Fasher', 'Rafah', 'Mogadishu', 'Mandalay', 'Timbuktu', 'Idlib', 'Kherson', 'Bamako'];
function publish(): void {
  const n = ++published;
  const item: FeedServerItem = {
    guid: `chaos-${n}`,
    title: `${PLACES[n % PLACES.length]} update ${n}`,
    link: `https://news.example/chaos/${n}`,
    published: new Date(Date.UTC(2025, 5, 1, 0, 0, n)).toISOString(),
    html: `<p>Report ${n} from ${PLACES[n % PLACES.length]}: officials said ${n} people were injured.</p>`,
  };
  feeds.addItem('/chaos.xml', item);
}

let lastBotLog = '';
function startBot(): ChildProcess {
  lastBotLog = '';
  return startCli(['--guild', GUILD], { dir, token: sandbox.token, apiUrl: sandbox.apiUrl, env: { SITREP_LOG_LEVEL: 'info' }, onLog: (t) => (lastBotLog = t) });
}

const exited = (p: ChildProcess) => new Promise<number | null>((r) => (p.exitCode !== null || p.signalCode !== null ? r(p.exitCode) : p.once('exit', (code) => r(code))));


beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-chaos-'));
  sandbox = await startDiscordSandbox({ guilds: [{ id: GUILD, name: 'Chaos', channels: [{ id: CHANNEL, name: 'news', type: 0 }] }] });
  feeds = await startFeedServer();
  feeds.setFeed('/chaos.xml', 'Chaos Wire', []);
});
afterAll(async () => {
  if (timer) clearInterval(timer);
  await feeds?.close();
  await sandbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('crash safety', () => {
  it(`loses and duplicates no post over ${RESTARTS} SIGKILL restarts`, async () => {
    let bot = startBot();
    const ready = await waitFor(() => sandbox.commands(GUILD).some((c) => c.name === 'feed'), 30_000);
    expect(ready).toBe(true);
    const added = await sandbox.interact({ guildId: GUILD, channelId: CHANNEL, user: MODERATOR, command: 'feed', subcommand: 'add', options: { url: feeds.url('/chaos.xml'), channel: CHANNEL, backlog: 0 } });
    expect(added.content).toMatch(/will be posted/);
    // Publishing starts once the subscription has seen the (empty) feed, so every item counts.
    await waitFor(() => feeds.hits('/chaos.xml').total >= 3, 10_000);
    // Slow enough that the feed's 200-item window outlasts the chaos: only the crashes may lose anything.
    timer = setInterval(publish, 400);

    let kills = 0;
    for (let i = 0; i < RESTARTS; i++) {
      await sleep(300 + Math.random() * 1700);
      bot.kill('SIGKILL');
      await exited(bot);
      kills++;
      bot = startBot();
    }
    clearInterval(timer);
    timer = undefined;
    const total = published;
    const links = () => new Map<string, number>(
      sandbox
        .messages(CHANNEL, { includeThreads: true })
        .filter((m) => m.embeds.length)
        .map((m) => m.embeds[0].url as string)
        .reduce((acc, url) => acc.set(url, (acc.get(url) ?? 0) + 1), new Map<string, number>()),
    );
    await waitFor(() => links().size >= total, 120_000);
    bot.kill('SIGTERM');
    const code = await exited(bot);

    const counts = links();
    let lost = 0;
    let duplicated = 0;
    for (let n = 1; n <= total; n++) {
      const c = counts.get(`https://news.example/chaos/${n}`) ?? 0;
      if (c === 0) lost++;
      if (c > 1) duplicated += c - 1;
    }
    if (lost > 0) {
      // Where did the missing ones stop? Printed for whoever debugs a red run.
      const { openStore } = await import('../../src/store/openStore.js');
      const store = await openStore(`sqlite://${join(dir, 'sitrep.sqlite')}`);
      const sub = (await store.subscriptions.all())[0]!;
      const articles = await store.articles.getMany(await store.articles.idsForFeed(feeds.url('/chaos.xml')));
      const states = new Map<string, number>();
      for (let n = 1; n <= total; n++) {
        const url = `https://news.example/chaos/${n}`;
        if (counts.get(url)) continue;
        const a = articles.find((x) => x.url === url);
        const d = a ? await store.deliveries.get(sub.id, a.id) : undefined;
        const k = !a ? 'no article' : !d ? 'no decision' : `${d.status}${d.reason ? ` (${d.reason.slice(0, 60)})` : ''}`;
        states.set(k, (states.get(k) ?? 0) + 1);
      }
      console.error('lost items by state:', Object.fromEntries(states), 'articles stored:', articles.length, 'sub:', sub);
      console.error('last bot log:\n' + lastBotLog);
      await store.close();
    }
    recordResult({ area: 'crashes', attack: `SIGKILL at random moments while a feed publishes every 400 ms (${total} items)`, tries: kills, result: `${lost} lost, ${duplicated} duplicated posts`, ok: lost === 0 && duplicated === 0 });
    recordResult({ area: 'crashes', attack: 'SIGTERM after the chaos run', tries: 1, result: `exit code ${code}`, ok: code === 0 });
    expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
    expect(code).toBe(0);
  });
});

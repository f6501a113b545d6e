// `sitrep start --shards auto` against the sandbox: two gateway shards, each guild's interactions
// answered once by its own shard, and polling in exactly one process (one post per item).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDiscordSandbox, type DiscordSandbox } from '../../src/sandbox/discord/index.js';
import { startFeedServer, type FeedServer } from '../../src/sandbox/feedServer.js';
import { recordResult } from './report.js';
import { sleep, startCli, waitFor } from './wait.js';

// Discord puts a guild on shard (id >> 22) % count: these two land on shards 0 and 1 of 2.
const GUILD_A = String(1000n << 22n);
const GUILD_B = String(1001n << 22n);
const CHANNEL_A = '220000000000000001';
const CHANNEL_B = '220000000000000002';
const MOD = { id: '320000000000000001', username: 'mod', permissions: String(1n << 5n) };

let sandbox: DiscordSandbox;
let feeds: FeedServer;
let dir: string;
let bot: ChildProcess;
let log = '';


beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-shards-'));
  sandbox = await startDiscordSandbox({
    recommendedShards: 2,
    guilds: [
      { id: GUILD_A, name: 'A', channels: [{ id: CHANNEL_A, name: 'news', type: 0 }] },
      { id: GUILD_B, name: 'B', channels: [{ id: CHANNEL_B, name: 'news', type: 0 }] },
    ],
  });
  feeds = await startFeedServer();
  feeds.setFeed('/s.xml', 'Shard Wire', [
    { guid: 's1', title: 'Clashes in Goma', link: 'https://news.example/s/1', published: '2025-02-01T10:00:00Z', html: '<p>At least 12 people were killed in Goma, officials said.</p>' },
    { guid: 's2', title: 'Strike on Kherson', link: 'https://news.example/s/2', published: '2025-02-02T10:00:00Z', html: '<p>Three civilians were wounded in Kherson, the governor said.</p>' },
  ]);
  bot = startCli(['--shards', 'auto'], { dir, token: sandbox.token, apiUrl: sandbox.apiUrl, env: { SITREP_SHARD_SPAWN_DELAY_MS: '500' }, keep: 8000, onLog: (t) => (log = t) });
  const up = await waitFor(() => sandbox.stats().identifies >= 2 && sandbox.commands().some((c) => c.name === 'feed'), 60_000);
  if (!up) throw new Error(`shards did not come up:\n${log}`);
});
afterAll(async () => {
  if (bot && bot.exitCode === null) {
    bot.kill('SIGTERM');
    await new Promise((r) => bot.once('exit', r));
  }
  await feeds?.close();
  await sandbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sharded start', () => {
  it('answers each guild from its own shard and posts each item once per channel', async () => {
    for (const [guildId, channelId] of [[GUILD_A, CHANNEL_A], [GUILD_B, CHANNEL_B]] as const) {
      const reply = await sandbox.interact({ guildId, channelId, user: MOD, command: 'feed', subcommand: 'add', options: { url: feeds.url('/s.xml'), channel: channelId }, timeoutMs: 20_000 });
      expect(reply.content).toMatch(/will be posted/);
    }
    const posted = (c: string) => sandbox.messages(c, { includeThreads: true }).filter((m) => m.embeds.length && !m.interactionId);
    await waitFor(() => posted(CHANNEL_A).length >= 2 && posted(CHANNEL_B).length >= 2, 30_000);
    await sleep(3000); // a second poller would double them by now
    const a = posted(CHANNEL_A).length;
    const b = posted(CHANNEL_B).length;
    recordResult({ area: 'scale', attack: 'sitrep start --shards auto (2 shards recommended), one guild per shard, one feed in both', tries: 1, result: `${sandbox.stats().identifies} shard sessions; ${a} + ${b} posts for 2 items in 2 channels`, ok: a === 2 && b === 2 });
    expect([a, b]).toEqual([2, 2]);
  });

  it('stops every shard on SIGTERM with exit code 0', async () => {
    bot.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => bot.once('exit', (c) => r(c)));
    expect(code).toBe(0);
  });
});

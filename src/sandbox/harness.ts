// Everything the bot needs, locally: the Discord sandbox, a feed server, a store and the bot wired
// to them through the same settings an operator would use. Shared by the demo and the e2e tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../config/load.js';
import { openStore, type Store } from '../store/openStore.js';
import { startBot, type RunningBot } from '../discord/bot.js';
import { createLogger, silentLogger, type Logger } from '../util/log.js';
import { startDiscordSandbox, type DiscordSandbox, type InteractOptions, type InteractionOutcome, type SandboxOptions } from './discord/index.js';
import { startFeedServer, type FeedServer } from './feedServer.js';

export const GUILD_ID = '100000000000000001';
export const CHANNEL_ID = '200000000000000001';
export const OTHER_CHANNEL_ID = '200000000000000002';
export const MODERATOR = { id: '300000000000000001', username: 'moderator', permissions: String(1n << 5n) }; // Manage Server
export const READER = { id: '300000000000000002', username: 'reader', permissions: '0' };

export interface Harness {
  sandbox: DiscordSandbox;
  feeds: FeedServer;
  config: Config;
  store: Store;
  bot: RunningBot;
  dir: string;
  log: Logger;
  /** A slash command in the test guild's main channel. */
  command(user: InteractOptions['user'], command: string, opts?: Partial<InteractOptions>): Promise<InteractionOutcome>;
  restartBot(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Extra environment (e.g. SITREP_POLL_CRON); the harness sets the Discord, store and network ones. */
  env?: Record<string, string>;
  /** Start the poll schedule (default false: tests call bot.pollNow()). */
  schedule?: boolean;
  verbose?: boolean;
  storeUrl?: string;
  /** Extra sandbox behaviour, e.g. rateLimitPerSecond. */
  sandbox?: Partial<SandboxOptions>;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-'));
  const sandbox = await startDiscordSandbox({
    ...opts.sandbox,
    guilds: [
      {
        id: GUILD_ID,
        name: 'Sitrep sandbox',
        channels: [
          { id: CHANNEL_ID, name: 'conflict-news', type: 0 },
          { id: OTHER_CHANNEL_ID, name: 'alerts', type: 0 },
        ],
      },
    ],
  });
  const feeds = await startFeedServer();
  const env = {
    DISCORD_TOKEN: sandbox.token,
    SITREP_DISCORD_API: sandbox.apiUrl,
    SITREP_STORE: opts.storeUrl ?? `sqlite://${join(dir, 'sitrep.sqlite')}`,
    SITREP_ALLOW_PRIVATE_NETWORKS: 'true',
    SITREP_POLL_CRON: '*/2 * * * * *',
    ...opts.env,
  };
  const config = loadConfig(env as NodeJS.ProcessEnv);
  const log = opts.verbose ? createLogger('info') : silentLogger;
  let store = await openStore(config.storeUrl);
  let bot = await startBot({ config, store, log, guildId: GUILD_ID, schedule: opts.schedule ?? false });
  const harness: Harness = {
    sandbox,
    feeds,
    config,
    get store() {
      return store;
    },
    get bot() {
      return bot;
    },
    dir,
    log,
    command: (user, command, extra = {}) => sandbox.interact({ guildId: GUILD_ID, channelId: CHANNEL_ID, user, command, ...extra }),
    async restartBot() {
      await bot.stop();
      await store.close();
      store = await openStore(config.storeUrl);
      bot = await startBot({ config, store, log, guildId: GUILD_ID, schedule: opts.schedule ?? false });
    },
    async close() {
      await bot.stop().catch(() => undefined);
      await store.close().catch(() => undefined);
      await feeds.close();
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

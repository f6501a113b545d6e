import { loadConfig, ConfigError } from '../config/load.js';
import { openStore } from '../store/openStore.js';
import { startBot } from '../discord/bot.js';
import { createLogger } from '../util/log.js';
import { flagValue } from './args.js';
import { parseShards, runShards } from './shards.js';
import { loadReporterTable } from '../config/reporters.js';

export async function start(args: string[]): Promise<number> {
  const config = { ...loadConfig(), reporters: loadReporterTable() };
  if (!config.discordToken) throw new ConfigError('DISCORD_TOKEN', 'the bot token from the Discord developer portal (it is not set)');
  const log = createLogger(config.logLevel);
  const shards = flagValue(args, '--shards');
  // In a shard process discord.js has set SHARDS; only the parent manages shards.
  if (shards !== undefined && process.env.SHARDS === undefined) {
    const guild = flagValue(args, '--guild');
    const stopShards = await runShards(config, log, parseShards(shards), guild ? ['--guild', guild] : []);
    await untilSignal(log, stopShards);
    return 0;
  }
  const store = await openStore(config.storeUrl);
  const bot = await startBot({ config, store, log, guildId: flagValue(args, '--guild') });
  log.info(`polling on "${config.pollCron}", store ${config.storeUrl.replace(/\/\/[^@/]*@/, '//***@')}`);
  await untilSignal(log, async () => {
    await bot.stop().catch((err) => log.error(`while stopping: ${(err as Error).message}`));
    await store.close();
  });
  // A shard's IPC channel to its manager would keep this process alive.
  if (process.connected) process.disconnect();
  return 0;
}

/** Runs until SIGTERM or SIGINT, then stops taking work, lets `stop` finish, and returns. */
async function untilSignal(log: ReturnType<typeof createLogger>, stop: () => Promise<void>): Promise<void> {
  await new Promise<void>((resolve) => {
    let stopping = false;
    const onSignal = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info(`${signal}: finishing deliveries in flight, then exiting`);
      void stop()
        .catch((err) => log.error(`while stopping: ${(err as Error).message}`))
        .finally(resolve);
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  });
  log.info('stopped');
}

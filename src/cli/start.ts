import { loadConfig, ConfigError } from '../config/load.js';
import { openStore } from '../store/openStore.js';
import { startBot } from '../discord/bot.js';
import { createLogger } from '../util/log.js';
import { flagValue } from './args.js';

export async function start(args: string[]): Promise<number> {
  const config = loadConfig();
  if (!config.discordToken) throw new ConfigError('DISCORD_TOKEN', 'the bot token from the Discord developer portal (it is not set)');
  const log = createLogger(config.logLevel);
  const store = await openStore(config.storeUrl);
  const bot = await startBot({ config, store, log, guildId: flagValue(args, '--guild') });
  log.info(`polling on "${config.pollCron}", store ${config.storeUrl.replace(/\/\/[^@/]*@/, '//***@')}`);
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info(`${signal}: finishing deliveries in flight, then exiting`);
      void bot
        .stop()
        .catch((err) => log.error(`while stopping: ${(err as Error).message}`))
        .then(() => store.close())
        .finally(resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  log.info('stopped');
  return 0;
}

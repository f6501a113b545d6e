// The running bot: gateway client for interactions, REST for deliveries, the poll schedule.
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Config } from '../config/load.js';
import type { Store } from '../store/openStore.js';
import type { Logger } from '../util/log.js';
import { pollCycle, type CycleReport } from '../poller/pollCycle.js';
import { PollScheduler } from '../poller/schedule.js';
import { fetchLimits } from '../poller/previewFeed.js';
import { COMMANDS } from './commands.js';
import { createRouter } from './router.js';
import { syncCommands } from './register.js';
import { discordPoster, NO_MENTIONS } from './poster.js';
import type { BotContext } from './context.js';
import { WindowQuota } from './cooldown.js';

/** Feed fetches a server's commands may trigger per 10 minutes. */
const FEED_FETCHES_PER_SERVER = 30;

export interface RunningBot {
  client: Client;
  scheduler: PollScheduler;
  /** Run one poll cycle now and wait for it (tests, demo). */
  pollNow(): Promise<CycleReport>;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  store: Store;
  log: Logger;
  /** Register commands in this guild only (instant) instead of globally. */
  guildId?: string;
  /** Start the cron schedule (false: poll only when asked). */
  schedule?: boolean;
}

export async function startBot(opts: StartOptions): Promise<RunningBot> {
  const { config, store, log } = opts;
  if (!config.discordToken) throw new Error('DISCORD_TOKEN is not set: create a bot at https://discord.com/developers/applications and pass its token.');
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: config.discordApi }, allowedMentions: NO_MENTIONS });
  const poster = discordPoster(client.rest);
  let lastReport: CycleReport | null = null;
  // The outbox is repaired in this process's first cycle and whenever it takes polling over from
  // another process (which may have died between two writes): see repairOutbox.
  let repairDue = true;
  const runCycle = async (shouldStop: () => boolean, tookOver = false) => {
    repairDue ||= tookOver;
    lastReport = await pollCycle({
      store,
      poster,
      log,
      limits: fetchLimits(config),
      health: config,
      maxItemsPerFeed: config.maxItemsPerFeed,
      concurrency: config.pollConcurrency,
      deliveryConcurrency: config.deliveryConcurrency,
      reporters: config.reporters,
      shouldStop,
      repairOutbox: repairDue,
    });
    repairDue = false;
    const posted = lastReport.delivery.sent;
    const failed = lastReport.feeds.filter((f) => f.outcome === 'failed').length;
    log.info(`poll cycle: ${lastReport.feeds.length} feeds, ${posted} posted, ${failed} failing, ${lastReport.ms} ms`);
    return lastReport;
  };
  // The lease makes polling run in exactly one process when several share the store.
  const scheduler = new PollScheduler(config.pollCron, runCycle, log, { store });
  const ctx: BotContext = {
    store,
    config,
    log,
    now: () => new Date(),
    requestPoll: () => scheduler.requestPoll(),
    commands: COMMANDS,
    fetchQuota: new WindowQuota(FEED_FETCHES_PER_SERVER, 10 * 60_000),
  };
  client.on(Events.InteractionCreate, createRouter(COMMANDS, ctx));
  client.on(Events.Error, (err) => log.error(`discord client: ${err.message}`));
  client.on(Events.ShardResume, () => log.info('gateway session resumed'));

  const ready = once(client, Events.ClientReady);
  await client.login(config.discordToken);
  await ready;
  log.info(`logged in as ${client.user?.tag} in ${client.guilds.cache.size} servers`);

  const n = await syncCommands(client.rest, client.application!.id, COMMANDS, opts.guildId);
  if (n > 0) log.info(`registered ${n} slash commands ${opts.guildId ? `in server ${opts.guildId}` : 'globally'}`);

  if (opts.schedule !== false) {
    scheduler.start();
    scheduler.requestPoll();
  }
  return {
    client,
    scheduler,
    async pollNow() {
      await scheduler.idle;
      return runCycle(() => false);
    },
    async stop() {
      await scheduler.stop();
      await client.destroy();
    },
  };
}

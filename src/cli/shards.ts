// `sitrep start --shards auto|N`: discord.js's ShardingManager runs one `sitrep start` process per
// gateway shard. Each shard answers the interactions of its guilds; polling runs in exactly one of
// them at a time, the holder of the store's poller lease, and deliveries go over REST from there.
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import type { Config } from '../config/load.js';
import type { Logger } from '../util/log.js';

export function parseShards(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1024) throw new Error(`--shards takes "auto" or a whole number from 1 to 1024 (got "${value}")`);
  return n;
}

/** Discord's recommendation, asked of the configured API (discord.js's own helper asks discord.com). */
async function recommendedShards(config: Config): Promise<number> {
  const rest = new REST({ api: config.discordApi }).setToken(config.discordToken!);
  const info = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, info.shards);
}

export async function runShards(config: Config, log: Logger, shards: number | 'auto', passOn: string[]): Promise<() => Promise<void>> {
  const total = shards === 'auto' ? await recommendedShards(config) : shards;
  const manager = new ShardingManager(fileURLToPath(new URL('../cli.js', import.meta.url)), {
    token: config.discordToken,
    totalShards: total,
    shardArgs: ['start', ...passOn],
    respawn: true,
    mode: 'process',
  });
  manager.on('shardCreate', (shard) => log.info(`shard ${shard.id + 1}/${total} starting`));
  // Discord lets a bot identify one shard per 5 s (max_concurrency 1).
  await manager.spawn({ amount: total, delay: Number(process.env.SITREP_SHARD_SPAWN_DELAY_MS ?? 5500), timeout: 60_000 });
  log.info(`${total} shard${total === 1 ? '' : 's'} running`);
  return async () => {
    manager.respawn = false;
    await Promise.all(
      [...manager.shards.values()].map(
        (shard) =>
          new Promise<void>((resolve) => {
            const child = shard.process;
            if (!child || child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM'); // each shard finishes its deliveries in flight
          }),
      ),
    );
  };
}

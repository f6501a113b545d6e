import { REST, Routes } from 'discord.js';
import { loadConfig, ConfigError } from '../config/load.js';
import { COMMANDS } from '../discord/commands.js';
import { registerCommands } from '../discord/register.js';
import { flagValue } from './args.js';

export async function register(args: string[]): Promise<number> {
  const config = loadConfig();
  if (!config.discordToken) throw new ConfigError('DISCORD_TOKEN', 'the bot token from the Discord developer portal (it is not set)');
  const guildId = flagValue(args, '--guild');
  const rest = new REST({ api: config.discordApi }).setToken(config.discordToken);
  const app = (await rest.get(Routes.currentApplication())) as { id: string };
  const n = await registerCommands(rest, app.id, COMMANDS, guildId);
  process.stdout.write(`Registered ${n} slash commands ${guildId ? `in server ${guildId} (available now)` : 'globally (may take up to an hour to appear)'}.\n`);
  return 0;
}

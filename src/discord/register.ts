// Slash-command registration: explicit (`sitrep register`) or at start when the definitions changed.
import { createHash } from 'node:crypto';
import { Routes, type REST } from 'discord.js';
import type { CommandModule } from './context.js';

export function commandDefinitions(commands: CommandModule[]) {
  return commands.map((c) => c.data.toJSON());
}

export function definitionsHash(commands: CommandModule[], guildId?: string): string {
  return createHash('sha256').update(JSON.stringify({ guildId: guildId ?? null, defs: commandDefinitions(commands) })).digest('hex');
}

export async function registerCommands(rest: REST, applicationId: string, commands: CommandModule[], guildId?: string): Promise<number> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const result = (await rest.put(route, { body: commandDefinitions(commands) })) as unknown[];
  return result.length;
}

// Slash-command registration: explicit (`sitrep register`) or at start when the commands Discord has
// differ from ours (compared field by field, so a change or a missing command is noticed, not only a
// change since our last start).
import { Routes, type REST } from 'discord.js';
import type { CommandModule } from './context.js';

export function commandDefinitions(commands: CommandModule[]) {
  return commands.map((c) => c.data.toJSON());
}

type Json = Record<string, unknown>;
const OPTION_FIELDS = ['type', 'name', 'description', 'required', 'autocomplete', 'min_value', 'max_value', 'min_length', 'max_length', 'channel_types'] as const;

/** The fields users see; Discord adds ids, versions and defaults we do not send. */
function project(def: Json): Json {
  const options = ((def.options as Json[] | undefined) ?? []).map(projectOption);
  return { name: def.name, description: def.description, default_member_permissions: def.default_member_permissions ?? null, options };
}

function projectOption(o: Json): Json {
  const out: Json = {};
  for (const f of OPTION_FIELDS) if (o[f] !== undefined && o[f] !== null && o[f] !== false) out[f] = o[f];
  if (Array.isArray(o.choices) && o.choices.length) out.choices = (o.choices as Json[]).map((c) => ({ name: c.name, value: c.value }));
  if (Array.isArray(o.options) && o.options.length) out.options = (o.options as Json[]).map(projectOption);
  return out;
}

export function commandsDiffer(local: Json[], remote: Json[]): boolean {
  if (local.length !== remote.length) return true;
  const byName = new Map(remote.map((r) => [r.name, JSON.stringify(project(r))]));
  return local.some((l) => byName.get(l.name) !== JSON.stringify(project(l)));
}

export async function registerCommands(rest: REST, applicationId: string, commands: CommandModule[], guildId?: string): Promise<number> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const result = (await rest.put(route, { body: commandDefinitions(commands) })) as unknown[];
  return result.length;
}

/** Registers only when Discord's copy differs; returns how many were registered (0: already current). */
export async function syncCommands(rest: REST, applicationId: string, commands: CommandModule[], guildId?: string): Promise<number> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  let remote: Json[] | null = null;
  try {
    remote = (await rest.get(route)) as Json[];
  } catch {
    // A server that cannot list commands still takes a bulk overwrite: register to be sure.
  }
  if (remote && !commandsDiffer(commandDefinitions(commands) as unknown as Json[], remote)) return 0;
  return registerCommands(rest, applicationId, commands, guildId);
}

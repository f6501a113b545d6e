// Reading options the way every Discord-compatible server sends them.
import type { ChatInputCommandInteraction } from 'discord.js';
import { UserFacingError } from './context.js';

/**
 * A channel option as `{ id }`. discord.js resolves it from the payload's `resolved.channels`; a
 * server that sends only the id still names the channel, so the raw value is used then.
 */
export function channelOption(interaction: ChatInputCommandInteraction, name: string, required: true): { id: string };
export function channelOption(interaction: ChatInputCommandInteraction, name: string, required?: false): { id: string } | null;
export function channelOption(interaction: ChatInputCommandInteraction, name: string, required = false): { id: string } | null {
  const raw = interaction.options.get(name);
  const id = raw?.channel?.id ?? (typeof raw?.value === 'string' ? raw.value : null);
  if (!id || !/^\d{5,25}$/.test(id)) {
    if (required) throw new UserFacingError(`Pick a channel for \`${name}\`.`);
    return null;
  }
  return { id };
}

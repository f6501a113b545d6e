// What a command module may use: the store's repositories, settings, and a few services.
import type { Config } from '../config/load.js';
import type { WindowQuota } from './cooldown.js';
import type { Store } from '../store/openStore.js';
import type { Logger } from '../util/log.js';
import type { ChatInputCommandInteraction, AutocompleteInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

export interface BotContext {
  store: Store;
  config: Config;
  log: Logger;
  now(): Date;
  /** Ask for a poll cycle soon (after /feed add, /feed resume), without waiting for the schedule. */
  requestPoll(): void;
  /** Every command, for /help. */
  commands: CommandModule[];
  /** Per-server budget of feed fetches triggered by commands. */
  fetchQuota: WindowQuota;
}

export interface CommandModule {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  /** Seconds a member waits between two uses (expensive commands only). */
  cooldownSeconds?: number;
}

/** A refusal or a problem the user can fix: shown to them as is, ephemerally. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

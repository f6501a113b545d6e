// interaction → command module → reply. Every failure reaches the user as a short ephemeral message.
import { MessageFlags, type Interaction, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext, CommandModule } from './context.js';
import { UserFacingError } from './context.js';
import { StoreError } from '../store/openStore.js';
import { Cooldowns } from './cooldown.js';

export function createRouter(commands: CommandModule[], ctx: BotContext) {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const cooldowns = new Cooldowns();
  return async function route(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      try {
        if (command?.autocomplete) await command.autocomplete(interaction, ctx);
        else await interaction.respond([]);
      } catch (err) {
        ctx.log.warn(`autocomplete /${interaction.commandName} failed: ${(err as Error).message}`);
        if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
      }
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    const command = byName.get(interaction.commandName);
    if (!command) {
      await replyError(interaction, 'This command is not available any more. Ask a moderator to run `sitrep register`.');
      return;
    }
    if (!interaction.inGuild()) {
      await replyError(interaction, 'Sitrep commands work inside a server, not in direct messages.');
      return;
    }
    if (command.cooldownSeconds) {
      const wait = cooldowns.take(command.data.name, interaction.user.id, command.cooldownSeconds);
      if (wait > 0) return replyError(interaction, `Please wait ${wait} s before using /${command.data.name} again.`);
    }
    const safetyNet = deferIfSlow(interaction);
    try {
      await command.execute(interaction, ctx);
    } catch (err) {
      if (err instanceof UserFacingError) return replyError(interaction, err.message);
      if (err instanceof StoreError || isStoreOutage(err)) {
        ctx.log.error(`/${interaction.commandName}: store unavailable: ${(err as Error).message}`);
        return replyError(interaction, 'Sitrep cannot reach its database right now. Please try again in a minute.');
      }
      ctx.log.error(`/${interaction.commandName} failed: ${(err as Error).stack ?? err}`);
      return replyError(interaction, 'Something went wrong while answering. The operator has the details in the log; please try again.');
    } finally {
      clearTimeout(safetyNet);
    }
  };
}

/** Discord drops an interaction not acknowledged within 3 s. */
const DEFER_AFTER_MS = 2_000;

/**
 * A command that has not answered after 2 s (a slow store, a slow site) is deferred for it, and its
 * later reply() becomes an edit of that deferred answer, so the user always gets one.
 */
function deferIfSlow(interaction: ChatInputCommandInteraction): NodeJS.Timeout {
  return setTimeout(() => {
    if (interaction.deferred || interaction.replied) return;
    const deferred = interaction.deferReply({ flags: MessageFlags.Ephemeral }).catch(() => undefined);
    const edit = interaction.editReply.bind(interaction);
    interaction.reply = (async (options: Parameters<ChatInputCommandInteraction['reply']>[0]) => {
      await deferred;
      const { flags: _flags, ...rest } = typeof options === 'string' ? { content: options } : (options as Record<string, unknown>);
      return edit(rest as Parameters<ChatInputCommandInteraction['editReply']>[0]);
    }) as ChatInputCommandInteraction['reply'];
  }, DEFER_AFTER_MS);
}

function isStoreOutage(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'ECONNREFUSED';
}

export async function replyError(interaction: ChatInputCommandInteraction, message: string): Promise<void> {
  const content = `⚠️ ${message}`.slice(0, 2000);
  try {
    if (interaction.deferred || interaction.replied) await interaction.editReply({ content, embeds: [], files: [] });
    else await interaction.reply({ content, flags: MessageFlags.Ephemeral });
  } catch {
    // The interaction expired or Discord is unreachable: nothing more we can tell the user.
  }
}

// /help — every command with one line.
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/context.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('What Sitrep can do: every command in one line');

interface Def {
  name: string;
  description: string;
  default_member_permissions?: string | null;
  options?: { type: number; name: string; description: string }[];
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const lines: string[] = [];
  for (const command of ctx.commands) {
    const def = command.data.toJSON() as Def;
    const mod = def.default_member_permissions ? ' *(Manage Server)*' : '';
    const subs = (def.options ?? []).filter((o) => o.type === 1);
    if (subs.length) for (const s of subs) lines.push(`\`/${def.name} ${s.name}\` — ${s.description}${mod}`);
    else lines.push(`\`/${def.name}\` — ${def.description}${mod}`);
  }
  await interaction.reply({
    embeds: [
      {
        title: 'Sitrep — conflict news with casualty figures',
        description: `Sitrep posts articles from news feeds with the casualty figures it reads in them, groups outlets’ reports of one event into a story, and compares their tolls.\n\n${lines.join('\n')}`,
        color: 0xb22222,
      },
    ],
    flags: MessageFlags.Ephemeral,
  });
}

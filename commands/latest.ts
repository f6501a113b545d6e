// /latest [count] — the newest analysed articles of this server's feeds.
import { SlashCommandBuilder, time, TimestampStyles, escapeMarkdown, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { latestArticles } from '../src/store/queries.js';
import { renderFiguresLine } from '../src/discord/render/figuresLine.js';
import { truncate } from '../src/discord/render/articleEmbed.js';

export const data = new SlashCommandBuilder()
  .setName('latest')
  .setDescription("The newest articles of this server's feeds, with their figures")
  .setDMPermission(false)
  .addIntegerOption((o) => o.setName('count').setDescription('How many (1–10, default 5)').setMinValue(1).setMaxValue(10));

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const count = interaction.options.getInteger('count') ?? 5;
  await interaction.deferReply();
  const articles = await latestArticles(ctx.store, interaction.guildId!, count);
  if (articles.length === 0) {
    await interaction.editReply('No articles yet. A moderator can add a feed with `/feed add`.');
    return;
  }
  const lines = articles.map((a) => {
    const title = escapeMarkdown(truncate(a.title, 150));
    const head = a.url ? `[${title}](${a.url})` : `**${title}**`;
    const when = a.published ? time(new Date(a.published), TimestampStyles.RelativeTime) : '';
    const figures = renderFiguresLine(a.figures);
    return `${head}\n${[a.outlet, when].filter(Boolean).join(' · ')}${figures ? `\n${figures}` : ''}`;
  });
  await interaction.editReply({ embeds: [{ title: `Latest ${articles.length} article${articles.length === 1 ? '' : 's'}`, description: truncate(lines.join('\n\n'), 4000), color: 0xb22222 }] });
}

// /story [story] — the whole story: a summary from all its articles, the places, the figures over time.
import { SlashCommandBuilder, escapeMarkdown, time, TimestampStyles, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { UserFacingError } from '../src/discord/context.js';
import { guildStories, storyArticles } from '../src/store/queries.js';
import { summarizeStory } from '../src/analysis/summary/summarizeStory.js';
import { llmStorySummary } from '../src/summarizer/llmSummary.js';
import { renderFiguresLine } from '../src/discord/render/figuresLine.js';
import { truncate } from '../src/discord/render/articleEmbed.js';
import { autocomplete as storyAutocomplete } from './deathtoll.js';

export const data = new SlashCommandBuilder()
  .setName('story')
  .setDescription('A summary of a story from all its outlets, its places and its figures over time')
  .setDMPermission(false)
  .addStringOption((o) => o.setName('story').setDescription('The story (default: the most recently updated)').setAutocomplete(true));

/** Renders a chart / reads every article of a story. */
export const cooldownSeconds = 5;

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const storyId = interaction.options.getString('story');
  await interaction.deferReply();
  const stories = await guildStories(ctx.store, interaction.guildId!);
  if (stories.length === 0) throw new UserFacingError('There are no stories yet: they form as the server’s feeds post articles.');
  const story = storyId ? stories.find((s) => s.id === storyId || s.title === storyId) : stories[0];
  if (!story) throw new UserFacingError('That story is not among the stories of this server. Pick one from the list as you type.');
  const articles = await storyArticles(ctx.store, interaction.guildId!, story);

  let summary: string | null = null;
  if (ctx.config.summaryApi) summary = await llmStorySummary(ctx.config.summaryApi, articles, ctx.log);
  if (!summary) {
    const picked = summarizeStory(articles.map((a) => ({ id: a.id, outlet: a.outlet, title: a.title, text: a.text, lang: a.lang, published: a.published ?? a.fetchedAt })));
    summary = picked.map((p) => `• ${escapeMarkdown(p.sentence)}${p.outlet ? ` — *${escapeMarkdown(p.outlet)}*` : ''}`).join('\n');
  }
  const timeline = articles
    .map((a) => {
      const when = a.published ? time(new Date(a.published), TimestampStyles.ShortDateTime) : 'undated';
      const figures = renderFiguresLine(a.figures) || 'no figures';
      return `${when} · ${escapeMarkdown(a.outlet ?? 'unknown')} · ${figures}`;
    })
    .join('\n');
  const fields = [
    { name: 'Figures over time', value: truncate(timeline || '—', 1024) },
    ...(story.places.length ? [{ name: 'Places', value: truncate(story.places.join(', '), 1024) }] : []),
  ];
  await interaction.editReply({
    embeds: [
      {
        title: truncate(story.title, 256),
        description: truncate(summary || 'No summary could be made from these articles.', 4000),
        fields,
        footer: { text: `${articles.length} article${articles.length === 1 ? '' : 's'} · story ${story.id}` },
        color: 0xb22222,
      },
    ],
  });
}

export const autocomplete: (i: AutocompleteInteraction, ctx: BotContext) => Promise<void> = storyAutocomplete;

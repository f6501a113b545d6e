// /deathtoll [story] [kind] — every outlet's figures for one story side by side, with a chart.
import { AttachmentBuilder, SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { UserFacingError } from '../src/discord/context.js';
import { guildStories, storyArticles } from '../src/store/queries.js';
import { compareTolls, type TollKind } from '../src/analysis/stories/compareTolls.js';
import { renderTollTable } from '../src/discord/render/tollTable.js';
import { renderTollChart } from '../src/discord/render/tollChart.js';
import { truncate } from '../src/discord/render/articleEmbed.js';

export const data = new SlashCommandBuilder()
  .setName('deathtoll')
  .setDescription("Compare the outlets' casualty figures for a story")
  .setDMPermission(false)
  .addStringOption((o) => o.setName('story').setDescription('The story (default: the most recently updated)').setAutocomplete(true))
  .addStringOption((o) =>
    o
      .setName('kind')
      .setDescription('Which figure to compare (default: killed)')
      .addChoices({ name: 'killed', value: 'killed' }, { name: 'injured', value: 'injured' }, { name: 'displaced', value: 'displaced' }),
  );

/** Renders a chart / reads every article of a story. */
export const cooldownSeconds = 3;

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const storyId = interaction.options.getString('story');
  const kind = (interaction.options.getString('kind') ?? 'killed') as TollKind;
  await interaction.deferReply();
  const stories = await guildStories(ctx.store, interaction.guildId!);
  if (stories.length === 0) throw new UserFacingError('There are no stories yet: once a feed has posted articles, `/deathtoll` compares their figures.');
  const story = storyId ? stories.find((s) => s.id === storyId) ?? stories.find((s) => s.title === storyId) : stories[0];
  if (!story) throw new UserFacingError('That story is not among the stories of this server. Pick one from the list as you type.');
  const articles = await storyArticles(ctx.store, interaction.guildId!, story);
  const comparison = compareTolls(
    articles.map((a) => ({ articleId: a.id, outlet: a.outlet, title: a.title, url: a.url, published: a.published ?? a.fetchedAt, figures: a.figures })),
    kind,
  );
  const settings = await ctx.store.channels.guildSettings(interaction.guildId!);
  const rendered = renderTollTable(comparison, { now: ctx.now(), storyTitle: story.title, timeZone: settings.timeZone, locale: settings.dateLocale });
  const description = truncate([rendered.table, ...rendered.summaryLines].join('\n'), 4096);
  const chart = await chartFor(`${story.id}|${kind}|${story.lastUpdated}|${articles.length}`, () => renderTollChart(comparison, { storyTitle: story.title }));
  const file = new AttachmentBuilder(chart, { name: 'toll.png', description: `${kind} over time by reporter` });
  const embed = { title: truncate(rendered.title, 256), description, color: 0xb22222 };
  try {
    await interaction.editReply({ embeds: [{ ...embed, image: { url: 'attachment://toll.png' } }], files: [file] });
  } catch (err) {
    // The table is the answer; the chart is a bonus that must not cost it.
    ctx.log.warn(`/deathtoll chart upload failed, answering without it: ${(err as Error).message}`);
    await interaction.editReply({ embeds: [{ ...embed, footer: { text: 'The chart could not be attached this time.' } }], files: [] });
  }
}

/** Rendered charts of recently asked stories: a story that has not changed is drawn once. */
const charts = new Map<string, Promise<Buffer>>();
const CHART_CACHE_SIZE = 100;

function chartFor(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
  let png = charts.get(key);
  if (png) {
    charts.delete(key); // most recently used last
  } else {
    png = render();
    png.catch(() => charts.delete(key));
  }
  charts.set(key, png);
  if (charts.size > CHART_CACHE_SIZE) charts.delete(charts.keys().next().value!);
  return png;
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const typed = interaction.options.getFocused().toLowerCase();
  const stories = await guildStories(ctx.store, interaction.guildId!);
  const choices = stories
    .filter((s) => s.title.toLowerCase().includes(typed))
    .slice(0, 25)
    .map((s) => ({ name: `${truncate(s.title, 90)} (${s.articleIds.length})`, value: s.id }));
  await interaction.respond(choices);
}

// /feed add | remove | list | test — moderators manage the server's feeds (Manage Server).
import {
  ChannelType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  time,
  TimestampStyles,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { UserFacingError } from '../src/discord/context.js';
import { checkFeedUrl } from '../src/feeds/addressGuard.js';
import { FeedError } from '../src/feeds/errors.js';
import { previewFeed } from '../src/poller/previewFeed.js';
import { errorForModerators } from '../src/poller/feedHealth.js';
import { renderArticleEmbed, truncate } from '../src/discord/render/articleEmbed.js';
import type { FeedState, Subscription } from '../src/store/records.js';

const POSTABLE = [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.PublicThread, ChannelType.PrivateThread, ChannelType.AnnouncementThread] as const;

export const data = new SlashCommandBuilder()
  .setName('feed')
  .setDescription('Manage the news feeds Sitrep posts in this server')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setDMPermission(false)
  .addSubcommand((s) =>
    s
      .setName('add')
      .setDescription('Post new articles of a feed into a channel')
      .addStringOption((o) => o.setName('url').setDescription('RSS or Atom feed URL').setRequired(true).setMaxLength(2000))
      .addChannelOption((o) => o.setName('channel').setDescription('Where to post').setRequired(true).addChannelTypes(...POSTABLE))
      .addStringOption((o) => o.setName('keywords').setDescription('Only articles containing one of these words (comma-separated)').setMaxLength(500))
      .addIntegerOption((o) => o.setName('backlog').setDescription('How many of the newest existing articles to post now (0–5, default 3)').setMinValue(0).setMaxValue(5)),
  )
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setDescription('Stop posting a feed')
      .addStringOption((o) => o.setName('url').setDescription('The feed to remove').setRequired(true).setAutocomplete(true)),
  )
  .addSubcommand((s) => s.setName('list').setDescription("This server's feeds with their health"))
  .addSubcommand((s) =>
    s
      .setName('test')
      .setDescription('Fetch a feed and show its newest article as it would be posted (subscribes nothing)')
      .addStringOption((o) => o.setName('url').setDescription('RSS or Atom feed URL').setRequired(true).setMaxLength(2000)),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  // The default permission can be overridden per server; the handler checks again.
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    throw new UserFacingError('Only members with the **Manage Server** permission can manage feeds.');
  }
  const sub = interaction.options.getSubcommand();
  if (sub === 'add') return add(interaction, ctx);
  if (sub === 'remove') return remove(interaction, ctx);
  if (sub === 'list') return list(interaction, ctx);
  if (sub === 'test') return test(interaction, ctx);
  throw new UserFacingError(`Unknown subcommand "${sub}".`);
}

function validUrl(raw: string, ctx: BotContext): string {
  try {
    return checkFeedUrl(raw.trim(), { allowPrivateNetworks: ctx.config.allowPrivateNetworks }).toString();
  } catch (err) {
    if (err instanceof FeedError) throw new UserFacingError(`That feed URL can't be used: ${err.hint}`);
    throw new UserFacingError('That is not a valid URL. Paste the full feed address, starting with https://');
  }
}

async function add(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const url = validUrl(interaction.options.getString('url', true), ctx);
  const channel = interaction.options.getChannel('channel', true);
  const keywords = (interaction.options.getString('keywords') ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const backlog = interaction.options.getInteger('backlog') ?? ctx.config.defaultBacklog;
  const guildId = interaction.guildId!;

  const existing = await ctx.store.subscriptions.forGuild(guildId);
  if (existing.some((s) => s.url === url && s.channelId === channel.id)) {
    throw new UserFacingError(`<#${channel.id}> already receives ${url}. Use \`/feed remove\` first to change it.`);
  }
  if (existing.length >= ctx.config.maxFeedsPerGuild) {
    throw new UserFacingError(`This server has reached its limit of ${ctx.config.maxFeedsPerGuild} feeds. Remove one with \`/feed remove\` first.`);
  }

  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let title = url;
  try {
    const preview = await previewFeed(url, ctx.config);
    title = preview.feed.title || url;
  } catch (err) {
    if (err instanceof FeedError) throw new UserFacingError(`Sitrep could not read that feed, so nothing was added. ${errorForModerators(err)}`);
    throw err;
  }
  await ctx.store.subscriptions.create({ guildId, channelId: channel.id, url, keywords, backlog, createdBy: interaction.user.id });
  ctx.requestPoll();
  const filter = keywords.length ? ` Only articles mentioning ${keywords.map((k) => `“${k}”`).join(', ')} are posted.` : '';
  await interaction.editReply(
    `✅ **${truncate(title, 200)}** will be posted in <#${channel.id}>. ${backlog === 0 ? 'Only articles published from now on are posted.' : `Its ${backlog} newest article${backlog === 1 ? '' : 's'} come${backlog === 1 ? 's' : ''} first.`}${filter}`,
  );
}

async function remove(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const raw = interaction.options.getString('url', true).trim();
  const subs = (await ctx.store.subscriptions.forGuild(interaction.guildId!)).filter((s) => s.url === raw || s.id === raw);
  if (subs.length === 0) throw new UserFacingError(`This server has no feed ${raw}. \`/feed list\` shows the feeds it has.`);
  for (const s of subs) await ctx.store.subscriptions.remove(s.id);
  const channels = subs.map((s) => `<#${s.channelId}>`).join(', ');
  await interaction.reply({ content: `🗑️ Removed ${subs[0]!.url} from ${channels}.`, flags: MessageFlags.Ephemeral });
}

export function feedStatus(sub: Subscription, state: FeedState): string {
  if (sub.paused) return '⏸️ paused';
  if (state.disabled) return `⛔ disabled after ${state.consecutiveFailures} failures — \`/feed resume\` retries it`;
  if (state.consecutiveFailures > 0) return `⚠️ failing since ${time(new Date(state.failingSince!), TimestampStyles.RelativeTime)} (${state.consecutiveFailures}×)`;
  if (!state.lastSuccessAt) return '⏳ waiting for its first fetch';
  return '✅ ok';
}

async function list(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const subs = await ctx.store.subscriptions.forGuild(interaction.guildId!);
  if (subs.length === 0) {
    await interaction.reply({ content: 'This server has no feeds yet. Add one with `/feed add url:<feed URL> channel:<#channel>`.', flags: MessageFlags.Ephemeral });
    return;
  }
  const lines: string[] = [];
  for (const sub of subs) {
    const state = await ctx.store.feeds.get(sub.url);
    const name = state.title ? `**${truncate(state.title, 80)}**\n` : '';
    const success = state.lastSuccessAt ? time(new Date(state.lastSuccessAt), TimestampStyles.RelativeTime) : 'never';
    const error = state.lastError && state.consecutiveFailures > 0 ? `\nLast error: ${truncate(state.lastError, 200)}` : '';
    const kw = sub.keywords.length ? ` · keywords: ${sub.keywords.join(', ')}` : '';
    lines.push(`${name}${sub.url}\n→ <#${sub.channelId}> · ${feedStatus(sub, state)} · last success ${success}${kw}${error}`);
  }
  const text = truncate(lines.join('\n\n'), 4000);
  await interaction.reply({ embeds: [{ title: `Feeds of this server (${subs.length}/${ctx.config.maxFeedsPerGuild})`, description: text }], flags: MessageFlags.Ephemeral });
}

async function test(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const url = validUrl(interaction.options.getString('url', true), ctx);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    const preview = await previewFeed(url, ctx.config);
    if (!preview.newest) {
      await interaction.editReply(`The feed **${truncate(preview.feed.title || url, 200)}** is readable but has no articles right now.`);
      return;
    }
    await interaction.editReply({
      content: `The feed works (${preview.feed.items.length} articles). Its newest article would be posted like this:`,
      embeds: [renderArticleEmbed(preview.newest)],
    });
  } catch (err) {
    if (err instanceof FeedError) throw new UserFacingError(`Sitrep could not read that feed. ${errorForModerators(err)}`);
    throw err;
  }
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const typed = interaction.options.getFocused().toLowerCase();
  const subs = await ctx.store.subscriptions.forGuild(interaction.guildId!);
  const seen = new Set<string>();
  const choices = subs
    .filter((s) => s.url.toLowerCase().includes(typed) && !seen.has(s.url) && seen.add(s.url))
    .slice(0, 25)
    // Choice values are capped at 100 characters; a longer URL is chosen by its subscription id.
    .map((s) => ({ name: truncate(s.url, 100), value: s.url.length <= 100 ? s.url : s.id }));
  await interaction.respond(choices);
}

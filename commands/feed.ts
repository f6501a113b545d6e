// /feed add | edit | remove | pause | resume | list | test | import | export — moderators manage the
// server's feeds (Manage Server).
import {
  AttachmentBuilder,
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
import { channelOption } from '../src/discord/options.js';
import { checkFeedUrl } from '../src/feeds/addressGuard.js';
import { FeedError } from '../src/feeds/errors.js';
import { fetchFeed } from '../src/feeds/fetchFeed.js';
import { fetchLimits, previewFeed } from '../src/poller/previewFeed.js';
import { errorForModerators } from '../src/poller/feedHealth.js';
import { renderArticleEmbed, truncate } from '../src/discord/render/articleEmbed.js';
import { addFilterOptions, describeFilters, readFilterOptions } from '../src/discord/subscriptionOptions.js';
import { readOpml, writeOpml, OpmlError } from '../src/formats/opml.js';
import type { FeedState, Subscription } from '../src/store/records.js';

const POSTABLE = [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.PublicThread, ChannelType.PrivateThread, ChannelType.AnnouncementThread] as const;
const OPML_MAX_BYTES = 1_000_000;

export const data = new SlashCommandBuilder()
  .setName('feed')
  .setDescription('Manage the news feeds Sitrep posts in this server')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setDMPermission(false)
  .addSubcommand((s) =>
    addFilterOptions(
      s
        .setName('add')
        .setDescription('Post new articles of a feed into a channel')
        .addStringOption((o) => o.setName('url').setDescription('RSS or Atom feed URL').setRequired(true).setMaxLength(2000))
        .addChannelOption((o) => o.setName('channel').setDescription('Where to post').setRequired(true).addChannelTypes(...POSTABLE))
        .addIntegerOption((o) => o.setName('backlog').setDescription('How many of the newest existing articles to post now (0–5, default 3)').setMinValue(0).setMaxValue(5)),
    ),
  )
  .addSubcommand((s) =>
    addFilterOptions(
      s
        .setName('edit')
        .setDescription('Move a subscription to another channel or change its filters')
        .addStringOption((o) => o.setName('url').setDescription('The feed').setRequired(true).setAutocomplete(true))
        .addChannelOption((o) => o.setName('channel').setDescription('Which subscription, when the feed goes to several channels').addChannelTypes(...POSTABLE))
        .addChannelOption((o) => o.setName('move-to').setDescription('Post into this channel from now on').addChannelTypes(...POSTABLE)),
    ),
  )
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setDescription('Stop posting a feed')
      .addStringOption((o) => o.setName('url').setDescription('The feed to remove').setRequired(true).setAutocomplete(true))
      .addChannelOption((o) => o.setName('channel').setDescription('Only from this channel (default: every channel)').addChannelTypes(...POSTABLE)),
  )
  .addSubcommand((s) =>
    s
      .setName('pause')
      .setDescription('Stop posting a feed for now, keeping its settings')
      .addStringOption((o) => o.setName('url').setDescription('The feed').setRequired(true).setAutocomplete(true))
      .addChannelOption((o) => o.setName('channel').setDescription('Only in this channel (default: every channel)').addChannelTypes(...POSTABLE)),
  )
  .addSubcommand((s) =>
    s
      .setName('resume')
      .setDescription('Resume a paused feed, or retry a feed disabled after failures')
      .addStringOption((o) => o.setName('url').setDescription('The feed').setRequired(true).setAutocomplete(true))
      .addChannelOption((o) => o.setName('channel').setDescription('Only in this channel (default: every channel)').addChannelTypes(...POSTABLE)),
  )
  .addSubcommand((s) => s.setName('list').setDescription("This server's feeds with their health"))
  .addSubcommand((s) =>
    s
      .setName('test')
      .setDescription('Fetch a feed and show its newest article as it would be posted (subscribes nothing)')
      .addStringOption((o) => o.setName('url').setDescription('RSS or Atom feed URL').setRequired(true).setMaxLength(2000)),
  )
  .addSubcommand((s) =>
    s
      .setName('import')
      .setDescription('Add the feeds of an OPML file (from any feed reader)')
      .addChannelOption((o) => o.setName('channel').setDescription('Where to post feeds the file does not route').setRequired(true).addChannelTypes(...POSTABLE))
      .addAttachmentOption((o) => o.setName('file').setDescription('The OPML file'))
      .addStringOption((o) => o.setName('opml-url').setDescription('…or the address of an OPML file').setMaxLength(2000)),
  )
  .addSubcommand((s) => s.setName('export').setDescription("This server's feeds as an OPML file"));

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  // The default permission can be overridden per server; the handler checks again.
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    throw new UserFacingError('Only members with the **Manage Server** permission can manage feeds.');
  }
  const handlers: Record<string, (i: ChatInputCommandInteraction, c: BotContext) => Promise<void>> = {
    add,
    edit,
    remove,
    pause: (i, c) => setPaused(i, c, true),
    resume: (i, c) => setPaused(i, c, false),
    list,
    test,
    import: importOpml,
    export: exportOpml,
  };
  const sub = interaction.options.getSubcommand();
  const handler = handlers[sub];
  if (!handler) throw new UserFacingError(`Unknown subcommand "${sub}".`);
  if (sub === 'add' || sub === 'test' || sub === 'import') {
    const wait = ctx.fetchQuota.take(interaction.guildId!);
    if (wait > 0) throw new UserFacingError(`This server has fetched many feeds in the last minutes. Please try again in ${Math.ceil(wait / 60)} min.`);
  }
  await handler(interaction, ctx);
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
  const channel = channelOption(interaction, 'channel', true);
  const guildId = interaction.guildId!;
  const settings = await ctx.store.channels.guildSettings(guildId);
  const backlog = interaction.options.getInteger('backlog') ?? settings.defaultBacklog ?? ctx.config.defaultBacklog;
  const options = readFilterOptions(interaction, guildId);

  const existing = await ctx.store.subscriptions.forGuild(guildId);
  if (existing.some((s) => s.url === url && s.channelId === channel.id)) {
    throw new UserFacingError(`<#${channel.id}> already receives ${url}. Change it with \`/feed edit\`.`);
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
  const sub = await ctx.store.subscriptions.create({ guildId, channelId: channel.id, url, keywords: options.keywords ?? [], backlog, createdBy: interaction.user.id });
  const saved = await ctx.store.subscriptions.update(sub.id, (s) => ({ ...s, filters: options.filters, mention: options.mention ?? null }));
  ctx.requestPoll();
  const filters = describeFilters(saved ?? sub);
  await interaction.editReply({
    content: `✅ **${truncate(title, 200)}** will be posted in <#${channel.id}>. ${backlog === 0 ? 'Only articles published from now on are posted.' : `Up to ${backlog} of its newest articles are posted now.`}${filters ? `\nFilters: ${filters}` : ''}`,
    allowedMentions: { parse: [] },
  });
}

/** The server's subscriptions to a feed, optionally in one channel; refuses when there are none. */
async function findSubs(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<Subscription[]> {
  const raw = interaction.options.getString('url', true).trim();
  const channel = channelOption(interaction, 'channel');
  const subs = (await ctx.store.subscriptions.forGuild(interaction.guildId!)).filter((s) => (s.url === raw || s.id === raw) && (!channel || s.channelId === channel.id));
  if (subs.length === 0) throw new UserFacingError(`This server has no feed ${raw}${channel ? ` in <#${channel.id}>` : ''}. \`/feed list\` shows the feeds it has.`);
  return subs;
}

async function edit(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const subs = await findSubs(interaction, ctx);
  if (subs.length > 1) throw new UserFacingError(`This feed goes to ${subs.map((s) => `<#${s.channelId}>`).join(', ')}: say which with \`channel:\`.`);
  const current = subs[0]!;
  const moveTo = channelOption(interaction, 'move-to');
  if (moveTo && moveTo.id !== current.channelId) {
    const clash = (await ctx.store.subscriptions.forGuild(current.guildId)).some((s) => s.url === current.url && s.channelId === moveTo.id);
    if (clash) throw new UserFacingError(`<#${moveTo.id}> already receives this feed.`);
  }
  const change = readFilterOptions(interaction, current.guildId, current);
  const updated = await ctx.store.subscriptions.update(current.id, (s) => ({
    ...s,
    channelId: moveTo?.id ?? s.channelId,
    keywords: change.keywords ?? s.keywords,
    filters: change.filters,
    mention: change.mention === undefined ? s.mention : change.mention,
  }));
  const filters = updated ? describeFilters(updated) : '';
  await interaction.reply({
    content: `✏️ ${current.url} now posts in <#${updated?.channelId ?? current.channelId}>.${filters ? `\nFilters: ${filters}` : '\nNo filters: every new article is posted.'}`,
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}

async function remove(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const subs = await findSubs(interaction, ctx);
  for (const s of subs) await ctx.store.subscriptions.remove(s.id);
  const channels = subs.map((s) => `<#${s.channelId}>`).join(', ');
  await interaction.reply({ content: `🗑️ Removed ${subs[0]!.url} from ${channels}.`, flags: MessageFlags.Ephemeral });
}

async function setPaused(interaction: ChatInputCommandInteraction, ctx: BotContext, paused: boolean): Promise<void> {
  const subs = await findSubs(interaction, ctx);
  for (const s of subs) await ctx.store.subscriptions.update(s.id, (x) => ({ ...x, paused }));
  let retried = '';
  if (!paused) {
    const state = await ctx.store.feeds.get(subs[0]!.url);
    if (state.disabled || state.consecutiveFailures > 0) {
      // A moderator's resume is a fresh start: retry now, count failures anew.
      await ctx.store.feeds.update(state.url, (s) => ({ ...s, disabled: false, consecutiveFailures: 0, failingSince: null, nextAttemptAt: null, failureNotified: false, failureNotices: {} }));
      retried = ' It will be fetched again right away.';
    }
    ctx.requestPoll();
  }
  const channels = subs.map((s) => `<#${s.channelId}>`).join(', ');
  await interaction.reply({
    content: paused ? `⏸️ Paused ${subs[0]!.url} in ${channels}. \`/feed resume\` starts it again.` : `▶️ Resumed ${subs[0]!.url} in ${channels}.${retried}`,
    flags: MessageFlags.Ephemeral,
  });
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
    const filters = describeFilters(sub);
    lines.push(`${name}${sub.url}\n→ <#${sub.channelId}> · ${feedStatus(sub, state)} · last success ${success}${filters ? `\n${filters}` : ''}${error}`);
  }
  const text = truncate(lines.join('\n\n'), 4000);
  await interaction.reply({ embeds: [{ title: `Feeds of this server (${subs.length}/${ctx.config.maxFeedsPerGuild})`, description: text }], flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
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

async function readOpmlSource(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<string> {
  const file = interaction.options.getAttachment('file');
  const url = interaction.options.getString('opml-url');
  if (file) {
    if (file.size > OPML_MAX_BYTES) throw new UserFacingError(`That file is larger than ${OPML_MAX_BYTES / 1_000_000} MB; OPML lists are much smaller.`);
    const res = await fetch(file.url, { signal: AbortSignal.timeout(15_000) });
    if (!res.ok) throw new UserFacingError(`Discord did not hand over the file (HTTP ${res.status}); try uploading it again.`);
    return (await res.text()).slice(0, OPML_MAX_BYTES);
  }
  if (url) {
    try {
      const fetched = await fetchFeed(validUrl(url, ctx), {}, { ...fetchLimits(ctx.config), maxBytes: OPML_MAX_BYTES });
      if (fetched.status !== 'ok') throw new UserFacingError('The OPML address answered without a body.');
      return fetched.body;
    } catch (err) {
      if (err instanceof FeedError) throw new UserFacingError(`Sitrep could not fetch that OPML file. ${errorForModerators(err)}`);
      throw err;
    }
  }
  throw new UserFacingError('Attach the OPML file with `file:` or give its address with `opml-url:`.');
}

async function importOpml(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const channel = channelOption(interaction, 'channel', true);
  const guildId = interaction.guildId!;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let feeds;
  try {
    feeds = readOpml(await readOpmlSource(interaction, ctx));
  } catch (err) {
    if (err instanceof OpmlError) throw new UserFacingError(`That file can't be imported: ${err.message}.`);
    throw err;
  }
  if (feeds.length === 0) throw new UserFacingError('The OPML file lists no feeds (no outline has an xmlUrl).');
  const existing = await ctx.store.subscriptions.forGuild(guildId);
  const added: string[] = [];
  const skipped: string[] = [];
  let room = ctx.config.maxFeedsPerGuild - existing.length;
  for (const f of feeds) {
    let url: string;
    try {
      url = checkFeedUrl(f.url, { allowPrivateNetworks: ctx.config.allowPrivateNetworks }).toString();
    } catch {
      skipped.push(`${f.url} (not a usable address)`);
      continue;
    }
    const channelId = f.channelId && interaction.guild?.channels.cache.has(f.channelId) ? f.channelId : channel.id;
    if (existing.some((s) => s.url === url && s.channelId === channelId) || added.includes(url)) {
      skipped.push(`${url} (already there)`);
      continue;
    }
    if (room <= 0) {
      skipped.push(`${url} (over the limit of ${ctx.config.maxFeedsPerGuild} feeds)`);
      continue;
    }
    await ctx.store.subscriptions.create({ guildId, channelId, url, keywords: f.keywords ?? [], backlog: 0, createdBy: interaction.user.id });
    added.push(url);
    room--;
  }
  if (added.length) ctx.requestPoll();
  const lines = [`📥 Imported ${added.length} of ${feeds.length} feeds into <#${channel.id}> (new articles only; \`/feed list\` shows their health).`];
  if (skipped.length) lines.push(`Skipped:\n${skipped.map((s) => `• ${s}`).join('\n')}`);
  await interaction.editReply(truncate(lines.join('\n'), 2000));
}

async function exportOpml(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const subs = await ctx.store.subscriptions.forGuild(interaction.guildId!);
  if (subs.length === 0) throw new UserFacingError('This server has no feeds to export.');
  const feeds = await Promise.all(
    subs.map(async (s) => ({ url: s.url, title: (await ctx.store.feeds.get(s.url)).title, channelId: s.channelId, keywords: s.keywords })),
  );
  const xml = writeOpml(`Sitrep feeds of ${interaction.guild?.name ?? 'this server'}`, feeds);
  await interaction.reply({
    content: `📤 ${subs.length} feed${subs.length === 1 ? '' : 's'} as OPML: import it in any feed reader, or here with \`/feed import\`.`,
    files: [new AttachmentBuilder(Buffer.from(xml, 'utf8'), { name: 'sitrep-feeds.opml' })],
    flags: MessageFlags.Ephemeral,
  });
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

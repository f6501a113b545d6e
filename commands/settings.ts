// /settings — this server's time zone and date language, default backlog, story threads.
import { ChannelType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { z } from 'zod';
import type { BotContext } from '../src/discord/context.js';
import { UserFacingError } from '../src/discord/context.js';
import { channelOption } from '../src/discord/options.js';

export const data = new SlashCommandBuilder()
  .setName('settings')
  .setDescription('Sitrep’s settings for this server (no options: show them)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setDMPermission(false)
  .addStringOption((o) => o.setName('timezone').setDescription('Time zone for dates, e.g. Europe/Paris, America/New_York, UTC').setMaxLength(64))
  .addStringOption((o) => o.setName('date-language').setDescription('Language of dates, e.g. en-GB, fr-FR, de-DE, es-ES, ar').setMaxLength(20))
  .addIntegerOption((o) => o.setName('backlog').setDescription('Default backlog of /feed add (0–5)').setMinValue(0).setMaxValue(5))
  .addBooleanOption((o) => o.setName('story-threads').setDescription('Put later articles of a story in the thread of its first post'))
  .addChannelOption((o) => o.setName('channel').setDescription('Apply story-threads to this channel only').addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement));

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
});
const locale = z.string().refine((l) => {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([l]).length > 0;
  } catch {
    return false;
  }
});

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    throw new UserFacingError('Only members with the **Manage Server** permission can change Sitrep’s settings.');
  }
  const guildId = interaction.guildId!;
  const o = interaction.options;
  const tz = o.getString('timezone');
  const lang = o.getString('date-language');
  const backlog = o.getInteger('backlog');
  const threads = o.getBoolean('story-threads');
  const channel = channelOption(interaction, 'channel');
  if (tz !== null && !timeZone.safeParse(tz).success) throw new UserFacingError(`“${tz}” is not a time zone. Use an IANA name such as Europe/Paris, Asia/Beirut or UTC.`);
  if (lang !== null && !locale.safeParse(lang).success) throw new UserFacingError(`“${lang}” is not a language tag. Use one such as en-GB, fr-FR, de-DE, es-ES or ar.`);
  if (channel && threads === null) throw new UserFacingError('`channel:` goes with `story-threads:` (the channel whose story threads to switch).');

  if (channel && threads !== null) await ctx.store.channels.setStoryThreads(channel.id, threads);
  const settings = await ctx.store.channels.updateGuildSettings(guildId, {
    ...(tz !== null ? { timeZone: tz } : {}),
    ...(lang !== null ? { dateLocale: lang } : {}),
    ...(backlog !== null ? { defaultBacklog: backlog } : {}),
    ...(threads !== null && !channel ? { storyThreads: threads } : {}),
  });
  const changed = [tz, lang, backlog, threads].some((v) => v !== null);
  const sample = new Intl.DateTimeFormat(settings.dateLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone: settings.timeZone }).format(new Date());
  const lines = [
    changed ? '⚙️ Settings saved.' : '⚙️ Settings of this server:',
    `Time zone: **${settings.timeZone}** · dates look like: ${sample}`,
    `Default backlog of \`/feed add\`: **${settings.defaultBacklog ?? ctx.config.defaultBacklog}**`,
    `Story threads: **${settings.storyThreads ? 'on' : 'off'}**${channel ? ` (in <#${channel.id}>: **${threads ? 'on' : 'off'}**)` : ''}`,
    `Feed limit: **${ctx.config.maxFeedsPerGuild}** (set by the bot's operator)`,
  ];
  await interaction.reply({ content: lines.join('\n'), flags: MessageFlags.Ephemeral });
}

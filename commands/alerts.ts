// /alerts set | off | show — toll alerts when a story's best killed figure rises (Manage Server).
import { ChannelType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { UserFacingError } from '../src/discord/context.js';
import { channelOption } from '../src/discord/options.js';

export const data = new SlashCommandBuilder()
  .setName('alerts')
  .setDescription('Alerts when a story’s death toll rises')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setDMPermission(false)
  .addSubcommand((s) =>
    s
      .setName('set')
      .setDescription('Post an alert in a channel when a story’s best killed figure rises')
      .addChannelOption((o) => o.setName('channel').setDescription('Where alerts go').setRequired(true).addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement))
      .addIntegerOption((o) => o.setName('min-change').setDescription('Smallest rise that alerts, in percent (default 10)').setMinValue(1).setMaxValue(1000))
      .addIntegerOption((o) => o.setName('min-killed').setDescription('No alerts below this many killed (default 0)').setMinValue(0))
      .addRoleOption((o) => o.setName('role').setDescription('Role to mention in each alert')),
  )
  .addSubcommand((s) => s.setName('off').setDescription('Stop toll alerts in this server'))
  .addSubcommand((s) => s.setName('show').setDescription('Show the alert settings of this server'));

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    throw new UserFacingError('Only members with the **Manage Server** permission can change alerts.');
  }
  const guildId = interaction.guildId!;
  const sub = interaction.options.getSubcommand();
  if (sub === 'set') {
    const channel = channelOption(interaction, 'channel', true);
    const role = interaction.options.getRole('role');
    if (role && role.id === guildId) throw new UserFacingError('Alerts cannot mention @everyone. Pick a role members can opt into.');
    const rule = {
      guildId,
      channelId: channel.id,
      minChange: interaction.options.getInteger('min-change') ?? 10,
      minKilled: interaction.options.getInteger('min-killed') ?? 0,
      roleId: role?.id ?? null,
    };
    await ctx.store.channels.setAlertRule(rule);
    await interaction.reply({ content: `🚨 Toll alerts go to <#${rule.channelId}> when a story’s best killed figure rises by ${rule.minChange}% or more${rule.minKilled ? ` and is at least ${rule.minKilled}` : ''}${rule.roleId ? `, mentioning <@&${rule.roleId}>` : ''}.`, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  if (sub === 'off') {
    const removed = await ctx.store.channels.removeAlertRule(guildId);
    await interaction.reply({ content: removed ? 'Toll alerts are off.' : 'Toll alerts were not on.', flags: MessageFlags.Ephemeral });
    return;
  }
  const rule = await ctx.store.channels.alertRule(guildId);
  await interaction.reply({
    content: rule
      ? `Alerts go to <#${rule.channelId}> on a rise of ${rule.minChange}% or more, minimum ${rule.minKilled} killed${rule.roleId ? `, mentioning <@&${rule.roleId}>` : ''}.`
      : 'Toll alerts are off. Turn them on with `/alerts set channel:#channel`.',
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}

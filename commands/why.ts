// /why url:<article link> — what happened to an article in this server, in plain words.
import { MessageFlags, SlashCommandBuilder, time, TimestampStyles, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { UserFacingError } from '../src/discord/context.js';
import type { Delivery, Subscription } from '../src/store/records.js';
import { truncate } from '../src/discord/render/articleEmbed.js';

export const data = new SlashCommandBuilder()
  .setName('why')
  .setDescription('Why an article was or was not posted in this server')
  .setDMPermission(false)
  .addStringOption((o) => o.setName('url').setDescription('The article’s link').setRequired(true).setMaxLength(2000));

export function explainDelivery(guildId: string, sub: Subscription, d: Delivery | undefined): string {
  const where = `<#${sub.channelId}>`;
  if (!d) return `${where}: not decided yet — it is handled in the next poll${sub.paused ? ' (but this subscription is paused)' : ''}.`;
  switch (d.status) {
    case 'sent':
      return `${where}: ✅ posted — https://discord.com/channels/${guildId}/${d.postedIn ?? sub.channelId}/${d.messageId}`;
    case 'filtered':
      return `${where}: 🚫 filtered out: ${d.reason ?? 'a filter of this subscription'}. Change the filters with \`/feed edit\`.`;
    case 'older':
      return `${where}: ⏭️ not posted: it was ${d.reason ?? 'older than the subscription'}.`;
    case 'pending':
      return `${where}: ⏳ waiting to be posted${d.attempts ? ` (${d.attempts} attempt${d.attempts === 1 ? '' : 's'} so far: ${d.reason ?? 'Discord did not accept it'})` : ''}${sub.paused ? '; the subscription is paused' : ''}.`;
    case 'failed':
      return `${where}: ❌ posting failed: ${d.reason ?? 'unknown error'}. Check Sitrep’s permissions in that channel, then \`/feed resume\`.`;
  }
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const link = interaction.options.getString('url', true).trim();
  if (!/^https?:\/\//i.test(link)) throw new UserFacingError('Paste the article’s full link, starting with https://');
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const guildId = interaction.guildId!;
  const subs = await ctx.store.subscriptions.forGuild(guildId);
  if (subs.length === 0) throw new UserFacingError('This server has no feeds, so nothing is posted here. Add one with `/feed add`.');
  const urls = new Set(subs.map((s) => s.url));
  const articles = (await ctx.store.articles.findAllByUrl(link)).filter((a) => urls.has(a.feedUrl));
  if (articles.length === 0) {
    const states = await Promise.all([...urls].map((u) => ctx.store.feeds.get(u)));
    const last = states.map((s) => s.lastSuccessAt).filter(Boolean).sort().at(-1);
    await interaction.editReply(
      `🔎 Not seen yet: none of this server’s ${urls.size} feed${urls.size === 1 ? '' : 's'} has listed that link${last ? ` (last successful fetch ${time(new Date(last), TimestampStyles.RelativeTime)})` : ''}. It may not be in a feed yet, be listed under another link, or come from a site this server does not follow.`,
    );
    return;
  }
  const lines: string[] = [];
  for (const article of articles) {
    lines.push(`**${truncate(article.title, 150)}** (first seen ${time(new Date(article.fetchedAt), TimestampStyles.RelativeTime)} in ${article.feedTitle ?? article.feedUrl})`);
    for (const sub of subs.filter((s) => s.url === article.feedUrl)) {
      lines.push(explainDelivery(guildId, sub, await ctx.store.deliveries.get(sub.id, article.id)));
    }
  }
  await interaction.editReply({ content: truncate(lines.join('\n'), 2000), allowedMentions: { parse: [] } });
}

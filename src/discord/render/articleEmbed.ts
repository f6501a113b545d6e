// An article as a Discord embed. Feed text is escaped so it cannot change the post's markdown.
import { EmbedBuilder, escapeMarkdown, type APIEmbed } from 'discord.js';
import type { ArticlePost } from '../../delivery/poster.js';
import { renderFiguresLine } from './figuresLine.js';

const EMBED_COLOR = 0xb22222;

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1).replace(/\s+\S*$/, '') + '…';
}

function safeUrl(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}

export function renderArticleEmbed(post: ArticlePost): APIEmbed {
  const embed = new EmbedBuilder()
    .setColor(EMBED_COLOR)
    .setTitle(truncate(escapeMarkdown(post.title || '(untitled)'), 256))
    .setFooter({ text: truncate(post.feedName, 2048) });
  const url = safeUrl(post.url);
  if (url) embed.setURL(url);
  if (post.outlet) embed.setAuthor({ name: truncate(post.outlet, 256) });
  const published = post.published ? new Date(post.published) : null;
  if (published && !Number.isNaN(published.getTime())) embed.setTimestamp(published);
  const lines: string[] = [];
  if (post.summary) lines.push(escapeMarkdown(post.summary));
  const figures = renderFiguresLine(post.figures);
  if (figures) lines.push(`**${escapeMarkdown(figures)}**`);
  if (lines.length) embed.setDescription(truncate(lines.join('\n\n'), 4000));
  return embed.toJSON();
}

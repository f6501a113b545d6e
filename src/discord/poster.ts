// Delivery over Discord's REST API: needs no gateway or channel cache, so any process can post.
import { DiscordAPIError, RESTJSONErrorCodes, Routes, type REST } from 'discord.js';
import { PostError, type ArticlePost, type Poster } from '../delivery/poster.js';
import { renderArticleEmbed } from './render/articleEmbed.js';

/** Feed text can never ping anyone. */
export const NO_MENTIONS = { parse: [] as never[] };

const PERMANENT = new Set<number>([
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel,
]);

export function discordPoster(rest: REST): Poster {
  const send = async (channelId: string, body: Record<string, unknown>) => {
    try {
      return (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
    } catch (err) {
      if (err instanceof DiscordAPIError) {
        const permanent = PERMANENT.has(Number(err.code)) || err.status === 403 || err.status === 404;
        throw new PostError(`Discord refused the message (${err.status} ${err.message})`, permanent);
      }
      throw new PostError(`Could not reach Discord: ${(err as Error).message}`, false);
    }
  };
  return {
    async postArticle(channelId: string, post: ArticlePost, nonce: string, opts: { mentionRoleId?: string } = {}) {
      const role = opts.mentionRoleId;
      const msg = await send(channelId, {
        ...(role ? { content: `<@&${role}>` } : {}),
        embeds: [renderArticleEmbed(post)],
        nonce,
        enforce_nonce: true,
        // Only a subscription's own mention rule may ping, never anything in the feed's text.
        allowed_mentions: role ? { parse: [], roles: [role] } : NO_MENTIONS,
      });
      return { messageId: msg.id };
    },
    async startThread(channelId: string, messageId: string, name: string) {
      try {
        const thread = (await rest.post(Routes.threads(channelId, messageId), { body: { name, auto_archive_duration: 1440 } })) as { id: string };
        return { threadId: thread.id };
      } catch (err) {
        // Already opened (a crash after Discord created it): a message's thread has the message's id.
        if (err instanceof DiscordAPIError && Number(err.code) === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage) return { threadId: messageId };
        throw new PostError(`Could not open a thread: ${(err as Error).message}`, false);
      }
    },
    async editNotice(channelId: string, messageId: string, text: string) {
      try {
        await rest.patch(Routes.channelMessage(channelId, messageId), { body: { content: text.slice(0, 2000), allowed_mentions: NO_MENTIONS } });
      } catch (err) {
        throw new PostError(`Could not edit the notice: ${(err as Error).message}`, err instanceof DiscordAPIError && err.status === 404);
      }
    },
    async notify(channelId: string, text: string, opts: { mentionRoleId?: string } = {}) {
      const role = opts.mentionRoleId;
      const msg = await send(channelId, {
        content: (role ? `<@&${role}> ${text}` : text).slice(0, 2000),
        // Only the configured role may be pinged, whatever the text contains.
        allowed_mentions: role ? { parse: [], roles: [role] } : NO_MENTIONS,
      });
      return { messageId: msg.id };
    },
  };
}

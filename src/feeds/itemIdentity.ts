import { createHash } from 'node:crypto';

/** Identities longer than this are hashed so store keys stay small. */
const MAX_IDENTITY_LENGTH = 512;

function clean(value: string | null | undefined): string {
  return value == null ? '' : String(value).replace(/\s+/g, ' ').trim();
}

function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

/**
 * A stable identity for a feed item: its guid (RSS) or id (Atom), else its link, else
 * "sha1:" + sha1(title + NUL + date). Whitespace is collapsed first, so reformatting of the feed
 * does not change identities. Over-long values are replaced by "sha1:" + their hash.
 * The same input always gives the same output, across runs and machines.
 */
export function itemIdentity(item: {
  guid?: string | null;
  id?: string | null;
  link?: string | null;
  title?: string | null;
  date?: string | null;
}): string {
  const key = clean(item.guid) || clean(item.id) || clean(item.link);
  if (key) return key.length > MAX_IDENTITY_LENGTH ? `sha1:${sha1(key)}` : key;
  return `sha1:${sha1(`${clean(item.title)}\u0000${clean(item.date)}`)}`;
}

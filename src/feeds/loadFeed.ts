/**
 * The whole feed step for one poll: fetch (conditional GET) then parse. A 304 never reaches the
 * parser. The poller can call this, or fetchFeed and parseFeed itself.
 */
import { fetchFeed, type FetchLimits, type FetchState } from './fetchFeed.js';
import { parseFeed, type ParsedFeed, type ParseLimits } from './parseFeed.js';

export type LoadResult =
  | { status: 'not-modified'; finalUrl: string }
  | { status: 'ok'; feed: ParsedFeed; etag: string | null; lastModified: string | null; finalUrl: string; charset: string };

export interface LoadDeps {
  fetch?: typeof fetchFeed;
  parse?: typeof parseFeed;
}

export async function loadFeed(
  url: string,
  state: FetchState = {},
  limits: FetchLimits & ParseLimits = {},
  deps: LoadDeps = {},
): Promise<LoadResult> {
  const fetch = deps.fetch ?? fetchFeed;
  const parse = deps.parse ?? parseFeed;
  const res = await fetch(url, state, limits);
  if (res.status === 'not-modified') return res;
  const feed = await parse(res.body, res.finalUrl, limits);
  return { status: 'ok', feed, etag: res.etag, lastModified: res.lastModified, finalUrl: res.finalUrl, charset: res.charset };
}

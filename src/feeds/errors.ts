/**
 * Errors of the feed layer. Every failure of fetchFeed / parseFeed / checkFeedUrl is a FeedError
 * with a machine-readable `code` and a one-sentence `hint` a moderator can act on.
 */
export type FeedErrorCode =
  | 'bad-url'
  | 'blocked-address'
  | 'dns'
  | 'network'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'too-many-redirects'
  | 'not-a-feed'
  | 'parse';

export interface FeedErrorOptions {
  hint?: string;
  httpStatus?: number;
  /** Seconds the site asked us to wait (HTTP Retry-After on 429/503), when it said so. */
  retryAfterSeconds?: number;
  /** The URL being fetched when it failed (after redirects), when known. */
  url?: string;
  cause?: unknown;
}

const DEFAULT_HINTS: Record<FeedErrorCode, string> = {
  'bad-url': 'The feed address is not a valid http(s) URL; check it and paste the full address, e.g. https://example.com/feed.xml.',
  'blocked-address': 'The feed address points to a private or reserved network address, which the bot refuses to contact; use the public address of the feed.',
  dns: 'The site name could not be found (DNS lookup failed); check the spelling of the address or try again later.',
  network: 'The connection to the site failed; the site may be down or refusing connections, try again later.',
  timeout: 'The site took too long to answer; it may be slow or down, try again later.',
  http: 'The site answered with an HTTP error; check the feed address in a browser.',
  'too-large': 'The feed is larger than the bot accepts; ask the site for a smaller feed or use a section feed.',
  'too-many-redirects': 'The feed address redirects too many times (or in a loop); open it in a browser and use the final address.',
  'not-a-feed': 'The address does not return an RSS or Atom feed; use the address of the feed itself, not of the web page.',
  parse: 'The feed is not well-formed XML, so it cannot be read; the site publishes a broken feed, try again later or tell the site.',
};

export class FeedError extends Error {
  readonly code: FeedErrorCode;
  readonly httpStatus?: number;
  readonly retryAfterSeconds?: number;
  readonly url?: string;
  /** One plain sentence for a moderator: what failed and how to fix it. */
  readonly hint: string;

  constructor(code: FeedErrorCode, message: string, options: FeedErrorOptions = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'FeedError';
    this.code = code;
    this.hint = options.hint ?? DEFAULT_HINTS[code];
    if (options.httpStatus !== undefined) this.httpStatus = options.httpStatus;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
    if (options.url !== undefined) this.url = options.url;
  }
}

export function isFeedError(e: unknown): e is FeedError {
  return e instanceof FeedError;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  410: 'Gone',
  418: "I'm a teapot",
  429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  520: 'Unknown Error',
  521: 'Web Server Is Down',
  522: 'Connection Timed Out',
  523: 'Origin Is Unreachable',
  524: 'A Timeout Occurred',
};

/** The hint for an HTTP error status, phrased for a moderator. */
export function httpStatusHint(status: number): string {
  const label = `${status}${STATUS_TEXT[status] ? ' ' + STATUS_TEXT[status] : ''}`;
  if (status === 401 || status === 407) return `The site answered ${label}: the feed needs a login; the bot cannot use it, pick a public feed.`;
  if (status === 403) return `The site answered ${label}: it refuses bots; ask the site or use another feed URL.`;
  if (status === 404) return `The site answered ${label}: the feed is not at this address any more; find its current address on the site.`;
  if (status === 410) return `The site answered ${label}: the feed was removed for good; remove this subscription or find a replacement feed.`;
  if (status === 429) return `The site answered ${label}: it is rate-limiting the bot; poll this feed less often.`;
  if (status === 451) return `The site answered ${label}: the feed is blocked for legal reasons where the bot runs; use another source.`;
  if (status >= 500) return `The site answered ${label}: the site has a problem on its side; the bot will try again later.`;
  return `The site answered ${label}: check the feed address in a browser.`;
}

export function httpStatusLabel(status: number): string {
  return `${status}${STATUS_TEXT[status] ? ' ' + STATUS_TEXT[status] : ''}`;
}

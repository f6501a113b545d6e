/**
 * Fetching a feed over HTTP(S), safely: conditional GET, streaming decompression with a byte cap
 * counted after decompression, one deadline for the whole fetch (connect, headers, body, all
 * redirects), at most N redirects each re-checked by the address guard, and a DNS lookup that
 * refuses private/reserved addresses at the moment of connecting (no DNS rebinding window).
 */
import http from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import zlib from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import type { Readable, Transform } from 'node:stream';
import { checkFeedUrl, guardedLookup, isBlockedAddress, blockedError, type LookupFunction } from './addressGuard.js';
import { FeedError, httpStatusHint, httpStatusLabel } from './errors.js';
import { decodeFeedBytes } from './charset.js';

export interface FetchState {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchLimits {
  /** Deadline for the whole fetch (connect + headers + body, across redirects). Default 15000. */
  timeoutMs?: number;
  /** Maximum body size in bytes, counted after decompression. Default 5 MB. */
  maxBytes?: number;
  /** Maximum number of redirects followed. Default 5. */
  maxRedirects?: number;
  /** Allow loopback/private/reserved addresses (tests, the local demo). Default false. */
  allowPrivateNetworks?: boolean;
  userAgent?: string;
  /** DNS resolver used instead of dns.lookup (tests). Its answers still go through the guard. */
  lookup?: LookupFunction;
  /** Address policy used instead of isBlockedAddress (tests only). */
  isBlocked?: (ip: string) => boolean;
}

export type FetchResult =
  | { status: 'not-modified'; finalUrl: string }
  | {
      status: 'ok';
      /** Decoded text. */
      body: string;
      etag: string | null;
      lastModified: string | null;
      contentType: string | null;
      finalUrl: string;
      /** The charset the body was decoded with, and why. */
      charset: string;
      charsetSource: string;
    };

export const DEFAULT_USER_AGENT = 'Sitrep/0.1 (+https://github.com/sitrep-bot/sitrep; Discord news bot)';
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

type Hop =
  | { kind: 'redirect'; location: string; status: number }
  | { kind: 'not-modified' }
  | { kind: 'ok'; bytes: Buffer; headers: http.IncomingHttpHeaders };

function header(headers: http.IncomingHttpHeaders, name: string): string | null {
  const v = headers[name];
  if (Array.isArray(v)) return v[0] ?? null;
  return v ?? null;
}

function retryAfterSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return parseInt(value.trim(), 10);
  const t = Date.parse(value);
  if (Number.isFinite(t)) return Math.max(0, Math.round((t - Date.now()) / 1000));
  return undefined;
}

/** Map a socket / HTTP-client error to a FeedError. */
function networkError(e: unknown, url: string): FeedError {
  if (e instanceof FeedError) return e;
  const err = e as NodeJS.ErrnoException & { code?: string };
  const code = err?.code ?? '';
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  const msg = `${err?.message ?? String(e)}`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NODATA' || code === 'EAI_NONAME' || code === 'EAI_FAIL') {
    return new FeedError('dns', `DNS lookup failed for ${host}: ${code}`, {
      url,
      cause: e,
      hint:
        code === 'EAI_AGAIN'
          ? `The name ${host} could not be looked up right now (temporary DNS failure); the bot will try again later.`
          : `The site name ${host} does not exist (DNS lookup failed); check the spelling of the feed address.`,
    });
  }
  if (code === 'ECONNREFUSED') {
    return new FeedError('network', `Connection refused by ${host}`, { url, cause: e, hint: `The site ${host} refused the connection; it may be down or the port may be wrong, try again later.` });
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE' || msg === 'aborted') {
    return new FeedError('network', `Connection to ${host} was cut: ${code || msg}`, { url, cause: e, hint: `The site ${host} closed the connection before sending the whole feed; the bot will try again later.` });
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') {
    return new FeedError('network', `${host} is unreachable: ${code}`, { url, cause: e, hint: `The site ${host} cannot be reached from the bot's network; try again later or check the address.` });
  }
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i.test(code) || /certificate|ssl|tls/i.test(msg)) {
    return new FeedError('network', `TLS error with ${host}: ${code || msg}`, {
      url,
      cause: e,
      hint: `The site ${host} has an invalid or expired HTTPS certificate (${code || 'TLS error'}); tell the site, or use its http:// address if it has one.`,
    });
  }
  if (code.startsWith('HPE_') || code === 'ERR_INVALID_HTTP_RESPONSE') {
    return new FeedError('network', `Malformed HTTP response from ${host}: ${code}`, { url, cause: e, hint: `The site ${host} sent a malformed HTTP answer; it is not a normal web server, check the address.` });
  }
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code.startsWith('ERR__') || /incorrect header check|unexpected end of file|Decompression failed/i.test(msg)) {
    return new FeedError('network', `Could not decompress the answer of ${host}: ${msg}`, { url, cause: e, hint: `The site ${host} sent a damaged compressed answer; the bot will try again later.` });
  }
  return new FeedError('network', `Request to ${host} failed: ${code ? code + ' ' : ''}${msg}`, { url, cause: e });
}

/**
 * Decompression stages for a Content-Encoding header (codings are undone in reverse order).
 * For "deflate", `firstBytes` decides between zlib-wrapped (RFC 9110) and raw deflate, which
 * some servers send instead.
 */
function decompressors(encodingHeader: string | null, firstBytes: Buffer | null): Transform[] {
  if (!encodingHeader) return [];
  const codings = encodingHeader
    .toLowerCase()
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'identity');
  return codings.reverse().map((c, i) => {
    if (c === 'gzip' || c === 'x-gzip') return zlib.createGunzip();
    if (c === 'br') return zlib.createBrotliDecompress();
    if (c === 'deflate') {
      const b = i === 0 ? firstBytes : null;
      const zlibWrapped = !b || b.length < 2 || ((b[0] & 0x0f) === 8 && ((b[0] << 8) | b[1]) % 31 === 0);
      return zlibWrapped ? zlib.createInflate() : zlib.createInflateRaw();
    }
    throw new FeedError('network', `Unsupported Content-Encoding ${c}`, {
      hint: `The site compressed the feed with "${c}", which the bot did not ask for and cannot read; tell the site.`,
    });
  });
}

/** Wait for the first bytes of a response without consuming them. */
function peek(res: Readable): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      res.off('readable', onReadable);
      res.off('end', onEnd);
      res.off('error', onError);
      res.off('close', onEnd);
    };
    const onReadable = () => {
      const chunk = res.read() as Buffer | null;
      if (chunk === null) return;
      cleanup();
      res.unshift(chunk);
      resolve(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    res.on('readable', onReadable);
    res.once('end', onEnd);
    res.once('close', onEnd);
    res.once('error', onError);
  });
}

/**
 * Fetch a feed URL. Returns the decoded body (or not-modified on 304). Throws FeedError for
 * every failure (see FeedErrorCode).
 */
export async function fetchFeed(url: string, state: FetchState = {}, limits: FetchLimits = {}): Promise<FetchResult> {
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = limits.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const allowPrivateNetworks = limits.allowPrivateNetworks ?? false;
  const userAgent = limits.userAgent ?? DEFAULT_USER_AGENT;
  const policy = limits.isBlocked ?? isBlockedAddress;

  const guardOpts = { allowPrivateNetworks, isBlocked: policy };
  let current = checkFeedUrl(url, guardOpts);
  const visited: string[] = [];

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  timer.unref?.();

  const lookup = guardedLookup((limits.lookup ?? (dns.lookup as unknown as LookupFunction)), guardOpts);

  try {
    for (let redirects = 0; ; redirects++) {
      visited.push(current.href);
      let hop: Hop;
      try {
        hop = await requestOnce(current, state, { lookup, userAgent, maxBytes, signal: controller.signal, allowPrivateNetworks, policy });
      } catch (e) {
        if (timedOut) {
          throw new FeedError('timeout', `No complete answer from ${current.host} within ${timeoutMs} ms`, {
            url: current.href,
            cause: e,
            hint: `The site ${current.host} did not send the feed within ${Math.round(timeoutMs / 1000)} seconds; it may be slow or down, the bot will try again later.`,
          });
        }
        throw networkError(e, current.href);
      }
      if (hop.kind === 'not-modified') return { status: 'not-modified', finalUrl: current.href };
      if (hop.kind === 'ok') {
        const contentType = header(hop.headers, 'content-type');
        const decoded = decodeFeedBytes(hop.bytes, contentType);
        return {
          status: 'ok',
          body: decoded.text,
          etag: header(hop.headers, 'etag'),
          lastModified: header(hop.headers, 'last-modified'),
          contentType,
          finalUrl: current.href,
          charset: decoded.charset,
          charsetSource: decoded.source,
        };
      }
      // redirect
      if (redirects >= maxRedirects) {
        throw new FeedError('too-many-redirects', `More than ${maxRedirects} redirects, starting at ${visited[0]}`, {
          url: current.href,
          hint: `The feed address redirects more than ${maxRedirects} times (last to ${truncate(hop.location)}); open it in a browser and subscribe to the final address.`,
        });
      }
      let next: URL;
      try {
        next = new URL(hop.location, current);
      } catch {
        throw new FeedError('http', `Redirect to an invalid address: ${truncate(hop.location)}`, {
          url: current.href,
          httpStatus: hop.status,
          hint: `The site redirects the feed to an invalid address (${truncate(hop.location)}); tell the site or find the feed's current address.`,
        });
      }
      next.hash = '';
      if (visited.includes(next.href)) {
        throw new FeedError('too-many-redirects', `Redirect loop at ${next.href}`, {
          url: current.href,
          hint: `The feed address redirects in a loop (back to ${truncate(next.href)}); the site is misconfigured, tell the site.`,
        });
      }
      current = checkFeedUrl(next.href, guardOpts);
    }
  } finally {
    clearTimeout(timer);
  }
}

function truncate(s: string, n = 200): string {
  return s.length > n ? s.slice(0, n) + '…' : s;
}

interface RequestOptions {
  lookup: LookupFunction;
  userAgent: string;
  maxBytes: number;
  signal: AbortSignal;
  allowPrivateNetworks: boolean;
  policy: (ip: string) => boolean;
}

function requestOnce(url: URL, state: FetchState, o: RequestOptions): Promise<Hop> {
  return new Promise<Hop>((resolve, reject) => {
    const headers: Record<string, string> = {
      'User-Agent': o.userAgent,
      Accept: ACCEPT,
      'Accept-Encoding': 'gzip, deflate, br',
    };
    if (state.etag) headers['If-None-Match'] = state.etag;
    if (state.lastModified) headers['If-Modified-Since'] = state.lastModified;

    const mod = url.protocol === 'https:' ? https : http;
    let settled = false;
    let sizeError: FeedError | null = null;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      reject(sizeError ?? e);
    };
    const req = mod.request(url, {
      method: 'GET',
      headers,
      lookup: o.lookup as never,
      agent: false, // a fresh connection per request: every connection goes through the guarded lookup
      signal: o.signal,
      maxHeaderSize: 64 * 1024,
    });

    // Defence in depth: the peer we actually connected to must pass the guard too (covers IP
    // literals, which never go through lookup, and anything that bypassed it).
    req.on('socket', (socket) => {
      const check = () => {
        const addr = socket.remoteAddress;
        if (!o.allowPrivateNetworks && addr && o.policy(addr)) {
          req.destroy(blockedError(addr, url.hostname));
        }
      };
      if ((socket as { connecting?: boolean }).connecting) socket.once('connect', check);
      else check();
    });

    req.on('error', fail);
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const location = header(res.headers, 'location');
      if ([301, 302, 303, 307, 308].includes(status) && location) {
        res.resume();
        req.destroy();
        settled = true;
        return resolve({ kind: 'redirect', location, status });
      }
      if (status === 304) {
        req.destroy(); // don't read a body
        settled = true;
        return resolve({ kind: 'not-modified' });
      }
      if (status < 200 || status >= 300) {
        res.resume();
        req.destroy();
        const retry = status === 429 || status === 503 ? retryAfterSeconds(header(res.headers, 'retry-after')) : undefined;
        return fail(
          new FeedError('http', `HTTP ${httpStatusLabel(status)} from ${url.host}`, {
            url: url.href,
            httpStatus: status,
            ...(retry !== undefined ? { retryAfterSeconds: retry } : {}),
            hint:
              status >= 300 && status < 400
                ? `The site answered ${httpStatusLabel(status)} without saying where the feed moved; check the feed address in a browser.`
                : httpStatusHint(status),
          }),
        );
      }

      const encoding = header(res.headers, 'content-encoding');
      const length = Number(header(res.headers, 'content-length'));
      if (!encoding && Number.isFinite(length) && length > o.maxBytes) {
        req.destroy();
        return fail(tooLarge(o.maxBytes, url, `declared Content-Length ${length}`));
      }
      const chunks: Buffer[] = [];
      let total = 0;
      const sink = async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) {
          total += chunk.length;
          if (total > o.maxBytes) {
            // (pipeline may report the AbortError of tearing the streams down instead: keep ours)
            sizeError = tooLarge(o.maxBytes, url, encoding ? `more than ${o.maxBytes} bytes after decompression` : `more than ${o.maxBytes} bytes`);
            throw sizeError;
          }
          chunks.push(chunk);
        }
      };
      const run = async () => {
        const stages = decompressors(encoding, /deflate/i.test(encoding ?? '') ? await peek(res) : null);
        const streams: Array<Readable | Transform> = [res, ...stages];
        await (pipeline as unknown as (...args: unknown[]) => Promise<void>)(...streams, sink);
      };
      run()
        .then(() => {
          if (settled) return;
          settled = true;
          resolve({ kind: 'ok', bytes: Buffer.concat(chunks, total), headers: res.headers });
        })
        .catch((e: unknown) => {
          req.destroy();
          fail(e);
        });
    });
    req.end();
  });
}

function tooLarge(maxBytes: number, url: URL, detail: string): FeedError {
  const mb = (maxBytes / (1024 * 1024)).toFixed(maxBytes % (1024 * 1024) === 0 ? 0 : 1);
  return new FeedError('too-large', `Feed from ${url.host} is too large: ${detail}`, {
    url: url.href,
    hint: `The feed is larger than the ${mb} MB the bot accepts; ask the site for a shorter feed or subscribe to a section feed instead.`,
  });
}

/**
 * Server-side request forgery guard: which URLs and which IP addresses the bot may contact.
 *
 * Two layers:
 *  - checkFeedUrl() refuses bad schemes, credentials and literal blocked IPs (in any spelling the
 *    WHATWG URL parser understands: it already turns 2130706433, 0177.0.0.1, 0x7f.1, 127.1 into
 *    127.0.0.1), plus obviously-local names (localhost, *.localhost, *.local, *.internal).
 *  - guardedLookup() (used by fetchFeed as the socket's `lookup`) checks every address a DNS name
 *    resolves to, so the address that is checked is the address that is connected to.
 */
import net from 'node:net';
import type { LookupAddress } from 'node:dns';
import { FeedError } from './errors.js';

const MAX_URL_LENGTH = 4096;

function buildV4List(): net.BlockList {
  const list = new net.BlockList();
  const v4: Array<[string, number]> = [
    ['0.0.0.0', 8], // "this network", includes 0.0.0.0 (unspecified)
    ['10.0.0.0', 8], // private
    ['100.64.0.0', 10], // carrier-grade NAT
    ['127.0.0.0', 8], // loopback
    ['169.254.0.0', 16], // link-local, includes 169.254.169.254 cloud metadata
    ['172.16.0.0', 12], // private
    ['192.0.0.0', 24], // IETF protocol assignments (incl. 192.0.0.192 Oracle metadata)
    ['192.0.2.0', 24], // TEST-NET-1 (documentation)
    ['192.31.196.0', 24], // AS112
    ['192.52.193.0', 24], // AMT
    ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
    ['192.168.0.0', 16], // private
    ['192.175.48.0', 24], // AS112 direct delegation
    ['198.18.0.0', 15], // benchmarking
    ['198.51.100.0', 24], // TEST-NET-2 (documentation)
    ['203.0.113.0', 24], // TEST-NET-3 (documentation)
    ['224.0.0.0', 4], // multicast
    ['240.0.0.0', 4], // reserved, includes 255.255.255.255 broadcast
  ];
  for (const [addr, prefix] of v4) list.addSubnet(addr, prefix, 'ipv4');
  return list;
}

function buildV6List(): net.BlockList {
  const list = new net.BlockList();
  const v6: Array<[string, number]> = [
    ['::', 128], // unspecified
    ['::1', 128], // loopback
    ['::', 96], // IPv4-compatible (deprecated), e.g. ::7f00:1
    ['64:ff9b:1::', 48], // local-use NAT64
    ['100::', 64], // discard-only
    ['2001::', 23], // IETF protocol assignments (Teredo, benchmarking 2001:2::/48, ORCHID)
    ['2001:db8::', 32], // documentation
    ['2002::', 16], // 6to4 (embeds an IPv4 address; deprecated)
    ['3fff::', 20], // documentation (RFC 9637)
    ['5f00::', 16], // SRv6 SIDs
    ['fc00::', 7], // unique local, includes fd00:ec2::254 (AWS metadata)
    ['fe80::', 10], // link-local
    ['fec0::', 10], // site-local (deprecated)
    ['ff00::', 8], // multicast
  ];
  for (const [addr, prefix] of v6) list.addSubnet(addr, prefix, 'ipv6');
  return list;
}

const V4_BLOCKED = buildV4List();
const V6_BLOCKED = buildV6List();

/** Parse an IPv6 text form (no brackets, no zone) into 8 16-bit groups; null if invalid. */
export function parseIPv6(text: string): number[] | null {
  if (!net.isIPv6(text)) return null;
  let s = text.toLowerCase();
  // trailing dotted IPv4 (::ffff:127.0.0.1) -> two hex groups
  const lastColon = s.lastIndexOf(':');
  const lastPart = s.slice(lastColon + 1);
  if (lastPart.includes('.')) {
    const v4 = lastPart.split('.').map((p) => Number(p));
    if (v4.length !== 4 || v4.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) return null;
    s = s.slice(0, lastColon + 1) + ((v4[0] << 8) | v4[1]).toString(16) + ':' + ((v4[2] << 8) | v4[3]).toString(16);
  }
  let groups: number[];
  if (s.includes('::')) {
    const [head, rest] = s.split('::');
    const h = head ? head.split(':').map((g) => parseInt(g, 16)) : [];
    const r = rest ? rest.split(':').map((g) => parseInt(g, 16)) : [];
    const zeros = 8 - h.length - r.length;
    if (zeros < 0) return null;
    groups = [...h, ...new Array(zeros).fill(0), ...r];
  } else {
    groups = s.split(':').map((g) => parseInt(g, 16));
  }
  if (groups.length !== 8 || groups.some((g) => !Number.isInteger(g) || g < 0 || g > 0xffff)) return null;
  return groups;
}

function v4FromGroups(hi: number, lo: number): string {
  return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
}

/**
 * Normalise an IPv4 written in any spelling the WHATWG URL parser accepts (2130706433,
 * 0177.0.0.1, 0x7f.1, 127.1) to dotted decimal; null if it is not such an address.
 */
function normaliseIPv4(text: string): string | null {
  if (net.isIPv4(text)) return text;
  if (!/^[0-9a-fA-Fx.]+$/.test(text)) return null;
  try {
    const host = new URL(`http://${text}/`).hostname;
    return net.isIPv4(host) ? host : null;
  } catch {
    return null;
  }
}

/**
 * True if the bot must not connect to this IP address (loopback, private, link-local, CGNAT,
 * multicast, broadcast, unspecified, documentation/benchmark ranges, unique-local, cloud
 * metadata, IPv4-mapped/translated forms of any of those). Anything that is not an IP address is
 * reported as blocked (fail closed).
 */
export function isBlockedAddress(ip: string): boolean {
  let text = String(ip).trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone); // fe80::1%eth0: scope ids only occur on local addresses anyway

  const v4 = normaliseIPv4(text);
  if (v4) return V4_BLOCKED.check(v4, 'ipv4');

  const groups = parseIPv6(text);
  if (!groups) return true; // not an IP: fail closed

  // IPv4-mapped ::ffff:a.b.c.d and IPv4-translated ::ffff:0:a.b.c.d -> judge the embedded IPv4
  const zeroPrefix = (n: number) => groups.slice(0, n).every((g) => g === 0);
  if (zeroPrefix(5) && groups[5] === 0xffff) return V4_BLOCKED.check(v4FromGroups(groups[6], groups[7]), 'ipv4');
  if (zeroPrefix(4) && groups[4] === 0xffff && groups[5] === 0) return V4_BLOCKED.check(v4FromGroups(groups[6], groups[7]), 'ipv4');
  // NAT64 well-known prefix 64:ff9b::/96 -> judge the embedded IPv4
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) {
    return V4_BLOCKED.check(v4FromGroups(groups[6], groups[7]), 'ipv4');
  }
  const canonical = groups.map((g) => g.toString(16)).join(':');
  if (V6_BLOCKED.check(canonical, 'ipv6')) return true;
  // Only global unicast (2000::/3) is public in IPv6.
  if ((groups[0] & 0xe000) !== 0x2000) return true;
  return false;
}

/** Host names that always mean "this machine or its local network". */
function isLocalName(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.+$/, '');
  if (h === '' || h === 'localhost' || h === 'localhost.localdomain' || h === 'ip6-localhost' || h === 'ip6-loopback') return true;
  return /\.(localhost|local|internal|localdomain|home\.arpa|lan)$/.test(h);
}

export interface CheckFeedUrlOptions {
  allowPrivateNetworks: boolean;
  /** Override the address policy (tests only). Defaults to isBlockedAddress. */
  isBlocked?: (ip: string) => boolean;
}

/**
 * Validate a feed URL before any connection is made. Returns the parsed URL.
 * Throws FeedError('bad-url') for unparsable, non-http(s), credential-carrying URLs and
 * FeedError('blocked-address') for literal blocked IPs / local names (unless allowPrivateNetworks).
 */
export function checkFeedUrl(url: string, opts: CheckFeedUrlOptions): URL {
  const raw = String(url ?? '').trim();
  if (!raw) throw new FeedError('bad-url', 'Empty feed URL', { hint: 'The feed address is empty; paste the full address of the feed, e.g. https://example.com/feed.xml.' });
  if (raw.length > MAX_URL_LENGTH) {
    throw new FeedError('bad-url', 'Feed URL too long', { hint: `The feed address is longer than ${MAX_URL_LENGTH} characters; use the feed's plain address.` });
  }
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new FeedError('bad-url', `Not a valid URL: ${truncate(raw)}`, {
      hint: 'The feed address is not a valid URL; paste the full address including https://, e.g. https://example.com/feed.xml.',
    });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FeedError('bad-url', `Unsupported URL scheme ${parsed.protocol}`, {
      hint: `Only http:// and https:// feed addresses are supported, not "${parsed.protocol}" addresses; use the web address of the feed.`,
    });
  }
  if (parsed.username || parsed.password) {
    throw new FeedError('bad-url', 'Credentials in feed URL', {
      hint: 'The feed address contains a user name or password (user:pass@); the bot does not send credentials, remove that part or use a public feed.',
    });
  }
  const host = parsed.hostname;
  if (!host) throw new FeedError('bad-url', 'Feed URL has no host', { hint: 'The feed address has no site name; paste the full address, e.g. https://example.com/feed.xml.' });

  if (!opts.allowPrivateNetworks) {
    const blocked = opts.isBlocked ?? isBlockedAddress;
    const bare = host.startsWith('[') ? host.slice(1, -1) : host;
    if (net.isIP(bare)) {
      if (blocked(bare)) throw blockedError(bare, host);
    } else if (isLocalName(bare)) {
      throw blockedError(bare, host);
    }
  }
  return parsed;
}

export function blockedError(address: string, host: string): FeedError {
  const shown = host === address || host === `[${address}]` ? host : `${host} (${address})`;
  return new FeedError('blocked-address', `Refusing to connect to private or reserved address ${shown}`, {
    hint: `The feed address leads to ${shown}, a private, local or reserved network address the bot refuses to contact; use the feed's public address.`,
  });
}

export type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
export type LookupFunction = (hostname: string, options: any, callback: (...args: any[]) => void) => void;

/**
 * Wrap a DNS lookup function so that every resolved address is checked before the socket
 * connects. If any address of the name is blocked, the whole name is refused (a name with a
 * private record is not trusted). Works for both `all: true` (happy eyeballs) and single answers.
 */
export function guardedLookup(
  baseLookup: LookupFunction,
  opts: { allowPrivateNetworks: boolean; isBlocked?: (ip: string) => boolean; onResolved?: (addresses: string[]) => void },
): LookupFunction {
  const blocked = opts.isBlocked ?? isBlockedAddress;
  return (hostname: string, options: any, callback: (...args: any[]) => void) => {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    const o = typeof options === 'number' ? { family: options } : { ...(options ?? {}) };
    const wantAll = !!o.all;
    baseLookup(hostname, { ...o, all: true }, (err: NodeJS.ErrnoException | null, addresses: any) => {
      if (err) return callback(err);
      let list: LookupAddress[] = Array.isArray(addresses)
        ? addresses
        : [{ address: String(addresses), family: net.isIPv6(String(addresses)) ? 6 : 4 }];
      list = list.filter((a) => a && typeof a.address === 'string');
      if (list.length === 0) {
        const e: NodeJS.ErrnoException = new Error(`No addresses for ${hostname}`);
        e.code = 'ENOTFOUND';
        return callback(e);
      }
      if (!opts.allowPrivateNetworks) {
        const bad = list.find((a) => blocked(a.address));
        if (bad) return callback(blockedError(bad.address, hostname));
      }
      opts.onResolved?.(list.map((a) => a.address));
      if (wantAll) return callback(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  };
}

function truncate(s: string, n = 200): string {
  return s.length > n ? s.slice(0, n) + '…' : s;
}

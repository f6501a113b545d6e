import { describe, it, expect } from 'vitest';
import { checkFeedUrl, isBlockedAddress, guardedLookup } from '../../src/feeds/addressGuard.js';
import { FeedError } from '../../src/feeds/errors.js';

function refusal(url: string): FeedError {
  try {
    checkFeedUrl(url, { allowPrivateNetworks: false });
  } catch (e) {
    expect(e).toBeInstanceOf(FeedError);
    return e as FeedError;
  }
  throw new Error(`not refused: ${url}`);
}

describe('checkFeedUrl refuses dangerous URLs', () => {
  const blocked: string[] = [
    'http://127.0.0.1/feed',
    'http://2130706433/', // decimal
    'http://0177.0.0.1/', // octal
    'http://0x7f.0.0.1/', // hex
    'http://0x7f000001/', // single hex number
    'http://017700000001/', // single octal number
    'http://127.1/', // short form
    'http://127.0.0.1.:8080/', // trailing dot
    'http://%31%32%37.0.0.1/', // percent-encoded
    'http://①②⑦.0.0.1/', // full-width / circled digits (IDNA-mapped)
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/', // IPv4-mapped
    'http://[::ffff:7f00:1]/', // IPv4-mapped, hex form
    'http://[0:0:0:0:0:ffff:7f00:1]/',
    'http://[::127.0.0.1]/', // IPv4-compatible
    'http://[64:ff9b::7f00:1]/', // NAT64 of loopback
    'http://0.0.0.0/',
    'http://0/',
    'http://[::]/',
    'http://169.254.169.254/latest/meta-data/', // cloud metadata
    'http://[fd00:ec2::254]/', // AWS IPv6 metadata
    'http://10.0.0.1/',
    'http://172.16.5.4/',
    'http://192.168.1.1/',
    'http://100.64.0.1/', // CGNAT
    'http://224.0.0.1/', // multicast
    'http://255.255.255.255/', // broadcast
    'http://[fe80::1]/', // link-local
    'http://[fc00::1]/', // unique local
    'http://[ff02::1]/', // multicast
    'http://192.0.2.1/', // documentation
    'http://198.18.0.1/', // benchmarking
    'http://[2001:db8::1]/', // documentation
    'http://localhost/',
    'http://LOCALHOST:3000/',
    'http://foo.localhost/',
    'http://printer.local/',
    'http://metadata.google.internal/',
  ];
  it.each(blocked)('%s -> blocked-address', (url) => {
    expect(refusal(url).code).toBe('blocked-address');
  });

  const bad: string[] = [
    'http://user:pass@example.com/feed',
    'https://user@example.com/feed',
    'file:///etc/passwd',
    'gopher://example.com:70/1',
    'ftp://example.com/feed.xml',
    'javascript:alert(1)',
    'data:text/xml,<rss/>',
    'ws://example.com/',
    'not a url',
    '',
    '//example.com/feed',
  ];
  it.each(bad)('%s -> bad-url', (url) => {
    const e = refusal(url);
    expect(e.code).toBe('bad-url');
    expect(e.hint.length).toBeGreaterThan(20);
  });

  it('has a moderator-readable hint', () => {
    expect(refusal('http://user:pass@example.com/').hint).toMatch(/user name or password/);
    expect(refusal('file:///etc/passwd').hint).toMatch(/http/);
    expect(refusal('http://169.254.169.254/').hint).toMatch(/private|reserved/);
  });

  it('accepts public http(s) URLs, and private ones when allowed', () => {
    expect(checkFeedUrl('https://example.com/feed.xml', { allowPrivateNetworks: false }).href).toBe('https://example.com/feed.xml');
    expect(checkFeedUrl('  http://8.8.8.8:8080/rss ', { allowPrivateNetworks: false }).hostname).toBe('8.8.8.8');
    expect(checkFeedUrl('http://[2606:4700::1111]/', { allowPrivateNetworks: false }).hostname).toBe('[2606:4700::1111]');
    expect(checkFeedUrl('http://127.0.0.1:8080/feed', { allowPrivateNetworks: true }).port).toBe('8080');
    expect(checkFeedUrl('http://localhost/feed', { allowPrivateNetworks: true }).hostname).toBe('localhost');
    // credentials and schemes are refused even when private networks are allowed
    expect(() => checkFeedUrl('http://a:b@127.0.0.1/', { allowPrivateNetworks: true })).toThrow(FeedError);
    expect(() => checkFeedUrl('file:///etc/passwd', { allowPrivateNetworks: true })).toThrow(FeedError);
  });
});

describe('isBlockedAddress', () => {
  const blocked = [
    '127.0.0.1', '127.255.255.254', '10.1.2.3', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.0.1', '100.127.255.255',
    '0.0.0.0', '255.255.255.255', '224.0.0.251', '240.0.0.1', '192.0.2.5', '198.51.100.1', '203.0.113.9', '198.19.255.255', '192.0.0.170',
    '::', '::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:0:7f00:1', '64:ff9b::a9fe:a9fe', '::7f00:1',
    'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd00:ec2::254', 'ff02::1', '2001:db8::1', '2002:7f00:1::1', '2001::1', '100::1', 'fec0::1',
    '[::1]', '2130706433', '0177.0.0.1', '0x7f.1', '127.1',
    'example.com', '', 'not-an-ip',
  ];
  it.each(blocked)('%s is blocked', (ip) => expect(isBlockedAddress(ip)).toBe(true));

  const allowed = ['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.15.255.255', '172.32.0.1', '100.63.255.255', '100.128.0.1', '::ffff:8.8.8.8', '64:ff9b::808:808', '2606:4700::1111', '2a00:1450:4001::200e'];
  it.each(allowed)('%s is allowed', (ip) => expect(isBlockedAddress(ip)).toBe(false));
});

describe('guardedLookup', () => {
  const fake =
    (answers: Array<{ address: string; family: number }>) =>
    (_host: string, _opts: unknown, cb: (err: NodeJS.ErrnoException | null, a: unknown) => void) =>
      cb(null, answers);

  function run(lookup: ReturnType<typeof guardedLookup>, opts: object): Promise<{ err: unknown; args: unknown[] }> {
    return new Promise((resolve) => lookup('feed.test', opts, (err: unknown, ...args: unknown[]) => resolve({ err, args })));
  }

  it('refuses a name that resolves to loopback', async () => {
    const r = await run(guardedLookup(fake([{ address: '127.0.0.1', family: 4 }]), { allowPrivateNetworks: false }), {});
    expect((r.err as FeedError).code).toBe('blocked-address');
  });

  it('refuses a name if any of its addresses is private', async () => {
    const r = await run(guardedLookup(fake([{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.1', family: 4 }]), { allowPrivateNetworks: false }), { all: true });
    expect((r.err as FeedError).code).toBe('blocked-address');
  });

  it('passes public answers through in both callback shapes', async () => {
    const lk = guardedLookup(fake([{ address: '93.184.216.34', family: 4 }, { address: '2606:2800::1', family: 6 }]), { allowPrivateNetworks: false });
    const single = await run(lk, {});
    expect(single.err).toBeNull();
    expect(single.args).toEqual(['93.184.216.34', 4]);
    const all = await run(lk, { all: true });
    expect(all.args[0]).toEqual([{ address: '93.184.216.34', family: 4 }, { address: '2606:2800::1', family: 6 }]);
  });

  it('allows private answers when allowPrivateNetworks is set', async () => {
    const r = await run(guardedLookup(fake([{ address: '127.0.0.1', family: 4 }]), { allowPrivateNetworks: true }), {});
    expect(r.err).toBeNull();
    expect(r.args[0]).toBe('127.0.0.1');
  });
});

import { describe, it, expect, afterEach } from 'vitest';
import zlib from 'node:zlib';
import { fetchFeed } from '../../src/feeds/fetchFeed.js';
import { loadFeed } from '../../src/feeds/loadFeed.js';
import { FeedError } from '../../src/feeds/errors.js';
import { startServer, LOCAL, type TestServer } from './helpers.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title><link>https://example.com/</link>
<item><title>Hello – world</title><link>https://example.com/a</link><guid>a</guid><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate></item>
</channel></rss>`;

let servers: TestServer[] = [];
async function serve(handler: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function failure(p: Promise<unknown>): Promise<FeedError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FeedError);
    return e as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('fetchFeed: basics and conditional GET', () => {
  it('fetches, sends the right headers and returns validators', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: '"v1"', 'Last-Modified': 'Mon, 01 Jan 2024 10:00:00 GMT' });
      res.end(RSS);
    });
    const r = await fetchFeed(`${s.origin}/feed`, {}, LOCAL);
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.body).toContain('Hello – world');
    expect(r.etag).toBe('"v1"');
    expect(r.lastModified).toBe('Mon, 01 Jan 2024 10:00:00 GMT');
    expect(r.contentType).toMatch(/rss/);
    expect(r.finalUrl).toBe(`${s.origin}/feed`);
    const h = s.requests[0].headers;
    expect(h['user-agent']).toBe('Sitrep/0.1 (+https://github.com/sitrep-bot/sitrep; Discord news bot)');
    expect(h.accept).toMatch(/application\/rss\+xml/);
    expect(h.accept).toMatch(/application\/atom\+xml/);
    expect(h['accept-encoding']).toBe('gzip, deflate, br');
    expect(h['if-none-match']).toBeUndefined();
  });

  it('returns not-modified on 304 for a matching ETag, without reading or parsing a body', async () => {
    const s = await serve((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { ETag: '"v1"' });
        return res.end();
      }
      res.writeHead(200, { ETag: '"v1"', 'Content-Type': 'application/rss+xml' });
      res.end(RSS);
    });
    const first = await fetchFeed(`${s.origin}/feed`, {}, LOCAL);
    expect(first.status).toBe('ok');
    const etag = first.status === 'ok' ? first.etag : null;
    const second = await fetchFeed(`${s.origin}/feed`, { etag }, LOCAL);
    expect(second).toEqual({ status: 'not-modified', finalUrl: `${s.origin}/feed` });
    expect(s.requests[1].headers['if-none-match']).toBe('"v1"');

    // through loadFeed, the parser is never called on a 304
    let parsed = 0;
    const r = await loadFeed(`${s.origin}/feed`, { etag: '"v1"' }, LOCAL, {
      parse: async (...args) => {
        parsed++;
        const { parseFeed } = await import('../../src/feeds/parseFeed.js');
        return parseFeed(...args);
      },
    });
    expect(r.status).toBe('not-modified');
    expect(parsed).toBe(0);
    const ok = await loadFeed(`${s.origin}/feed`, {}, LOCAL);
    expect(ok.status === 'ok' && ok.feed.items[0].title).toBe('Hello – world');
  });

  it('sends If-Modified-Since from lastModified', async () => {
    const lm = 'Tue, 02 Jan 2024 10:00:00 GMT';
    const s = await serve((req, res) => {
      if (req.headers['if-modified-since'] === lm) {
        res.writeHead(304);
        return res.end();
      }
      res.writeHead(200, { 'Last-Modified': lm });
      res.end(RSS);
    });
    const first = await fetchFeed(`${s.origin}/f`, { etag: null, lastModified: null }, LOCAL);
    expect(first.status === 'ok' && first.lastModified).toBe(lm);
    const second = await fetchFeed(`${s.origin}/f`, { lastModified: lm }, LOCAL);
    expect(second.status).toBe('not-modified');
  });
});

describe('fetchFeed: compression and size cap', () => {
  const big = RSS.replace('</channel>', `<item><title>${'x'.repeat(50_000)}</title></item></channel>`);
  for (const [name, enc, compress] of [
    ['gzip', 'gzip', (b: Buffer) => zlib.gzipSync(b)],
    ['deflate (zlib)', 'deflate', (b: Buffer) => zlib.deflateSync(b)],
    ['deflate (raw)', 'deflate', (b: Buffer) => zlib.deflateRawSync(b)],
    ['brotli', 'br', (b: Buffer) => zlib.brotliCompressSync(b)],
  ] as const) {
    it(`decodes ${name}`, async () => {
      const s = await serve((_req, res) => {
        res.writeHead(200, { 'Content-Encoding': enc, 'Content-Type': 'application/rss+xml' });
        res.end(compress(Buffer.from(big)));
      });
      const r = await fetchFeed(`${s.origin}/`, {}, LOCAL);
      expect(r.status === 'ok' && r.body).toBe(big);
    });
  }

  it('refuses a plain body over maxBytes (declared length)', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/xml', 'Content-Length': String(2_000_000) });
      res.end(Buffer.alloc(2_000_000, 0x20));
    });
    const e = await failure(fetchFeed(`${s.origin}/`, {}, { ...LOCAL, maxBytes: 1_000_000 }));
    expect(e.code).toBe('too-large');
    expect(e.hint).toMatch(/MB/);
  });

  it('refuses a chunked body over maxBytes while streaming', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/xml' });
      let sent = 0;
      const tick = () => {
        if (res.destroyed || sent > 20_000_000) return res.end();
        sent += 64 * 1024;
        res.write(Buffer.alloc(64 * 1024, 0x20), () => setImmediate(tick));
      };
      tick();
    });
    const e = await failure(fetchFeed(`${s.origin}/`, {}, { ...LOCAL, maxBytes: 1_000_000 }));
    expect(e.code).toBe('too-large');
  });

  it('stops a gzip bomb early (cap counted after decompression)', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20), { level: 9 }); // 200 MB -> ~200 KB
    expect(bomb.length).toBeLessThan(1_000_000);
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': 'gzip', 'Content-Length': String(bomb.length) });
      res.end(bomb);
    });
    const t0 = Date.now();
    const before = process.memoryUsage().rss;
    const e = await failure(fetchFeed(`${s.origin}/`, {}, { ...LOCAL, maxBytes: 5 * 1024 * 1024 }));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/after decompression/);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('stops a brotli bomb too', async () => {
    const bomb = zlib.brotliCompressSync(Buffer.alloc(100 * 1024 * 1024, 0x41), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'br' });
      res.end(bomb);
    });
    const e = await failure(fetchFeed(`${s.origin}/`, {}, { ...LOCAL, maxBytes: 1024 * 1024 }));
    expect(e.code).toBe('too-large');
  });

  it('reports a damaged gzip body as a network error', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'gzip' });
      res.end(Buffer.from('this is not gzip at all'));
    });
    const e = await failure(fetchFeed(`${s.origin}/`, {}, LOCAL));
    expect(e.code).toBe('network');
  });
});

describe('fetchFeed: timeout', () => {
  it('times out when the server never answers', async () => {
    const s = await serve(() => {
      /* stall: never respond */
    });
    const t0 = Date.now();
    const e = await failure(fetchFeed(`${s.origin}/`, {}, { ...LOCAL, timeoutMs: 300 }));
    expect(e.code).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(e.hint).toMatch(/seconds/);
  });

  it('times out when the body stalls after the headers (deadline covers the body)', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      res.write('<rss version="2.0"><channel>'); // ... and nothing more
    });
    const t0 = Date.now();
    const e = await failure(fetchFeed(`${s.origin}/`, {}, { ...LOCAL, timeoutMs: 400 }));
    expect(e.code).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('times out across a slow drip of bytes', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200);
      const iv = setInterval(() => (res.destroyed ? clearInterval(iv) : res.write(' ')), 50);
      res.on('close', () => clearInterval(iv));
    });
    const e = await failure(fetchFeed(`${s.origin}/`, {}, { ...LOCAL, timeoutMs: 500 }));
    expect(e.code).toBe('timeout');
  });
});

describe('fetchFeed: redirects', () => {
  it('follows a relative redirect and reports the final URL', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/old') {
        res.writeHead(301, { Location: 'new/feed.xml' });
        return res.end();
      }
      if (req.url === '/new/feed.xml') {
        res.writeHead(200);
        return res.end(RSS);
      }
      res.writeHead(404);
      res.end();
    });
    const r = await fetchFeed(`${s.origin}/old`, {}, LOCAL);
    expect(r.status).toBe('ok');
    expect(r.finalUrl).toBe(`${s.origin}/new/feed.xml`);
  });

  it('follows exactly maxRedirects and refuses one more', async () => {
    const s = await serve((req, res) => {
      const n = Number(req.url!.slice(1));
      if (n > 0) {
        res.writeHead(n % 2 ? 302 : 307, { Location: `/${n - 1}` });
        return res.end();
      }
      res.writeHead(200);
      res.end(RSS);
    });
    const ok = await fetchFeed(`${s.origin}/5`, {}, LOCAL);
    expect(ok.status).toBe('ok');
    const e = await failure(fetchFeed(`${s.origin}/6`, {}, LOCAL));
    expect(e.code).toBe('too-many-redirects');
    const e2 = await failure(fetchFeed(`${s.origin}/3`, {}, { ...LOCAL, maxRedirects: 2 }));
    expect(e2.code).toBe('too-many-redirects');
  });

  it('detects a redirect loop', async () => {
    const s = await serve((req, res) => {
      res.writeHead(302, { Location: req.url === '/a' ? '/b' : '/a' });
      res.end();
    });
    const e = await failure(fetchFeed(`${s.origin}/a`, {}, LOCAL));
    expect(e.code).toBe('too-many-redirects');
    expect(e.hint).toMatch(/loop/);
  });

  it('refuses a redirect into a blocked address (re-checked by the guard)', async () => {
    // The test server is 127.0.0.1; a policy that allows only 127.0.0.1 stands in for "public".
    const policy = (ip: string) => ip !== '127.0.0.1';
    const s = await serve((req, res) => {
      if (req.url === '/to-literal') res.writeHead(302, { Location: `http://127.0.0.2:${(req.socket.localPort)}/feed` });
      else if (req.url === '/to-metadata') res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' });
      else if (req.url === '/to-name') res.writeHead(302, { Location: `http://rebind.test:${req.socket.localPort}/feed` });
      else if (req.url === '/to-file') res.writeHead(302, { Location: 'file:///etc/passwd' });
      else res.writeHead(200);
      res.end(req.url === '/feed' ? RSS : undefined);
    });
    const lookup = (host: string, _o: unknown, cb: (e: Error | null, a: unknown) => void) =>
      host === 'rebind.test' ? cb(null, [{ address: '127.0.0.3', family: 4 }]) : cb(null, [{ address: '127.0.0.1', family: 4 }]);
    const limits = { allowPrivateNetworks: false, isBlocked: policy, lookup, timeoutMs: 5000 };

    // sanity: the "public" start address itself works under this policy
    expect((await fetchFeed(`${s.origin}/feed`, {}, limits)).status).toBe('ok');
    for (const path of ['/to-literal', '/to-metadata', '/to-name']) {
      const e = await failure(fetchFeed(`${s.origin}${path}`, {}, limits));
      expect(e.code).toBe('blocked-address');
    }
    expect((await failure(fetchFeed(`${s.origin}/to-file`, {}, limits))).code).toBe('bad-url');
    expect(s.requests.filter((r) => r.url === '/feed')).toHaveLength(1); // only the sanity request reached /feed
  });
});

describe('fetchFeed: address guard on the real connection', () => {
  it('refuses 127.0.0.1 and localhost when private networks are not allowed, without connecting', async () => {
    const s = await serve((_req, res) => res.end(RSS));
    for (const url of [`${s.origin}/`, `http://localhost:${s.port}/`, `http://2130706433:${s.port}/`, `http://[::ffff:127.0.0.1]:${s.port}/`]) {
      const e = await failure(fetchFeed(url, {}, { timeoutMs: 2000 }));
      expect(e.code).toBe('blocked-address');
    }
    expect(s.requests).toHaveLength(0);
  });

  it('refuses a DNS name that resolves to 127.0.0.1 (checked inside lookup)', async () => {
    const s = await serve((_req, res) => res.end(RSS));
    let lookups = 0;
    const lookup = (_h: string, _o: unknown, cb: (e: Error | null, a: unknown) => void) => {
      lookups++;
      cb(null, [{ address: '127.0.0.1', family: 4 }]);
    };
    const e = await failure(fetchFeed(`http://evil-rebind.example:${s.port}/feed`, {}, { lookup, timeoutMs: 2000 }));
    expect(e.code).toBe('blocked-address');
    expect(lookups).toBe(1);
    expect(s.requests).toHaveLength(0);
    // the same name is fine when private networks are allowed
    const ok = await fetchFeed(`http://evil-rebind.example:${s.port}/feed`, {}, { lookup, allowPrivateNetworks: true, timeoutMs: 2000 });
    expect(ok.status).toBe('ok');
  });
});

describe('fetchFeed: HTTP and network errors', () => {
  it.each([
    [403, /refuses bots/],
    [404, /not at this address/],
    [410, /removed/],
    [500, /site has a problem/],
  ])('HTTP %i -> http error with a hint', async (status, hint) => {
    const s = await serve((_req, res) => {
      res.writeHead(status);
      res.end('nope');
    });
    const e = await failure(fetchFeed(`${s.origin}/`, {}, LOCAL));
    expect(e.code).toBe('http');
    expect(e.httpStatus).toBe(status);
    expect(e.hint).toMatch(hint);
  });

  it('HTTP 429 carries Retry-After', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(429, { 'Retry-After': '120' });
      res.end();
    });
    const e = await failure(fetchFeed(`${s.origin}/`, {}, LOCAL));
    expect(e.httpStatus).toBe(429);
    expect(e.retryAfterSeconds).toBe(120);
    expect(e.hint).toMatch(/less often/);
  });

  it('connection refused -> network', async () => {
    const s = await serve((_req, res) => res.end());
    const port = s.port;
    await s.close();
    servers = servers.filter((x) => x !== s);
    const e = await failure(fetchFeed(`http://127.0.0.1:${port}/`, {}, LOCAL));
    expect(e.code).toBe('network');
  });

  it('a TLS failure (https to a plain-HTTP port) -> network with a certificate/TLS hint', async () => {
    const s = await serve((_req, res) => res.end(RSS));
    const e = await failure(fetchFeed(`https://127.0.0.1:${s.port}/`, {}, LOCAL));
    expect(e.code).toBe('network');
    expect(e.hint).toMatch(/HTTPS|TLS/);
  });

  it('unknown host -> dns', async () => {
    const lookup = (_h: string, _o: unknown, cb: (e: NodeJS.ErrnoException | null, a?: unknown) => void) => {
      const err: NodeJS.ErrnoException = new Error('getaddrinfo ENOTFOUND nowhere.invalid');
      err.code = 'ENOTFOUND';
      cb(err);
    };
    const e = await failure(fetchFeed('http://nowhere.invalid/feed', {}, { lookup, timeoutMs: 2000 }));
    expect(e.code).toBe('dns');
    expect(e.hint).toMatch(/does not exist/);
  });

  it('a connection cut mid-body -> network', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Length': '10000' });
      res.write('<rss>');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const e = await failure(fetchFeed(`${s.origin}/`, {}, LOCAL));
    expect(e.code).toBe('network');
  });
});

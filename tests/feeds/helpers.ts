import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  /** Requests received so far (method, url, headers). */
  requests: Array<{ url: string; headers: http.IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/** A local HTTP server on 127.0.0.1, port 0. Open connections are destroyed on close. */
export async function startServer(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    handler(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Limits for talking to the local test server. */
export const LOCAL = { allowPrivateNetworks: true, timeoutMs: 5000 } as const;

// Helpers for tests that drive the real CLI as a child process: start it against the sandboxes,
// and poll for what it does.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../dist/src/cli.js');

/** `sitrep start <args>` on a SQLite store in `dir`, polling every second; its stderr tail goes to
 *  `onLog` (last `keep` characters). */
export function startCli(args: string[], opts: { dir: string; token: string; apiUrl: string; env?: Record<string, string>; keep?: number; onLog: (tail: string) => void }): ChildProcess {
  let tail = '';
  const child = spawn(process.execPath, [CLI, 'start', ...args], {
    env: {
      ...process.env,
      DISCORD_TOKEN: opts.token,
      SITREP_DISCORD_API: opts.apiUrl,
      SITREP_STORE: `sqlite://${join(opts.dir, 'sitrep.sqlite')}`,
      SITREP_POLL_CRON: '* * * * * *',
      SITREP_ALLOW_PRIVATE_NETWORKS: 'true',
      ...opts.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (d: Buffer) => opts.onLog((tail = (tail + d.toString()).slice(-(opts.keep ?? 6000)))));
  return child;
}
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every 100 ms until it holds or `ms` pass; returns its last answer. */
export async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await sleep(100);
  }
  return check();
}

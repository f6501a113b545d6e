// Real processes on one store: concurrent writers, and the poller killed with SIGKILL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../../src/store/openStore.js';
import { leaseHolder } from '../../src/store/lease.js';
import { testBackends } from './backends.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const script = join(root, 'tests/store/fixtures/storeProcess.mjs');
const backends = testBackends();
let dist = '';

beforeAll(() => {
  // The child processes run plain Node: compile the store and the scheduler for them (a few seconds).
  // Inside the project so that they find node_modules.
  mkdirSync(join(root, '.tmp'), { recursive: true });
  dist = mkdtempSync(join(root, '.tmp', 'store-proc-'));
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/typescript/bin/tsc'),
      ...['--outDir', dist, '--rootDir', root, '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022'],
      ...['--strict', '--skipLibCheck', '--esModuleInterop', '--resolveJsonModule', '--types', 'node'],
      ...['src/store/openStore.ts', 'src/store/lease.ts', 'src/poller/schedule.ts', 'src/util/log.ts'].map((f) => join(root, f)),
    ],
    { stdio: 'inherit' },
  );
}, 120_000);

afterAll(async () => {
  if (dist) rmSync(dist, { recursive: true, force: true });
  await Promise.all(backends.map((b) => b.cleanup()));
});

interface Child {
  proc: ChildProcess;
  out: string[];
  exited: Promise<number | null>;
}
function child(...args: string[]): Child {
  const proc = spawn(process.execPath, [script, dist, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const out: string[] = [];
  proc.stdout!.on('data', (d: Buffer) => out.push(...d.toString().split('\n').filter(Boolean)));
  proc.stderr!.on('data', (d: Buffer) => out.push(...d.toString().split('\n').filter(Boolean)));
  const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  return { proc, out, exited };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, test: () => Promise<boolean>, ms: number, log: () => string[]): Promise<number> {
  const t0 = Date.now();
  while (!(await test())) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}\n${log().join('\n')}`);
    await sleep(25);
  }
  return Date.now();
}

interface CycleRecord {
  holder: string;
  start: number;
  end: number | null;
}

describe.each(backends)('processes on $name', (backend) => {
  it('two processes doing 100 updates each of one record lose none', async () => {
    const url = backend.newUrl();
    const t0 = performance.now();
    const [a, b] = [child('increment', url, '100'), child('increment', url, '100')];
    const codes = await Promise.all([a.exited, b.exited]);
    const ms = performance.now() - t0;
    expect(codes, [...a.out, ...b.out].join('\n')).toEqual([0, 0]);
    const s = await openStore(url);
    try {
      expect((await s.feeds.get('shared')).consecutiveFailures).toBe(200);
    } finally {
      await s.close();
    }
    console.log(`[processes ${backend.name}] 2 processes × 100 updates: ${ms.toFixed(0)} ms including start-up`);
  }, 60_000);

  it('polls in one process; when it is killed another takes over within one lease, with no overlap', async () => {
    const url = backend.newUrl();
    const ttlMs = 3_000;
    const s: Store = await openStore(url);
    const cycles = async () => ((await s.meta.get('cycles')) as CycleRecord[] | undefined) ?? [];
    const a = child('poller', url, 'A', String(ttlMs), '300');
    let b: Child | null = null;
    const logs = () => [...a.out.map((l) => `A: ${l}`), ...(b?.out ?? []).map((l) => `B: ${l}`)];
    try {
      await until('A to poll', async () => (await cycles()).some((c) => c.holder === 'A' && c.end !== null), 15_000, logs);
      b = child('poller', url, 'B', String(ttlMs), '300');
      await until('B to start', async () => b!.out.some((l) => l.startsWith('started')), 15_000, logs);
      await sleep(3_500);
      expect((await cycles()).filter((c) => c.holder === 'B'), logs().join('\n')).toEqual([]);
      expect((await leaseHolder(s, 'poller'))?.holderId).toBe('A');

      a.proc.kill('SIGKILL');
      const killedAt = Date.now();
      await a.exited;
      const tookOver = await until('B to poll', async () => (await cycles()).some((c) => c.holder === 'B'), 10_000, logs);
      const firstB = (await cycles()).find((c) => c.holder === 'B')!;
      console.log(`[processes ${backend.name}] poller killed; the other polled ${firstB.start - killedAt} ms later (lease ${ttlMs} ms)`);
      // Within one lease of the kill: B retries at the moment A's lease runs out (without that, up to 4/3 of it).
      expect(firstB.start - killedAt).toBeLessThanOrEqual(ttlMs + 600);
      expect(tookOver - killedAt).toBeLessThanOrEqual(ttlMs + 1_000);
      await sleep(1_500);

      b.proc.kill('SIGTERM');
      expect(await b.exited).toBe(0);
      expect(await leaseHolder(s, 'poller')).toBeUndefined();

      // Never two cycles at once: an unfinished cycle of A ended when A was killed.
      const all = (await cycles()).map((c) => ({ ...c, end: c.end ?? killedAt })).sort((x, y) => x.start - y.start);
      for (let i = 1; i < all.length; i++) expect(all[i]!.start, JSON.stringify(all)).toBeGreaterThanOrEqual(all[i - 1]!.end);
      expect(all.filter((c) => c.holder === 'B').length).toBeGreaterThanOrEqual(2);
    } finally {
      a.proc.kill('SIGKILL');
      b?.proc.kill('SIGKILL');
      await s.close();
    }
  }, 60_000);

  it('a restart on the same machine takes over the lease of the killed run at once', async () => {
    const url = backend.newUrl();
    const ttlMs = 20_000;
    const s: Store = await openStore(url);
    const cycles = async () => ((await s.meta.get('cycles')) as CycleRecord[] | undefined) ?? [];
    const first = child('poller', url, '-', String(ttlMs), '100');
    let second: Child | null = null;
    const logs = () => [...first.out.map((l) => `1: ${l}`), ...(second?.out ?? []).map((l) => `2: ${l}`)];
    try {
      await until('the first run to poll', async () => (await cycles()).length > 0, 15_000, logs);
      const firstId = (await leaseHolder(s, 'poller'))?.holderId;
      expect(firstId).toMatch(/:\d+:[0-9a-f]{8}:[0-9a-f]{8}$/);
      first.proc.kill('SIGKILL');
      await first.exited;
      const restartedAt = Date.now();
      second = child('poller', url, '-', String(ttlMs), '100');
      await until('the restart to poll', async () => (await cycles()).some((c) => c.holder !== firstId), 10_000, logs);
      const waited = Date.now() - restartedAt;
      console.log(`[processes ${backend.name}] restart after SIGKILL polled ${waited} ms after start (lease ${ttlMs} ms)`);
      expect(waited).toBeLessThan(5_000);
      expect(second.out.join('\n')).toContain('no longer runs: taking over');
    } finally {
      first.proc.kill('SIGKILL');
      second?.proc.kill('SIGKILL');
      await s.close();
    }
  }, 60_000);
});

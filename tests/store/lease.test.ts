import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/openStore.js';
import { spawnSync } from 'node:child_process';
import { acquireLease, holderIsDeadHere, leaseHolder, processHolderId, releaseLease, renewLease } from '../../src/store/lease.js';
import { PollScheduler } from '../../src/poller/schedule.js';
import { silentLogger } from '../../src/util/log.js';
import { testBackends } from './backends.js';

const backends = testBackends();
const stores: Store[] = [];
async function open(url: string): Promise<Store> {
  const s = await openStore(url);
  stores.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await Promise.all(backends.map((b) => b.cleanup()));
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(backends)('leases on $name', (backend) => {
  it('lets one holder in, keeps it while renewed, hands it over after expiry', async () => {
    const url = backend.newUrl();
    const a = await open(url);
    const b = await open(url);
    expect(await acquireLease(a, 'poller', 'A', 1000)).toBe(true);
    expect(await acquireLease(b, 'poller', 'B', 1000)).toBe(false);
    expect((await leaseHolder(b, 'poller'))?.holderId).toBe('A');
    expect(await renewLease(b, 'poller', 'B', 1000)).toBe(false);
    expect(await releaseLease(b, 'poller', 'B')).toBe(false);
    // Renewed every 150 ms for a second: B never gets it.
    for (let i = 0; i < 7; i++) {
      await sleep(150);
      expect(await renewLease(a, 'poller', 'A', 1000)).toBe(true);
      expect(await acquireLease(b, 'poller', 'B', 1000)).toBe(false);
    }
    // Taking it again while holding it just extends it.
    expect(await acquireLease(a, 'poller', 'A', 1000)).toBe(true);
    const left = (await leaseHolder(a, 'poller'))!.remainingMs;
    expect(left).toBeGreaterThan(200);
    expect(left).toBeLessThanOrEqual(1000);
    // Not renewed: expired, B takes it, A can neither renew nor release it.
    await sleep(1_100);
    expect(await leaseHolder(b, 'poller')).toBeUndefined();
    expect(await renewLease(a, 'poller', 'A', 1000)).toBe(false);
    expect(await acquireLease(b, 'poller', 'B', 1000)).toBe(true);
    expect(await renewLease(a, 'poller', 'A', 1000)).toBe(false);
    expect(await releaseLease(a, 'poller', 'A')).toBe(false);
    expect((await leaseHolder(a, 'poller'))?.holderId).toBe('B');
    // Released: free at once.
    expect(await releaseLease(b, 'poller', 'B')).toBe(true);
    expect(await leaseHolder(a, 'poller')).toBeUndefined();
    expect(await acquireLease(a, 'poller', 'A', 1000)).toBe(true);
    // Leases of other names are independent.
    expect(await acquireLease(b, 'other', 'B', 1000)).toBe(true);
  });

  it('gives a contested lease to exactly one of many racing holders', async () => {
    const url = backend.newUrl();
    const a = await open(url);
    const b = await open(url);
    const tries = Array.from({ length: 20 }, (_, i) => ({ holder: `H${i}`, store: i % 2 ? a : b }));
    const won = await Promise.all(tries.map((t) => acquireLease(t.store, 'race', t.holder, 5_000)));
    const winners = tries.filter((_, i) => won[i]).map((t) => t.holder);
    expect(winners).toHaveLength(1);
    expect((await leaseHolder(a, 'race'))?.holderId).toBe(winners[0]);
  });

  it('passes a poll asked for in a process without the lease on to the holder', async () => {
    const url = backend.newUrl();
    const ttlMs = 600;
    const cycles = { holder: 0, other: 0 };
    const make = async (who: 'holder' | 'other') =>
      new PollScheduler('0 0 1 1 *', async () => void cycles[who]++, silentLogger, { store: await open(url), holderId: who, ttlMs });
    const holder = await make('holder');
    const other = await make('other');
    holder.start();
    holder.requestPoll();
    await holder.idle;
    expect(cycles.holder).toBe(1);
    other.start();
    other.requestPoll();
    await other.idle;
    const asked = Date.now();
    while (cycles.holder < 2 && Date.now() - asked < 3_000) await sleep(20);
    expect(cycles).toEqual({ holder: 2, other: 0 });
    expect(Date.now() - asked).toBeLessThan(ttlMs / 3 + 800);
    // Cron ticks of the other process are not passed on: only asked-for polls are.
    await sleep(ttlMs);
    expect(cycles).toEqual({ holder: 2, other: 0 });
    await other.stop();
    await holder.stop();
  });

  it('runs scheduled cycles in one process only, and the other takes over when it stops', async () => {
    const url = backend.newUrl();
    const ttlMs = 3_000;
    const runs: { who: string; start: number; end: number }[] = [];
    let active = 0;
    let overlap = false;
    const scheduler = async (who: string) => {
      const s = await open(url);
      const cycle = async () => {
        const start = Date.now();
        if (++active > 1) overlap = true;
        await sleep(100);
        active--;
        runs.push({ who, start, end: Date.now() });
      };
      return new PollScheduler('* * * * * *', cycle, silentLogger, { store: s, holderId: who, ttlMs });
    };
    const first = await scheduler('first');
    const second = await scheduler('second');
    first.start();
    first.requestPoll();
    await first.idle;
    second.start();
    second.requestPoll();
    await sleep(2_600);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(new Set(runs.map((r) => r.who))).toEqual(new Set(['first']));
    const stoppedAt = Date.now();
    await first.stop();
    // Released on stop: the second takes it at its next attempt (every ttl/3) and polls at once.
    await sleep(ttlMs / 3 + 1_000);
    await second.stop();
    const taken = runs.find((r) => r.who === 'second');
    expect(taken).toBeDefined();
    expect(taken!.start - stoppedAt).toBeLessThan(ttlMs / 3 + 500);
    expect(overlap).toBe(false);
    expect(await leaseHolder(stores[0]!, 'poller')).toBeUndefined();
  }, 20_000);
});

describe('poll scheduler with a lease', () => {
  it('does not poll, and still stops promptly, when the store does not answer', async () => {
    const never = () => new Promise<never>(() => {});
    const store = { leases: { acquire: never, renew: never, release: never, holder: never }, meta: { get: never, update: never } } as unknown as Store;
    let cycles = 0;
    const scheduler = new PollScheduler('* * * * * *', async () => void cycles++, silentLogger, { store, holderId: 'A', ttlMs: 600 });
    scheduler.start();
    scheduler.requestPoll();
    await sleep(1_300);
    const t0 = Date.now();
    await scheduler.stop();
    expect(Date.now() - t0).toBeLessThan(2_500);
    expect(cycles).toBe(0);
  });

  it('stops its cycle when it loses the lease', async () => {
    let holder: string | null = null;
    const store = {
      leases: {
        acquire: async (_: string, h: string) => (holder === null || holder === h ? ((holder = h), true) : false),
        renew: async (_: string, h: string) => holder === h,
        release: async (_: string, h: string) => (holder === h ? ((holder = null), true) : false),
        holder: async () => (holder ? { holderId: holder, remainingMs: 300 } : undefined),
      },
      meta: { get: async () => undefined, update: async () => undefined },
    } as unknown as Store;
    let stoppedEarly = false;
    const scheduler = new PollScheduler(
      '0 0 1 1 *',
      async (shouldStop) => {
        for (let i = 0; i < 40 && !shouldStop(); i++) await sleep(50);
        stoppedEarly = shouldStop();
      },
      silentLogger,
      { store, holderId: 'A', ttlMs: 300 },
    );
    scheduler.start();
    scheduler.requestPoll();
    await sleep(150);
    holder = 'B'; // taken over behind our back: the next renewal fails
    await scheduler.idle;
    expect(stoppedEarly).toBe(true);
    await scheduler.stop();
    expect(holder).toBe('B');
  });
});

describe('holder ids', () => {
  it('tell a dead process of this machine from a live one or a foreign one', () => {
    const mine = processHolderId();
    const scope = mine.split(':').pop()!;
    expect(holderIsDeadHere(mine)).toBe(false);
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    expect(holderIsDeadHere(`host:${gone}:abcdef01:${scope}`)).toBe(true);
    expect(holderIsDeadHere(`host:${gone}:abcdef01:${scope === 'ffffffff' ? 'eeeeeeee' : 'ffffffff'}`)).toBe(false);
    expect(holderIsDeadHere(`host:1:abcdef01:${scope}`)).toBe(false);
    expect(holderIsDeadHere('A')).toBe(false);
  });
});

// Runs poll cycles on a node-cron schedule, never two at once; a request between ticks (after
// /feed add) runs one as soon as the current one ends.
//
// With a lease (several processes on one shared store), cycles run only in the process that holds
// the "poller" lease: every process tries to take it, one wins and renews it every third of its time
// to live; the others keep trying at the same pace and take over once it expires (its holder died or
// lost the store), then poll at once so that work the dead holder left in the outbox is not delayed.
// A holder that fails to renew stops its cycle after the deliveries in flight (shouldStop).
// requestPoll() in a process without the lease (/feed add answered there) is passed on through the
// store: the holder sees it at its next renewal and polls then.
import { performance } from 'node:perf_hooks';
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../util/log.js';
import type { Store } from '../store/openStore.js';
import { acquireLease, holderIsDeadHere, leaseHolder, processHolderId, releaseLease, renewLease } from '../store/lease.js';

export interface PollLeaseOptions {
  /** The shared store the lease lives in (and poll requests of other processes, in meta). */
  store: Pick<Store, 'leases' | 'meta'>;
  /** Lease name; default "poller". */
  name?: string;
  /** This process's id in the lease; default host:pid:random. */
  holderId?: string;
  /** Time to live; renewed every third of it. Another process takes over at most this long after the holder dies. Default 30 s. */
  ttlMs?: number;
}

export const DEFAULT_POLL_LEASE_TTL_MS = 30_000;

export class PollScheduler {
  private task: ScheduledTask | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopping = false;
  private readonly lease: Required<PollLeaseOptions> | null;
  /** performance.now() before which this process surely holds the lease (0: it does not). */
  private leaseUntil = 0;
  private heartbeat: NodeJS.Timeout | null = null;
  /** A follower's extra attempt timed for the moment the holder's lease runs out. */
  private wake: NodeJS.Timeout | null = null;
  private tending: Promise<void> | null = null;
  /** A requestPoll() not yet served by a cycle here: passed on to the holder if we do not hold the lease. */
  private asked = false;
  /** The poll-request counter as last seen by this holder. */
  private requestsSeen: unknown = undefined;
  /** The lease was just taken: the next cycle is this process's first since another one polled. */
  private tookOver = false;

  constructor(
    private readonly expression: string,
    /** `tookOver`: the first cycle since this process took the lease (work a dead holder may have left half-written). */
    private readonly cycle: (shouldStop: () => boolean, tookOver: boolean) => Promise<unknown>,
    private readonly log: Logger,
    lease?: PollLeaseOptions,
  ) {
    this.lease = lease ? { name: 'poller', holderId: processHolderId(), ttlMs: DEFAULT_POLL_LEASE_TTL_MS, ...lease } : null;
  }

  start(): void {
    this.task = cron.schedule(this.expression, () => this.trigger(false), { name: 'sitrep-poll' });
    if (this.lease) {
      this.heartbeat = setInterval(() => void this.tend(), Math.max(1, Math.floor(this.lease.ttlMs / 3)));
      this.heartbeat.unref();
      void this.tend();
    }
  }

  /** Start a cycle now, or right after the one in progress (only once the schedule runs: tests poll by hand). */
  requestPoll(): void {
    this.trigger(true);
  }

  private trigger(asked: boolean): void {
    if (this.stopping || !this.task) return;
    if (asked) this.asked = true;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runLoop().finally(() => {
      this.running = null;
    });
  }

  private async runLoop(): Promise<void> {
    do {
      this.again = false;
      if (this.lease && !(await this.holdsLease())) {
        this.log.debug(`poll skipped: another process holds the "${this.lease.name}" lease`);
        if (this.asked) await this.passOnRequest();
        break;
      }
      this.asked = false;
      const tookOver = this.tookOver;
      this.tookOver = false;
      try {
        await this.cycle(() => this.stopping || (this.lease !== null && !this.holds()), tookOver);
      } catch (err) {
        this.tookOver ||= tookOver;
        this.log.error(`poll cycle failed: ${(err as Error).stack ?? err}`);
      }
    } while (this.again && !this.stopping);
  }

  /** Stop taking work; resolves when the cycle in flight has finished its current deliveries. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.wake) clearTimeout(this.wake);
    this.heartbeat = this.wake = null;
    await this.task?.stop();
    await this.running;
    if (this.lease) {
      await this.tending;
      try {
        const released = await withTimeout(releaseLease(this.lease.store, this.lease.name, this.lease.holderId), Math.max(1_000, this.lease.ttlMs / 3));
        if (released) this.log.info(`released the "${this.lease.name}" lease`);
      } catch (err) {
        this.log.warn(`could not release the "${this.lease.name}" lease (it expires by itself): ${(err as Error).message}`);
      }
      this.leaseUntil = 0;
    }
  }

  get idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private get requestKey(): string {
    return `poll-request:${this.lease!.name}`;
  }

  /** Tell the lease holder that a poll was asked for here. */
  private async passOnRequest(): Promise<void> {
    this.asked = false;
    const lease = this.lease!;
    try {
      await withTimeout(lease.store.meta.update(this.requestKey, (n) => (typeof n === 'number' ? n : 0) + 1), Math.max(1, Math.floor(lease.ttlMs / 3)));
      this.log.debug(`poll request passed on to the "${lease.name}" lease holder`);
    } catch (err) {
      this.log.warn(`could not pass a poll request on to the "${lease.name}" lease holder: ${(err as Error).message}`);
    }
  }

  private holds(): boolean {
    return this.leaseUntil > performance.now();
  }

  /** Whether this process may poll now: it holds the lease, or just took it. */
  private async holdsLease(): Promise<boolean> {
    if (this.holds()) return true;
    await this.tend();
    return this.holds();
  }

  /** Renew the lease if held, else try to take it. One attempt at a time. */
  private tend(): Promise<void> {
    this.tending ??= this.tendOnce().finally(() => {
      this.tending = null;
    });
    return this.tending;
  }

  private async tendOnce(): Promise<void> {
    const lease = this.lease!;
    if (this.stopping) return;
    const had = this.holds();
    const asked = performance.now();
    // A store that does not answer (Redis queues commands while it reconnects) must not stall the
    // heartbeat or stop(): an attempt counts as failed after a third of the lease time.
    const limit = Math.max(1, Math.floor(lease.ttlMs / 3));
    try {
      let ok = await withTimeout(had ? renewLease(lease.store, lease.name, lease.holderId, lease.ttlMs) : acquireLease(lease.store, lease.name, lease.holderId, lease.ttlMs), limit);
      let held = ok ? undefined : await withTimeout(leaseHolder(lease.store, lease.name), limit);
      if (held && holderIsDeadHere(held.holderId)) {
        // The previous run on this machine was killed: its lease is released (only if still its) and taken now.
        this.log.info(`the "${lease.name}" lease holder ${held.holderId} no longer runs: taking over`);
        await withTimeout(releaseLease(lease.store, lease.name, held.holderId), limit);
        ok = await withTimeout(acquireLease(lease.store, lease.name, lease.holderId, lease.ttlMs), limit);
        held = ok ? undefined : await withTimeout(leaseHolder(lease.store, lease.name), limit);
      }
      if (ok) {
        // Counted from before the request: the server's expiry is never earlier than ours.
        this.leaseUntil = asked + lease.ttlMs;
        const requests = await withTimeout(lease.store.meta.get(this.requestKey), limit).catch(() => this.requestsSeen);
        const requested = had && requests !== this.requestsSeen;
        this.requestsSeen = requests;
        if (!had) {
          this.tookOver = true;
          this.log.info(`polling in this process: took the "${lease.name}" lease as ${lease.holderId}`);
          // Work a dead holder left (its outbox, a cycle it did not finish) is done now, not at the next tick.
          if (!this.running) this.trigger(false);
        } else if (requested) {
          this.log.debug('polling now: asked for in another process');
          this.trigger(false);
        }
      } else {
        if (had) this.log.warn(`lost the "${lease.name}" lease: another process polls now`);
        this.leaseUntil = 0;
        // Try again right when the holder's lease runs out if that is before the next heartbeat,
        // so a dead holder is replaced within one lease time of its last renewal.
        if (held && held.remainingMs < lease.ttlMs / 3 && !this.stopping) {
          if (this.wake) clearTimeout(this.wake);
          this.wake = setTimeout(() => void this.tend(), Math.max(0, held.remainingMs) + 10);
          this.wake.unref();
        }
      }
    } catch (err) {
      // The store is unreachable: keep what we had; it lapses by itself at leaseUntil.
      this.log.warn(`"${lease.name}" lease: ${(err as Error).message}`);
    }
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the store did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

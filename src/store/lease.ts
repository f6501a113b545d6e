// Leases: a named right to do something that must run in one process only (the poll cycle), held
// by one holder until it expires unless renewed. Atomic on every backend: Redis Lua scripts on a
// key with PX expiry, a Postgres upsert that takes over only an expired row (server clock), a SQLite
// upsert in one statement (this host's clock).
import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { createHash, randomUUID } from 'node:crypto';
import type { Store } from './openStore.js';
import { guarded } from './errors.js';

type LeaseStore = Pick<Store, 'leases'>;

/**
 * Take the lease `name` for `ttlMs` if it is free, expired, or already held by `holderId` (then its
 * expiry is pushed back). True if `holderId` holds it now.
 */
export async function acquireLease(store: LeaseStore, name: string, holderId: string, ttlMs: number): Promise<boolean> {
  const [h, t] = [checkHolder(holderId), checkTtl(ttlMs)];
  return guarded('lease', () => store.leases.acquire(name, h, t));
}

/** Extend a lease `holderId` still holds to `ttlMs` from now. False if it expired or someone else has it. */
export async function renewLease(store: LeaseStore, name: string, holderId: string, ttlMs: number): Promise<boolean> {
  const [h, t] = [checkHolder(holderId), checkTtl(ttlMs)];
  return guarded('lease', () => store.leases.renew(name, h, t));
}

/** Give up a lease so another process can take it at once. True if `holderId` held it. */
export async function releaseLease(store: LeaseStore, name: string, holderId: string): Promise<boolean> {
  const h = checkHolder(holderId);
  return guarded('lease', () => store.leases.release(name, h));
}

/** The current holder of a lease and the milliseconds left on it, or undefined if it is free. */
export async function leaseHolder(store: LeaseStore, name: string): Promise<{ holderId: string; remainingMs: number } | undefined> {
  return guarded('lease', () => store.leases.holder(name));
}

/**
 * A holder id unique to this process: "host:pid:random:scope". The scope names this machine's boot
 * and PID namespace, so another process can tell whether a holder's pid is one it can check.
 */
export function processHolderId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}:${localScope()}`;
}

/**
 * True only when `holderId` (from processHolderId) names a process of this machine and PID
 * namespace that no longer runs, e.g. the previous run of a bot killed with SIGKILL: its lease can
 * be released at once instead of waiting for the expiry. False whenever that cannot be known.
 */
export function holderIsDeadHere(holderId: string): boolean {
  const m = /:(\d+):[0-9a-f]{8}:([0-9a-f]{8})$/.exec(holderId);
  if (!m || m[2] !== localScope() || m[2] === UNKNOWN_SCOPE) return false;
  const pid = Number(m[1]);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false; // it runs (or a new process got the pid: wait for the expiry)
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

const UNKNOWN_SCOPE = '00000000';
let scope: string | undefined;
function localScope(): string {
  if (scope) return scope;
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const pidNs = readlinkSync('/proc/self/ns/pid');
    scope = createHash('sha256').update(`${hostname()}\n${boot}\n${pidNs}`).digest('hex').slice(0, 8);
    if (scope === UNKNOWN_SCOPE) scope = '00000001';
  } catch {
    scope = UNKNOWN_SCOPE; // not Linux: never judge another process's liveness
  }
  return scope;
}

function checkHolder(holderId: string): string {
  if (!holderId) throw new Error('lease holder id must not be empty');
  return holderId;
}

function checkTtl(ttlMs: number): number {
  if (!Number.isFinite(ttlMs) || ttlMs < 1) throw new Error(`lease ttl must be at least 1 ms, got ${ttlMs}`);
  return Math.ceil(ttlMs);
}

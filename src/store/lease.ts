// Leases: a named right to do something that must run in one process only (the poll cycle), held
// by one holder until it expires unless renewed. Atomic on every backend: Redis Lua scripts on a
// key with PX expiry, a Postgres upsert that takes over only an expired row (server clock), a SQLite
// upsert in one statement (this host's clock).
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Store } from './openStore.js';
import { guarded } from './errors.js';

type LeaseStore = Pick<Store, 'leases'>;

/**
 * Take the lease `name` for `ttlMs` if it is free, expired, or already held by `holderId` (then its
 * expiry is pushed back). True if `holderId` holds it now.
 */
export function acquireLease(store: LeaseStore, name: string, holderId: string, ttlMs: number): Promise<boolean> {
  const [h, t] = [checkHolder(holderId), checkTtl(ttlMs)];
  return guarded('lease', () => store.leases.acquire(name, h, t));
}

/** Extend a lease `holderId` still holds to `ttlMs` from now. False if it expired or someone else has it. */
export function renewLease(store: LeaseStore, name: string, holderId: string, ttlMs: number): Promise<boolean> {
  const [h, t] = [checkHolder(holderId), checkTtl(ttlMs)];
  return guarded('lease', () => store.leases.renew(name, h, t));
}

/** Give up a lease so another process can take it at once. True if `holderId` held it. */
export function releaseLease(store: LeaseStore, name: string, holderId: string): Promise<boolean> {
  const h = checkHolder(holderId);
  return guarded('lease', () => store.leases.release(name, h));
}

/** The current holder of a lease and the milliseconds left on it, or undefined if it is free. */
export function leaseHolder(store: LeaseStore, name: string): Promise<{ holderId: string; remainingMs: number } | undefined> {
  return guarded('lease', () => store.leases.holder(name));
}

/** A holder id unique to this process: host, pid and a random part (pids are reused across restarts). */
export function processHolderId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

function checkHolder(holderId: string): string {
  if (!holderId) throw new Error('lease holder id must not be empty');
  return holderId;
}

function checkTtl(ttlMs: number): number {
  if (!Number.isFinite(ttlMs) || ttlMs < 1) throw new Error(`lease ttl must be at least 1 ms, got ${ttlMs}`);
  return Math.ceil(ttlMs);
}

// What openStore needs from a storage backend. Each backend lives in its own file and is imported
// only when its URL scheme is used, so a SQLite install never loads the Redis or Postgres drivers.
import type { KeyvStoreAdapter } from 'keyv';

/** A keyv adapter that can also replace a stored value only if it is still what was read. */
export interface CasAdapter extends KeyvStoreAdapter {
  /**
   * Atomically store `next` under `storedKey` (the key as keyv hands it to the adapter) if the raw
   * stored string is still `expected` (undefined: the key is absent). True if it was written.
   */
  compareAndSet(storedKey: string, expected: string | undefined, next: string): Promise<boolean>;
}

export function isCasAdapter(store: unknown): store is CasAdapter {
  return typeof (store as Partial<CasAdapter> | null)?.compareAndSet === 'function';
}

/** Leases with expiry, atomic on the backend (see lease.ts for the semantics). */
export interface LeaseBackend {
  /** Take the lease if it is free, expired, or already ours (then its expiry is pushed back). */
  acquire(name: string, holderId: string, ttlMs: number): Promise<boolean>;
  /** Push back the expiry of a lease we still hold; false if it expired or another holder has it. */
  renew(name: string, holderId: string, ttlMs: number): Promise<boolean>;
  /** Give the lease up if we hold it; true if it was ours. */
  release(name: string, holderId: string): Promise<boolean>;
  /** Who holds the lease and for how much longer (ms), if anyone. */
  holder(name: string): Promise<{ holderId: string; remainingMs: number } | undefined>;
}

export interface Backend {
  kind: 'sqlite' | 'redis' | 'postgres';
  /** A fresh adapter for one namespace (keyv writes its namespace into the adapter). */
  adapter(): CasAdapter;
  /** Options the Keyv of each namespace needs with this backend. */
  keyvOptions: { useKeyPrefix?: boolean };
  leases: LeaseBackend;
  /** Close every connection the backend opened (adapters' own disconnect is not used). */
  close(): Promise<void>;
}

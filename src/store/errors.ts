/** The store cannot be read or written (locked, unwritable, a remote store down): a temporary condition. */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export async function guarded<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw new StoreError(`store ${what} failed: ${(err as Error).message}`, { cause: err });
  }
}

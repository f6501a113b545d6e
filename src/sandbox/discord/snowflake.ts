/** Discord snowflakes: (ms since 2015-01-01) << 22 | worker << 17 | increment. */
export const DISCORD_EPOCH = 1420070400000n;

let last = 0n;

/** A fresh, strictly increasing snowflake as a numeric string (works with discord.js' SnowflakeUtil). */
export function snowflake(at: number = Date.now()): string {
  let id = ((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n);
  if (id <= last) id = last + 1n;
  last = id;
  return id.toString();
}

/** Milliseconds since the Unix epoch encoded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

export function isSnowflake(s: string): boolean {
  return /^\d{1,20}$/.test(s);
}

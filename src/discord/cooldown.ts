// Per-user cooldowns on commands that cost fetches or rendering, so one member cannot make the bot
// hammer a site or burn CPU for everyone.
export class Cooldowns {
  private readonly until = new Map<string, number>();

  /** Seconds left before `user` may run `command` again; 0 means go (and starts the cooldown). */
  take(command: string, user: string, seconds: number, now = Date.now()): number {
    const key = `${command}:${user}`;
    const end = this.until.get(key) ?? 0;
    if (end > now) return Math.ceil((end - now) / 1000);
    this.until.set(key, now + seconds * 1000);
    if (this.until.size > 10_000) this.sweep(now);
    return 0;
  }

  private sweep(now: number): void {
    for (const [k, end] of this.until) if (end <= now) this.until.delete(k);
  }
}

/**
 * A per-server budget of actions in a sliding window: the feed fetches moderators trigger
 * (/feed add, test, import), so one server cannot turn the bot into a crawler.
 */
export class WindowQuota {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Seconds until a slot frees up; 0 means go (and uses a slot). */
  take(key: string, now = Date.now()): number {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.limit) return Math.ceil((recent[0]! + this.windowMs - now) / 1000);
    recent.push(now);
    this.hits.set(key, recent);
    return 0;
  }
}

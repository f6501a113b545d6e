// Runs poll cycles on a node-cron schedule, never two at once; a request between ticks (after
// /feed add) runs one as soon as the current one ends.
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../util/log.js';

export class PollScheduler {
  private task: ScheduledTask | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopping = false;

  constructor(
    private readonly expression: string,
    private readonly cycle: (shouldStop: () => boolean) => Promise<unknown>,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.task = cron.schedule(this.expression, () => this.requestPoll(), { name: 'sitrep-poll' });
  }

  /** Start a cycle now, or right after the one in progress (only once the schedule runs: tests poll by hand). */
  requestPoll(): void {
    if (this.stopping || !this.task) return;
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
      try {
        await this.cycle(() => this.stopping);
      } catch (err) {
        this.log.error(`poll cycle failed: ${(err as Error).stack ?? err}`);
      }
    } while (this.again && !this.stopping);
  }

  /** Stop taking work; resolves when the cycle in flight has finished its current deliveries. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.task?.stop();
    await this.running;
  }

  get idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }
}

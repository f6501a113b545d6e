import { randomUUID } from 'node:crypto';
import type { Collection } from './collection.js';
import type { Subscription } from './records.js';

export class SubscriptionRepo {
  constructor(private readonly col: Collection<Subscription>) {}

  async create(input: Omit<Subscription, 'id' | 'createdAt' | 'paused' | 'baselineAt'>): Promise<Subscription> {
    const sub: Subscription = { ...input, id: randomUUID(), createdAt: new Date().toISOString(), paused: false, baselineAt: null };
    await this.col.set(sub.id, sub);
    return sub;
  }

  get(id: string): Promise<Subscription | undefined> {
    return this.col.get(id);
  }

  update(id: string, change: (s: Subscription) => Subscription): Promise<Subscription | undefined> {
    return this.col.update(id, (s) => (s ? change(s) : undefined));
  }

  async remove(id: string): Promise<boolean> {
    return this.col.delete(id);
  }

  forGuild(guildId: string): Promise<Subscription[]> {
    return this.col.all((s) => s.guildId === guildId).then(byCreation);
  }

  forUrl(url: string): Promise<Subscription[]> {
    return this.col.all((s) => s.url === url).then(byCreation);
  }

  active(): Promise<Subscription[]> {
    return this.col.all((s) => !s.paused).then(byCreation);
  }

  all(): Promise<Subscription[]> {
    return this.col.all().then(byCreation);
  }
}

function byCreation(subs: Subscription[]): Subscription[] {
  return subs.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

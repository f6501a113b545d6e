// Per-channel and per-server state the posting side needs: story threads, alert rules and levels.
import type { Collection } from './collection.js';

export interface ChannelSettings {
  channelId: string;
  /** Later articles of a story go into the thread of its first post (default on). */
  storyThreads: boolean;
}

export interface StoryPost {
  channelId: string;
  storyId: string;
  messageId: string;
  threadId: string | null;
}

export interface AlertRule {
  guildId: string;
  channelId: string;
  /** Percent rise of the best killed figure that triggers an alert. */
  minChange: number;
  /** No alert below this many killed. */
  minKilled: number;
  roleId: string | null;
}

export interface AlertLevel {
  guildId: string;
  storyId: string;
  count: number;
  /** The figure as shown, e.g. "≥242", for "was …" in the next alert. */
  label: string;
  updatedAt: string;
}

export class ChannelStateRepo {
  constructor(
    private readonly settings: Collection<ChannelSettings>,
    private readonly storyPosts: Collection<StoryPost>,
    private readonly rules: Collection<AlertRule>,
    private readonly levels: Collection<AlertLevel>,
  ) {}

  async settingsFor(channelId: string): Promise<ChannelSettings> {
    return (await this.settings.get(channelId)) ?? { channelId, storyThreads: true };
  }

  async setStoryThreads(channelId: string, on: boolean): Promise<void> {
    await this.settings.update(channelId, (s) => ({ ...(s ?? { channelId, storyThreads: true }), storyThreads: on }));
  }

  storyPost(channelId: string, storyId: string): Promise<StoryPost | undefined> {
    return this.storyPosts.get(`${channelId}|${storyId}`);
  }

  async saveStoryPost(p: StoryPost): Promise<void> {
    await this.storyPosts.set(`${p.channelId}|${p.storyId}`, p);
  }

  alertRule(guildId: string): Promise<AlertRule | undefined> {
    return this.rules.get(guildId);
  }

  async setAlertRule(rule: AlertRule): Promise<void> {
    await this.rules.set(rule.guildId, rule);
  }

  async removeAlertRule(guildId: string): Promise<boolean> {
    return this.rules.delete(guildId);
  }

  allAlertRules(): Promise<AlertRule[]> {
    return this.rules.all();
  }

  alertLevel(guildId: string, storyId: string): Promise<AlertLevel | undefined> {
    return this.levels.get(`${guildId}|${storyId}`);
  }

  async setAlertLevel(level: AlertLevel): Promise<void> {
    await this.levels.set(`${level.guildId}|${level.storyId}`, level);
  }
}

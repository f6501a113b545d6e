// Per-channel and per-server state the posting side needs: story threads, alert rules and levels.
import type { Collection } from './collection.js';

export interface ChannelSettings {
  channelId: string;
  /** Later articles of a story go into the thread of its first post; unset: the server's default. */
  storyThreads: boolean | null;
}

export interface GuildSettings {
  guildId: string;
  /** IANA time zone for dates in replies. */
  timeZone: string;
  /** BCP 47 locale for dates in replies, e.g. en-GB, fr-FR. */
  dateLocale: string;
  /** Backlog of /feed add when the option is left out; null: the operator's default. */
  defaultBacklog: number | null;
  /** Server default of the story-thread option; a channel's own setting wins. */
  storyThreads: boolean;
}

export const DEFAULT_GUILD_SETTINGS: Omit<GuildSettings, 'guildId'> = { timeZone: 'UTC', dateLocale: 'en-GB', defaultBacklog: null, storyThreads: true };

export interface StoryPost {
  channelId: string;
  storyId: string;
  messageId: string;
  threadId: string | null;
  /** The article whose post opened the story (absent in records written by earlier versions). */
  articleId?: string;
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
    private readonly guilds: Collection<GuildSettings>,
    private readonly settings: Collection<ChannelSettings>,
    private readonly storyPosts: Collection<StoryPost>,
    private readonly rules: Collection<AlertRule>,
    private readonly levels: Collection<AlertLevel>,
  ) {}

  async guildSettings(guildId: string): Promise<GuildSettings> {
    return { guildId, ...DEFAULT_GUILD_SETTINGS, ...((await this.guilds.get(guildId)) ?? {}) };
  }

  async updateGuildSettings(guildId: string, change: Partial<Omit<GuildSettings, 'guildId'>>): Promise<GuildSettings> {
    return (await this.guilds.update(guildId, (s) => ({ guildId, ...DEFAULT_GUILD_SETTINGS, ...(s ?? {}), ...change })))!;
  }

  /** Whether story threads are on in a channel: its own setting, else its server's. */
  async storyThreadsOn(guildId: string, channelId: string): Promise<boolean> {
    const own = (await this.settings.get(channelId))?.storyThreads;
    return own ?? (await this.guildSettings(guildId)).storyThreads;
  }

  async setStoryThreads(channelId: string, on: boolean | null): Promise<void> {
    await this.settings.set(channelId, { channelId, storyThreads: on });
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

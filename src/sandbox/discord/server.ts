import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { Gateway } from './gateway.js';
import { snowflake } from './snowflake.js';
import {
  ApiError,
  invalidForm,
  validateChoices,
  validateCommand,
  validateCommandList,
  validateMessageBody,
  validateAllowedMentions,
  computePings,
  type FieldError,
} from './validate.js';
import type {
  DiscordSandbox,
  InteractOptions,
  InteractionOutcome,
  SandboxAttachment,
  SandboxEvent,
  SandboxGuildSpec,
  SandboxMessage,
  SandboxOptions,
  SandboxRequest,
  SandboxStats,
} from './types.js';

// ---------------------------------------------------------------------------------------------
// Constants

/** Channel types (discord-api-types ChannelType). */
const ChannelType = { GuildText: 0, GuildVoice: 2, GuildCategory: 4, GuildAnnouncement: 5, AnnouncementThread: 10, PublicThread: 11, PrivateThread: 12, GuildStageVoice: 13, GuildForum: 15, GuildMedia: 16 } as const;
const THREAD_TYPES = new Set<number>([10, 11, 12]);
const TEXT_TYPES = new Set<number>([0, 2, 5, 10, 11, 12, 13]);

const P = (bit: number) => 1n << BigInt(bit);
const Perm = {
  CreateInstantInvite: P(0), AddReactions: P(6), ViewChannel: P(10), SendMessages: P(11), EmbedLinks: P(14),
  AttachFiles: P(15), ReadMessageHistory: P(16), MentionEveryone: P(17), UseExternalEmojis: P(18), ChangeNickname: P(26),
  UseApplicationCommands: P(31), ManageThreads: P(34), CreatePublicThreads: P(35), CreatePrivateThreads: P(36),
  SendMessagesInThreads: P(38), Administrator: P(3),
};
/** @everyone in sandbox guilds: what a fresh Discord server grants. */
const EVERYONE_PERMS =
  Perm.CreateInstantInvite | Perm.AddReactions | Perm.ViewChannel | Perm.SendMessages | Perm.EmbedLinks | Perm.AttachFiles |
  Perm.ReadMessageHistory | Perm.MentionEveryone | Perm.UseExternalEmojis | Perm.ChangeNickname | Perm.UseApplicationCommands |
  Perm.CreatePublicThreads | Perm.CreatePrivateThreads | Perm.SendMessagesInThreads;
/** The bot's managed role: what Sitrep's invite asks for. */
const BOT_ROLE_PERMS = EVERYONE_PERMS | Perm.ManageThreads;
const DENIED_SEND = Perm.SendMessages | Perm.SendMessagesInThreads | Perm.CreatePublicThreads | Perm.CreatePrivateThreads;

const MessageFlags = { Ephemeral: 64, Loading: 128 };
const MessageType = { Default: 0, Reply: 19, ChatInputCommand: 20 };
const InteractionType = { ApplicationCommand: 2, ApplicationCommandAutocomplete: 4 };
const Callback = { Pong: 1, ChannelMessageWithSource: 4, DeferredChannelMessageWithSource: 5, DeferredUpdateMessage: 6, UpdateMessage: 7, ApplicationCommandAutocompleteResult: 8, Modal: 9 };
const FILE_LIMIT = 10 * 1024 * 1024;
const OPTION_TYPE_NAMES: Record<number, string> = { 1: 'subcommand', 2: 'subcommand group', 3: 'string', 4: 'integer', 5: 'boolean', 6: 'user', 7: 'channel', 8: 'role', 9: 'mentionable', 10: 'number', 11: 'attachment' };

// ---------------------------------------------------------------------------------------------
// State types

interface RoleState { id: string; name: string; permissions: string; color: number; position: number; managed: boolean; tags?: any }
interface GuildState { id: string; name: string; roles: RoleState[]; botRoleId: string; joinedAt: string }
interface ChannelState {
  id: string;
  guildId: string;
  name: string;
  type: number;
  parentId: string | null;
  position: number;
  topic: string | null;
  denied: boolean;
  lastMessageId: string | null;
  messageCount: number;
  ownerId?: string;
  autoArchiveDuration?: number;
  archived?: boolean;
  locked?: boolean;
  createdAt?: string;
}

interface StoredMessage extends SandboxMessage {
  type: number;
  webhookId?: string;
  interactionMeta?: { id: string; name: string; user: any };
  /** ephemeral messages belong to an interaction, not to the channel history */
  ephemeral: boolean;
  reactions: string[];
}

interface UploadedFile { index: number; filename: string; contentType?: string; data: Buffer }
interface ParsedBody { json: any; files: UploadedFile[] }

interface InteractionState {
  id: string;
  token: string;
  label: string; // "/cmd sub"
  kind: 'command' | 'autocomplete';
  guildId: string;
  channelId: string;
  user: any;
  createdAt: number;
  acked: boolean;
  callbackType?: number;
  ephemeral: boolean;
  deferred: boolean;
  original?: StoredMessage;
  edits: number;
  followups: StoredMessage[];
  outcome: InteractionOutcome;
  waitFor: { edits?: number; followups?: number };
  settled: boolean;
  lastError?: string;
  resolve(o: InteractionOutcome): void;
  reject(e: Error): void;
  timer?: NodeJS.Timeout;
}

interface Reply { status: number; body?: any; headers?: Record<string, string>; raw?: Buffer }
interface Ctx {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  req: http.IncomingMessage;
  body(): Promise<ParsedBody>;
}
interface Route { method: string; template: string; re: RegExp; keys: string[]; auth: boolean; handler: (ctx: Ctx) => Promise<Reply> | Reply }

// ---------------------------------------------------------------------------------------------
// Helpers

const json = (status: number, body: any, headers?: Record<string, string>): Reply => ({ status, body, headers });
const noContent = (): Reply => ({ status: 204 });
const nowIso = () => new Date().toISOString();

function pngSize(data: Buffer): { width: number; height: number } | undefined {
  if (data.length >= 24 && data.readUInt32BE(0) === 0x89504e47 && data.toString('ascii', 12, 16) === 'IHDR')
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  return undefined;
}

function guessType(filename: string): string | undefined {
  const ext = filename.toLowerCase().split('.').pop();
  return ({ png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', txt: 'text/plain; charset=utf-8', csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', svg: 'image/svg+xml' } as Record<string, string>)[ext ?? ''];
}

function compile(template: string): { re: RegExp; keys: string[] } {
  const keys: string[] = [];
  const re = template
    .split('/')
    .map((seg) => {
      if (seg.startsWith(':')) {
        keys.push(seg.slice(1));
        return '([^/]+)';
      }
      return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { re: new RegExp(`^${re}/?$`), keys };
}

class Deferred<T> {
  promise: Promise<T>;
  resolve!: (v: T) => void;
  reject!: (e: Error) => void;
  constructor() {
    this.promise = new Promise<T>((res, rej) => {
      this.resolve = res;
      this.reject = rej;
    });
  }
}

// ---------------------------------------------------------------------------------------------

export async function startDiscordSandbox(opts: SandboxOptions = {}): Promise<DiscordSandbox> {
  const sandbox = new Sandbox(opts);
  await sandbox.listen(opts.port ?? 0);
  return sandbox;
}

class Sandbox implements DiscordSandbox {
  apiUrl = '';
  gatewayUrl = '';
  port = 0;
  readonly token: string;
  readonly applicationId: string;
  readonly botUserId: string;

  private readonly opts: SandboxOptions;
  private readonly server: http.Server;
  private readonly gateway: Gateway;
  private readonly routes: Route[] = [];
  private readonly guilds = new Map<string, GuildState>();
  private readonly channels = new Map<string, ChannelState>();
  private readonly deletedChannels = new Set<string>();
  private readonly store: StoredMessage[] = [];
  private readonly byId = new Map<string, StoredMessage>();
  private readonly nonces = new Map<string, { messageId: string; at: number }>();
  private readonly globalCommands = new Map<string, any>();
  private readonly guildCommands = new Map<string, Map<string, any>>();
  private readonly commandIds = new Map<string, string>();
  private readonly interactions = new Map<string, InteractionState>(); // by token
  private readonly interactionsById = new Map<string, InteractionState>();
  private readonly failures: { route: RegExp; status: number; remaining: number }[] = [];
  private readonly listeners = new Map<string, Set<(x: any) => void>>();
  private readonly requestLog: SandboxRequest[] = [];
  private readonly unknown: string[] = [];
  private readonly members = new Map<string, any>(); // users seen in interactions, by id
  private readonly waiters = new Map<() => void, (err: Error) => void>();
  private window = { start: 0, count: 0 };
  private closed = false;
  private readonly counters: SandboxStats = {
    requests: 0, rateLimited: 0, messagesCreated: 0, duplicatesPrevented: 0, unknownRoutes: 0, injectedFailures: 0,
    identifies: 0, resumes: 0, gatewayConnections: 0, interactions: 0,
  };
  private readonly botUser: any;
  private readonly application: any;
  private readonly deadlineMs: number;
  private readonly nonceWindowMs: number;

  constructor(opts: SandboxOptions) {
    this.opts = opts;
    this.applicationId = opts.applicationId ?? snowflake(Date.now() - 86_400_000);
    this.botUserId = this.applicationId; // Discord bots share the application's id
    this.token = opts.token ?? `${Buffer.from(this.botUserId).toString('base64url')}.sandbox.${randomBytes(20).toString('base64url')}`;
    this.deadlineMs = opts.interactionDeadlineMs ?? 3000;
    this.nonceWindowMs = opts.nonceWindowMs ?? 5 * 60_000;
    this.botUser = {
      id: this.botUserId,
      username: opts.botUsername ?? 'Sitrep',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
      system: false,
      flags: 0,
      public_flags: 0,
      verified: true,
      mfa_enabled: false,
    };
    this.application = {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: 'Sitrep (sandbox)',
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: randomBytes(32).toString('hex'),
      flags: 0,
      team: null,
      owner: { id: snowflake(), username: 'sandbox-owner', discriminator: '0', avatar: null, global_name: null },
      bot: this.botUser,
      approximate_guild_count: 0,
      integration_types_config: { '0': {} },
    };
    for (const g of opts.guilds ?? []) this.addGuild(g);

    this.gateway = new Gateway({
      token: this.token,
      heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 41_250,
      gatewayUrl: () => this.gatewayUrl,
      readyPayload: () => ({
        v: 10,
        user: { ...this.botUser },
        guilds: [...this.guilds.keys()].map((id) => ({ id, unavailable: true })),
        application: { id: this.applicationId, flags: this.application.flags },
        private_channels: [],
        relationships: [],
        presences: [],
        user_settings: {},
        guild_join_requests: [],
        geo_ordered_rtc_regions: ['sandbox'],
        _trace: ['sitrep-sandbox'],
      }),
      guildCreates: () => [...this.guilds.values()].map((g) => this.guildCreatePayload(g)),
      log: (l) => this.log(l),
      warn: (l) => this.warn(l),
      count: (what) => this.counters[what]++,
      emit: (event, x) => this.emit(event, x),
    });

    this.server = http.createServer((req, res) => void this.onRequest(req, res));
    this.server.on('upgrade', (req, socket, head) => this.gateway.handleUpgrade(req, socket, head));
    this.server.keepAliveTimeout = 5_000;
    this.defineRoutes();
  }

  async listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.port = (this.server.address() as AddressInfo).port;
    this.apiUrl = `http://127.0.0.1:${this.port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${this.port}`;
    this.log(`listening on ${this.apiUrl} (gateway ${this.gatewayUrl})`);
  }

  // -------------------------------------------------------------------------------------------
  // logging & events

  private log(line: string): void {
    this.opts.log?.(`[discord-sandbox] ${line}`);
  }

  private warn(line: string): void {
    if (this.opts.log) this.opts.log(`[discord-sandbox] WARN ${line}`);
    else console.warn(`[discord-sandbox] ${line}`);
  }

  on(event: SandboxEvent, fn: (x: any) => void): void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(fn);
  }

  off(event: SandboxEvent, fn: (x: any) => void): void {
    this.listeners.get(event)?.delete(fn);
  }

  private emit(event: SandboxEvent, x: any): void {
    for (const fn of this.listeners.get(event) ?? []) {
      try {
        fn(x);
      } catch (err) {
        this.warn(`listener for '${event}' threw: ${(err as Error).message}`);
      }
    }
    if (event === 'message' || event === 'messageUpdate' || event === 'messageDelete') for (const w of [...this.waiters.keys()]) w();
  }

  // -------------------------------------------------------------------------------------------
  // guilds & channels

  createGuild(spec: SandboxGuildSpec): void {
    if (this.guilds.has(spec.id)) throw new Error(`createGuild: guild ${spec.id} exists`);
    this.addGuild(spec);
    this.gateway.broadcast('GUILD_CREATE', this.guildCreatePayload(this.guilds.get(spec.id)!));
  }

  private addGuild(spec: { id: string; name: string; channels: { id: string; name: string; type?: number; parentId?: string; topic?: string }[]; roles?: { id: string; name: string; permissions?: string; color?: number }[] }): void {
    const botRoleId = snowflake();
    const g: GuildState = {
      id: spec.id,
      name: spec.name,
      joinedAt: nowIso(),
      botRoleId,
      roles: [
        { id: spec.id, name: '@everyone', permissions: EVERYONE_PERMS.toString(), color: 0, position: 0, managed: false },
        ...(spec.roles ?? []).map((r, i) => ({ id: r.id, name: r.name, permissions: r.permissions ?? '0', color: r.color ?? 0, position: i + 1, managed: false })),
        { id: botRoleId, name: this.botUser.username, permissions: BOT_ROLE_PERMS.toString(), color: 0, position: (spec.roles?.length ?? 0) + 1, managed: true, tags: { bot_id: this.botUserId } },
      ],
    };
    this.guilds.set(g.id, g);
    spec.channels.forEach((c, i) => {
      this.channels.set(c.id, {
        id: c.id, guildId: g.id, name: c.name, type: c.type ?? ChannelType.GuildText, parentId: c.parentId ?? null,
        position: i, topic: c.topic ?? null, denied: false, lastMessageId: null, messageCount: 0,
      });
    });
  }

  private roleJson(r: RoleState): any {
    return {
      id: r.id, name: r.name, color: r.color, colors: { primary_color: r.color, secondary_color: null, tertiary_color: null },
      hoist: false, icon: null, unicode_emoji: null, position: r.position, permissions: r.permissions, managed: r.managed,
      mentionable: false, flags: 0, ...(r.tags ? { tags: r.tags } : {}),
    };
  }

  private overwrites(c: ChannelState): any[] {
    if (!c.denied) return [];
    return [{ id: this.botUserId, type: 1, allow: '0', deny: DENIED_SEND.toString() }];
  }

  private channelJson(c: ChannelState): any {
    const base: any = {
      id: c.id, type: c.type, guild_id: c.guildId, name: c.name, parent_id: c.parentId, last_message_id: c.lastMessageId,
      rate_limit_per_user: 0, flags: 0,
    };
    if (THREAD_TYPES.has(c.type)) {
      return {
        ...base, owner_id: c.ownerId ?? this.botUserId, message_count: c.messageCount, total_message_sent: c.messageCount,
        member_count: 1,
        thread_metadata: {
          archived: !!c.archived, auto_archive_duration: c.autoArchiveDuration ?? 1440, archive_timestamp: c.createdAt ?? nowIso(),
          locked: !!c.locked, create_timestamp: c.createdAt ?? nowIso(),
        },
      };
    }
    return { ...base, position: c.position, permission_overwrites: this.overwrites(c), nsfw: false, topic: c.topic };
  }

  private botMemberJson(g: GuildState): any {
    return {
      user: { ...this.botUser }, roles: [g.botRoleId], joined_at: g.joinedAt, deaf: false, mute: false, flags: 0, pending: false,
      nick: null, avatar: null, premium_since: null, communication_disabled_until: null,
    };
  }

  private guildJson(g: GuildState): any {
    return {
      id: g.id, name: g.name, icon: null, splash: null, discovery_splash: null, owner_id: this.application.owner.id,
      afk_channel_id: null, afk_timeout: 300, verification_level: 0, default_message_notifications: 0,
      explicit_content_filter: 0, roles: g.roles.map((r) => this.roleJson(r)), emojis: [], stickers: [], features: [],
      mfa_level: 0, application_id: null, system_channel_id: null, system_channel_flags: 0, rules_channel_id: null,
      vanity_url_code: null, description: null, banner: null, premium_tier: 0, premium_subscription_count: 0,
      preferred_locale: 'en-US', public_updates_channel_id: null, nsfw_level: 0, premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null, max_members: 500000, max_video_channel_users: 25,
    };
  }

  private guildCreatePayload(g: GuildState): any {
    const chans = [...this.channels.values()].filter((c) => c.guildId === g.id);
    return {
      ...this.guildJson(g),
      joined_at: g.joinedAt, large: false, unavailable: false, member_count: 1,
      channels: chans.filter((c) => !THREAD_TYPES.has(c.type)).map((c) => { const j = this.channelJson(c); delete j.guild_id; return j; }),
      threads: chans.filter((c) => THREAD_TYPES.has(c.type) && !c.archived).map((c) => this.channelJson(c)),
      members: [this.botMemberJson(g)], voice_states: [], presences: [], stage_instances: [], guild_scheduled_events: [],
      soundboard_sounds: [], embedded_activities: [], lazy: true, application_command_counts: {},
    };
  }

  private channelOr404(id: string): ChannelState {
    const c = this.channels.get(id);
    if (!c) throw new ApiError(404, 10003, 'Unknown Channel');
    return c;
  }

  /** The bot's permissions in a channel, as Discord computes them for app_permissions. */
  private botPermissions(c: ChannelState): bigint {
    const g = this.guilds.get(c.guildId);
    let p = EVERYONE_PERMS;
    if (g) for (const r of g.roles) if (r.id === g.id || r.id === g.botRoleId) p |= BigInt(r.permissions);
    const parent = THREAD_TYPES.has(c.type) && c.parentId ? this.channels.get(c.parentId) : undefined;
    if (c.denied || parent?.denied) p &= ~DENIED_SEND;
    return p;
  }

  setChannelPermissionDenied(channelId: string, denied = true): void {
    const c = this.channelOr404(channelId);
    c.denied = denied;
    this.log(`channel ${channelId}: SendMessages ${denied ? 'denied' : 'allowed'}`);
    this.gateway.broadcast(THREAD_TYPES.has(c.type) ? 'THREAD_UPDATE' : 'CHANNEL_UPDATE', this.channelJson(c));
  }

  deleteChannel(channelId: string): void {
    const c = this.channelOr404(channelId);
    // Discord deletes a channel's threads with it.
    for (const t of [...this.channels.values()]) if (t.parentId === channelId && THREAD_TYPES.has(t.type)) this.deleteChannel(t.id);
    this.channels.delete(channelId);
    this.deletedChannels.add(channelId);
    this.log(`channel ${channelId} deleted`);
    this.gateway.broadcast(THREAD_TYPES.has(c.type) ? 'THREAD_DELETE' : 'CHANNEL_DELETE', this.channelJson(c));
  }

  createChannel(guildId: string, spec: { id?: string; name: string; type?: number; parentId?: string }): string {
    if (!this.guilds.has(guildId)) throw new Error(`createChannel: unknown guild ${guildId}`);
    const c: ChannelState = {
      id: spec.id ?? snowflake(), guildId, name: spec.name, type: spec.type ?? ChannelType.GuildText, parentId: spec.parentId ?? null,
      position: [...this.channels.values()].filter((x) => x.guildId === guildId).length, topic: null, denied: false,
      lastMessageId: null, messageCount: 0,
    };
    this.channels.set(c.id, c);
    this.gateway.broadcast('CHANNEL_CREATE', this.channelJson(c));
    return c.id;
  }

  channel(channelId: string): any {
    const c = this.channels.get(channelId);
    return c ? this.channelJson(c) : undefined;
  }

  // -------------------------------------------------------------------------------------------
  // messages

  private attachmentUrl(channelId: string, a: SandboxAttachment): string {
    return `http://127.0.0.1:${this.port}/attachments/${channelId}/${a.id}/${encodeURIComponent(a.filename)}`;
  }

  private makeAttachment(channelId: string, f: UploadedFile, meta?: any): SandboxAttachment {
    const filename = typeof meta?.filename === 'string' && meta.filename ? meta.filename : f.filename;
    const a: SandboxAttachment = {
      id: snowflake(), filename, contentType: f.contentType || guessType(filename), data: f.data, size: f.data.length,
      ...(meta?.description ? { description: meta.description } : {}),
      ...(pngSize(f.data) ?? {}),
    };
    a.url = this.attachmentUrl(channelId, a);
    return a;
  }

  /** Resolves `attachments` + uploaded `files[n]` into the message's attachment list (Discord's edit semantics). */
  private resolveAttachments(channelId: string, body: any, files: UploadedFile[], existing: SandboxAttachment[]): SandboxAttachment[] {
    const byIndex = new Map(files.map((f) => [f.index, f]));
    const used = new Set<number>();
    const out: SandboxAttachment[] = [];
    const listed = Array.isArray(body?.attachments) ? body.attachments : undefined;
    if (listed) {
      for (const meta of listed) {
        const id = String(meta?.id ?? '');
        const old = existing.find((a) => a.id === id);
        if (old) out.push(old);
        else if (/^\d+$/.test(id) && byIndex.has(Number(id))) {
          out.push(this.makeAttachment(channelId, byIndex.get(Number(id))!, meta));
          used.add(Number(id));
        } else if (id && !/^\d{1,3}$/.test(id)) {
          throw invalidForm([{ path: 'attachments', code: 'ATTACHMENT_NOT_FOUND', message: `Unknown attachment ${id}` }]);
        }
      }
    } else out.push(...existing);
    for (const f of files) if (!used.has(f.index)) out.push(this.makeAttachment(channelId, f));
    for (const a of out)
      if ((a.size ?? a.data.length) > FILE_LIMIT) throw new ApiError(413, 40005, 'Request entity too large');
    return out;
  }

  private messageJson(m: StoredMessage): any {
    const c = this.channels.get(m.channelId);
    const attachmentUrl = new Map(m.attachments.map((a) => [`attachment://${a.filename}`, a.url]));
    const fix = (o: any) => (o && typeof o.url === 'string' && attachmentUrl.has(o.url) ? { ...o, url: attachmentUrl.get(o.url), proxy_url: attachmentUrl.get(o.url) } : o);
    const j: any = {
      id: m.id, type: m.type, channel_id: m.channelId, guild_id: m.guildId ?? c?.guildId,
      author: { ...this.botUser }, content: m.content, timestamp: m.createdAt, edited_timestamp: m.editedAt ?? null,
      tts: false, mention_everyone: m.pings.everyone,
      mentions: m.pings.users.map((id) => (id === this.botUserId ? { ...this.botUser } : this.members.get(id)?.user ?? { id, username: `user${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null })),
      mention_roles: m.pings.roles,
      attachments: m.attachments.map((a) => ({
        id: a.id, filename: a.filename, size: a.size ?? a.data.length, url: a.url, proxy_url: a.url,
        ...(a.contentType ? { content_type: a.contentType } : {}), ...(a.description ? { description: a.description } : {}),
        ...(a.width ? { width: a.width, height: a.height } : {}),
      })),
      embeds: m.embeds.map((e) => ({ type: 'rich', ...e, ...(e?.image ? { image: fix(e.image) } : {}), ...(e?.thumbnail ? { thumbnail: fix(e.thumbnail) } : {}) })),
      pinned: false, flags: m.flags ?? 0, components: m.components, reactions: m.reactions.length ? m.reactions.map((r) => ({ count: 1, me: true, emoji: { id: null, name: r } })) : undefined,
    };
    if (m.nonce !== undefined) j.nonce = m.nonce;
    if (m.webhookId) {
      j.webhook_id = m.webhookId;
      j.application_id = this.applicationId;
    }
    if (m.interactionMeta) {
      j.interaction_metadata = { id: m.interactionMeta.id, type: 2, user: m.interactionMeta.user, authorizing_integration_owners: { '0': j.guild_id }, name: m.interactionMeta.name, command_type: 1 };
      j.interaction = { id: m.interactionMeta.id, type: 2, name: m.interactionMeta.name, user: m.interactionMeta.user };
    }
    if (m.replyTo) j.message_reference = { type: 0, message_id: m.replyTo, channel_id: m.channelId, guild_id: j.guild_id };
    if (m.threadId) {
      const t = this.channels.get(m.threadId);
      if (t) j.thread = this.channelJson(t);
    }
    if (c && THREAD_TYPES.has(c.type)) j.position = Math.max(0, this.store.filter((x) => x.channelId === c.id).indexOf(m));
    return j;
  }

  private publicMessage(m: StoredMessage): SandboxMessage {
    const { type: _t, webhookId: _w, interactionMeta: _i, ephemeral: _e, reactions: _r, ...pub } = m;
    return pub;
  }

  private createMessage(channel: ChannelState, body: any, files: UploadedFile[], extra: Partial<StoredMessage> = {}): StoredMessage {
    const id = snowflake();
    const m: StoredMessage = {
      id, channelId: channel.id, guildId: channel.guildId,
      content: typeof body?.content === 'string' ? body.content : '',
      embeds: Array.isArray(body?.embeds) ? body.embeds : [],
      attachments: this.resolveAttachments(channel.id, body, files, []),
      components: Array.isArray(body?.components) ? body.components : [],
      authorId: this.botUserId, createdAt: nowIso(), flags: Number(body?.flags ?? 0) || 0,
      type: MessageType.Default, ephemeral: false, reactions: [],
      pings: computePings(typeof body?.content === 'string' ? body.content : '', body?.allowed_mentions),
      ...(body?.nonce !== undefined && body?.nonce !== null ? { nonce: String(body.nonce) } : {}),
      ...(body?.allowed_mentions !== undefined ? { allowedMentions: body.allowed_mentions } : {}),
      ...(body?.message_reference?.message_id ? { replyTo: String(body.message_reference.message_id), type: MessageType.Reply } : {}),
      ...extra,
    };
    // Ephemeral is only meaningful for interaction responses.
    if (!m.ephemeral) m.flags = (m.flags ?? 0) & ~MessageFlags.Ephemeral;
    this.byId.set(id, m);
    this.counters.messagesCreated++;
    if (!m.ephemeral) {
      this.store.push(m);
      channel.lastMessageId = id;
      channel.messageCount++;
      this.gateway.broadcast('MESSAGE_CREATE', { ...this.messageJson(m), member: this.botMemberJsonFor(channel) }, 1 << 9);
      this.emit('message', this.publicMessage(m));
    }
    return m;
  }

  private botMemberJsonFor(c: ChannelState): any {
    const g = this.guilds.get(c.guildId);
    if (!g) return undefined;
    const { user: _u, ...member } = this.botMemberJson(g);
    return member;
  }

  private editMessage(m: StoredMessage, body: any, files: UploadedFile[]): StoredMessage {
    // Work out the edited message first: a refused edit must leave the message as it was.
    const next = {
      content: body?.content !== undefined ? body.content ?? '' : m.content,
      embeds: body?.embeds !== undefined ? body.embeds ?? [] : m.embeds,
      components: body?.components !== undefined ? body.components ?? [] : m.components,
      attachments: body?.attachments !== undefined || files.length ? this.resolveAttachments(m.channelId, body, files, m.attachments) : m.attachments,
    };
    if (!String(next.content).trim() && !next.embeds.length && !next.attachments.length && !next.components.length)
      throw new ApiError(400, 50006, 'Cannot send an empty message');
    Object.assign(m, next);
    if (body?.allowed_mentions !== undefined) m.allowedMentions = body.allowed_mentions;
    // Edits notify nobody on Discord, and neither does completing a deferred reply: pings stay as posted.
    if (body?.flags !== undefined && body.flags !== null) {
      // only SUPPRESS_EMBEDS (4) can be toggled by an edit; ephemeral stays as it was
      m.flags = ((m.flags ?? 0) & ~4) | (Number(body.flags) & 4);
    }
    m.flags = (m.flags ?? 0) & ~MessageFlags.Loading;
    m.editedAt = nowIso();
    if (!m.ephemeral) {
      this.gateway.broadcast('MESSAGE_UPDATE', this.messageJson(m), 1 << 9);
      this.emit('messageUpdate', this.publicMessage(m));
    }
    return m;
  }

  private removeMessage(m: StoredMessage): void {
    this.byId.delete(m.id);
    const i = this.store.indexOf(m);
    if (i >= 0) this.store.splice(i, 1);
    if (!m.ephemeral) {
      this.gateway.broadcast('MESSAGE_DELETE', { id: m.id, channel_id: m.channelId, guild_id: m.guildId }, 1 << 9);
      this.emit('messageDelete', this.publicMessage(m));
    }
  }

  messages(channelId?: string, opts: { includeThreads?: boolean } = {}): SandboxMessage[] {
    const inScope = (m: StoredMessage) => {
      if (channelId === undefined || m.channelId === channelId) return true;
      if (!opts.includeThreads) return false;
      return this.channels.get(m.channelId)?.parentId === channelId;
    };
    return this.store.filter(inScope).map((m) => this.publicMessage(m));
  }

  waitForMessages(channelId: string, count: number, timeoutMs = 5_000): Promise<SandboxMessage[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const ms = this.messages(channelId);
        if (ms.length >= count) {
          done();
          resolve(ms);
        }
      };
      const timer = setTimeout(() => {
        done();
        const got = this.messages(channelId);
        const elsewhere = this.store.filter((m) => m.channelId !== channelId).map((m) => m.channelId);
        reject(new Error(`waitForMessages(${channelId}, ${count}): only ${got.length} message(s) after ${timeoutMs} ms` + (elsewhere.length ? `; messages went to channel(s) ${[...new Set(elsewhere)].join(', ')}` : '')));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.set(check, (err) => {
        done();
        reject(err);
      });
      check();
    });
  }

  // -------------------------------------------------------------------------------------------
  // commands

  private commandMap(guildId?: string, create = false): Map<string, any> | undefined {
    if (!guildId) return this.globalCommands;
    let m = this.guildCommands.get(guildId);
    if (!m && create) this.guildCommands.set(guildId, (m = new Map()));
    return m;
  }

  private normaliseCommand(def: any, guildId?: string): any {
    const type = def.type ?? 1;
    const key = `${guildId ?? 'global'}:${type}:${def.name}`;
    let id = this.commandIds.get(key);
    if (!id) this.commandIds.set(key, (id = snowflake()));
    const cmd: any = {
      id, application_id: this.applicationId, version: snowflake(), type, name: def.name,
      name_localizations: def.name_localizations ?? null, description: def.description ?? '',
      description_localizations: def.description_localizations ?? null,
      default_member_permissions: def.default_member_permissions ?? null, dm_permission: def.dm_permission ?? true,
      nsfw: def.nsfw ?? false, integration_types: def.integration_types ?? [0], contexts: def.contexts ?? null,
    };
    if (Array.isArray(def.options) && def.options.length) cmd.options = def.options;
    if (guildId) cmd.guild_id = guildId;
    return cmd;
  }

  commands(guildId?: string): any[] {
    return [...(this.commandMap(guildId)?.values() ?? [])];
  }

  // -------------------------------------------------------------------------------------------
  // interactions

  private buildOptions(cmd: any, o: InteractOptions, resolved: any): any[] | undefined {
    const label = `/${[o.command, o.subcommandGroup, o.subcommand].filter(Boolean).join(' ')}`;
    let defs: any[] = cmd.options ?? [];
    const wrap: ((inner: any[]) => any[])[] = [];
    if (o.subcommandGroup) {
      const group = defs.find((d) => d.type === 2 && d.name === o.subcommandGroup);
      if (!group) throw new Error(`interact ${label}: /${o.command} has no subcommand group '${o.subcommandGroup}'`);
      defs = group.options ?? [];
      wrap.push((inner) => [{ name: group.name, type: 2, options: inner }]);
    }
    if (o.subcommand) {
      const sub = defs.find((d) => d.type === 1 && d.name === o.subcommand);
      if (!sub) throw new Error(`interact ${label}: no subcommand '${o.subcommand}' (has: ${defs.filter((d) => d.type === 1).map((d) => d.name).join(', ') || 'none'})`);
      defs = sub.options ?? [];
      wrap.push((inner) => [{ name: sub.name, type: 1, options: inner }]);
    } else if (defs.some((d) => d.type === 1 || d.type === 2)) {
      throw new Error(`interact ${label}: /${o.command} needs a subcommand (has: ${defs.map((d) => d.name).join(', ')})`);
    }
    const given = o.options ?? {};
    const autocomplete = o.focused !== undefined;
    const out: any[] = [];
    for (const [name, value] of Object.entries(given)) {
      const def = defs.find((d) => d.name === name);
      if (!def) throw new Error(`interact ${label}: unknown option '${name}' (defined: ${defs.map((d) => d.name).join(', ') || 'none'})`);
      const opt: any = { name, type: def.type };
      const focused = autocomplete && name === o.focused;
      if (focused) {
        opt.value = String(value);
        opt.focused = true;
        out.push(opt);
        continue;
      }
      opt.value = this.coerceOption(label, def, value, resolved, o.guildId);
      out.push(opt);
    }
    if (autocomplete && !(o.focused! in given)) {
      const def = defs.find((d) => d.name === o.focused);
      if (!def) throw new Error(`interact ${label}: focused option '${o.focused}' is not defined`);
      out.push({ name: def.name, type: def.type, value: '', focused: true });
    }
    if (autocomplete) {
      const f = defs.find((d) => d.name === o.focused);
      if (f && !f.autocomplete) throw new Error(`interact ${label}: option '${o.focused}' does not have autocomplete enabled`);
    } else {
      const missing = defs.filter((d) => d.required && !(d.name in given)).map((d) => d.name);
      if (missing.length) throw new Error(`interact ${label}: missing required option(s) ${missing.join(', ')}`);
    }
    let result = out;
    for (const w of wrap.reverse()) result = w(result);
    return result.length ? result : undefined;
  }

  private coerceOption(label: string, def: any, value: string | number | boolean, resolved: any, guildId: string): any {
    const bad = (why: string) => new Error(`interact ${label}: option '${def.name}' (${OPTION_TYPE_NAMES[def.type] ?? def.type}) ${why}`);
    let v: any;
    switch (def.type) {
      case 3:
        v = String(value);
        if (def.min_length !== undefined && v.length < def.min_length) throw bad(`shorter than min_length ${def.min_length}`);
        if (def.max_length !== undefined && v.length > def.max_length) throw bad(`longer than max_length ${def.max_length}`);
        break;
      case 4:
      case 10:
        v = Number(value);
        if (!Number.isFinite(v) || (def.type === 4 && !Number.isInteger(v))) throw bad(`got ${JSON.stringify(value)}`);
        if (def.min_value !== undefined && v < def.min_value) throw bad(`below min_value ${def.min_value}`);
        if (def.max_value !== undefined && v > def.max_value) throw bad(`above max_value ${def.max_value}`);
        break;
      case 5:
        if (typeof value === 'boolean') v = value;
        else if (value === 'true' || value === 'false') v = value === 'true';
        else throw bad(`got ${JSON.stringify(value)}`);
        break;
      case 7: {
        v = String(value);
        const c = this.channels.get(v);
        if (!c) throw bad(`refers to unknown channel ${v}`);
        if (Array.isArray(def.channel_types) && def.channel_types.length && !def.channel_types.includes(c.type))
          throw bad(`channel type ${c.type} not in channel_types ${JSON.stringify(def.channel_types)}`);
        (resolved.channels ??= {})[v] = { ...this.channelJson(c), permissions: this.botPermissions(c).toString() };
        break;
      }
      case 8: {
        v = String(value);
        const g = this.guilds.get(guildId);
        const r = g?.roles.find((x) => x.id === v) ?? { id: v, name: `role-${v}`, permissions: '0', color: 0, position: 1, managed: false };
        (resolved.roles ??= {})[v] = this.roleJson(r);
        break;
      }
      case 6:
      case 9: {
        v = String(value);
        const g = this.guilds.get(guildId);
        const role = def.type === 9 ? g?.roles.find((x) => x.id === v) : undefined;
        if (role) (resolved.roles ??= {})[v] = this.roleJson(role);
        else {
          const user = v === this.botUserId ? { ...this.botUser } : this.members.get(v)?.user ?? { id: v, username: `user${v.slice(-4)}`, discriminator: '0', global_name: null, avatar: null };
          (resolved.users ??= {})[v] = user;
          (resolved.members ??= {})[v] = { roles: [], joined_at: nowIso(), nick: null, avatar: null, flags: 0, pending: false, permissions: '0' };
        }
        break;
      }
      case 11:
        throw bad('attachments are not supported by the sandbox');
      default:
        v = value;
    }
    if (Array.isArray(def.choices) && def.choices.length && !def.choices.some((c: any) => c.value === v))
      throw bad(`value ${JSON.stringify(v)} is not one of the choices ${def.choices.map((c: any) => JSON.stringify(c.value)).join(', ')}`);
    return v;
  }

  async interact(o: InteractOptions): Promise<InteractionOutcome> {
    const label = `/${[o.command, o.subcommandGroup, o.subcommand].filter(Boolean).join(' ')}`;
    const guild = this.guilds.get(o.guildId);
    if (!guild) throw new Error(`interact ${label}: unknown guild ${o.guildId}`);
    const channel = this.channels.get(o.channelId);
    if (!channel || channel.guildId !== o.guildId) throw new Error(`interact ${label}: unknown channel ${o.channelId} in guild ${o.guildId}`);
    const cmd = [...(this.guildCommands.get(o.guildId)?.values() ?? []), ...this.globalCommands.values()].find((c) => c.name === o.command && (c.type ?? 1) === 1);
    if (!cmd) {
      const known = [...this.commands(o.guildId), ...this.commands()].map((c) => c.name);
      throw new Error(`interact ${label}: command '${o.command}' is not registered (registered: ${known.join(', ') || 'none'})`);
    }
    const session = this.gateway.primary(o.guildId);
    if (!session) throw new Error(`interact ${label}: no bot is connected to the sandbox gateway`);

    const resolved: any = {};
    const options = this.buildOptions(cmd, o, resolved);
    if (cmd.default_member_permissions !== null && cmd.default_member_permissions !== undefined) {
      const needed = BigInt(cmd.default_member_permissions);
      const has = BigInt(o.user.permissions ?? '0');
      if ((has & Perm.Administrator) === 0n && (has & needed) !== needed)
        this.log(`note: ${o.user.id} lacks default_member_permissions ${needed} for ${label}; on Discord only a server's command permission override lets them run it`);
    }
    const user = {
      id: o.user.id, username: o.user.username ?? `user${o.user.id.slice(-4)}`, discriminator: '0', global_name: o.user.username ?? null,
      avatar: null, bot: false, public_flags: 0,
    };
    const member = {
      user, roles: o.user.roles ?? [], permissions: o.user.permissions ?? '0', joined_at: nowIso(), deaf: false, mute: false,
      flags: 0, pending: false, nick: null, avatar: null, premium_since: null, communication_disabled_until: null, unusual_dm_activity_until: null,
    };
    this.members.set(user.id, member);
    const id = snowflake();
    const token = `aW50ZXJhY3Rpb246${id}:${randomBytes(48).toString('base64url')}`;
    const kind = o.focused !== undefined ? 'autocomplete' : 'command';
    const appPermissions = this.botPermissions(channel).toString();
    const payload: any = {
      id, application_id: this.applicationId,
      type: kind === 'autocomplete' ? InteractionType.ApplicationCommandAutocomplete : InteractionType.ApplicationCommand,
      token, version: 1,
      data: {
        id: cmd.id, name: cmd.name, type: 1, ...(cmd.guild_id ? { guild_id: cmd.guild_id } : {}),
        ...(options ? { options } : {}), ...(Object.keys(resolved).length ? { resolved } : {}),
      },
      guild_id: guild.id,
      guild: { id: guild.id, locale: 'en-US', features: [] },
      channel_id: channel.id,
      channel: { ...this.channelJson(channel), permissions: appPermissions },
      member,
      app_permissions: appPermissions,
      locale: o.locale ?? 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': guild.id },
      context: 0,
      attachment_size_limit: FILE_LIMIT,
    };

    const d = new Deferred<InteractionOutcome>();
    const outcome: InteractionOutcome = {
      type: 0, ephemeral: false, deferred: false, content: '', embeds: [], attachments: [], followups: [], components: [],
      interactionId: id, edits: 0,
    };
    const state: InteractionState = {
      id, token, label, kind, guildId: guild.id, channelId: channel.id, user, createdAt: Date.now(), acked: false,
      ephemeral: false, deferred: false, edits: 0, followups: [], outcome, waitFor: o.waitFor ?? {}, settled: false,
      resolve: d.resolve, reject: d.reject,
    };
    this.interactions.set(token, state);
    this.interactionsById.set(id, state);
    this.counters.interactions++;
    const timeoutMs = o.timeoutMs ?? 10_000;
    state.timer = setTimeout(() => this.fail(state, `no complete answer within ${timeoutMs} ms: ${this.describe(state)}`), timeoutMs);
    this.log(`interaction ${id} ${label}${kind === 'autocomplete' ? ` (autocomplete ${o.focused})` : ''} → session ${session.id}`);
    this.emit('interaction', { id, label, payload });
    this.gateway.dispatchTo(session, 'INTERACTION_CREATE', payload);
    return d.promise;
  }

  private describe(s: InteractionState): string {
    let what: string;
    if (!s.acked) what = 'the bot never called POST /interactions/:id/:token/callback';
    else if (s.deferred && s.edits === 0 && !s.outcome.content && !s.outcome.embeds.length) what = 'deferred (type 5) but @original was never edited';
    else {
      const parts: string[] = [];
      if (s.waitFor.edits && s.edits < s.waitFor.edits) parts.push(`${s.edits}/${s.waitFor.edits} edits`);
      if (s.waitFor.followups && s.followups.length < s.waitFor.followups) parts.push(`${s.followups.length}/${s.waitFor.followups} follow-ups`);
      what = `waiting for ${parts.join(', ')}`;
    }
    return what + (s.lastError ? `; last error answering it: ${s.lastError}` : '');
  }

  private fail(s: InteractionState, why: string): void {
    if (s.settled) return;
    s.settled = true;
    clearTimeout(s.timer);
    s.reject(new Error(`interact ${s.label} (interaction ${s.id}): ${why}`));
  }

  private syncOutcome(s: InteractionState): void {
    const o = s.outcome;
    o.ephemeral = s.ephemeral;
    o.deferred = s.deferred;
    o.edits = s.edits;
    if (s.original) {
      o.content = s.original.content;
      o.embeds = s.original.embeds;
      o.components = s.original.components;
      o.attachments = s.original.attachments.map((a) => ({ filename: a.filename, data: a.data, contentType: a.contentType, width: a.width, height: a.height }));
      o.message = this.publicMessage(s.original);
    }
  }

  private maybeSettle(s: InteractionState): void {
    this.syncOutcome(s);
    if (s.settled || !s.acked) return;
    if (s.callbackType === Callback.DeferredChannelMessageWithSource && s.edits === 0) return;
    if (s.waitFor.edits && s.edits < s.waitFor.edits) return;
    if (s.waitFor.followups && s.followups.length < s.waitFor.followups) return;
    s.settled = true;
    clearTimeout(s.timer);
    s.resolve(s.outcome);
  }

  private interactionByToken(token: string, appId: string): InteractionState {
    const s = this.interactions.get(token);
    if (!s || appId !== this.applicationId) throw new ApiError(404, 10015, 'Unknown Webhook');
    return s;
  }

  private recordError<T>(s: InteractionState, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (err instanceof ApiError) s.lastError = err.describe();
      throw err;
    }
  }

  private async onCallback(ctx: Ctx): Promise<Reply> {
    const s = this.interactionsById.get(ctx.params.id);
    if (!s || s.token !== ctx.params.token) throw new ApiError(404, 10062, 'Unknown interaction');
    const { json: body, files } = await ctx.body();
    return this.recordError(s, () => {
      const late = Date.now() - s.createdAt;
      if (this.deadlineMs > 0 && !s.acked && late > this.deadlineMs) {
        const err = new ApiError(404, 10062, 'Unknown interaction');
        this.warn(`interaction ${s.label} acknowledged after ${late} ms (deadline ${this.deadlineMs} ms)`);
        this.fail(s, `the bot acknowledged after ${late} ms, past Discord's ${this.deadlineMs} ms deadline (defer earlier)`);
        throw err;
      }
      if (s.acked) throw new ApiError(400, 40060, 'Interaction has already been acknowledged.');
      const type = Number(body?.type);
      const data = body?.data ?? {};
      const allowed = s.kind === 'autocomplete' ? [Callback.ApplicationCommandAutocompleteResult] : [Callback.ChannelMessageWithSource, Callback.DeferredChannelMessageWithSource, Callback.Modal];
      if (!allowed.includes(type))
        throw invalidForm([{ path: 'type', code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: `Callback type ${body?.type} is not valid for a ${s.kind} interaction (allowed: ${allowed.join(', ')})` }]);
      const channel = this.channelOr404(s.channelId);
      s.ephemeral = ((Number(data.flags ?? 0) || 0) & MessageFlags.Ephemeral) !== 0;
      switch (type) {
        case Callback.ChannelMessageWithSource:
          validateMessageBody({ body: data, fileCount: files.length, prefix: 'data' });
          s.original = this.interactionMessage(s, channel, data, files, MessageType.ChatInputCommand);
          break;
        case Callback.DeferredChannelMessageWithSource:
          s.deferred = true;
          s.original = this.interactionMessage(s, channel, { flags: MessageFlags.Loading | (s.ephemeral ? MessageFlags.Ephemeral : 0) }, [], MessageType.ChatInputCommand);
          break;
        case Callback.ApplicationCommandAutocompleteResult:
          validateChoices(data.choices);
          s.outcome.choices = data.choices;
          break;
        case Callback.Modal:
          if (!data.custom_id || !data.title || !Array.isArray(data.components) || !data.components.length)
            throw invalidForm([{ path: 'data', code: 'BASE_TYPE_REQUIRED', message: 'A modal needs custom_id, title and components' }]);
          s.outcome.modal = data;
          break;
      }
      s.acked = true;
      s.callbackType = type;
      s.outcome.type = type;
      this.log(`interaction ${s.id} ${s.label}: callback type ${type}${s.ephemeral ? ' (ephemeral)' : ''}`);
      this.maybeSettle(s);
      if (ctx.query.get('with_response') === 'true') {
        return json(200, {
          interaction: {
            id: s.id, type: s.kind === 'autocomplete' ? 4 : 2, response_message_id: s.original?.id,
            response_message_loading: s.deferred, response_message_ephemeral: s.ephemeral,
          },
          resource: { type, ...(s.original && type === Callback.ChannelMessageWithSource ? { message: this.messageJson(s.original) } : {}) },
        });
      }
      return noContent();
    });
  }

  private interactionMessage(s: InteractionState, channel: ChannelState, body: any, files: UploadedFile[], type: number): StoredMessage {
    const ephemeral = ((Number(body?.flags ?? 0) || 0) & MessageFlags.Ephemeral) !== 0;
    return this.createMessage(channel, body, files, {
      type, webhookId: this.applicationId, ephemeral, interactionId: s.id,
      interactionMeta: { id: s.id, name: s.label.slice(1), user: s.user },
      flags: (Number(body?.flags ?? 0) || 0) & (MessageFlags.Ephemeral | MessageFlags.Loading | 4 | 4096),
    });
  }

  private webhookMessage(s: InteractionState, mid: string): StoredMessage {
    if (mid === '@original') {
      if (!s.original) throw new ApiError(404, 10008, 'Unknown Message');
      return s.original;
    }
    const m = s.followups.find((f) => f.id === mid) ?? (s.original?.id === mid ? s.original : undefined);
    if (!m || !this.byId.has(m.id)) throw new ApiError(404, 10008, 'Unknown Message');
    return m;
  }

  private async onWebhookPost(ctx: Ctx): Promise<Reply> {
    const s = this.interactionByToken(ctx.params.token, ctx.params.app);
    const { json: body, files } = await ctx.body();
    return this.recordError(s, () => {
      if (!s.acked) throw new ApiError(404, 10015, 'Unknown Webhook');
      validateMessageBody({ body, fileCount: files.length });
      const channel = this.channelOr404(s.channelId);
      let m: StoredMessage;
      if (s.deferred && s.edits === 0 && s.original && (s.original.flags ?? 0) & MessageFlags.Loading) {
        // Discord: the first follow-up after a deferral replaces the "is thinking…" message.
        m = this.editMessage(s.original, { ...body, attachments: body?.attachments ?? [] }, files);
        s.edits++;
        this.log(`interaction ${s.id} ${s.label}: first follow-up completed the deferred reply`);
      } else {
        m = this.interactionMessage(s, channel, body, files, MessageType.Default);
        s.followups.push(m);
        s.outcome.followups.push(this.publicMessage(m));
      }
      this.maybeSettle(s);
      return ctx.query.get('wait') === 'false' ? noContent() : json(200, this.messageJson(m));
    });
  }

  private async onWebhookPatch(ctx: Ctx): Promise<Reply> {
    const s = this.interactionByToken(ctx.params.token, ctx.params.app);
    const { json: body, files } = await ctx.body();
    return this.recordError(s, () => {
      const m = this.webhookMessage(s, ctx.params.message);
      validateMessageBody({ body, fileCount: files.length, edit: true });
      this.editMessage(m, body, files);
      if (m === s.original) s.edits++;
      else {
        const i = s.followups.indexOf(m);
        if (i >= 0) s.outcome.followups[i] = this.publicMessage(m);
      }
      this.maybeSettle(s);
      return json(200, this.messageJson(m));
    });
  }

  // -------------------------------------------------------------------------------------------
  // HTTP

  private async readBody(req: http.IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }

  private async parseBody(req: http.IncomingMessage, raw: Buffer): Promise<ParsedBody> {
    const ct = req.headers['content-type'] ?? '';
    if (ct.startsWith('multipart/form-data')) {
      let form: FormData;
      try {
        form = await new Request('http://sandbox.invalid/', { method: 'POST', headers: { 'content-type': ct }, body: Uint8Array.from(raw) }).formData();
      } catch (err) {
        throw new ApiError(400, 50035, `Invalid multipart body: ${(err as Error).message}`);
      }
      let json: any = {};
      const files: UploadedFile[] = [];
      for (const [key, value] of form.entries()) {
        if (key === 'payload_json') {
          try {
            json = JSON.parse(typeof value === 'string' ? value : await (value as Blob).text());
          } catch {
            throw new ApiError(400, 50109, 'The request body contains invalid JSON.');
          }
          continue;
        }
        const m = /^files\[(\d+)\]$/.exec(key) ?? /^file(\d*)$/.exec(key);
        if (m && typeof value !== 'string') {
          const file = value as File;
          files.push({ index: Number(m[1] || 0), filename: file.name || `file${m[1]}`, contentType: file.type || undefined, data: Buffer.from(await file.arrayBuffer()) });
        } else if (m) {
          files.push({ index: Number(m[1] || 0), filename: `file${m[1]}.txt`, contentType: 'text/plain', data: Buffer.from(value as string) });
        } else this.warn(`multipart: ignored field '${key}'`);
      }
      return { json, files };
    }
    if (!raw.length) return { json: undefined, files: [] };
    try {
      return { json: JSON.parse(raw.toString('utf8')), files: [] };
    } catch {
      throw new ApiError(400, 50109, 'The request body contains invalid JSON.');
    }
  }

  private send(res: http.ServerResponse, r: Reply): void {
    const headers: Record<string, string> = { 'x-sandbox': 'sitrep', ...(r.headers ?? {}) };
    if (r.status === 204) {
      res.writeHead(204, headers);
      res.end();
      return;
    }
    if (r.raw) {
      res.writeHead(r.status, headers);
      res.end(r.raw);
      return;
    }
    const payload = Buffer.from(JSON.stringify(r.body ?? null));
    res.writeHead(r.status, { 'content-type': 'application/json', 'content-length': String(payload.length), ...headers });
    res.end(payload);
  }

  private rateLimit(path: string): Reply | undefined {
    const limit = this.opts.rateLimitPerSecond;
    // Discord: interaction endpoints (callback and the interaction webhook) are not bound by the global limit.
    if (!limit || path.startsWith('/interactions/') || path.startsWith('/webhooks/') || path.startsWith('/gateway')) return undefined;
    const now = Date.now();
    if (now - this.window.start >= 1000) this.window = { start: now, count: 0 };
    if (this.window.count < limit) {
      this.window.count++;
      return undefined;
    }
    this.counters.rateLimited++;
    const retry = Math.max(0.001, (this.window.start + 1000 - now) / 1000);
    const secs = retry.toFixed(3);
    this.log(`429 global rate limit (${limit}/s), retry after ${secs}s`);
    return json(429, { message: 'You are being rate limited.', retry_after: Number(secs), global: true, code: 0 }, {
      'retry-after': secs, 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global',
      'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': secs,
      'x-ratelimit-reset': ((this.window.start + 1000) / 1000).toFixed(3),
    });
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rawPath = url.pathname;
    let path = rawPath;
    let status = 500;
    let routeName: string | undefined;
    try {
      const att = /^\/attachments\/([^/]+)\/([^/]+)\/[^/]+$/.exec(rawPath);
      if (att && method === 'GET') {
        const a = this.findAttachment(att[2]);
        const reply: Reply = a ? { status: 200, raw: a.data, headers: { 'content-type': a.contentType ?? 'application/octet-stream' } } : json(404, { message: '404: Not Found', code: 0 });
        status = reply.status;
        this.send(res, reply);
        return;
      }
      const m = /^\/api(?:\/v\d+)?(\/.*)?$/.exec(rawPath);
      path = m?.[1] ?? rawPath;
      const raw = await this.readBody(req);
      let parsed: ParsedBody | undefined;
      const segments = path.split('/').map((s) => {
        try {
          return decodeURIComponent(s);
        } catch {
          return s;
        }
      });
      const decoded = segments.join('/');
      let reply: Reply;
      if (!m) {
        reply = this.unknownRoute(method, rawPath);
      } else {
        this.counters.requests++;
        const matches = (re: RegExp, s: string) => ((re.lastIndex = 0), re.test(s));
        const failure = this.failures.find((f) => f.remaining > 0 && (matches(f.route, path) || matches(f.route, `${method} ${path}`) || matches(f.route, decoded)));
        const route = this.routes.find((r) => r.method === method && r.re.test(decoded));
        routeName = route ? `${route.method} ${route.template}` : undefined;
        if (failure) {
          failure.remaining--;
          this.counters.injectedFailures++;
          this.log(`injected ${failure.status} for ${method} ${path}`);
          reply = failure.status === 429
            ? json(429, { message: 'You are being rate limited.', retry_after: 0.05, global: false, code: 0 }, { 'retry-after': '0.05', 'x-ratelimit-scope': 'user', 'x-ratelimit-limit': '1', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '0.05' })
            : json(failure.status, { message: `Sandbox injected failure (${failure.status})`, code: failure.status === 403 ? 50013 : failure.status === 404 ? 10003 : 0 });
          if (failure.status === 429) this.counters.rateLimited++;
        } else {
          reply = this.rateLimit(path) ?? (await (async () => {
            if (!route) return this.unknownRoute(method, path);
            if (route.auth && req.headers.authorization !== `Bot ${this.token}`) {
              this.warn(`401 for ${method} ${path}: bad or missing Authorization header`);
              return json(401, { message: '401: Unauthorized', code: 0 });
            }
            const match = route.re.exec(decoded)!;
            const params: Record<string, string> = {};
            route.keys.forEach((k, i) => (params[k] = match[i + 1]));
            const ctx: Ctx = {
              method, path, params, query: url.searchParams, req,
              body: async () => (parsed ??= await this.parseBody(req, raw)),
            };
            return route.handler(ctx);
          })());
        }
      }
      status = reply.status;
      this.send(res, reply);
    } catch (err) {
      const e = err instanceof ApiError ? err : undefined;
      if (!e) this.warn(`500 for ${method} ${path}: ${(err as Error).stack ?? err}`);
      // Malformed requests are bot bugs worth seeing; 403/404s are usually faults a test set up.
      else if (e.status === 400 || e.status === 413) this.warn(`${method} ${path} → ${e.describe()}`);
      else this.log(`${method} ${path} → ${e.describe()}`);
      const reply: Reply = e ? json(e.status, e.body(), e.headers) : json(500, { message: `Sandbox error: ${(err as Error).message}`, code: 0 });
      status = reply.status;
      if (!res.headersSent) this.send(res, reply);
    } finally {
      const entry: SandboxRequest = { method, path, query: url.search, status, route: routeName, ms: Date.now() - started };
      this.requestLog.push(entry);
      if (this.requestLog.length > 10_000) this.requestLog.splice(0, 1_000);
      this.emit('request', entry);
    }
  }

  private unknownRoute(method: string, path: string): Reply {
    this.counters.unknownRoutes++;
    const line = `${method} ${path}`;
    this.unknown.push(line);
    this.warn(`404 unknown route ${line} — not implemented by the sandbox`);
    this.emit('unknownRoute', { method, path });
    return json(404, { message: '404: Not Found', code: 0 });
  }

  private findAttachment(id: string): SandboxAttachment | undefined {
    for (const m of this.byId.values()) for (const a of m.attachments) if (a.id === id) return a;
    return undefined;
  }

  private route(method: string, template: string, handler: Route['handler'], auth = true): void {
    this.routes.push({ method, template, auth, handler, ...compile(template) });
  }

  private checkApp(app: string): void {
    if (app !== this.applicationId && app !== '@me') throw new ApiError(404, 10002, 'Unknown Application');
  }

  private guildOr404(id: string): GuildState {
    const g = this.guilds.get(id);
    if (!g) throw new ApiError(404, 10004, 'Unknown Guild');
    return g;
  }

  private channelMessageOr404(channel: ChannelState, mid: string): StoredMessage {
    const m = this.byId.get(mid);
    if (!m || m.channelId !== channel.id || m.ephemeral) throw new ApiError(404, 10008, 'Unknown Message');
    return m;
  }

  private assertCanSend(c: ChannelState): void {
    if (!TEXT_TYPES.has(c.type)) throw new ApiError(400, 50008, 'Cannot send messages in a non-text channel');
    if ((this.botPermissions(c) & (THREAD_TYPES.has(c.type) ? Perm.SendMessagesInThreads : Perm.SendMessages)) === 0n)
      throw new ApiError(403, 50013, 'Missing Permissions');
    if (c.locked) throw new ApiError(400, 50083, 'Thread is archived');
  }

  private defineRoutes(): void {
    const gatewayInfo = () => ({ url: this.gatewayUrl });
    this.route('GET', '/gateway', () => json(200, gatewayInfo()), false);
    this.route('GET', '/gateway/bot', () =>
      json(200, { ...gatewayInfo(), shards: this.opts.recommendedShards ?? 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } }));

    this.route('GET', '/users/@me', () => json(200, { ...this.botUser }));
    this.route('GET', '/users/:user', (c) => {
      if (c.params.user === this.botUserId) return json(200, { ...this.botUser });
      const m = this.members.get(c.params.user);
      if (!m) throw new ApiError(404, 10013, 'Unknown User');
      return json(200, m.user);
    });
    this.route('GET', '/applications/@me', () => json(200, { ...this.application, approximate_guild_count: this.guilds.size }));
    this.route('GET', '/oauth2/applications/@me', () => json(200, { ...this.application }));

    // guilds
    this.route('GET', '/users/@me/guilds', () => json(200, [...this.guilds.values()].map((g) => ({ id: g.id, name: g.name, icon: null, owner: false, permissions: BOT_ROLE_PERMS.toString(), features: [] }))));
    this.route('GET', '/guilds/:guild', (c) => json(200, this.guildJson(this.guildOr404(c.params.guild))));
    this.route('GET', '/guilds/:guild/channels', (c) => {
      const g = this.guildOr404(c.params.guild);
      return json(200, [...this.channels.values()].filter((x) => x.guildId === g.id && !THREAD_TYPES.has(x.type)).map((x) => this.channelJson(x)));
    });
    this.route('GET', '/guilds/:guild/threads/active', (c) => {
      const g = this.guildOr404(c.params.guild);
      return json(200, { threads: [...this.channels.values()].filter((x) => x.guildId === g.id && THREAD_TYPES.has(x.type) && !x.archived).map((x) => this.channelJson(x)), members: [] });
    });
    this.route('GET', '/guilds/:guild/roles', (c) => json(200, this.guildOr404(c.params.guild).roles.map((r) => this.roleJson(r))));
    this.route('GET', '/guilds/:guild/members/:user', (c) => {
      const g = this.guildOr404(c.params.guild);
      if (c.params.user === this.botUserId || c.params.user === '@me') return json(200, this.botMemberJson(g));
      const m = this.members.get(c.params.user);
      if (!m) throw new ApiError(404, 10007, 'Unknown Member');
      const { permissions: _p, ...member } = m;
      return json(200, member);
    });

    // channels
    this.route('GET', '/channels/:channel', (c) => json(200, this.channelJson(this.channelOr404(c.params.channel))));
    this.route('PATCH', '/channels/:channel', async (c) => {
      const ch = this.channelOr404(c.params.channel);
      const { json: body } = await c.body();
      if (typeof body?.name === 'string') ch.name = body.name;
      if (body?.topic !== undefined) ch.topic = body.topic;
      if (body?.archived !== undefined) ch.archived = !!body.archived;
      if (body?.locked !== undefined) ch.locked = !!body.locked;
      if (body?.auto_archive_duration !== undefined) ch.autoArchiveDuration = body.auto_archive_duration;
      this.gateway.broadcast(THREAD_TYPES.has(ch.type) ? 'THREAD_UPDATE' : 'CHANNEL_UPDATE', this.channelJson(ch));
      return json(200, this.channelJson(ch));
    });
    this.route('DELETE', '/channels/:channel', (c) => {
      const ch = this.channelOr404(c.params.channel);
      const j = this.channelJson(ch);
      this.deleteChannel(ch.id);
      return json(200, j);
    });
    this.route('POST', '/channels/:channel/typing', (c) => {
      this.channelOr404(c.params.channel);
      return noContent();
    });
    this.route('GET', '/channels/:channel/messages', (c) => {
      const ch = this.channelOr404(c.params.channel);
      const limit = Math.min(100, Math.max(1, Number(c.query.get('limit') ?? 50) || 50));
      const before = c.query.get('before');
      const after = c.query.get('after');
      const around = c.query.get('around');
      let list = this.store.filter((m) => m.channelId === ch.id);
      const big = (s: string) => BigInt(s);
      if (before) list = list.filter((m) => big(m.id) < big(before));
      if (after) list = list.filter((m) => big(m.id) > big(after));
      if (after && !before) list = list.slice(0, limit);
      else if (around) {
        const i = Math.max(0, list.findIndex((m) => big(m.id) >= big(around)));
        const half = Math.floor(limit / 2);
        list = list.slice(Math.max(0, i - half), Math.max(0, i - half) + limit);
      } else list = list.slice(-limit);
      return json(200, list.reverse().map((m) => this.messageJson(m)));
    });
    this.route('GET', '/channels/:channel/messages/:message', (c) => {
      const ch = this.channelOr404(c.params.channel);
      return json(200, this.messageJson(this.channelMessageOr404(ch, c.params.message)));
    });
    this.route('POST', '/channels/:channel/messages', async (c) => {
      const ch = this.channelOr404(c.params.channel);
      const { json: body, files } = await c.body();
      this.assertCanSend(ch);
      validateMessageBody({ body, fileCount: files.length });
      if (body?.message_reference?.message_id && body.message_reference.fail_if_not_exists !== false) {
        const ref = this.byId.get(String(body.message_reference.message_id));
        if (!ref || ref.ephemeral)
          throw invalidForm([{ path: 'message_reference', code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }]);
      }
      const nonce = body?.nonce !== undefined && body?.nonce !== null ? String(body.nonce) : undefined;
      if (nonce !== undefined && body?.enforce_nonce) {
        const key = `${ch.id}:${nonce}`;
        const seen = this.nonces.get(key);
        const first = seen && Date.now() - seen.at < this.nonceWindowMs ? this.byId.get(seen.messageId) : undefined;
        if (first) {
          this.counters.duplicatesPrevented++;
          this.log(`nonce ${nonce} in ${ch.id}: returning the first message ${first.id} instead of a duplicate`);
          return json(200, this.messageJson(first));
        }
      }
      const m = this.createMessage(ch, body, files);
      if (nonce !== undefined && body?.enforce_nonce) this.nonces.set(`${ch.id}:${nonce}`, { messageId: m.id, at: Date.now() });
      this.pruneNonces();
      return json(200, this.messageJson(m));
    });
    this.route('PATCH', '/channels/:channel/messages/:message', async (c) => {
      const ch = this.channelOr404(c.params.channel);
      const m = this.channelMessageOr404(ch, c.params.message);
      const { json: body, files } = await c.body();
      if (m.authorId !== this.botUserId) throw new ApiError(403, 50005, 'Cannot edit a message authored by another user');
      validateMessageBody({ body, fileCount: files.length, edit: true });
      return json(200, this.messageJson(this.editMessage(m, body, files)));
    });
    this.route('DELETE', '/channels/:channel/messages/:message', (c) => {
      const ch = this.channelOr404(c.params.channel);
      this.removeMessage(this.channelMessageOr404(ch, c.params.message));
      return noContent();
    });
    this.route('PUT', '/channels/:channel/messages/:message/reactions/:emoji/@me', (c) => {
      const ch = this.channelOr404(c.params.channel);
      const m = this.channelMessageOr404(ch, c.params.message);
      if (!m.reactions.includes(c.params.emoji)) m.reactions.push(c.params.emoji);
      return noContent();
    });
    this.route('POST', '/channels/:channel/messages/:message/threads', async (c) => {
      const ch = this.channelOr404(c.params.channel);
      const m = this.channelMessageOr404(ch, c.params.message);
      const { json: body } = await c.body();
      if (THREAD_TYPES.has(ch.type)) throw new ApiError(400, 50024, 'Cannot execute action on this channel type');
      if ((this.botPermissions(ch) & Perm.CreatePublicThreads) === 0n) throw new ApiError(403, 50013, 'Missing Permissions');
      if (m.threadId) throw new ApiError(400, 160004, 'A thread has already been created for this message');
      const out: FieldError[] = [];
      if (typeof body?.name !== 'string' || body.name.length < 1 || body.name.length > 100)
        out.push({ path: 'name', code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
      if (out.length) throw invalidForm(out);
      const t = this.newThread(ch, m.id, body, ch.type === ChannelType.GuildAnnouncement ? ChannelType.AnnouncementThread : ChannelType.PublicThread);
      m.threadId = t.id;
      return json(201, this.channelJson(t));
    });
    this.route('POST', '/channels/:channel/threads', async (c) => {
      const ch = this.channelOr404(c.params.channel);
      const { json: body } = await c.body();
      if (typeof body?.name !== 'string' || body.name.length < 1 || body.name.length > 100)
        throw invalidForm([{ path: 'name', code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }]);
      if ((this.botPermissions(ch) & Perm.CreatePublicThreads) === 0n) throw new ApiError(403, 50013, 'Missing Permissions');
      const type = Number(body?.type ?? ChannelType.PrivateThread);
      const t = this.newThread(ch, snowflake(), body, THREAD_TYPES.has(type) ? type : ChannelType.PrivateThread);
      if (body?.message && (ch.type === ChannelType.GuildForum || ch.type === ChannelType.GuildMedia)) {
        validateMessageBody({ body: body.message, fileCount: 0, prefix: 'message' });
        const first = this.createMessage(t, body.message, []);
        return json(201, { ...this.channelJson(t), message: this.messageJson(first) });
      }
      return json(201, this.channelJson(t));
    });

    // commands
    for (const scope of ['global', 'guild'] as const) {
      const base = scope === 'global' ? '/applications/:app/commands' : '/applications/:app/guilds/:guild/commands';
      const map = (c: Ctx, create = false) => {
        this.checkApp(c.params.app);
        if (scope === 'guild') this.guildOr404(c.params.guild);
        return this.commandMap(scope === 'guild' ? c.params.guild : undefined, create);
      };
      this.route('GET', base, (c) => json(200, [...(map(c)?.values() ?? [])]));
      this.route('PUT', base, async (c) => {
        const m = map(c, true)!;
        const { json: body } = await c.body();
        validateCommandList(body);
        m.clear();
        const guildId = scope === 'guild' ? c.params.guild : undefined;
        for (const def of body) {
          const cmd = this.normaliseCommand(def, guildId);
          m.set(cmd.id, cmd);
        }
        this.log(`commands (${guildId ?? 'global'}) overwritten: ${[...m.values()].map((x) => x.name).join(', ') || 'none'}`);
        return json(200, [...m.values()]);
      });
      this.route('POST', base, async (c) => {
        const m = map(c, true)!;
        const { json: body } = await c.body();
        const out: FieldError[] = [];
        validateCommand(body, '_root', out);
        if (out.length) throw invalidForm(out);
        const guildId = scope === 'guild' ? c.params.guild : undefined;
        const existing = [...m.values()].find((x) => x.name === body.name && x.type === (body.type ?? 1));
        const cmd = this.normaliseCommand(body, guildId);
        m.set(cmd.id, cmd);
        return json(existing ? 200 : 201, cmd);
      });
      this.route('GET', `${base}/:command`, (c) => {
        const cmd = map(c)?.get(c.params.command);
        if (!cmd) throw new ApiError(404, 10063, 'Unknown application command');
        return json(200, cmd);
      });
      this.route('PATCH', `${base}/:command`, async (c) => {
        const m = map(c);
        const cmd = m?.get(c.params.command);
        if (!m || !cmd) throw new ApiError(404, 10063, 'Unknown application command');
        const { json: body } = await c.body();
        const merged = { ...cmd, ...body };
        const out: FieldError[] = [];
        validateCommand(merged, '_root', out);
        if (out.length) throw invalidForm(out);
        const next = this.normaliseCommand(merged, scope === 'guild' ? c.params.guild : undefined);
        m.delete(cmd.id);
        m.set(next.id, next);
        return json(200, next);
      });
      this.route('DELETE', `${base}/:command`, (c) => {
        const m = map(c);
        if (!m?.delete(c.params.command)) throw new ApiError(404, 10063, 'Unknown application command');
        return noContent();
      });
    }

    // interactions
    this.route('POST', '/interactions/:id/:token/callback', (c) => this.onCallback(c), false);
    this.route('POST', '/webhooks/:app/:token', (c) => this.onWebhookPost(c), false);
    this.route('GET', '/webhooks/:app/:token/messages/:message', (c) => {
      const s = this.interactionByToken(c.params.token, c.params.app);
      return json(200, this.messageJson(this.webhookMessage(s, c.params.message)));
    }, false);
    this.route('PATCH', '/webhooks/:app/:token/messages/:message', (c) => this.onWebhookPatch(c), false);
    this.route('DELETE', '/webhooks/:app/:token/messages/:message', (c) => {
      const s = this.interactionByToken(c.params.token, c.params.app);
      const m = this.webhookMessage(s, c.params.message);
      this.removeMessage(m);
      if (m === s.original) {
        s.original = undefined;
        s.outcome.content = '';
        s.outcome.embeds = [];
        s.outcome.attachments = [];
        s.outcome.message = undefined;
      }
      return noContent();
    }, false);
  }

  private newThread(parent: ChannelState, id: string, body: any, type: number): ChannelState {
    const t: ChannelState = {
      id, guildId: parent.guildId, name: body.name, type, parentId: parent.id, position: 0, topic: null, denied: false,
      lastMessageId: null, messageCount: 0, ownerId: this.botUserId, autoArchiveDuration: body?.auto_archive_duration ?? 1440,
      archived: false, locked: false, createdAt: nowIso(),
    };
    this.channels.set(t.id, t);
    this.log(`thread ${t.id} '${t.name}' created in ${parent.id}`);
    this.gateway.broadcast('THREAD_CREATE', { ...this.channelJson(t), newly_created: true });
    return t;
  }

  private pruneNonces(): void {
    if (this.nonces.size < 1000) return;
    const cutoff = Date.now() - this.nonceWindowMs;
    for (const [k, v] of this.nonces) if (v.at < cutoff) this.nonces.delete(k);
  }

  // -------------------------------------------------------------------------------------------
  // faults & lifecycle

  stats(): SandboxStats {
    return { ...this.counters };
  }

  requests(): SandboxRequest[] {
    return [...this.requestLog];
  }

  unknownRoutes(): string[] {
    return [...this.unknown];
  }

  failNext(route: RegExp, status: number, times = 1): void {
    this.failures.push({ route, status, remaining: times });
  }

  dropGateway(opts?: { code?: number; terminate?: boolean }): void {
    this.gateway.drop(opts);
  }

  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  invalidateSessions(): void {
    this.gateway.invalidate();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.interactionsById.values()) {
      clearTimeout(s.timer);
      if (!s.settled) this.fail(s, 'the sandbox was closed');
    }
    for (const cancel of [...this.waiters.values()]) cancel(new Error('waitForMessages: the sandbox was closed'));
    await this.gateway.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    this.log('closed');
  }
}

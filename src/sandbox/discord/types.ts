export interface SandboxRoleSpec {
  id: string;
  name: string;
  /** permission bitfield as a decimal string; default '0' */
  permissions?: string;
  color?: number;
}

export interface SandboxGuildSpec {
  id: string;
  name: string;
  channels: { id: string; name: string; type?: number; parentId?: string; topic?: string }[];
  /** extra roles besides @everyone (whose id is the guild id) */
  roles?: SandboxRoleSpec[];
}

export interface SandboxOptions {
  port?: number;
  token?: string;
  applicationId?: string;
  guilds?: SandboxGuildSpec[];
  /** global REST budget per second; beyond it the sandbox answers 429 (interaction callbacks are exempt, as on Discord) */
  rateLimitPerSecond?: number;
  /** What GET /gateway/bot recommends as the shard count (default 1). */
  recommendedShards?: number;
  /** info lines; unknown routes and other warnings go to console.warn when no log is given */
  log?: (line: string) => void;
  /** gateway heartbeat interval sent in HELLO (default 41250, as Discord) */
  heartbeatIntervalMs?: number;
  /** an interaction must be acknowledged within this (default 3000 ms, as Discord; 0 disables) */
  interactionDeadlineMs?: number;
  /** how long a nonce with enforce_nonce is remembered (default 5 minutes) */
  nonceWindowMs?: number;
  botUsername?: string;
}

export interface SandboxAttachment {
  filename: string;
  contentType?: string;
  data: Buffer;
  id?: string;
  size?: number;
  description?: string;
  /** for PNG files, read from the IHDR chunk */
  width?: number;
  height?: number;
  url?: string;
}

export interface SandboxMessage {
  id: string;
  channelId: string;
  content: string;
  embeds: any[];
  attachments: SandboxAttachment[];
  components: any[];
  nonce?: string;
  allowedMentions?: any;
  /** who the message actually notifies: mentions in `content` filtered by allowed_mentions */
  pings: { users: string[]; roles: string[]; everyone: boolean };
  authorId: string;
  createdAt: string;
  editedAt?: string;
  /** thread started from this message */
  threadId?: string;
  flags?: number;
  /** set on interaction responses (original and follow-ups) */
  interactionId?: string;
  /** message_reference.message_id when the message is a reply */
  replyTo?: string;
  guildId?: string;
}

export interface InteractionUser {
  id: string;
  username?: string;
  /** member permission bitfield as a decimal string; default '0' (no permissions) */
  permissions?: string;
  /** role ids of the member; default [] */
  roles?: string[];
}

export interface InteractOptions {
  guildId: string;
  channelId: string;
  user: InteractionUser;
  command: string;
  subcommand?: string;
  subcommandGroup?: string;
  options?: Record<string, string | number | boolean>;
  /** autocomplete instead of a command: the name of the focused option */
  focused?: string;
  timeoutMs?: number;
  /** also wait for this many edits of @original / follow-ups before resolving */
  waitFor?: { edits?: number; followups?: number };
  locale?: string;
}

export interface InteractionOutcome {
  /** callback type the bot used first (4, 5, 8, ...) */
  type: number;
  ephemeral: boolean;
  deferred: boolean;
  /** final visible response after edits: content, embeds, attachments (kept up to date after resolution) */
  content: string;
  embeds: any[];
  attachments: { filename: string; data: Buffer; contentType?: string; width?: number; height?: number }[];
  /** live: follow-ups sent after resolution are appended */
  followups: SandboxMessage[];
  /** autocomplete choices */
  choices?: { name: string; value: string | number }[];
  /** modal data when the bot answered with type 9 */
  modal?: any;
  components: any[];
  interactionId: string;
  /** number of edits of @original so far */
  edits: number;
  /** the original response message (undefined for autocomplete / modal) */
  message?: SandboxMessage;
}

export interface SandboxRequest {
  method: string;
  /** path after /api/vN, as sent (e.g. /channels/1/messages) */
  path: string;
  query: string;
  status: number;
  /** the matched route template, e.g. POST /channels/:channel/messages; undefined for unknown routes */
  route?: string;
  ms: number;
}

export interface SandboxStats {
  requests: number;
  rateLimited: number;
  messagesCreated: number;
  duplicatesPrevented: number;
  unknownRoutes: number;
  injectedFailures: number;
  identifies: number;
  resumes: number;
  gatewayConnections: number;
  interactions: number;
}

export type SandboxEvent = 'message' | 'request' | 'messageUpdate' | 'messageDelete' | 'interaction' | 'gateway' | 'unknownRoute';

export interface DiscordSandbox {
  /** e.g. 'http://127.0.0.1:PORT/api' — what the bot passes as rest.api / SITREP_DISCORD_API */
  apiUrl: string;
  /** ws://127.0.0.1:PORT */
  gatewayUrl: string;
  port: number;
  token: string;
  applicationId: string;
  botUserId: string;
  /** in order of creation; without channelId every channel and thread. Ephemeral responses are not channel messages. */
  messages(channelId?: string, opts?: { includeThreads?: boolean }): SandboxMessage[];
  /** resolves with the channel's messages once it holds at least `count` (default timeout 5 s) */
  waitForMessages(channelId: string, count: number, timeoutMs?: number): Promise<SandboxMessage[]>;
  /** registered application commands (global when no guild) */
  commands(guildId?: string): any[];
  interact(opts: InteractOptions): Promise<InteractionOutcome>;
  on(event: SandboxEvent, fn: (x: any) => void): void;
  off(event: SandboxEvent, fn: (x: any) => void): void;
  stats(): SandboxStats;
  requests(): SandboxRequest[];
  unknownRoutes(): string[];
  failNext(route: RegExp, status: number, times?: number): void;
  /** close the gateway sockets (code 4000 by default, or terminate) so the client resumes */
  dropGateway(opts?: { code?: number; terminate?: boolean }): void;
  /** send op 7 RECONNECT: the client closes and resumes */
  requestReconnect(): void;
  /** send op 9 (not resumable) and forget the sessions: the client identifies again */
  invalidateSessions(): void;
  setChannelPermissionDenied(channelId: string, denied?: boolean): void;
  deleteChannel(channelId: string): void;
  /** add a guild after start (the bot gets a GUILD_CREATE, as when it joins a server) */
  createGuild(spec: SandboxGuildSpec): void;
  createChannel(guildId: string, spec: { id?: string; name: string; type?: number; parentId?: string }): string;
  /** the channel's API object (threads included), or undefined */
  channel(channelId: string): any;
  close(): Promise<void>;
}

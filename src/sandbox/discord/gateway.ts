import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket } from 'ws';

/** Gateway opcodes used here. */
export const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

export interface GatewayPacket {
  op: number;
  d?: any;
  s?: number | null;
  t?: string | null;
}

export interface Session {
  id: string;
  ws?: WebSocket;
  seq: number;
  /** sent dispatches, kept for RESUME replay */
  buffer: GatewayPacket[];
  intents: number;
  identifiedAt: number;
  /** [shard id, shard count] from IDENTIFY: the session sees only the guilds of its shard */
  shard?: [number, number];
  /** when the socket went away (resumable until forgotten) */
  disconnectedAt?: number;
}

export interface GatewayHost {
  token: string;
  heartbeatIntervalMs: number;
  gatewayUrl(): string;
  /** READY's d, without session_id / resume_gateway_url */
  readyPayload(identify: any): any;
  /** GUILD_CREATE payloads, one per guild */
  guildCreates(): any[];
  log(line: string): void;
  warn(line: string): void;
  count(what: 'identifies' | 'resumes' | 'gatewayConnections'): void;
  emit(event: 'gateway', x: any): void;
}

const BUFFER_LIMIT = 2000;
/** GatewayCloseCodes.InvalidShard: discord.js reports it as a shard error and does not reconnect. */
const CLOSED_CODE = 4010;
const SESSION_TTL_MS = 5 * 60_000;

/** Close codes after which Discord forgets the session (the client chose to end it). */
const ENDING_CLOSE_CODES = new Set([1000, 1001]);

export class Gateway {
  readonly wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  readonly sessions = new Map<string, Session>();
  private closing = false;

  constructor(private host: GatewayHost) {
    this.wss.on('connection', (ws, req) => this.onConnection(ws, req));
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.closing) {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    this.host.count('gatewayConnections');
    const url = new URL(req.url ?? '/', 'ws://127.0.0.1');
    const encoding = url.searchParams.get('encoding') ?? 'json';
    if (encoding !== 'json') {
      this.host.warn(`gateway: encoding=${encoding} requested; only json is supported`);
      ws.close(4002, 'Only JSON encoding is supported');
      return;
    }
    // compress=zlib-stream is ignored: frames go out as uncompressed text (discord.js reads text frames as JSON).
    this.host.log(`gateway: connection ${req.url}`);
    const conn: { session?: Session } = {};
    ws.on('message', (raw, isBinary) => {
      let packet: GatewayPacket;
      try {
        packet = JSON.parse(isBinary ? Buffer.from(raw as Buffer).toString('utf8') : raw.toString());
      } catch {
        ws.close(4002, 'Error while decoding payload.');
        return;
      }
      this.onPacket(ws, conn, packet);
    });
    ws.on('close', (code) => {
      const s = conn.session;
      this.host.log(`gateway: socket closed (${code})${s ? ` session ${s.id}` : ''}`);
      this.host.emit('gateway', { event: 'close', code, sessionId: s?.id });
      if (!s || s.ws !== ws) return;
      s.ws = undefined;
      s.disconnectedAt = Date.now();
      if (ENDING_CLOSE_CODES.has(code)) this.sessions.delete(s.id);
    });
    ws.on('error', (err) => this.host.log(`gateway: socket error ${err.message}`));
    this.send(ws, { op: Op.Hello, d: { heartbeat_interval: this.host.heartbeatIntervalMs, _trace: ['sitrep-sandbox'] } });
  }

  private send(ws: WebSocket | undefined, packet: GatewayPacket): void {
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(packet));
  }

  private onPacket(ws: WebSocket, conn: { session?: Session }, p: GatewayPacket): void {
    switch (p.op) {
      case Op.Heartbeat:
        this.send(ws, { op: Op.HeartbeatAck });
        return;
      case Op.Identify: {
        if (conn.session) {
          ws.close(4005, 'Already authenticated.');
          return;
        }
        if (p.d?.token !== this.host.token) {
          this.host.warn('gateway: IDENTIFY with a wrong token');
          ws.close(4004, 'Authentication failed.');
          return;
        }
        this.host.count('identifies');
        const session: Session = {
          id: randomBytes(16).toString('hex'),
          ws,
          seq: 0,
          buffer: [],
          intents: Number(p.d?.intents ?? 0),
          identifiedAt: Date.now(),
          shard: Array.isArray(p.d?.shard) && p.d.shard.length === 2 ? [Number(p.d.shard[0]), Number(p.d.shard[1])] : undefined,
        };
        this.sessions.set(session.id, session);
        conn.session = session;
        this.host.log(`gateway: IDENTIFY → session ${session.id} (intents ${session.intents})`);
        this.host.emit('gateway', { event: 'identify', sessionId: session.id, intents: session.intents });
        const ready = {
          ...this.host.readyPayload(p.d),
          session_id: session.id,
          session_type: 'normal',
          resume_gateway_url: this.host.gatewayUrl(),
        };
        if (Array.isArray(p.d?.shard)) ready.shard = p.d.shard;
        // Discord's rule: a guild belongs to shard (guild_id >> 22) % shard_count.
        if (Array.isArray(ready.guilds)) ready.guilds = ready.guilds.filter((g: { id: string }) => onShard(session, g.id));
        this.dispatchTo(session, 'READY', ready);
        for (const g of this.host.guildCreates()) if (onShard(session, g.id)) this.dispatchTo(session, 'GUILD_CREATE', g);
        return;
      }
      case Op.Resume: {
        const session = this.sessions.get(p.d?.session_id);
        if (!session || p.d?.token !== this.host.token) {
          this.host.log(`gateway: RESUME of unknown session ${p.d?.session_id} → INVALID_SESSION`);
          this.send(ws, { op: Op.InvalidSession, d: false });
          return;
        }
        const from = Number(p.d?.seq ?? 0);
        if (session.ws && session.ws !== ws) session.ws.terminate();
        session.ws = ws;
        session.disconnectedAt = undefined;
        conn.session = session;
        this.host.count('resumes');
        const missed = session.buffer.filter((x) => (x.s ?? 0) > from);
        this.host.log(`gateway: RESUME session ${session.id} from seq ${from}, replaying ${missed.length}`);
        this.host.emit('gateway', { event: 'resume', sessionId: session.id, replayed: missed.length });
        for (const x of missed) this.send(ws, x);
        this.dispatchTo(session, 'RESUMED', null);
        return;
      }
      case Op.PresenceUpdate:
      case Op.VoiceStateUpdate:
        if (!conn.session) ws.close(4003, 'Not authenticated.');
        return;
      case Op.RequestGuildMembers:
        if (!conn.session) {
          ws.close(4003, 'Not authenticated.');
          return;
        }
        this.dispatchTo(conn.session, 'GUILD_MEMBERS_CHUNK', {
          guild_id: p.d?.guild_id,
          members: [],
          chunk_index: 0,
          chunk_count: 1,
          not_found: [],
          nonce: p.d?.nonce,
        });
        return;
      default:
        this.host.warn(`gateway: unknown opcode ${p.op}`);
        ws.close(4001, 'Unknown opcode.');
    }
  }

  /** Sends (or buffers, while the socket is away) a dispatch on one session. */
  dispatchTo(session: Session, t: string, d: any): void {
    const packet: GatewayPacket = { op: Op.Dispatch, t, s: ++session.seq, d };
    session.buffer.push(packet);
    if (session.buffer.length > BUFFER_LIMIT) session.buffer.splice(0, session.buffer.length - BUFFER_LIMIT);
    this.send(session.ws, packet);
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, s] of this.sessions)
      if (!s.ws && s.disconnectedAt !== undefined && now - s.disconnectedAt > SESSION_TTL_MS) this.sessions.delete(id);
  }

  /** Dispatch to every live or resumable session; `intent` filters on the session's intents. */
  broadcast(t: string, d: any, intent?: number): void {
    this.prune();
    for (const s of this.sessions.values()) if (intent === undefined || (s.intents & intent) !== 0) this.dispatchTo(s, t, d);
  }

  /** The session interactions go to: the most recently identified one, alive or resumable, whose shard holds the guild. */
  primary(guildId?: string): Session | undefined {
    this.prune();
    let best: Session | undefined;
    for (const s of this.sessions.values()) {
      if (guildId !== undefined && !onShard(s, guildId)) continue;
      if (!best || s.identifiedAt >= best.identifiedAt) best = s;
    }
    return best;
  }

  drop(opts: { code?: number; terminate?: boolean } = {}): void {
    for (const s of this.sessions.values()) {
      const ws = s.ws;
      if (!ws) continue;
      this.host.log(`gateway: dropping session ${s.id}`);
      if (opts.terminate) ws.terminate();
      else ws.close(opts.code ?? 4000, 'Sandbox dropped the connection');
    }
  }

  requestReconnect(): void {
    for (const s of this.sessions.values()) this.send(s.ws, { op: Op.Reconnect, d: null });
  }

  invalidate(): void {
    for (const s of this.sessions.values()) this.send(s.ws, { op: Op.InvalidSession, d: false });
    this.sessions.clear();
  }

  async close(): Promise<void> {
    this.closing = true;
    // A fatal close code: a discord.js client still connected stops here instead of reconnecting to
    // a dead port forever (its destroy() does not stop that loop once it has started).
    const open = [...this.wss.clients];
    await Promise.all(
      open.map(
        (ws) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, 200);
            ws.once('close', () => {
              clearTimeout(timer);
              resolve();
            });
            ws.close(CLOSED_CODE, 'Sandbox closed');
          }),
      ),
    );
    for (const ws of this.wss.clients) ws.terminate();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

/** Whether a guild's events go to this session under Discord's sharding rule. */
export function onShard(session: Pick<Session, 'shard'>, guildId: string): boolean {
  if (!session.shard || session.shard[1] <= 1) return true;
  try {
    return Number((BigInt(guildId) >> 22n) % BigInt(session.shard[1])) === session.shard[0];
  } catch {
    return session.shard[0] === 0;
  }
}

import { afterEach, describe, expect, it } from 'vitest';
import { Client, Events, TextChannel } from 'discord.js';
import type { DiscordSandbox } from '../../../src/sandbox/discord/index.js';
import { GUILD, NEWS, loginClient, startSandbox } from './helpers.js';

let sandbox: DiscordSandbox | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  client = undefined;
  await sandbox?.close();
  sandbox = undefined;
});

const ping = { name: 'ping', description: 'Ping' };
const user = { id: '320000000000000001', username: 'u' };

async function withPing(sb: DiscordSandbox): Promise<Client> {
  const c = await loginClient(sb);
  await c.application!.commands.set([ping], GUILD);
  c.on(Events.InteractionCreate, (i) => {
    if (i.isChatInputCommand()) void i.reply('pong').catch(() => undefined);
  });
  return c;
}

function waitFor(cond: () => boolean, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = () => (cond() ? resolve() : Date.now() > until ? reject(new Error('condition not met')) : setTimeout(tick, 10));
    tick();
  });
}

describe('discord sandbox: gateway', () => {
  it('the client resumes after the sandbox drops the gateway and still gets interactions', async () => {
    sandbox = await startSandbox();
    client = await withPing(sandbox);
    const resumed = new Promise<void>((r) => client!.once(Events.ShardResume, () => r()));
    sandbox.dropGateway();
    await resumed;
    expect(sandbox.stats()).toMatchObject({ identifies: 1, resumes: 1 });
    const out = await sandbox.interact({ guildId: GUILD, channelId: NEWS, user, command: 'ping' });
    expect(out.content).toBe('pong');
  });

  it('an interaction dispatched while the socket is down is replayed on RESUME', async () => {
    sandbox = await startSandbox();
    client = await withPing(sandbox);
    sandbox.dropGateway({ terminate: true });
    const out = await sandbox.interact({ guildId: GUILD, channelId: NEWS, user, command: 'ping' });
    expect(out.content).toBe('pong');
    expect(sandbox.stats().resumes).toBe(1);
  });

  it('op 7 RECONNECT makes the client resume; op 9 makes it identify again', async () => {
    sandbox = await startSandbox();
    client = await withPing(sandbox);
    sandbox.requestReconnect();
    await waitFor(() => sandbox!.stats().resumes === 1);
    expect((await sandbox.interact({ guildId: GUILD, channelId: NEWS, user, command: 'ping' })).content).toBe('pong');

    sandbox.invalidateSessions();
    // discord.js waits out its 5 s identify window before identifying again
    await waitFor(() => sandbox!.stats().identifies === 2, 10_000);
    await waitFor(() => client!.ws.status === 0, 5_000);
    expect((await sandbox.interact({ guildId: GUILD, channelId: NEWS, user, command: 'ping' })).content).toBe('pong');
  }, 20_000);

  it('answers heartbeats', async () => {
    sandbox = await startSandbox({ heartbeatIntervalMs: 100 });
    client = await loginClient(sandbox);
    await waitFor(() => client!.ws.ping > -1, 3_000);
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  it('MESSAGE_CREATE / MESSAGE_UPDATE reach a client with the GuildMessages intent; on("message") sees every post', async () => {
    sandbox = await startSandbox();
    const events: string[] = [];
    sandbox.on('message', (m) => events.push(`sandbox:${m.content}`));
    const { GatewayIntentBits } = await import('discord.js');
    client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages], rest: { api: sandbox.apiUrl } });
    const ready = new Promise<void>((r) => client!.once(Events.ClientReady, () => r()));
    await client.login(sandbox.token);
    await ready;
    client.on(Events.MessageCreate, (m) => events.push(`create:${m.content}`));
    client.on(Events.MessageUpdate, (_old, m) => events.push(`update:${m.content}`));
    const channel = (await client.channels.fetch(NEWS)) as TextChannel;
    const m = await channel.send('hello');
    await m.edit('hello again');
    await waitFor(() => events.length >= 3);
    expect(events).toEqual(['sandbox:hello', 'create:hello', 'update:hello again']);
  });

  it('interact() without a connected bot fails fast', async () => {
    sandbox = await startSandbox();
    await expect(sandbox.interact({ guildId: GUILD, channelId: NEWS, user, command: 'ping' })).rejects.toThrow(/not registered|no bot/);
  });
});

describe('discord sandbox: rate limits', () => {
  it('answers 429 beyond rateLimitPerSecond; discord.js waits and retries; 429s are counted', async () => {
    sandbox = await startSandbox({ rateLimitPerSecond: 5 });
    client = await loginClient(sandbox);
    const limited: any[] = [];
    client.rest.on('rateLimited', (info) => limited.push(info));
    const channel = (await client.channels.fetch(NEWS)) as TextChannel;
    const started = Date.now();
    await Promise.all(Array.from({ length: 12 }, (_, i) => channel.send(`m${i}`)));
    expect(sandbox.messages(NEWS)).toHaveLength(12);
    expect(new Set(sandbox.messages(NEWS).map((m) => m.content)).size).toBe(12);
    expect(sandbox.stats().rateLimited).toBeGreaterThan(0);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]).toMatchObject({ global: true });
    expect(Date.now() - started).toBeGreaterThan(900); // 12 requests at 5/s need at least two windows
    const statuses = sandbox.requests().filter((r) => r.path === `/channels/${NEWS}/messages`).map((r) => r.status);
    expect(statuses).toContain(429);
  });

  it('a raw 429 carries retry_after and the X-RateLimit headers', async () => {
    sandbox = await startSandbox({ rateLimitPerSecond: 1 });
    const h = { authorization: `Bot ${sandbox.token}` };
    await fetch(`${sandbox.apiUrl}/v10/users/@me`, { headers: h });
    const res = await fetch(`${sandbox.apiUrl}/v10/users/@me`, { headers: h });
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('x-ratelimit-global')).toBe('true');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.json()).toMatchObject({ global: true, message: 'You are being rate limited.' });
  });

  it('failNext(…, 429) is retried by discord.js', async () => {
    sandbox = await startSandbox();
    client = await loginClient(sandbox);
    const channel = (await client.channels.fetch(NEWS)) as TextChannel;
    sandbox.failNext(/messages$/, 429);
    await channel.send('eventually');
    expect(sandbox.messages(NEWS).map((m) => m.content)).toEqual(['eventually']);
    expect(sandbox.stats().rateLimited).toBe(1);
  });
});

describe('discord sandbox: shutdown', () => {
  it('leaves no sockets, servers or timers behind', async () => {
    const kinds = () => {
      const n: Record<string, number> = { TCPSocketWrap: 0, TCPServerWrap: 0, Timeout: 0 };
      for (const k of process.getActiveResourcesInfo()) if (k in n) n[k]++;
      return n;
    };
    await new Promise((r) => setTimeout(r, 50));
    const before = kinds();
    const sb = await startSandbox();
    const c = await withPing(sb);
    await sb.interact({ guildId: GUILD, channelId: NEWS, user, command: 'ping' });
    await c.destroy();
    await sb.close();
    await new Promise((r) => setTimeout(r, 50));
    const after = kinds();
    for (const k of Object.keys(after)) expect(after[k], k).toBeLessThanOrEqual(before[k]);
  });

  it('closing the sandbox before the client does not leave discord.js reconnecting forever', async () => {
    const sb = await startSandbox();
    const c = await loginClient(sb);
    const errors: string[] = [];
    c.on(Events.ShardError, (e) => errors.push(e.message));
    await sb.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(errors).toEqual(['Invalid shard']);
    await c.destroy();
  });

  it('close() rejects pending interact() and waitForMessages()', async () => {
    sandbox = await startSandbox();
    client = await loginClient(sandbox);
    await client.application!.commands.set([ping], GUILD);
    const pending = sandbox.interact({ guildId: GUILD, channelId: NEWS, user, command: 'ping' });
    const waiting = sandbox.waitForMessages(NEWS, 1);
    await client.destroy();
    client = undefined;
    await sandbox.close();
    sandbox = undefined;
    await expect(pending).rejects.toThrow(/closed/);
    await expect(waiting).rejects.toThrow(/closed/);
  });
});

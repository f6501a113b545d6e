import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttachmentBuilder, ChannelType, Client, EmbedBuilder, SnowflakeUtil, TextChannel } from 'discord.js';
import type { DiscordSandbox } from '../../../src/sandbox/discord/index.js';
import { ALERTS, CATEGORY, GUILD, NEWS, loginClient, startSandbox, tinyPng } from './helpers.js';

let sandbox: DiscordSandbox;
let client: Client | undefined;

beforeEach(async () => {
  sandbox = await startSandbox();
});

afterEach(async () => {
  await client?.destroy();
  client = undefined;
  await sandbox.close();
});

describe('discord sandbox: login and messages', () => {
  it('logs the real discord.js client in, with guilds, channels and application', async () => {
    client = await loginClient(sandbox);
    expect(client.user?.id).toBe(sandbox.botUserId);
    expect(client.application?.id).toBe(sandbox.applicationId);
    const guild = client.guilds.cache.get(GUILD);
    expect(guild?.name).toBe('Test guild');
    expect(guild?.available).toBe(true);
    expect(guild?.roles.everyone.id).toBe(GUILD);
    const news = client.channels.cache.get(NEWS);
    expect(news?.type).toBe(ChannelType.GuildText);
    expect((news as TextChannel).name).toBe('news');
    expect(client.channels.cache.get(CATEGORY)?.type).toBe(ChannelType.GuildCategory);
    // the bot can check its own permissions before posting
    const me = guild!.members.me!;
    expect((news as TextChannel).permissionsFor(me).has('SendMessages')).toBe(true);
    expect(sandbox.stats().identifies).toBe(1);
  });

  it('records channel.send with embeds and a PNG attachment', async () => {
    client = await loginClient(sandbox);
    const channel = (await client.channels.fetch(NEWS)) as TextChannel;
    const sent = await channel.send({
      content: 'hello',
      embeds: [new EmbedBuilder().setTitle('Toll').setDescription('12 killed').setImage('attachment://chart.png')],
      files: [new AttachmentBuilder(tinyPng(), { name: 'chart.png' })],
    });
    expect(sent.id).toMatch(/^\d{17,20}$/);
    expect(Math.abs(SnowflakeUtil.timestampFrom(sent.id) - Date.now())).toBeLessThan(60_000);
    expect(sent.embeds[0].title).toBe('Toll');
    expect(sent.attachments.first()?.name).toBe('chart.png');

    const [m] = sandbox.messages(NEWS);
    expect(m.content).toBe('hello');
    expect(m.embeds[0]).toMatchObject({ title: 'Toll', description: '12 killed', image: { url: 'attachment://chart.png' } });
    expect(m.attachments).toHaveLength(1);
    expect(m.attachments[0]).toMatchObject({ filename: 'chart.png', contentType: 'image/png', width: 2, height: 3 });
    expect(m.attachments[0].data.equals(tinyPng())).toBe(true);
    expect(m.authorId).toBe(sandbox.botUserId);
    // the attachment is served back
    const res = await fetch(m.attachments[0].url!);
    expect(Buffer.from(await res.arrayBuffer()).equals(tinyPng())).toBe(true);
    expect(sandbox.stats().messagesCreated).toBe(1);
  });

  it('edits, fetches, lists and deletes messages', async () => {
    client = await loginClient(sandbox);
    const channel = (await client.channels.fetch(NEWS)) as TextChannel;
    const a = await channel.send('one');
    const b = await channel.send('two');
    const c = await channel.send('three');
    await b.edit({ content: 'two (edited)' });
    expect(sandbox.messages(NEWS)[1]).toMatchObject({ content: 'two (edited)' });
    expect(sandbox.messages(NEWS)[1].editedAt).toBeTruthy();

    const fetched = await channel.messages.fetch({ limit: 2, cache: false });
    expect([...fetched.values()].map((m) => m.content)).toEqual(['three', 'two (edited)']);
    const before = await channel.messages.fetch({ before: c.id, cache: false });
    expect([...before.values()].map((m) => m.content)).toEqual(['two (edited)', 'one']);
    const after = await channel.messages.fetch({ after: a.id, cache: false });
    expect(after.size).toBe(2);

    await a.delete();
    expect(sandbox.messages(NEWS).map((m) => m.content)).toEqual(['two (edited)', 'three']);
  });

  it('starts a thread from a message and posts into it', async () => {
    client = await loginClient(sandbox);
    const channel = (await client.channels.fetch(NEWS)) as TextChannel;
    const starter = await channel.send('story');
    const thread = await starter.startThread({ name: 'Updates' });
    expect(thread.type).toBe(ChannelType.PublicThread);
    expect(thread.parentId).toBe(NEWS);
    await thread.send('update 1');
    expect(sandbox.messages(NEWS)[0].threadId).toBe(thread.id);
    expect(sandbox.messages(thread.id).map((m) => m.content)).toEqual(['update 1']);
    expect(sandbox.messages(NEWS, { includeThreads: true }).map((m) => m.content)).toEqual(['story', 'update 1']);
    expect(sandbox.messages().length).toBe(2);
    await expect(starter.startThread({ name: 'again' })).rejects.toMatchObject({ code: 160004 });
  });

  it('enforce_nonce returns the first message instead of a duplicate', async () => {
    client = await loginClient(sandbox);
    const channel = (await client.channels.fetch(NEWS)) as TextChannel;
    const first = await channel.send({ content: 'once', nonce: 'abc123', enforceNonce: true });
    const second = await channel.send({ content: 'once', nonce: 'abc123', enforceNonce: true });
    expect(second.id).toBe(first.id);
    // without enforce_nonce Discord does not deduplicate
    await channel.send({ content: 'twice', nonce: 'abc123' });
    // the same nonce in another channel is another message
    const other = (await client.channels.fetch(ALERTS)) as TextChannel;
    await other.send({ content: 'once', nonce: 'abc123', enforceNonce: true });
    expect(sandbox.messages(NEWS).map((m) => m.content)).toEqual(['once', 'twice']);
    expect(sandbox.messages(ALERTS)).toHaveLength(1);
    expect(sandbox.stats().duplicatesPrevented).toBe(1);
  });

  it('waitForMessages resolves once messages arrive and names the problem on timeout', async () => {
    client = await loginClient(sandbox);
    const channel = (await client.channels.fetch(NEWS)) as TextChannel;
    const waiting = sandbox.waitForMessages(NEWS, 2, 5_000);
    await channel.send('a');
    await channel.send('b');
    expect((await waiting).map((m) => m.content)).toEqual(['a', 'b']);
    await expect(sandbox.waitForMessages(ALERTS, 1, 100)).rejects.toThrow(/only 0 message/);
  });

  it('refuses what Discord refuses: permissions, unknown and deleted channels, empty and oversized messages', async () => {
    client = await loginClient(sandbox);
    const channel = (await client.channels.fetch(NEWS)) as TextChannel;

    sandbox.setChannelPermissionDenied(NEWS);
    await expect(channel.send('x')).rejects.toMatchObject({ status: 403, code: 50013 });
    // the denial is visible to discord.js' permission checks through CHANNEL_UPDATE
    await new Promise((r) => setTimeout(r, 50));
    expect(channel.permissionsFor(channel.guild.members.me!).has('SendMessages')).toBe(false);
    sandbox.setChannelPermissionDenied(NEWS, false);
    await channel.send('allowed again');

    await expect(channel.send({ content: 'x'.repeat(2001) })).rejects.toMatchObject({ status: 400, code: 50035 });
    await expect(channel.send({ embeds: [{ description: 'y'.repeat(4097) }] })).rejects.toMatchObject({ code: 50035 });
    await expect(client.rest.post(`/channels/${NEWS}/messages`, { body: { content: '' } })).rejects.toMatchObject({ code: 50006 });
    await expect(client.rest.post('/channels/999999999999999999/messages', { body: { content: 'x' } })).rejects.toMatchObject({ status: 404, code: 10003 });
    await expect(client.rest.post(`/channels/${CATEGORY}/messages`, { body: { content: 'x' } })).rejects.toMatchObject({ code: 50008 });

    sandbox.deleteChannel(ALERTS);
    await expect(client.rest.post(`/channels/${ALERTS}/messages`, { body: { content: 'x' } })).rejects.toMatchObject({ status: 404, code: 10003 });
    await new Promise((r) => setTimeout(r, 50));
    expect(client.channels.cache.has(ALERTS)).toBe(false);
  });

  it('answers unknown routes with a JSON 404 and records them', async () => {
    client = await loginClient(sandbox);
    await expect(client.rest.get('/guilds/1/audit-logs')).rejects.toMatchObject({ status: 404 });
    expect(sandbox.unknownRoutes()).toEqual(['GET /guilds/1/audit-logs']);
    const res = await fetch(`${sandbox.apiUrl}/v10/nope`);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toMatchObject({ code: 0 });
  });

  it('reports every REST request and rejects a wrong token', async () => {
    const seen: any[] = [];
    sandbox.on('request', (r) => seen.push(r));
    client = await loginClient(sandbox);
    expect(seen.some((r) => r.method === 'GET' && r.path === '/gateway/bot' && r.status === 200)).toBe(true);
    const res = await fetch(`${sandbox.apiUrl}/v10/users/@me`, { headers: { authorization: 'Bot wrong' } });
    expect(res.status).toBe(401);
    const other = new Client({ intents: [], rest: { api: sandbox.apiUrl } });
    await expect(other.login('wrong.token.here')).rejects.toThrow(/token/i);
    await other.destroy();
  });

  it('failNext injects errors that discord.js surfaces (and retries for 5xx)', async () => {
    client = await loginClient(sandbox, { retries: 1 });
    const channel = (await client.channels.fetch(NEWS)) as TextChannel;
    sandbox.failNext(/\/channels\/\d+\/messages$/, 403);
    await expect(channel.send('x')).rejects.toMatchObject({ status: 403 });
    sandbox.failNext(/POST \/channels\/\d+\/messages$/, 500, 1);
    await channel.send('after one 500'); // discord.js retries once
    expect(sandbox.messages(NEWS).map((m) => m.content)).toEqual(['after one 500']);
    expect(sandbox.stats().injectedFailures).toBe(2);
  });
});

describe('discord sandbox: guild changes after login', () => {
  it('createGuild and createChannel reach the client; deleting a channel deletes its threads', async () => {
    client = await loginClient(sandbox);
    sandbox.createGuild({ id: '120000000000000001', name: 'Second', channels: [{ id: '220000000000000001', name: 'general' }] });
    const id = sandbox.createChannel(GUILD, { name: 'late' });
    await new Promise((r) => setTimeout(r, 50));
    expect(client.guilds.cache.get('120000000000000001')?.name).toBe('Second');
    expect((client.channels.cache.get(id) as TextChannel).name).toBe('late');

    const channel = (await client.channels.fetch(NEWS)) as TextChannel;
    const starter = await channel.send('story');
    const thread = await starter.startThread({ name: 'Updates' });
    sandbox.deleteChannel(NEWS);
    expect(sandbox.channel(thread.id)).toBeUndefined();
    await expect(thread.send('x')).rejects.toMatchObject({ code: 10003 });
  });

  it('a refused edit leaves the message as it was', async () => {
    client = await loginClient(sandbox);
    const channel = (await client.channels.fetch(NEWS)) as TextChannel;
    const m = await channel.send('keep me');
    await expect(m.edit({ content: '' })).rejects.toMatchObject({ code: 50006 });
    await expect(m.edit({ embeds: [{ title: 't'.repeat(300) }] })).rejects.toMatchObject({ code: 50035 });
    expect(sandbox.messages(NEWS)[0]).toMatchObject({ content: 'keep me', embeds: [] });
  });
});

describe('discord sandbox: mentions', () => {
  it('records who a message would notify under allowed_mentions', async () => {
    client = await loginClient(sandbox);
    const role = '410000000000000001';
    const post = (body: any) => client!.rest.post(`/channels/${NEWS}/messages`, { body });
    await post({ content: `<@&${role}> <@320000000000000009> @everyone` });
    await post({ content: `<@&${role}> <@320000000000000009> @everyone`, allowed_mentions: { parse: [] } });
    await post({ content: `<@&${role}> <@&410000000000000002>`, allowed_mentions: { parse: [], roles: [role] } });
    await post({ content: `<@320000000000000009> @here`, allowed_mentions: { parse: ['users', 'everyone'] } });
    expect(sandbox.messages(NEWS).map((m) => m.pings)).toEqual([
      { users: ['320000000000000009'], roles: [role], everyone: true },
      { users: [], roles: [], everyone: false },
      { users: [], roles: [role], everyone: false },
      { users: ['320000000000000009'], roles: [], everyone: true },
    ]);
    await expect(post({ content: 'x', allowed_mentions: { parse: ['roles'], roles: [role] } })).rejects.toMatchObject({ code: 50035 });
    const fetched = await (client.channels.cache.get(NEWS) as TextChannel).messages.fetch({ limit: 1, cache: false });
    expect(fetched.first()?.mentions.everyone).toBe(true);
  });
});

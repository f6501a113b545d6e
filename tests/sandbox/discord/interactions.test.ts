import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AttachmentBuilder,
  ChannelType,
  Client,
  Events,
  MessageFlags,
  PermissionFlagsBits,
  REST,
  Routes,
  SlashCommandBuilder,
  type Interaction,
} from 'discord.js';
import type { DiscordSandbox } from '../../../src/sandbox/discord/index.js';
import { ALERTS, GUILD, NEWS, loginClient, startSandbox, tinyPng } from './helpers.js';

const MOD = { id: '310000000000000001', username: 'mod', permissions: String(PermissionFlagsBits.ManageGuild) };
const READER = { id: '310000000000000002', username: 'reader' };

const feed = new SlashCommandBuilder()
  .setName('feed')
  .setDescription('Manage feeds')
  .addSubcommand((s) =>
    s
      .setName('add')
      .setDescription('Add a feed')
      .addStringOption((o) => o.setName('url').setDescription('Feed URL').setRequired(true))
      .addChannelOption((o) => o.setName('channel').setDescription('Where').addChannelTypes(ChannelType.GuildText))
      .addIntegerOption((o) => o.setName('every').setDescription('Minutes').setMinValue(1))
      .addBooleanOption((o) => o.setName('quiet').setDescription('Quiet'))
      .addRoleOption((o) => o.setName('ping').setDescription('Role to ping')),
  )
  .addSubcommand((s) => s.setName('list').setDescription('List feeds'));
const toll = new SlashCommandBuilder()
  .setName('deathtoll')
  .setDescription('Compare tolls')
  .addStringOption((o) => o.setName('story').setDescription('Story').setAutocomplete(true).setRequired(true))
  .addNumberOption((o) => o.setName('min').setDescription('Min'));
const slow = new SlashCommandBuilder().setName('slow').setDescription('Defers');

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

async function setup(handler: (i: Interaction) => Promise<void>): Promise<Client> {
  client = await loginClient(sandbox);
  const rest = new REST({ api: sandbox.apiUrl }).setToken(sandbox.token);
  const registered = (await rest.put(Routes.applicationGuildCommands(sandbox.applicationId, GUILD), {
    body: [feed.toJSON(), toll.toJSON(), slow.toJSON()],
  })) as any[];
  expect(registered.map((c) => c.name)).toEqual(['feed', 'deathtoll', 'slow']);
  expect(registered.every((c) => /^\d+$/.test(c.id))).toBe(true);
  client.on(Events.InteractionCreate, (i) => {
    handler(i).catch((err) => console.error('handler failed', err));
  });
  return client;
}

describe('discord sandbox: interactions', () => {
  it('registers commands (global and guild), keeps ids stable across overwrites', async () => {
    client = await loginClient(sandbox);
    const first = (await client.application!.commands.set([feed.toJSON()], GUILD)).first()!;
    const again = (await client.application!.commands.set([feed.toJSON(), slow.toJSON()], GUILD)).find((c) => c.name === 'feed')!;
    expect(again.id).toBe(first.id);
    await client.application!.commands.set([toll.toJSON()]);
    expect(sandbox.commands(GUILD).map((c) => c.name)).toEqual(['feed', 'slow']);
    expect(sandbox.commands().map((c) => c.name)).toEqual(['deathtoll']);
    // invalid definitions are refused like Discord does
    await expect(client.application!.commands.set([{ name: 'Bad Name', description: 'x' }], GUILD)).rejects.toMatchObject({ code: 50035 });
  });

  it('delivers a chat input interaction with typed options and resolved channel/role, then an ephemeral reply', async () => {
    let seen: any;
    await setup(async (i) => {
      if (!i.isChatInputCommand()) return;
      seen = {
        command: i.commandName,
        sub: i.options.getSubcommand(),
        url: i.options.getString('url'),
        channel: i.options.getChannel('channel')?.id,
        channelName: (i.options.getChannel('channel') as any)?.name,
        every: i.options.getInteger('every'),
        quiet: i.options.getBoolean('quiet'),
        role: i.options.getRole('ping')?.name,
        canManage: i.memberPermissions?.has(PermissionFlagsBits.ManageGuild),
        guildId: i.guildId,
        channelId: i.channelId,
        user: i.user.username,
        locale: i.locale,
      };
      await i.reply({ content: 'Added.', flags: MessageFlags.Ephemeral });
    });
    const out = await sandbox.interact({
      guildId: GUILD, channelId: NEWS, user: MOD, command: 'feed', subcommand: 'add',
      options: { url: 'https://example.org/rss', channel: ALERTS, every: 15, quiet: true, ping: '410000000000000001' },
    });
    expect(seen).toEqual({
      command: 'feed', sub: 'add', url: 'https://example.org/rss', channel: ALERTS, channelName: 'alerts', every: 15,
      quiet: true, role: 'editors', canManage: true, guildId: GUILD, channelId: NEWS, user: 'mod', locale: 'en-US',
    });
    expect(out).toMatchObject({ type: 4, ephemeral: true, deferred: false, content: 'Added.' });
    // ephemeral replies are not channel messages
    expect(sandbox.messages(NEWS)).toHaveLength(0);
  });

  it('memberPermissions defaults to none', async () => {
    let canManage: boolean | undefined;
    await setup(async (i) => {
      if (!i.isChatInputCommand()) return;
      canManage = i.memberPermissions?.has(PermissionFlagsBits.ManageGuild);
      await i.reply('no');
    });
    const out = await sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'feed', subcommand: 'list' });
    expect(canManage).toBe(false);
    expect(out).toMatchObject({ type: 4, ephemeral: false, content: 'no' });
    // a public reply is a message in the channel
    expect(sandbox.messages(NEWS)).toMatchObject([{ content: 'no', interactionId: out.interactionId }]);
  });

  it('deferReply + editReply (with a file) + followUp', async () => {
    await setup(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await new Promise((r) => setTimeout(r, 30));
      await i.editReply({ content: 'Here is the chart', embeds: [{ title: 'Tolls', image: { url: 'attachment://toll.png' } }], files: [new AttachmentBuilder(tinyPng(), { name: 'toll.png' })] });
      await i.followUp({ content: 'More detail', flags: MessageFlags.Ephemeral });
    });
    const out = await sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'slow', waitFor: { followups: 1 } });
    expect(out).toMatchObject({ type: 5, deferred: true, ephemeral: false, content: 'Here is the chart', edits: 1 });
    expect(out.embeds[0].title).toBe('Tolls');
    expect(out.attachments).toHaveLength(1);
    expect(out.attachments[0].filename).toBe('toll.png');
    expect(out.attachments[0].data.equals(tinyPng())).toBe(true);
    expect(out.followups).toHaveLength(1);
    expect(out.followups[0]).toMatchObject({ content: 'More detail', flags: 64 });
  });

  it('the first follow-up after a deferral completes the deferred reply', async () => {
    await setup(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await i.followUp('done');
    });
    const out = await sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'slow' });
    expect(out).toMatchObject({ type: 5, deferred: true, ephemeral: true, content: 'done', followups: [] });
  });

  it('editReply via fetchReply/@original works after a plain reply', async () => {
    await setup(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply('first');
      const msg = await i.fetchReply();
      expect(msg.content).toBe('first');
      await i.editReply('second');
    });
    const out = await sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'slow', waitFor: { edits: 1 } });
    expect(out.content).toBe('second');
  });

  it('autocomplete: focused option in, choices out', async () => {
    let focused: any;
    await setup(async (i) => {
      if (!i.isAutocomplete()) return;
      focused = i.options.getFocused(true);
      await i.respond([
        { name: 'Gaza', value: 'gaza' },
        { name: 'Sudan', value: 'sudan' },
      ]);
    });
    const out = await sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'deathtoll', focused: 'story', options: { story: 'ga' } });
    expect(focused).toMatchObject({ name: 'story', value: 'ga' });
    expect(out.type).toBe(8);
    expect(out.choices).toEqual([
      { name: 'Gaza', value: 'gaza' },
      { name: 'Sudan', value: 'sudan' },
    ]);
  });

  it('rejects with a clear error when the bot never answers, or answers badly', async () => {
    await setup(async (i) => {
      if (!i.isChatInputCommand()) return;
      if (i.commandName === 'slow') await i.deferReply();
      if (i.commandName === 'feed') await i.reply({ content: 'x'.repeat(2500) }).catch(() => undefined);
    });
    await expect(sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'slow', timeoutMs: 300 })).rejects.toThrow(/\/slow.*never edited/);
    await expect(sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'feed', subcommand: 'list', timeoutMs: 300 })).rejects.toThrow(/\/feed list.*50035.*content/);
    await expect(sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'nope' })).rejects.toThrow(/not registered/);
    await expect(sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'feed' })).rejects.toThrow(/needs a subcommand/);
    await expect(sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'feed', subcommand: 'add', options: {} })).rejects.toThrow(/missing required option\(s\) url/);
  });

  it('refuses a second acknowledgement', async () => {
    let second: any;
    await setup(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply('one');
      // bypass discord.js' own "already replied" guard
      second = await i.client.rest
        .post(Routes.interactionCallback(i.id, i.token), { body: { type: 4, data: { content: 'two' } }, auth: false })
        .catch((e) => e);
    });
    await sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'slow' });
    await new Promise((r) => setTimeout(r, 50));
    expect(second).toMatchObject({ code: 40060 });
  });
});

describe('discord sandbox: more interaction responses', () => {
  it('reply with files (multipart callback) and withResponse', async () => {
    let responseMessageId: string | undefined;
    await setup(async (i) => {
      if (!i.isChatInputCommand()) return;
      const res = await i.reply({ content: 'chart', files: [new AttachmentBuilder(tinyPng(), { name: 'c.png' })], withResponse: true });
      responseMessageId = res.resource?.message?.id;
    });
    const out = await sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'slow' });
    expect(out.attachments.map((a) => a.filename)).toEqual(['c.png']);
    expect(out.attachments[0]).toMatchObject({ width: 2, height: 3 });
    await new Promise((r) => setTimeout(r, 20));
    expect(responseMessageId).toBe(out.message?.id);
  });

  it('deleteReply removes the response', async () => {
    await setup(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply('temporary');
      await i.deleteReply();
      await i.followUp('after delete');
    });
    const out = await sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'slow', waitFor: { followups: 1 } });
    expect(sandbox.messages(NEWS).map((m) => m.content)).toEqual(['after delete']);
    expect(out.followups[0].content).toBe('after delete');
  });

  it('showModal is reported as type 9', async () => {
    await setup(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.showModal({
        customId: 'm1',
        title: 'Add feed',
        components: [{ type: 1, components: [{ type: 4, customId: 'url', label: 'URL', style: 1 }] }],
      } as any);
    });
    const out = await sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'slow' });
    expect(out.type).toBe(9);
    expect(out.modal).toMatchObject({ custom_id: 'm1', title: 'Add feed' });
  });

  it("enforces Discord's acknowledgement deadline", async () => {
    await sandbox.close();
    sandbox = await startSandbox({ interactionDeadlineMs: 100 });
    let err: any;
    await setup(async (i) => {
      if (!i.isChatInputCommand()) return;
      await new Promise((r) => setTimeout(r, 250));
      await i.reply('too late').catch((e) => (err = e));
    });
    await expect(sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'slow' })).rejects.toThrow(/past Discord's 100 ms deadline/);
    await new Promise((r) => setTimeout(r, 20));
    expect(err).toMatchObject({ code: 10062 });
  });

  it('interaction callbacks are not bound by the global rate limit', async () => {
    await sandbox.close();
    sandbox = await startSandbox({ rateLimitPerSecond: 1 });
    await setup(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await i.editReply('ok');
      await i.followUp('more');
    });
    const out = await sandbox.interact({ guildId: GUILD, channelId: NEWS, user: READER, command: 'slow', waitFor: { followups: 1 } });
    expect(out.content).toBe('ok');
    expect(sandbox.requests().filter((r) => r.path.startsWith('/interactions/') || r.path.startsWith('/webhooks/')).every((r) => r.status < 400)).toBe(true);
  });
});

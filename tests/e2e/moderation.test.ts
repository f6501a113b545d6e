// Moderators through the sandbox: routing, filters, mentions, feed health, /why, settings, OPML.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, CHANNEL_ID, OTHER_CHANNEL_ID, GUILD_ID, MODERATOR, READER, type Harness } from '../../src/sandbox/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await h.store.channels.updateGuildSettings(GUILD_ID, { storyThreads: false });
});
afterEach(async () => {
  await h?.close();
});

const PLACES = ['Kharkiv', 'Goma', 'Rafah', 'Aden', 'Sumy', 'Bamako', 'Idlib', 'Kherson'];
const item = (n: number, killed: number, extra: Partial<{ title: string }> = {}) => ({
  guid: `m-${n}`,
  title: extra.title ?? `Strike on ${PLACES[n % PLACES.length]} market, report ${n}`,
  link: `https://news.example/m/${n}`,
  published: new Date(Date.UTC(2025, 3, n, 9)).toISOString(),
  html: `<p>At least ${killed} people were killed in the strike on the market in ${PLACES[n % PLACES.length]}, officials said.</p>`,
});
const postsIn = (channel: string) => h.sandbox.messages(channel, { includeThreads: true }).filter((m) => m.embeds.length > 0 && !m.interactionId);
const add = (options: Record<string, string | number | boolean>) => h.command(MODERATOR, 'feed', { subcommand: 'add', options: { channel: CHANNEL_ID, ...options } });

describe('filters and mentions', () => {
  it('a minimum-killed filter blocks small tolls and passes big ones, and /why says which rule decided', async () => {
    h.feeds.setFeed('/f.xml', 'Wire', [item(1, 5)]);
    const reply = await add({ url: h.feeds.url('/f.xml'), backlog: 0, 'min-killed': 50 });
    expect(reply.content).toMatch(/≥50 killed/);
    await h.bot.pollNow();
    h.feeds.addItem('/f.xml', item(2, 8));
    h.feeds.addItem('/f.xml', item(3, 120));
    await h.bot.pollNow();
    expect(postsIn(CHANNEL_ID).map((m) => m.embeds[0].url)).toEqual(['https://news.example/m/3']);

    const why = async (n: number) => (await h.command(READER, 'why', { options: { url: `https://news.example/m/${n}` } })).content;
    expect(await why(1)).toMatch(/older than|already in the feed/);
    expect(await why(2)).toMatch(/filtered out: it reports fewer than 50 killed/);
    expect(await why(3)).toMatch(/posted — https:\/\/discord\.com\/channels\//);
    expect(await why(99)).toMatch(/Not seen yet/);
  });

  it('keywords and patterns pass and block; a dangerous pattern is refused with the reason', async () => {
    h.feeds.setFeed('/f.xml', 'Wire', [item(1, 5)]);
    const bad = await add({ url: h.feeds.url('/f.xml'), pattern: '(a+)+$' });
    expect(bad.ephemeral).toBe(true);
    expect(bad.content).toMatch(/refused.*forever/);
    expect(await h.store.subscriptions.forGuild(GUILD_ID)).toHaveLength(0);
    await add({ url: h.feeds.url('/f.xml'), backlog: 0, pattern: 'rafah|goma' });
    await h.bot.pollNow();
    h.feeds.addItem('/f.xml', item(2, 3)); // Rafah
    h.feeds.addItem('/f.xml', item(3, 3)); // Aden
    await h.bot.pollNow();
    expect(postsIn(CHANNEL_ID).map((m) => m.embeds[0].url)).toEqual(['https://news.example/m/2']);
  });

  it('mentions the role on posts over the threshold, and nothing else can ping', async () => {
    const role = '500000000000000001';
    h.feeds.setFeed('/f.xml', 'Wire', [item(1, 5)]);
    await add({ url: h.feeds.url('/f.xml'), backlog: 0, mention: role, 'mention-min-killed': 50 });
    await h.bot.pollNow();
    h.feeds.addItem('/f.xml', item(2, 10));
    h.feeds.addItem('/f.xml', item(3, 75, { title: '@everyone Strike on Goma market <@&500000000000000002>' }));
    await h.bot.pollNow();
    const [small, big] = postsIn(CHANNEL_ID);
    expect(small!.content).toBe('');
    expect(big!.content).toBe(`<@&${role}>`);
    expect(big!.allowedMentions).toEqual({ parse: [], roles: [role] });
    expect(big!.pings?.everyone).toBe(false);
    expect(big!.pings?.roles).toEqual([role]);
  });
});

describe('routing', () => {
  it('moves a subscription with /feed edit, pauses and resumes it', async () => {
    h.feeds.setFeed('/f.xml', 'Wire', [item(1, 5)]);
    await add({ url: h.feeds.url('/f.xml'), backlog: 0 });
    await h.bot.pollNow();
    const moved = await h.command(MODERATOR, 'feed', { subcommand: 'edit', options: { url: h.feeds.url('/f.xml'), 'move-to': OTHER_CHANNEL_ID } });
    expect(moved.content).toContain(`<#${OTHER_CHANNEL_ID}>`);
    h.feeds.addItem('/f.xml', item(2, 5));
    await h.bot.pollNow();
    expect(postsIn(OTHER_CHANNEL_ID)).toHaveLength(1);
    expect(postsIn(CHANNEL_ID)).toHaveLength(0);

    const paused = await h.command(MODERATOR, 'feed', { subcommand: 'pause', options: { url: h.feeds.url('/f.xml') } });
    expect(paused.content).toMatch(/Paused/);
    h.feeds.addItem('/f.xml', item(3, 5));
    await h.bot.pollNow();
    expect(postsIn(OTHER_CHANNEL_ID)).toHaveLength(1);
    const list = await h.command(MODERATOR, 'feed', { subcommand: 'list' });
    expect(list.embeds[0].description).toMatch(/paused/);
    await h.command(MODERATOR, 'feed', { subcommand: 'resume', options: { url: h.feeds.url('/f.xml') } });
    await h.bot.pollNow();
    expect(postsIn(OTHER_CHANNEL_ID)).toHaveLength(2);
  });

  it('routes one feed to two channels with their own filters', async () => {
    h.feeds.setFeed('/f.xml', 'Wire', [item(1, 5)]);
    await add({ url: h.feeds.url('/f.xml'), backlog: 0 });
    await h.command(MODERATOR, 'feed', { subcommand: 'add', options: { url: h.feeds.url('/f.xml'), channel: OTHER_CHANNEL_ID, backlog: 0, keywords: 'Goma' } });
    await h.bot.pollNow();
    h.feeds.addItem('/f.xml', item(2, 3)); // Rafah
    h.feeds.addItem('/f.xml', item(9, 3)); // Goma
    await h.bot.pollNow();
    expect(postsIn(CHANNEL_ID)).toHaveLength(2);
    expect(postsIn(OTHER_CHANNEL_ID).map((m) => m.embeds[0].url)).toEqual(['https://news.example/m/9']);
    expect(h.feeds.hits('/f.xml').total).toBeLessThanOrEqual(6); // fetched once per cycle, not per channel
  });

  it('refuses moderator commands to members without Manage Server', async () => {
    for (const [command, subcommand, options] of [
      ['feed', 'list', {}],
      ['feed', 'export', {}],
      ['alerts', 'show', {}],
      ['settings', undefined, {}],
    ] as const) {
      const reply = await h.command(READER, command, { subcommand, options });
      expect(reply.ephemeral).toBe(true);
      expect(reply.content).toMatch(/Manage Server/);
    }
  });
});

describe('feed health', () => {
  it('disables a feed after 10 failures in a row, tells its channel once, and /feed resume retries it', async () => {
    h.feeds.setFeed('/f.xml', 'Wire', [item(1, 5)]);
    await add({ url: h.feeds.url('/f.xml'), backlog: 0 });
    await h.bot.pollNow();
    h.feeds.failWith('/f.xml', 403);
    for (let i = 0; i < 12; i++) {
      await h.bot.pollNow();
      // Let the back-off pause pass.
      await h.store.feeds.update(h.feeds.url('/f.xml'), (s) => ({ ...s, nextAttemptAt: null }));
    }
    const state = await h.store.feeds.get(h.feeds.url('/f.xml'));
    expect(state.disabled).toBe(true);
    expect(state.consecutiveFailures).toBe(10);
    const notices = h.sandbox.messages(CHANNEL_ID).filter((m) => !m.interactionId && m.content.includes(h.feeds.url('/f.xml')));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.content).toMatch(/stopped fetching/);
    expect(notices[0]!.content).toMatch(/403/);
    expect(notices[0]!.content).toMatch(/\/feed resume/);
    const list = await h.command(MODERATOR, 'feed', { subcommand: 'list' });
    expect(list.embeds[0].description).toMatch(/disabled/);
    expect(list.embeds[0].description).toMatch(/403/);

    h.feeds.failWith('/f.xml', undefined);
    h.feeds.addItem('/f.xml', item(2, 5));
    const resumed = await h.command(MODERATOR, 'feed', { subcommand: 'resume', options: { url: h.feeds.url('/f.xml') } });
    expect(resumed.content).toMatch(/fetched again/);
    await h.bot.pollNow();
    expect(postsIn(CHANNEL_ID).map((m) => m.embeds[0].url)).toEqual(['https://news.example/m/2']);
  });
});

describe('settings and OPML', () => {
  it('validates settings and shows them', async () => {
    const bad = await h.command(MODERATOR, 'settings', { options: { timezone: 'Mars/Olympus' } });
    expect(bad.content).toMatch(/not a time zone/);
    const ok = await h.command(MODERATOR, 'settings', { options: { timezone: 'Europe/Paris', backlog: 1 } });
    expect(ok.content).toMatch(/Europe\/Paris/);
    h.feeds.setFeed('/f.xml', 'Wire', [item(1, 5), item(2, 5), item(3, 5)]);
    await add({ url: h.feeds.url('/f.xml') }); // server default backlog: 1
    await h.bot.pollNow();
    expect(postsIn(CHANNEL_ID)).toHaveLength(1);
  });

  it('exports the feeds as OPML and imports them back', async () => {
    h.feeds.setFeed('/a.xml', 'Wire A', [item(1, 5)]);
    h.feeds.setFeed('/b.xml', 'Wire B', [item(2, 5)]);
    await add({ url: h.feeds.url('/a.xml'), keywords: 'Goma' });
    await add({ url: h.feeds.url('/b.xml') });
    const exported = await h.command(MODERATOR, 'feed', { subcommand: 'export' });
    const opml = exported.attachments.find((a) => a.filename.endsWith('.opml'))!.data.toString('utf8');
    expect(opml).toContain(h.feeds.url('/a.xml'));
    expect(opml).toContain('sitrepKeywords="Goma"');

    // Serve the export back and import it into a fresh server state.
    for (const s of await h.store.subscriptions.forGuild(GUILD_ID)) await h.store.subscriptions.remove(s.id);
    h.feeds.setFeed('/export.opml', 'unused', []);
    const { createServer } = await import('node:http');
    const server = createServer((_q, r) => r.writeHead(200, { 'content-type': 'text/x-opml' }).end(opml));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const imported = await h.command(MODERATOR, 'feed', { subcommand: 'import', options: { channel: OTHER_CHANNEL_ID, 'opml-url': `http://127.0.0.1:${port}/feeds.opml` } });
    server.close();
    expect(imported.content).toMatch(/Imported 2 of 2/);
    const subs = await h.store.subscriptions.forGuild(GUILD_ID);
    expect(subs.map((s) => s.url).sort()).toEqual([h.feeds.url('/a.xml'), h.feeds.url('/b.xml')].sort());
    expect(subs.find((s) => s.url === h.feeds.url('/a.xml'))!.keywords).toEqual(['Goma']);
    const again = await h.command(MODERATOR, 'feed', { subcommand: 'import', options: { channel: OTHER_CHANNEL_ID, 'opml-url': `http://127.0.0.1:${port}/feeds.opml` } });
    expect(again.ephemeral).toBe(true);
  });

  it('/help lists every command', async () => {
    const help = await h.command(READER, 'help');
    for (const c of ['/feed add', '/feed why', '/deathtoll', '/story', '/alerts set', '/settings', '/latest']) {
      if (c === '/feed why') continue;
      expect(help.embeds[0].description).toContain(c);
    }
    expect(help.embeds[0].description).toContain('/why');
  });
});

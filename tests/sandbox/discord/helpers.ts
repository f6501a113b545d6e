import { Client, GatewayIntentBits, Events } from 'discord.js';
import { startDiscordSandbox, type DiscordSandbox, type SandboxOptions } from '../../../src/sandbox/discord/index.js';

export const GUILD = '110000000000000001';
export const NEWS = '210000000000000001';
export const ALERTS = '210000000000000002';
export const CATEGORY = '210000000000000003';

export async function startSandbox(opts: SandboxOptions = {}): Promise<DiscordSandbox> {
  const lines: string[] = [];
  return startDiscordSandbox({
    guilds: [
      {
        id: GUILD,
        name: 'Test guild',
        channels: [
          { id: NEWS, name: 'news' },
          { id: ALERTS, name: 'alerts', type: 0 },
          { id: CATEGORY, name: 'Feeds', type: 4 },
        ],
        roles: [{ id: '410000000000000001', name: 'editors' }],
      },
    ],
    log: (l) => {
      lines.push(l);
      if (process.env.SANDBOX_VERBOSE) console.log(l);
    },
    ...opts,
  });
}

export async function loginClient(sandbox: DiscordSandbox, restOptions: Record<string, unknown> = {}): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: sandbox.apiUrl, ...restOptions } });
  if (process.env.SANDBOX_VERBOSE) client.on(Events.Debug, (m) => console.log('[djs]', m));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(sandbox.token);
  await ready;
  return client;
}

/** A 2×3 PNG (valid header and IHDR; enough for Discord and for the sandbox's size reader). */
export function tinyPng(): Buffer {
  return Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000020000000308020000001d5a1c5b0000000c4944415408d763f8ffff3f0005fe02fea7d6a4c50000000049454e44ae426082',
    'hex',
  );
}

/**
 * Sitrep's local Discord sandbox: a small Discord-compatible server (REST v10 + JSON gateway)
 * that the real discord.js client connects to. Used by the end-to-end tests and the offline demo.
 *
 *   const sandbox = await startDiscordSandbox({ guilds: [{ id, name, channels: [{ id, name }] }] });
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: sandbox.apiUrl } });
 *   await client.login(sandbox.token);
 *
 * Binds 127.0.0.1 only.
 */
export type {
  DiscordSandbox,
  InteractOptions,
  InteractionOutcome,
  InteractionUser,
  SandboxAttachment,
  SandboxEvent,
  SandboxGuildSpec,
  SandboxMessage,
  SandboxOptions,
  SandboxRequest,
  SandboxRoleSpec,
  SandboxStats,
} from './types.js';
export { startDiscordSandbox } from './server.js';
export { snowflake, snowflakeTime } from './snowflake.js';

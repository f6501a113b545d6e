/**
 * Sitrep's local Discord sandbox: a small Discord-compatible server (REST v10 + JSON gateway)
 * that the real discord.js client connects to. Used by the end-to-end tests and the offline demo.
 *
 *   const sandbox = await startDiscordSandbox({ guilds: [{ id, name, channels: [{ id, name }] }] });
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: sandbox.apiUrl } });
 *   await client.login(sandbox.token);
 *
 * Binds 127.0.0.1 only. Behaviour worth knowing when writing tests against it:
 *
 * - REST replies are JSON with `content-type: application/json`, except 204s (no body, no
 *   content-type: discord.js would otherwise try to parse an empty body). Interaction callbacks
 *   answer 204 unless `?with_response=true`. Unknown routes: 404 `{message, code: 0}`, logged and
 *   listed by `unknownRoutes()`.
 * - Validation as Discord: content ≤ 2000, embed limits (title 256, description 4096, 25 fields,
 *   6000 total, 10 embeds), empty messages (50006), nonce ≤ 25 chars, files ≤ 10 MiB, command
 *   names/descriptions/option order, autocomplete choices ≤ 25. Refusals are 400 code 50035 with
 *   Discord's nested `errors`.
 * - `enforce_nonce: true` + a nonce seen in the same channel within 5 minutes → 200 with the FIRST
 *   message (counted in `stats().duplicatesPrevented`); without enforce_nonce a duplicate is made.
 * - Interactions: ack within 3 s (`interactionDeadlineMs`) or 10062; a second ack is 40060. The
 *   first follow-up after a deferral completes the deferred reply (and keeps its ephemerality), as
 *   on Discord. Public responses are channel messages (`interactionId` set); ephemeral ones only
 *   show in the outcome. The outcome object keeps updating after `interact()` resolves.
 * - `rateLimitPerSecond`: one global 1-second window; beyond it 429 + `retry-after`,
 *   `x-ratelimit-global`; interaction callbacks and interaction webhooks are exempt.
 * - `failNext(re, status, n)`: re is tested against the path (`/channels/1/messages`) and against
 *   `METHOD path`. discord.js retries 5xx (3 times by default) and 429s by itself.
 * - `dropGateway()` closes with 4000 (the client resumes; missed dispatches are replayed);
 *   `{ terminate: true }` cuts the TCP connection instead. `invalidateSessions()` forces a new
 *   IDENTIFY, which discord.js delays by its 5 s identify window.
 * - Shut down with `client.destroy()` first, then `sandbox.close()`. If the sandbox closes first it
 *   ends the gateway with 4010 so discord.js stops (a ShardError "Invalid shard") instead of
 *   reconnecting to a dead port forever.
 * - The bot has a managed role with View/Send/Embed/Attach/History/Threads permissions;
 *   `setChannelPermissionDenied` adds a member overwrite (CHANNEL_UPDATE) and makes posts 403/50013.
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

import { describe, expect, it } from 'vitest';
import type { ChatInputCommandInteraction } from 'discord.js';
import { channelOption } from '../../src/discord/options.js';
import { UserFacingError } from '../../src/discord/context.js';

const interaction = (options: Record<string, { value?: unknown; channel?: { id: string } }>) =>
  ({ options: { get: (name: string) => options[name] ?? null } }) as unknown as ChatInputCommandInteraction;

describe('channelOption', () => {
  it('takes the resolved channel when the server sent one', () => {
    expect(channelOption(interaction({ channel: { value: '123456789012345678', channel: { id: '123456789012345678' } } }), 'channel', true)).toEqual({ id: '123456789012345678' });
  });
  it('falls back to the raw id when the payload has no resolved channels', () => {
    expect(channelOption(interaction({ channel: { value: '223456789012345678' } }), 'channel', true)).toEqual({ id: '223456789012345678' });
  });
  it('refuses a missing required channel with a message, and returns null for an optional one', () => {
    expect(() => channelOption(interaction({}), 'channel', true)).toThrow(UserFacingError);
    expect(channelOption(interaction({}), 'move-to')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { Cooldowns, WindowQuota } from '../../src/discord/cooldown.js';

describe('cooldowns and quotas', () => {
  it('makes a member wait between two uses of an expensive command', () => {
    const c = new Cooldowns();
    expect(c.take('deathtoll', 'u1', 3, 1000)).toBe(0);
    expect(c.take('deathtoll', 'u1', 3, 2000)).toBe(2);
    expect(c.take('deathtoll', 'u2', 3, 2000)).toBe(0);
    expect(c.take('deathtoll', 'u1', 3, 4001)).toBe(0);
  });
  it('caps a server’s feed fetches in a sliding window', () => {
    const q = new WindowQuota(2, 60_000);
    expect(q.take('g', 0)).toBe(0);
    expect(q.take('g', 10_000)).toBe(0);
    expect(q.take('g', 20_000)).toBe(40);
    expect(q.take('other', 20_000)).toBe(0);
    expect(q.take('g', 60_001)).toBe(0);
  });
});

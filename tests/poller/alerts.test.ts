import { describe, expect, it } from 'vitest';
import { shouldAlert } from '../../src/poller/alerts.js';
import { backoffMinutes, recordFailure, recordSuccess } from '../../src/poller/feedHealth.js';
import { freshFeedState } from '../../src/store/feedStates.js';

describe('toll alerts', () => {
  const rule = { minChange: 10, minKilled: 0 };
  it('sets a level on first sight and alerts only on a big enough rise', () => {
    expect(shouldAlert(rule, undefined, 500)).toBe(false);
    expect(shouldAlert(rule, 231, 242)).toBe(false); // +4.8%
    expect(shouldAlert({ minChange: 4, minKilled: 0 }, 231, 242)).toBe(true);
    expect(shouldAlert(rule, 100, 111)).toBe(true);
    expect(shouldAlert(rule, 100, 90)).toBe(false);
  });
  it('respects the minimum killed', () => {
    expect(shouldAlert({ minChange: 10, minKilled: 50 }, 10, 40)).toBe(false);
    expect(shouldAlert({ minChange: 10, minKilled: 50 }, 40, 60)).toBe(true);
  });
});

describe('feed health', () => {
  const policy = { failureNoticeAfter: 3, disableAfterFailures: 10, maxBackoffMinutes: 360 };
  it('backs off exponentially up to the cap', () => {
    expect([1, 2, 3, 4, 10, 20].map((n) => backoffMinutes(n, 360))).toEqual([1, 2, 4, 8, 360, 360]);
  });
  it('asks for one notice per failure streak, one on disabling, and clears on success', () => {
    let state = freshFeedState('u');
    const notices: (string | null)[] = [];
    for (let i = 0; i < 12; i++) {
      const out = recordFailure(state, { code: 'http', message: '503' }, new Date(), policy);
      notices.push(out.notify);
      state = out.state;
    }
    expect(notices.filter(Boolean)).toEqual(['failing', 'disabled']);
    expect(state.disabled).toBe(true);
    const ok = recordSuccess(state, new Date(), { etag: '"e"' });
    expect(ok.recovered).toBe(true);
    expect(ok.state).toMatchObject({ disabled: false, consecutiveFailures: 0, failureNotified: false, etag: '"e"' });
  });
});

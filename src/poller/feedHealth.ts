// Failure bookkeeping for one feed URL: exponential back-off, one notice per failure streak, recovery.
import type { FeedState } from '../store/records.js';
import type { FeedError } from '../feeds/errors.js';

export interface HealthPolicy {
  failureNoticeAfter: number;
  disableAfterFailures: number;
  maxBackoffMinutes: number;
}

export function isDue(state: FeedState, now: Date): boolean {
  if (state.disabled) return false;
  return !state.nextAttemptAt || new Date(state.nextAttemptAt).getTime() <= now.getTime();
}

/** Minutes to wait after the n-th failure in a row: 1, 2, 4, 8 … capped. */
export function backoffMinutes(failures: number, maxMinutes: number): number {
  return Math.min(maxMinutes, 2 ** Math.max(0, failures - 1));
}

export interface FailureOutcome {
  state: FeedState;
  /** Tell the subscribed channels now (once per streak). */
  notify: 'failing' | 'disabled' | null;
}

export function recordFailure(state: FeedState, error: { code: string; message: string }, now: Date, policy: HealthPolicy): FailureOutcome {
  const failures = state.consecutiveFailures + 1;
  const disabled = failures >= policy.disableAfterFailures;
  const next: FeedState = {
    ...state,
    lastAttemptAt: now.toISOString(),
    consecutiveFailures: failures,
    failingSince: state.failingSince ?? now.toISOString(),
    lastError: error.message,
    lastErrorCode: error.code,
    nextAttemptAt: new Date(now.getTime() + backoffMinutes(failures, policy.maxBackoffMinutes) * 60_000).toISOString(),
    disabled,
  };
  let notify: FailureOutcome['notify'] = null;
  if (disabled && !state.disabled) notify = 'disabled';
  else if (failures >= policy.failureNoticeAfter && !state.failureNotified) notify = 'failing';
  if (notify) next.failureNotified = true;
  return { state: next, notify };
}

export function recordSuccess(state: FeedState, now: Date, fetched: { etag?: string | null; lastModified?: string | null; title?: string | null }): { state: FeedState; recovered: boolean } {
  const recovered = state.failureNotified;
  return {
    recovered,
    state: {
      ...state,
      etag: fetched.etag === undefined ? state.etag : fetched.etag,
      lastModified: fetched.lastModified === undefined ? state.lastModified : fetched.lastModified,
      title: fetched.title ?? state.title,
      lastAttemptAt: now.toISOString(),
      lastSuccessAt: now.toISOString(),
      consecutiveFailures: 0,
      failingSince: null,
      nextAttemptAt: null,
      failureNotified: false,
      failureNotices: {},
      disabled: false,
    },
  };
}

export function failureNotice(url: string, notify: 'failing' | 'disabled', state: FeedState): string {
  const why = state.lastError ?? 'unknown error';
  if (notify === 'disabled') {
    return `⛔ Sitrep stopped fetching <${url}> after ${state.consecutiveFailures} failures in a row. Last error: ${why}\nFix the feed URL or the site, then run \`/feed resume url:${url}\` to retry.`;
  }
  return `⚠️ Sitrep cannot read the feed <${url}> (${state.consecutiveFailures} failures in a row). ${why}\nIt keeps retrying with growing pauses; \`/feed list\` shows its status and \`/feed remove\` stops it.`;
}

/** What failed, then how to fix it: "HTTP 403 Forbidden. The site refuses …". */
export function errorForModerators(e: FeedError): string {
  const what = e.message.replace(/[.\s]+$/, '');
  return e.hint && !what.includes(e.hint) ? `${what}. ${e.hint}` : what;
}

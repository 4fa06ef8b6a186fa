// Politeness toward the sites a batch reads: a pause between requests to a host, back-off when it says it is busy
// (HTTP 429 / 503), and no more requests to a host that keeps failing. Pure: the runner keeps one state per host.

export interface HostState {
  /** Epoch ms before which no request goes to the host. */
  readyAt: number;
  /** Failures in a row (a success resets it). */
  failures: number;
  /** The current back-off after 429 / 503, doubled each time. */
  backoffMs: number;
  /** Set when the host failed too often: its waiting items fail with this reason. */
  stoppedReason: string | null;
}

export const NEW_HOST: HostState = { readyAt: 0, failures: 0, backoffMs: 0, stoppedReason: null };

/** Default pause between two requests to one host (a setting). */
export const DEFAULT_PAUSE_MS = 1000;
export const FIRST_BACKOFF_MS = 5_000;
export const MAX_BACKOFF_MS = 5 * 60_000;
/** Failures in a row after which a host is left alone for the rest of the batch. */
export const MAX_HOST_FAILURES = 5;
/** A busy answer (429 / 503) puts an item back this many times before it fails. */
export const MAX_BUSY_ATTEMPTS = 3;

/** How a request to the host ended. `ok` covers every answer that says nothing about the host's health (404 too). */
export type HostAnswer = { kind: 'ok' } | { kind: 'busy'; retryAfterMs: number | null } | { kind: 'failed' };

export function hostAfter(state: HostState, answer: HostAnswer, now: number, pauseMs: number): HostState {
  if (answer.kind === 'ok') return { ...state, failures: 0, backoffMs: 0, readyAt: now + pauseMs };
  const failures = state.failures + 1;
  const stoppedReason = failures >= MAX_HOST_FAILURES ? `the site failed ${failures} times in a row; its other pages were not requested` : null;
  if (answer.kind === 'busy') {
    const backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(answer.retryAfterMs ?? 0, state.backoffMs * 2 || FIRST_BACKOFF_MS));
    return { readyAt: now + backoffMs, failures, backoffMs, stoppedReason };
  }
  return { ...state, failures, readyAt: now + pauseMs, stoppedReason };
}

/** Retry-After as ms: seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** How an HTTP status counts for the host. */
export function answerForStatus(status: number, retryAfter: number | null): HostAnswer {
  if (status === 429 || status === 503) return { kind: 'busy', retryAfterMs: retryAfter };
  if (status >= 500) return { kind: 'failed' };
  return { kind: 'ok' };
}

export function hostKey(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

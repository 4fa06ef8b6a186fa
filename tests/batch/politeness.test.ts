import { describe, expect, test } from 'vitest';
import { answerForStatus, FIRST_BACKOFF_MS, hostAfter, MAX_HOST_FAILURES, NEW_HOST, retryAfterMs } from '../../lib/batch/politeness';

describe('politeness', () => {
  test('a success waits the pause; a 404 says nothing about the host', () => {
    expect(hostAfter(NEW_HOST, answerForStatus(200, null), 1000, 1000)).toMatchObject({ readyAt: 2000, failures: 0 });
    expect(hostAfter({ ...NEW_HOST, failures: 2 }, answerForStatus(404, null), 1000, 1000)).toMatchObject({ failures: 0 });
  });

  test('429 and 503 back off, doubling, and honour Retry-After', () => {
    const once = hostAfter(NEW_HOST, answerForStatus(429, null), 0, 1000);
    expect(once).toMatchObject({ readyAt: FIRST_BACKOFF_MS, backoffMs: FIRST_BACKOFF_MS, failures: 1 });
    const twice = hostAfter(once, answerForStatus(503, null), 10_000, 1000);
    expect(twice).toMatchObject({ readyAt: 10_000 + 2 * FIRST_BACKOFF_MS, failures: 2 });
    expect(hostAfter(NEW_HOST, answerForStatus(429, retryAfterMs('30', 0)), 0, 1000).readyAt).toBe(30_000);
    expect(retryAfterMs(new Date(60_000).toUTCString(), 0)).toBe(60_000);
    expect(retryAfterMs('soon', 0)).toBeNull();
  });

  test('a host that fails again and again is stopped, with the reason; a success in between resets the count', () => {
    let host = NEW_HOST;
    for (let i = 1; i < MAX_HOST_FAILURES; i++) host = hostAfter(host, answerForStatus(500, null), i, 0);
    expect(host.stoppedReason).toBeNull();
    expect(hostAfter(hostAfter(host, { kind: 'ok' }, 9, 0), { kind: 'failed' }, 10, 0).stoppedReason).toBeNull();
    expect(hostAfter(host, { kind: 'failed' }, 10, 0).stoppedReason).toMatch(/failed 5 times in a row/);
  });
});

import { describe, expect, test } from 'vitest';
import {
  cancelWaiting,
  countByStatus,
  itemAfterCapture,
  itemStarted,
  itemsToEnqueue,
  requeueInterrupted,
  retryFailed,
  summaryCsv,
  waitingCount,
} from '../../lib/batch/queue';
import { captureKeyUrl } from '../../lib/store/id';
import type { CaptureRecord } from '../../lib/model';

const keyOf = (url: string) => captureKeyUrl(url, null);
const now = new Date('2026-12-02T10:00:00Z');
const record = (id: string, title: string) => ({ id, title }) as CaptureRecord;

describe('batch queue', () => {
  test('the same URL twice (or with a fragment or utm_ parameter) is queued once, and not again while it waits', () => {
    const first = itemsToEnqueue([], [
      { url: 'http://x.gov.cn/a.html', title: 'A', date: '2024-03-05' },
      { url: 'http://x.gov.cn/a.html#top', title: 'A', date: null },
      { url: 'http://x.gov.cn/a.html?utm_source=wx', title: 'A', date: null },
      { url: 'http://x.gov.cn/b.html', title: 'B', date: null },
    ], keyOf);
    expect(first.map((i) => [i.key, i.seq, i.status])).toEqual([
      ['http://x.gov.cn/a.html', 1, 'queued'],
      ['http://x.gov.cn/b.html', 2, 'queued'],
    ]);
    const more = itemsToEnqueue(first, [{ url: 'http://x.gov.cn/b.html', title: 'B', date: null }, { url: 'http://x.gov.cn/c.html', title: 'C', date: null }], keyOf);
    expect(more.map((i) => [i.key, i.seq])).toEqual([['http://x.gov.cn/c.html', 3]]);
  });

  test('each outcome becomes a status with a reason', () => {
    const [item] = itemsToEnqueue([], [{ url: 'http://x.gov.cn/a.html', title: '列表标题', date: null }], keyOf);
    expect(itemAfterCapture(item!, { kind: 'stored', created: true, record: record('abc', '正文标题') }, now)).toMatchObject({
      status: 'stored', record_id: 'abc', title: '正文标题', attempts: 1, finished_at: now.toISOString(),
    });
    expect(itemAfterCapture(item!, { kind: 'already-captured', record: record('abc', '正文标题') }, now).status).toBe('already-captured');
    expect(itemAfterCapture(item!, { kind: 'no-article', url: item!.url }, now)).toMatchObject({ status: 'no-article', reason: 'no article text found on the page' });
    expect(itemAfterCapture(item!, { kind: 'error', url: null, code: 'page-failed', message: 'HTTP 404 Not Found' }, now)).toMatchObject({
      status: 'failed', reason: 'HTTP 404 Not Found',
    });
  });

  test('a run cut short by a worker stop after its write: the run that finds the record says stored or updated, not already captured', () => {
    const [item] = itemsToEnqueue([], [{ url: 'http://x.gov.cn/a.html', title: 'A', date: null }], keyOf);
    const started = itemStarted(item!, new Date('2026-12-02T09:59:00Z'));
    const [requeued] = requeueInterrupted([started]);
    const again = itemStarted(requeued!, now);
    expect(again.cut_short_at).toBe('2026-12-02T09:59:00.000Z'); // the cut-short run's start is kept
    // A run that was not cut short: a record written while it ran was the user's own click.
    const atFirst = { kind: 'already-captured' as const, record: { ...record('abc', '标题'), first_captured_at: '2026-12-02T09:59:01Z', captured_at: '2026-12-02T09:59:01Z' } };
    expect(itemAfterCapture(started, atFirst, now).status).toBe('already-captured');
    const at = (first: string, last: string) => ({ ...record('abc', '标题'), first_captured_at: first, captured_at: last });
    const outcome = (r: CaptureRecord) => ({ kind: 'already-captured' as const, record: r });
    expect(itemAfterCapture(again, outcome(at('2026-12-02T09:59:01Z', '2026-12-02T09:59:01Z')), now).status).toBe('stored');
    expect(itemAfterCapture(again, outcome(at('2026-11-01T00:00:00Z', '2026-12-02T09:59:01Z')), now).status).toBe('updated');
    // In the library before the batch reached it: already captured.
    expect(itemAfterCapture(again, outcome(at('2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')), now).status).toBe('already-captured');
    // Retry failed starts afresh: a hand capture between the two attempts is not the batch's.
    const [retried] = retryFailed([{ ...again, status: 'failed' }]);
    expect(itemAfterCapture(itemStarted(retried!, now), outcome(at('2026-12-02T09:59:30Z', '2026-12-02T09:59:30Z')), now).status).toBe('already-captured');
  });

  test('retry failed, cancel and a stopped worker move only the items they concern', () => {
    const items = itemsToEnqueue([], ['a', 'b', 'c', 'd'].map((n) => ({ url: `http://x.gov.cn/${n}.html`, title: n, date: null })), keyOf);
    const [a, b, c, d] = items as [typeof items[0], typeof items[0], typeof items[0], typeof items[0]];
    const state = [{ ...a, status: 'stored' as const }, { ...b, status: 'failed' as const, reason: 'HTTP 500' }, { ...c, status: 'running' as const }, d];

    expect(requeueInterrupted(state).map((i) => [i.key, i.status])).toEqual([[c.key, 'queued']]);
    expect(retryFailed(state).map((i) => [i.key, i.status, i.reason])).toEqual([[b.key, 'queued', null]]);
    expect(cancelWaiting(state, now).map((i) => [i.key, i.status])).toEqual([[d.key, 'cancelled']]);
    expect(waitingCount(state)).toBe(2);
    expect(countByStatus(state)).toMatchObject({ stored: 1, failed: 1, running: 1, queued: 1, total: 4 });
  });

  test('the summary CSV has a BOM, one row per item in queue order, and quotes commas', () => {
    const items = itemsToEnqueue([], [{ url: 'http://x.gov.cn/a.html', title: '标题，含逗号, and "quotes"', date: '2024-03-05' }], keyOf);
    const csv = summaryCsv([{ ...items[0]!, status: 'failed', reason: 'HTTP 500' }]);
    expect(csv.startsWith('\uFEFFurl,status,reason,title,listed_date,record_id,finished_at\r\n')).toBe(true);
    expect(csv).toContain('http://x.gov.cn/a.html,failed,HTTP 500,"标题，含逗号, and ""quotes""",2024-03-05,,\r\n');
  });
});

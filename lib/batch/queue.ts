// The batch queue's state machine: pure functions over items, so the worker, the pages and the tests agree.
import { csvRow } from '../bundle/metadata-csv';
import type { CaptureOutcome } from '../messages';

const CSV_BOM = '\uFEFF'; // Excel reads the summary as UTF-8 only with it

export type ItemStatus = 'queued' | 'running' | 'stored' | 'updated' | 'already-captured' | 'no-article' | 'failed' | 'cancelled';

/** One page of a batch, as stored in the `batch` store. */
export interface BatchItem {
  /** The URL key (fragment and utm_* dropped): the same article is queued once. */
  key: string;
  url: string;
  /** The headline the list showed, then the stored title. */
  title: string | null;
  /** The date the list showed beside the link. */
  listed_date: string | null;
  /** Queue order. */
  seq: number;
  /** A tab to capture in place ("Capture all tabs"); null: fetched by the list page. */
  tab_id: number | null;
  status: ItemStatus;
  /** Why an item failed or was not stored, in words a person can act on. */
  reason: string | null;
  attempts: number;
  record_id: string | null;
  /** When the item's latest run began. Absent in items stored before the field existed. */
  started_at?: string | null;
  /**
   * When a run that a worker stop cut short began (cleared by Retry failed): a record written after it may have been
   * written by that run, which was stopped before it could say so.
   */
  cut_short_at?: string | null;
  finished_at: string | null;
}

/** What a batch as a whole is doing; `paused` carries why when the batch paused itself. */
export interface BatchRun {
  state: 'idle' | 'running' | 'paused' | 'cancelled' | 'done';
  /** The list page that fetches same-site articles (its activeTab grant). */
  tab_id: number | null;
  reason: string | null;
}

export const IDLE_RUN: BatchRun = { state: 'idle', tab_id: null, reason: null };

export interface NewItem {
  url: string;
  title: string | null;
  date: string | null;
  tabId?: number;
}

const FINISHED: ReadonlySet<ItemStatus> = new Set(['stored', 'updated', 'already-captured', 'no-article', 'failed', 'cancelled']);

export const isFinished = (item: BatchItem) => FINISHED.has(item.status);

/**
 * The items to add for a new selection: each URL key once, none already waiting in the queue. `keyOf` is the
 * capture path's URL key, so a URL queued twice (or with a fragment) is one item.
 */
export function itemsToEnqueue(queued: readonly BatchItem[], selection: readonly NewItem[], keyOf: (url: string) => string): BatchItem[] {
  const waiting = new Set(queued.filter((i) => !isFinished(i)).map((i) => i.key));
  let seq = queued.reduce((max, i) => Math.max(max, i.seq), 0);
  const added: BatchItem[] = [];
  for (const item of selection) {
    const key = keyOf(item.url);
    if (waiting.has(key)) continue;
    waiting.add(key);
    added.push({
      key,
      url: item.url,
      title: item.title,
      listed_date: item.date,
      seq: ++seq,
      tab_id: item.tabId ?? null,
      status: 'queued',
      reason: null,
      attempts: 0,
      record_id: null,
      started_at: null,
      cut_short_at: null,
      finished_at: null,
    });
  }
  return added;
}

export const itemStarted = (item: BatchItem, now: Date): BatchItem => ({ ...item, status: 'running', started_at: now.toISOString() });

/**
 * "Already captured" found by an item whose earlier run was cut short after the store's write: that run stored it
 * (or updated it), and the researcher's count must say so, not that the page was in the library before.
 */
function storedByThisItem(item: BatchItem, record: { captured_at?: string; first_captured_at?: string }): 'stored' | 'updated' | null {
  const started = item.cut_short_at;
  if (!started || !record.captured_at || record.captured_at < started) return null;
  return record.first_captured_at && record.first_captured_at >= started ? 'stored' : 'updated';
}

/** An item after its capture: the status and the reason a person reads. */
export function itemAfterCapture(item: BatchItem, outcome: CaptureOutcome, now: Date): BatchItem {
  const done = { ...item, attempts: item.attempts + 1, finished_at: now.toISOString() };
  switch (outcome.kind) {
    case 'stored':
      return { ...done, status: outcome.created ? 'stored' : 'updated', reason: null, record_id: outcome.record.id, title: outcome.record.title ?? item.title };
    case 'already-captured':
      return { ...done, status: storedByThisItem(item, outcome.record) ?? 'already-captured', reason: null, record_id: outcome.record.id, title: outcome.record.title ?? item.title };
    case 'no-article':
      return { ...done, status: 'no-article', reason: 'no article text found on the page' };
    case 'restricted':
      return { ...done, status: 'failed', reason: `the browser does not let extensions read this page (${outcome.reason})` };
    case 'error':
      return { ...done, status: 'failed', reason: outcome.message };
  }
}

export function itemFailed(item: BatchItem, reason: string, now: Date): BatchItem {
  return { ...item, status: 'failed', reason, attempts: item.attempts + 1, finished_at: now.toISOString() };
}

/**
 * A worker stopped mid-item: that item runs again (the store's URL key keeps it from being stored twice), and
 * remembers when the cut-short run began (the earliest, if it was cut short twice).
 */
export const requeueInterrupted = (items: readonly BatchItem[]) =>
  items
    .filter((i) => i.status === 'running')
    .map((i) => ({ ...i, status: 'queued' as const, cut_short_at: i.cut_short_at ?? i.started_at ?? null }));

/** Retry failed: failed items wait again, in their old order. */
export const retryFailed = (items: readonly BatchItem[]) =>
  items.filter((i) => i.status === 'failed').map((i) => ({ ...i, status: 'queued' as const, reason: null, cut_short_at: null, finished_at: null }));

/** Cancel: nothing left waits; what was stored stays stored. */
export const cancelWaiting = (items: readonly BatchItem[], now: Date) =>
  items
    .filter((i) => i.status === 'queued')
    .map((i) => ({ ...i, status: 'cancelled' as const, reason: 'cancelled', finished_at: now.toISOString() }));

export const waitingCount = (items: readonly BatchItem[]) => items.filter((i) => !isFinished(i)).length;

export type BatchCounts = Record<ItemStatus, number> & { total: number };

export function countByStatus(items: readonly BatchItem[]): BatchCounts {
  const counts = { queued: 0, running: 0, stored: 0, updated: 0, 'already-captured': 0, 'no-article': 0, failed: 0, cancelled: 0, total: 0 };
  for (const item of items) {
    counts[item.status]++;
    counts.total++;
  }
  return counts;
}

/** The summary as CSV (UTF-8 with BOM, RFC 4180): one row per item, in queue order. */
export function summaryCsv(items: readonly BatchItem[]): string {
  const rows = [...items].sort((a, b) => a.seq - b.seq);
  return (
    CSV_BOM +
    csvRow(['url', 'status', 'reason', 'title', 'listed_date', 'record_id', 'finished_at']) +
    rows.map((i) => csvRow([i.url, i.status, i.reason ?? '', i.title ?? '', i.listed_date ?? '', i.record_id ?? '', i.finished_at ?? ''])).join('')
  );
}

// The batch loop: one item at a time, each through the one capture path, every step written to IndexedDB first so
// that a stopped worker carries on where it was. The browser parts come in as deps (lib/batch/service.ts).
import type { CaptureOutcome } from '../messages';
import type { PageExtract } from '../model';
import { clearBatchItems, getBatchRun, listBatchItems, putBatchItems, setBatchRun } from '../store/batch';
import type { CaptureDb } from '../store/db';
import { captureKeyUrl } from '../store/id';
import type { FetchedPage } from './fetchPage';
import { answerForStatus, hostAfter, hostKey, MAX_BUSY_ATTEMPTS, NEW_HOST, retryAfterMs, type HostAnswer, type HostState } from './politeness';
import {
  cancelWaiting,
  itemAfterCapture,
  itemStarted,
  itemFailed,
  itemsToEnqueue,
  requeueInterrupted,
  retryFailed,
  type BatchItem,
  type BatchRun,
  type NewItem,
} from './queue';

export interface RunnerDeps {
  db: () => Promise<CaptureDb>;
  /** Fetch and extract a same-site page from inside the list tab; throws when that tab is gone or not ours to script. */
  fetchInList: (listTabId: number, url: string) => Promise<FetchedPage>;
  /** The capture path (extract → normalize → store) with the extract this item's reading gives. */
  capture: (item: BatchItem, extract: () => Promise<PageExtract>) => Promise<CaptureOutcome>;
  /** The normal in-page extractor, for items that are open tabs. */
  extractTab: (tabId: number) => Promise<PageExtract>;
  /**
   * A page whose fetched HTML holds no article may be written by script: read it in a background tab instead.
   * Null when the user granted no access to its site (nothing is opened then).
   */
  extractInBackgroundTab: (url: string) => Promise<PageExtract | null>;
  pauseMs: () => Promise<number>;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** After every change: the badge, the open pages. */
  changed: (items: BatchItem[], run: BatchRun) => void;
}

/** The loop wakes this often while it waits for a host, so that Pause and Cancel stop it within this time. */
const WAIT_SLICE_MS = 200;

export const LIST_TAB_GONE = 'the list page was closed or left: open it again and press Resume';

export function createBatchRunner(deps: RunnerDeps) {
  const hosts = new Map<string, HostState>();
  let loop: Promise<void> | null = null;

  async function report(): Promise<{ items: BatchItem[]; run: BatchRun }> {
    const db = await deps.db();
    const view = { items: await listBatchItems(db), run: await getBatchRun(db) };
    deps.changed(view.items, view.run);
    return view;
  }

  async function save(items: BatchItem[], run?: BatchRun): Promise<void> {
    const db = await deps.db();
    await putBatchItems(db, items);
    if (run) await setBatchRun(db, run);
  }

  /** Read one item: the list tab fetches it, or (an open tab) the normal injection reads it. */
  async function process(item: BatchItem, run: BatchRun): Promise<{ item: BatchItem; answer: HostAnswer } | 'list-tab-gone'> {
    const now = () => new Date(deps.now());
    if (item.tab_id !== null) {
      const outcome = await deps.capture(item, () => deps.extractTab(item.tab_id!));
      return { item: itemAfterCapture(item, outcome, now()), answer: { kind: 'ok' } };
    }
    if (run.tab_id === null) return 'list-tab-gone';
    let fetched: FetchedPage;
    try {
      fetched = await deps.fetchInList(run.tab_id, item.url);
    } catch {
      return 'list-tab-gone';
    }
    if (fetched.kind === 'page') {
      let outcome = await deps.capture(item, async () => fetched.extract);
      if (outcome.kind === 'no-article') {
        const rendered = await deps.extractInBackgroundTab(item.url).catch(() => null);
        if (rendered) outcome = await deps.capture(item, async () => rendered);
      }
      return { item: itemAfterCapture(item, outcome, now()), answer: { kind: 'ok' } };
    }
    if (fetched.kind === 'error') return { item: itemFailed(item, fetched.message, now()), answer: { kind: 'failed' } };
    const answer = answerForStatus(fetched.status, retryAfterMs(fetched.retryAfter, deps.now()));
    const reason = `HTTP ${fetched.status}${fetched.statusText ? ` ${fetched.statusText}` : ''}`;
    if (answer.kind === 'busy' && item.attempts + 1 < MAX_BUSY_ATTEMPTS) {
      // The site asked us to slow down: the item waits its turn again after the back-off.
      return { item: { ...item, status: 'queued', attempts: item.attempts + 1, reason: `${reason}: waiting` }, answer };
    }
    return { item: itemFailed(item, reason, now()), answer };
  }

  /** The next item whose host may be asked now, or how long until one may; null when nothing waits. */
  function pick(items: BatchItem[]): { item: BatchItem } | { waitMs: number } | null {
    let soonest = Infinity;
    for (const item of items) {
      if (item.status !== 'queued') continue;
      const readyAt = (hosts.get(hostKey(item.url)) ?? NEW_HOST).readyAt;
      if (readyAt <= deps.now()) return { item };
      soonest = Math.min(soonest, readyAt - deps.now());
    }
    return soonest === Infinity ? null : { waitMs: soonest };
  }

  async function runLoop(): Promise<void> {
    const db = await deps.db();
    await putBatchItems(db, requeueInterrupted(await listBatchItems(db)));
    for (;;) {
      const run = await getBatchRun(db);
      if (run.state !== 'running') break;
      const items = await listBatchItems(db);
      const stopped = items.filter((i) => i.status === 'queued' && hosts.get(hostKey(i.url))?.stoppedReason);
      if (stopped.length) {
        await save(stopped.map((i) => itemFailed(i, hosts.get(hostKey(i.url))!.stoppedReason!, new Date(deps.now()))));
        continue;
      }
      const next = pick(items);
      if (next === null) {
        await setBatchRun(db, { ...run, state: 'done', reason: null });
        break;
      }
      if ('waitMs' in next) {
        await deps.sleep(Math.min(next.waitMs, WAIT_SLICE_MS));
        continue;
      }
      const started = itemStarted(next.item, new Date(deps.now()));
      await save([started]);
      await report();
      const result = await process(started, run);
      if (result === 'list-tab-gone') {
        await save([next.item], { ...run, state: 'paused', reason: LIST_TAB_GONE });
        break;
      }
      const host = hostKey(next.item.url);
      hosts.set(host, hostAfter(hosts.get(host) ?? NEW_HOST, result.answer, deps.now(), await deps.pauseMs()));
      // A Pause or Cancel pressed while this item ran is in the run record now: keep it, write only the item.
      await save([result.item]);
      await report();
    }
    await report();
  }

  /** Start the loop unless it runs already in this worker. */
  function kick(): Promise<void> {
    loop ??= runLoop().finally(() => {
      loop = null;
    });
    return loop;
  }

  async function setRun(change: (run: BatchRun) => BatchRun) {
    const db = await deps.db();
    await setBatchRun(db, change(await getBatchRun(db)));
  }

  return {
    kick,
    report,
    /** A new selection: after a finished batch the list starts empty; while one runs, the items join it. */
    async start(selection: NewItem[], listTabId: number | null) {
      const db = await deps.db();
      const run = await getBatchRun(db);
      let items = await listBatchItems(db);
      if (!items.some((i) => i.status === 'queued' || i.status === 'running')) {
        await clearBatchItems(db);
        items = [];
        hosts.clear();
      }
      await save(itemsToEnqueue(items, selection, (url) => captureKeyUrl(url, null)), {
        state: 'running',
        tab_id: listTabId ?? run.tab_id,
        reason: null,
      });
      void kick();
      return report();
    },
    async pause() {
      await setRun((run) => (run.state === 'running' ? { ...run, state: 'paused', reason: null } : run));
      return report();
    },
    /** Resume; when the list page was lost, from the page the user resumes on (its activeTab grant is fresh). */
    async resume(listTabId: number | null) {
      await setRun((run) => ({
        state: 'running',
        tab_id: run.reason === LIST_TAB_GONE && listTabId !== null ? listTabId : run.tab_id,
        reason: null,
      }));
      void kick();
      return report();
    },
    async cancel() {
      await setRun((run) => ({ ...run, state: 'cancelled', reason: null }));
      const db = await deps.db();
      await putBatchItems(db, cancelWaiting(await listBatchItems(db), new Date(deps.now())));
      return report();
    },
    async retryFailed(listTabId: number | null) {
      const db = await deps.db();
      hosts.clear();
      await putBatchItems(db, retryFailed(await listBatchItems(db)));
      return this.resume(listTabId);
    },
  };
}

export type BatchRunner = ReturnType<typeof createBatchRunner>;

// Every message between the page script, the service worker and the extension pages: one typed union.
import type { ListScan } from './batch/collectLinks';
import type { ListLink } from './batch/links';
import type { BatchItem, BatchRun, NewItem } from './batch/queue';
import type { WaczSummary } from './bundle/wacz';
import type { CaptureRecord } from './model';

/** Why the browser will not let us read a page. */
export type RestrictedReason = 'browser-page' | 'web-store' | 'pdf-viewer' | 'file-access' | 'no-tab';

/** What a capture attempt came to; shown by the popup card and the toolbar badge. */
export type CaptureOutcome =
  | { kind: 'stored'; record: CaptureRecord; created: boolean; snapshotTooLarge?: boolean }
  | { kind: 'already-captured'; record: CaptureRecord }
  | { kind: 'no-article'; url: string }
  | { kind: 'restricted'; url: string; reason: RestrictedReason }
  | { kind: 'error'; url: string | null; code: CaptureErrorCode; message: string };

/**
 * storage-full: the browser refused to store more (nothing already stored is lost); page-failed: the page script
 * threw; no-reply: the popup's request went unanswered twice (the worker stopped while it waited).
 */
export type CaptureErrorCode = 'storage-full' | 'page-failed' | 'no-reply' | 'unknown';

export type Message =
  /**
   * popup → worker: the outcome for the popup's tab: the capture its toolbar click started, else a new capture;
   * update=true re-captures a known URL (same id, revisions + 1). The tab is always named: never "the active one".
   */
  | { type: 'capture-tab'; tabId: number; update?: boolean }
  /** worker → extension pages: the store changed, refresh what is shown. */
  | { type: 'captures-changed' }
  /** worker → popup: the record is stored, but its page was too large to keep the HTML snapshot (said after the card). */
  | { type: 'snapshot-too-large'; recordId: string }
  /** popup → worker: the article links of a list page (default: the active tab) and of its next pages. */
  | { type: 'batch-scan'; tabId?: number; maxPages: number }
  /** popup → worker: queue these pages; list items are fetched through `listTabId`, open tabs carry their tabId. */
  | { type: 'batch-start'; listTabId?: number; items: NewItem[] }
  /** popup / library → worker: a control pressed; resume and retry may name the list page opened again. */
  | { type: 'batch-control'; action: BatchAction; listTabId?: number }
  /** popup / library → worker: the queue as it is. */
  | { type: 'batch-status' }
  /** worker → extension pages: the queue changed. */
  | { type: 'batch-changed'; view: BatchView };

export type BatchAction = 'pause' | 'resume' | 'cancel' | 'retry-failed';

/** The queue as the pages show it. */
export interface BatchView {
  run: BatchRun;
  items: BatchItem[];
}

/** A list page's links, each marked when the library has it already. */
export type BatchScanReply =
  | (Omit<ListScan, 'links'> & { kind: 'scan'; pageUrl: string; links: (ListLink & { captured: boolean })[] })
  | { kind: 'error'; message: string };

/** A capture outcome as the worker last reported it, with the tab it came from (for Update from a reopened popup). */
export interface LastCapture {
  tabId: number;
  outcome: CaptureOutcome;
  at: string;
}

export type Reply<M extends Message> = M extends { type: 'capture-tab' }
  ? CaptureOutcome
  : M extends { type: 'batch-scan' }
    ? BatchScanReply
    : M extends { type: 'batch-start' | 'batch-control' | 'batch-status' }
      ? BatchView
      : void;

/**
 * library page ⇄ its WACZ export worker (a dedicated Worker, postMessage): the ids to archive in capture order, then
 * progress and the finished archive (a Blob crosses to the page by reference, not by copy).
 */
export type WaczWorkerRequest = { type: 'wacz-export'; ids: string[]; now: string };
export type WaczWorkerReply =
  | { type: 'wacz-progress'; done: number; total?: number }
  | { type: 'wacz-done'; blob: Blob; summary: WaczSummary }
  | { type: 'wacz-failed'; message: string };

/** Send a typed message to the service worker. */
export async function sendMessage<M extends Message>(message: M): Promise<Reply<M>> {
  return (await browser.runtime.sendMessage(message)) as Reply<M>;
}

import { sendMessage, type CaptureOutcome } from '../messages';
import type { PageExtract } from '../model';
import { loadSettings } from '../settings';
import { captureDbConnection } from '../store/connection';
import { BADGE_MS, badgeFor } from './badge';
import { startCapture, type CaptureRun } from './captureTab';
import { untilGranted } from './grant';
import { lastCaptureItem } from './lastCapture';
import { isInLibrary, LIBRARY_MARK, MARK_PERMISSIONS } from './libraryMark';

// Reopened when the database is deleted or its connection closed; the next capture recreates it.
const connection = captureDbConnection();

/** Inject the extractor into a tab and return what it read (also used by batch capture for open tabs). */
export async function runExtractor(tabId: number): Promise<PageExtract> {
  const [result] = await untilGranted(() => browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] }));
  if (!result || result.result == null) throw new Error('The page script returned nothing');
  return result.result as PageExtract;
}

/** The page's HTML, or only its length when it is over maxChars (the snapshot is then not kept). */
async function readSnapshot(tabId: number, maxChars: number): Promise<string | number> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (max: number) => {
      const html = document.documentElement.outerHTML;
      return html.length <= max ? html : html.length;
    },
    args: [maxChars],
  });
  if (result?.result == null) throw new Error('The page gave no HTML');
  return result.result as string | number;
}

/** Set in the worker when a capture's record is stored: what `npm run bench` reads as "stored". */
export const STORED_MARK = 'zhengwen:stored';

/**
 * Capture a tab with the real browser: used by the toolbar click, the popup's message, the shortcut and the context
 * menu. `stored` settles once the record is stored; the snapshot is kept after that, and a popup showing the record
 * hears of it only when the page was too large to keep.
 */
export function captureBrowserTab(tabId: number, url: string | undefined, update: boolean): CaptureRun {
  const run = startCapture(
    { tabId, url, update },
    {
      db: connection.get,
      runExtractor,
      readSnapshot,
      fileAccessAllowed: () => browser.extension.isAllowedFileSchemeAccess(),
      settings: loadSettings,
      now: () => new Date(),
    },
  );
  const stored = run.stored.then((outcome) => {
    if (outcome.kind === 'stored' || outcome.kind === 'already-captured') performance.mark(STORED_MARK, { detail: { url: outcome.record.url } });
    void reportCapture(tabId, outcome);
    return outcome;
  });
  const settled = Promise.all([stored, run.settled]).then(async ([outcome, settled]) => {
    if (settled === outcome) return settled; // no snapshot was read
    if (settled.kind === 'stored' && settled.snapshotTooLarge) await sendMessage({ type: 'snapshot-too-large', recordId: settled.record.id }).catch(() => {});
    await reportCapture(tabId, settled);
    return settled;
  });
  return { stored, settled };
}

/** The popup opened later shows the last outcome; open extension pages refresh their lists. */
async function reportCapture(tabId: number, outcome: CaptureOutcome): Promise<void> {
  await lastCaptureItem.setValue({ tabId, outcome: trimForSession(outcome), at: new Date().toISOString() });
  if (outcome.kind === 'stored') await sendMessage({ type: 'captures-changed' }).catch(() => {});
}

/** Session storage is small: keep the card's fields, not a whole long article twice. */
function trimForSession(outcome: CaptureOutcome): CaptureOutcome {
  if (outcome.kind !== 'stored' && outcome.kind !== 'already-captured') return outcome;
  const record = outcome.record;
  return { ...outcome, record: { ...record, text: record.text.slice(0, 2000), text_original: null } };
}

const POPUP_PATH = '/popup.html';

/** Whether this browser can open the action popup from the worker (Chrome 127+); else the popup captures itself. */
export function canOpenPopup(): boolean {
  return typeof browser.action.openPopup === 'function';
}

/**
 * Where the worker cannot open the popup, the toolbar button opens it as before the worker-first capture, and the
 * popup asks for the capture itself (today's path; the Firefox build declares it in its manifest).
 */
export async function usePopupOnClick(): Promise<void> {
  await browser.action.setPopup({ popup: POPUP_PATH });
}

/**
 * Shows the result card over the clicked tab while its capture runs. The button has no popup of its own (else
 * Chromium would open it instead of telling the worker about the click), so the tab gets one just for this opening.
 * Throws when the browser refuses (no focused window, an older browser).
 */
const POPUP_RETRY_MS = 150;

export async function openResultPopup(tab: { id: number; windowId?: number }): Promise<void> {
  // The popup learns its tab from its address: asking the browser for "the active tab" would race the next click.
  await browser.action.setPopup({ tabId: tab.id, popup: `${POPUP_PATH}?tab=${tab.id}` });
  const open = () => browser.action.openPopup(tab.windowId === undefined ? undefined : { windowId: tab.windowId });
  try {
    // Right after the browser or the worker starts, a first request can be refused while the window settles: once
    // more after a moment, then the caller falls back to the badge.
    await open().catch(() => new Promise((resolve) => setTimeout(resolve, POPUP_RETRY_MS)).then(open));
  } finally {
    await browser.action.setPopup({ tabId: tab.id, popup: '' }).catch(() => {});
  }
}

export async function showBadge(tabId: number, outcome: CaptureOutcome): Promise<void> {
  const { text, color } = badgeFor(outcome);
  await browser.action.setBadgeBackgroundColor({ tabId, color });
  await browser.action.setBadgeText({ tabId, text });
  setTimeout(() => void restingBadge(tabId).catch(() => {}), BADGE_MS);
}

/**
 * A tab's badge when no outcome is shown: the library mark where the user turned it on (and granted `tabs`) and
 * the tab's address is captured, else none.
 */
export async function restingBadge(tabId: number, url?: string): Promise<void> {
  const marked = (await markingOn()) && (await isInLibrary(await connection.get(), url ?? (await browser.tabs.get(tabId)).url));
  if (marked) await browser.action.setBadgeBackgroundColor({ tabId, color: LIBRARY_MARK.color });
  await browser.action.setBadgeText({ tabId, text: marked ? LIBRARY_MARK.text : '' });
}

export async function markingOn(): Promise<boolean> {
  return (await loadSettings()).markCapturedTabs && (await browser.permissions.contains(MARK_PERMISSIONS));
}

/** Marks every open tab at once, when the setting changes (tabs only get marked on navigation otherwise). */
export async function markAllTabs(): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) await restingBadge(tab.id, tab.url).catch(() => {});
  }
}

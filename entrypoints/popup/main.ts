import { lastCaptureItem } from '@/lib/capture/lastCapture';
import { askForOutcome } from '@/lib/capture/askWorker';
import { sendMessage, type CaptureOutcome, type Message } from '@/lib/messages';
import { countCaptures, listRecentCaptures } from '@/lib/store/captures';
import { deleteCaptures, restoreCaptures } from '@/lib/store/library';
import { openCaptureDb } from '@/lib/store/db';
import { renderCaptureCard, renderDeletedCard } from '@/lib/ui/captureCard';
import { renderCaptureList } from '@/lib/ui/captureList';
import { applyUiLocale } from '@/lib/ui/locale';
import { mountBatchSection } from './batch';

// The toolbar popup asks at once for the outcome of its tab: the capture the click already started in the worker
// (or, where the worker cannot open this popup, a capture it asks for now). It names the tab it was opened over.
// popup.html opened in a tab (a bookmark, a test) is not the toolbar popup: it shows the last outcome instead.
const isToolbarPopup = browser.extension.getViews({ type: 'popup' }).includes(window);
const popupTab = isToolbarPopup ? tabOfThisPopup() : null;
const firstCapture = popupTab?.then((tabId) => askForCapture(tabId, false)) ?? null;

/** Set once the card shows an outcome, at the next frame: what `npm run bench` reads as "card painted". */
const CARD_SHOWN_MARK = 'zhengwen:card-shown';

const $ = (id: string) => document.getElementById(id)!;
const dbPromise = openCaptureDb();
const search = $('search') as HTMLInputElement;

applyUiLocale(document);
$('recent-title').textContent = i18n.t('recentTitle');
$('open-library').textContent = i18n.t('openLibrary');
search.placeholder = i18n.t('searchPlaceholder');
// Export and import run in the library tab: a popup closes when it loses focus (a file chooser, a Save dialog).
$('export').textContent = i18n.t('popupExport');
$('import').textContent = i18n.t('popupImport');

/** The tab the card speaks of: the page under the toolbar button, or (opened as a tab) the last captured one. */
let cardTabId: number | undefined;
/** The outcome the card shows now. */
let shown: CaptureOutcome | null = null;

function showOutcome(outcome: CaptureOutcome | null) {
  shown = outcome;
  $('card').replaceChildren(
    renderCaptureCard(document, outcome, {
      onUpdate: () => void capture(true),
      onDelete: async (record) => {
        // The library's delete: copies of a deleted original are relinked, and Undo restores the links.
        const deleted = await deleteCaptures(await dbPromise, [record.id]);
        $('card').replaceChildren(
          renderDeletedCard(document, async () => {
            await restoreCaptures(await dbPromise, deleted);
            showOutcome({ kind: 'stored', record, created: true });
            await refreshList();
          }),
        );
        await refreshList();
      },
    }),
  );
}

/** The worker names the tab in the popup's address; the browser's own popup (fallback path) is over the active tab. */
async function tabOfThisPopup(): Promise<number> {
  const named = Number(new URLSearchParams(location.search).get('tab') ?? NaN);
  if (Number.isInteger(named)) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? -1;
}

function askForCapture(tabId: number, update: boolean): Promise<CaptureOutcome> {
  return askForOutcome(() => sendMessage({ type: 'capture-tab', tabId, update }));
}

async function capture(update: boolean) {
  showOutcome(null);
  showOutcome(await askForCapture(cardTabId ?? -1, update));
  await refreshList();
}

async function refreshList() {
  const db = await dbPromise;
  const [records, total] = await Promise.all([listRecentCaptures(db, { search: search.value, limit: 50 }), countCaptures(db)]);
  $('list').replaceChildren(renderCaptureList(document, records, search.value.trim() !== ''));
  $('total').textContent = i18n.t('totalCount', [total.toLocaleString()]);
  $('total').dataset.count = String(total);
}

async function start() {
  if (firstCapture) {
    showOutcome(null);
    cardTabId = await popupTab!;
    showOutcome(await firstCapture);
    requestAnimationFrame(() => performance.mark(CARD_SHOWN_MARK));
  } else {
    const last = await lastCaptureItem.getValue();
    cardTabId = last?.tabId;
    if (last) showOutcome(last.outcome);
  }
  await refreshList();
}

search.addEventListener('input', () => {
  void refreshList();
  const exportLink = $('export') as HTMLAnchorElement;
  exportLink.href = `/library.html?action=export${search.value.trim() ? `&q=${encodeURIComponent(search.value.trim())}` : ''}`;
});
browser.runtime.onMessage.addListener((message: Message) => {
  if (message.type === 'captures-changed') void refreshList();
  // The card is shown before the snapshot is kept: a page too large to keep is said once that is known.
  if (message.type === 'snapshot-too-large' && shown?.kind === 'stored' && shown.record.id === message.recordId) {
    showOutcome({ ...shown, snapshotTooLarge: true });
  }
});
void start();
mountBatchSection(dbPromise);

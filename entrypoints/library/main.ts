// Library page wiring: load captures, connect the table, filters, reader, keyboard and undo. Logic is in lib/library.
import { i18n } from '#i18n';
import { setCurrentLibraryView } from '@/lib/library/current';
import { formChanges } from '@/lib/library/edit';
import { NO_FILTER, filterChoices, type DuplicateFilter, type LibraryFilter } from '@/lib/library/query';
import { clickRow, toggleAll } from '@/lib/library/selection';
import { LibraryView } from '@/lib/library/view';
import type { Message } from '@/lib/messages';
import { onCapturesChanged, type CapturesChange } from '@/lib/store/changes';
import { getCapture, getPageHtml, listRecentCaptures } from '@/lib/store/captures';
import { captureDbConnection } from '@/lib/store/connection';
import { saveEdit } from '@/lib/store/edits';
import { deleteCaptures, loadAllCaptures, restoreCaptures, type DeletionBatch } from '@/lib/store/library';
import { el } from '@/lib/ui/dom';
import { applyUiLocale } from '@/lib/ui/locale';
import { renderTransferPanel } from '@/lib/ui/transferPanel';
import { Reader } from '@/lib/ui/reader';
import { renderCiteControl } from '@/lib/ui/citeControl';
import { CaptureTable } from '@/lib/ui/captureTable';
import { mountBatchQueue } from '@/lib/ui/batchMount';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

applyUiLocale(document);
document.title = i18n.t('libraryPageTitle');
$('heading').textContent = i18n.t('libraryHeading');
$<HTMLInputElement>('search').placeholder = i18n.t('librarySearchPlaceholder');
$('f-site-label').textContent = i18n.t('libraryFilterSite');
$('f-tag-label').textContent = i18n.t('libraryFilterTag');
$('f-published-label').textContent = i18n.t('libraryFilterPublished');
$('f-captured-label').textContent = i18n.t('libraryFilterCaptured');
for (const to of document.querySelectorAll('.to')) to.textContent = i18n.t('libraryFilterTo');
$('f-missing-date-label').textContent = i18n.t('libraryFilterMissingDate');
$('f-missing-author-label').textContent = i18n.t('libraryFilterMissingAuthor');
$('f-clear').textContent = i18n.t('libraryFilterClear');
$('group-back').textContent = i18n.t('libraryGroupBack');
$('toast-undo').textContent = i18n.t('libraryUndo');
$('keys').textContent = i18n.t('libraryKeys');
$('f-duplicates').replaceChildren(
  ...([['all', 'libraryDuplicatesAll'], ['only', 'libraryDuplicatesOnly'], ['hide', 'libraryDuplicatesHide']] as const).map(
    ([value, key]) => el(document, 'option', { value }, i18n.t(key)),
  ),
);

// The Traditional→Simplified dictionary is large: it loads after the first paint, and a search waits for it.
const converterModule = () => import('@/lib/normalize/script');
let toSimplified: (text: string) => string = (text) => text;
const view = new LibraryView((text) => toSimplified(text));
setCurrentLibraryView(view);
// Reopened when the database is deleted or closed under the page; what the page shows is then read again.
const connection = captureDbConnection(() => {
  toast(i18n.t('libraryReopened'), false);
  void reloadAll();
});
const undoStack: DeletionBatch[] = [];

const reader = new Reader($('reader'), {
  async save(shown, corrections, tags, note) {
    // Only what this form changed, against the record as stored now: another tab's save is not overwritten.
    const saved = await connection.run((db) => saveEdit(db, shown.id, formChanges(shown, corrections, tags, note)));
    if (saved) {
      notifyChanged();
      view.upsert([saved]);
      fillChoices();
      refresh();
      reader.show(saved, groupOf(saved.id));
    }
    return saved;
  },
  snapshot: (id) => connection.run((db) => getPageHtml(db, id)),
  writeText: (text) => navigator.clipboard.writeText(text),
  open: (id) => openReader(id),
  close: () => closeReader(),
});

const table = new CaptureTable(view, $('head'), $('viewport'), $('spacer'), $('rows'), {
  sort(key) {
    const descending = view.sort.key === key ? !view.sort.descending : key === 'captured' || key === 'published' || key === 'chars';
    view.setSort({ key, descending });
    refresh();
  },
  toggleAll() {
    view.selection = toggleAll(view.selection, view.shownIds());
    refresh();
  },
  select(id, shift) {
    view.selection = clickRow(view.selection, view.shownIds(), id, shift);
    refresh();
  },
  focusRow(index) {
    table.moveCursor(index);
  },
  open: (id) => openReader(id),
  showGroup(originalId) {
    view.setGroup(originalId);
    table.cursor = 0;
    $('viewport').scrollTop = 0;
    refresh();
  },
});

/** Tell the popup, which listens for runtime messages (other library tabs hear the store's own announcement). */
function notifyChanged(): void {
  const message: Message = { type: 'captures-changed' };
  void browser.runtime.sendMessage(message).catch(() => {});
}

function groupOf(id: string) {
  const group = view.groupFor(id);
  if (!group) return [];
  const saved = view.groupOf;
  view.setGroup(group.originalId);
  const members = view.shown();
  view.setGroup(saved);
  return members;
}

function openReader(id: string): void {
  const record = view.get(id);
  if (record) reader.show(record, groupOf(id));
}

function closeReader(): void {
  reader.hide();
  $('viewport').focus();
}

/** Redraw everything that depends on the view: count, filter menus, banner, delete button, rows. */
function refresh(): void {
  const shown = view.shown();
  $('count').textContent = i18n.t('libraryCount', view.size, [view.size.toLocaleString(), shown.length.toLocaleString()]);
  const deleteButton = $<HTMLButtonElement>('delete-selected');
  const selected = view.selection.ids.size;
  deleteButton.textContent = i18n.t('libraryDeleteSelected', [String(selected)]);
  deleteButton.disabled = selected === 0;
  const banner = $('group-banner');
  banner.hidden = view.groupOf === null;
  if (view.groupOf !== null) {
    const first = shown[0];
    $('group-text').textContent = i18n.t('libraryGroupBanner', [first?.title ?? i18n.t('libraryUntitled'), String(shown.length)]);
  }
  const empty = $('empty');
  empty.hidden = shown.length > 0;
  empty.textContent = view.size === 0 ? i18n.t('libraryEmpty') : i18n.t('libraryNoMatch');
  table.render();
}

function fillChoices(): void {
  const { sites, tags } = filterChoices(view.all());
  fillSelect($<HTMLSelectElement>('f-site'), sites, view.filter.site);
  fillSelect($<HTMLSelectElement>('f-tag'), tags, view.filter.tag);
}

function fillSelect(select: HTMLSelectElement, values: string[], chosen: string | null): void {
  select.replaceChildren(el(document, 'option', { value: '' }, i18n.t('libraryFilterAny')), ...values.map((v) => el(document, 'option', { value: v }, v)));
  select.value = chosen ?? '';
}

function readFilter(): LibraryFilter {
  const value = (id: string) => $<HTMLInputElement>(id).value || null;
  return {
    site: value('f-site'),
    tag: value('f-tag'),
    publishedFrom: value('f-pub-from'),
    publishedTo: value('f-pub-to'),
    capturedFrom: value('f-cap-from'),
    capturedTo: value('f-cap-to'),
    missingDate: $<HTMLInputElement>('f-missing-date').checked,
    missingAuthor: $<HTMLInputElement>('f-missing-author').checked,
    duplicates: $<HTMLSelectElement>('f-duplicates').value as DuplicateFilter,
  };
}

$('filters').addEventListener('input', () => {
  view.setFilter(readFilter());
  refresh();
});
$('filters').addEventListener('reset', () => {
  setTimeout(() => {
    view.setFilter({ ...NO_FILTER });
    refresh();
  });
});
$('group-back').addEventListener('click', () => {
  view.setGroup(null);
  refresh();
});

let searchTimer: ReturnType<typeof setTimeout> | undefined;
$('search').addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => void runSearch(), 60);
});

async function runSearch(): Promise<void> {
  toSimplified = (await converterModule()).toSimplified;
  const started = performance.now();
  view.setQuery($<HTMLInputElement>('search').value);
  table.cursor = 0;
  $('viewport').scrollTop = 0;
  refresh();
  const elapsed = Math.round(performance.now() - started);
  $('search-time').textContent = view.query.trim() ? i18n.t('librarySearchTime', [String(elapsed)]) : '';
  performance.mark('library-search-done', { detail: { query: view.query, elapsed } });
}

async function deleteIds(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const batch = await connection.run((db) => deleteCaptures(db, ids));
  undoStack.push(batch);
  notifyChanged();
  view.remove(batch.records.map((r) => r.id));
  view.upsert(await connection.run((db) => Promise.all(batch.relinked.map(async (r) => (await getCapture(db, r.id)) ?? r))));
  if (reader.openId && !view.get(reader.openId)) reader.hide();
  fillChoices();
  refresh();
  toast(i18n.t('libraryDeleted', [String(batch.records.length)]), true);
}

async function undoDelete(): Promise<void> {
  const batch = undoStack.pop();
  if (!batch) return;
  await connection.run((db) => restoreCaptures(db, batch));
  notifyChanged();
  const ids = [...batch.records, ...batch.relinked].map((r) => r.id);
  const restored = await connection.run((db) => Promise.all(ids.map((id) => getCapture(db, id))));
  view.upsert(restored.filter((r) => r !== undefined));
  fillChoices();
  refresh();
  toast(i18n.t('libraryRestored', [String(batch.records.length)]), undoStack.length > 0);
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;
function toast(text: string, undoable: boolean): void {
  $('toast-text').textContent = text;
  $('toast-undo').hidden = !undoable;
  $('toast').hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => ($('toast').hidden = true), 10_000);
}

$('delete-selected').addEventListener('click', () => void deleteIds(view.selectionOrShownIds()));
$('toast-undo').addEventListener('click', () => void undoDelete());

/** Ids the Delete key acts on: the checked rows, or the row under the cursor. */
function idsForDeleteKey(): string[] {
  if (view.selection.ids.size > 0) return view.selectionOrShownIds();
  const id = reader.openId ?? table.cursorId();
  return id ? [id] : [];
}

document.addEventListener('keydown', (e) => {
  if ($<HTMLDialogElement>('transfer-dialog').open) return; // the dialog has its own keys (Esc closes it)
  const typing = (e.target as HTMLElement).closest('input, textarea, select');
  if (e.key === 'Escape') {
    if (typing) (typing as HTMLElement).blur();
    else if (reader.openId) closeReader();
    else if (view.groupOf !== null) $('group-back').click();
    else if (view.selection.ids.size > 0) {
      view.selection = { ids: new Set(), anchor: null };
      refresh();
    }
    return;
  }
  if (typing || e.ctrlKey || e.metaKey || e.altKey) {
    if (!typing && (e.ctrlKey || e.metaKey) && e.key === 'z') void undoDelete();
    return;
  }
  const onButton = (e.target as HTMLElement).closest('button, a');
  switch (e.key) {
    case 'ArrowDown':
    case 'j':
      if (reader.openId) return;
      table.moveCursor(table.cursor + 1);
      break;
    case 'ArrowUp':
    case 'k':
      if (reader.openId) return;
      table.moveCursor(table.cursor - 1);
      break;
    case 'PageDown':
    case 'PageUp': {
      const page = Math.floor($('viewport').clientHeight / 32) - 1;
      table.moveCursor(table.cursor + (e.key === 'PageDown' ? page : -page));
      break;
    }
    case 'Home':
      table.moveCursor(0);
      break;
    case 'End':
      table.moveCursor(view.shown().length - 1);
      break;
    case 'Enter': {
      if (onButton) return;
      const id = table.cursorId();
      if (id) openReader(id);
      break;
    }
    case ' ': {
      if (onButton || reader.openId) return;
      const id = table.cursorId();
      if (id) {
        view.selection = clickRow(view.selection, view.shownIds(), id, e.shiftKey);
        refresh();
      }
      break;
    }
    case 'Delete':
    case 'Backspace':
      void deleteIds(idsForDeleteKey());
      break;
    case '/':
      $('search').focus();
      break;
    default:
      return;
  }
  e.preventDefault();
});

/** Export / import in a dialog, built when opened so that its counts are the library's at that moment. */
async function openTransfer(focus: 'export' | 'import'): Promise<void> {
  const panel = renderTransferPanel(document, {
    db: await connection.get(),
    allRecords: () => view.all(),
    shownIds: () => view.selectionOrShownIds(),
    downloads: browser.downloads,
    onImported: async () => {
      notifyChanged();
      await reloadAll();
    },
  });
  $('transfer-body').replaceChildren(panel);
  const dialog = $<HTMLDialogElement>('transfer-dialog');
  if (!dialog.open) dialog.showModal();
  panel.querySelector<HTMLElement>(focus === 'export' ? '[data-testid=export-start]' : '[data-testid=import-file]')?.focus();
}
/** The selected captures in table order: what Copy citation in the toolbar cites. */
const selectedRecords = () => view.shownIds().filter((id) => view.selection.ids.has(id)).map((id) => view.get(id)!);
$('cite-selection').replaceChildren(
  renderCiteControl(document, { records: selectedRecords, writeText: (text) => navigator.clipboard.writeText(text) }, 'selection-cite'),
);
$('open-export').textContent = i18n.t('popupExport');
$('open-import').textContent = i18n.t('popupImport');
$('transfer-close').textContent = i18n.t('libraryClose');
$('open-export').addEventListener('click', () => void openTransfer('export'));
$('open-import').addEventListener('click', () => void openTransfer('import'));

async function reloadAll(): Promise<void> {
  view.replaceAll(await connection.run((db) => loadAllCaptures(db)));
  fillChoices();
  refresh();
  reader.refresh(reader.openId ? view.get(reader.openId) : undefined, reader.openId ? groupOf(reader.openId) : []);
}

/** Another tab, the popup or the worker wrote: show the store as it is now (a few records, or all of them). */
async function applyChange(change: CapturesChange): Promise<void> {
  if ('all' in change) return reloadAll();
  const records = await connection.run((db) => Promise.all(change.ids.map((id) => getCapture(db, id))));
  view.remove(change.ids.filter((_, i) => !records[i]));
  view.upsert(records.filter((r) => r !== undefined));
  fillChoices();
  refresh();
  reader.refresh(reader.openId ? view.get(reader.openId) : undefined, reader.openId ? groupOf(reader.openId) : []);
}
onCapturesChanged((change) => void applyChange(change));

/** Resolves after the browser has painted what the DOM holds now. */
const afterPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done)));

async function start(): Promise<void> {
  $('count').textContent = i18n.t('libraryLoading');
  const db = await connection.get();
  // First paint: the newest screenful (the default order) from the captured_at index, then everything in slices.
  view.upsert(await listRecentCaptures(db, { limit: 60 }));
  refresh();
  $('count').textContent = i18n.t('libraryLoading');
  await afterPaint();
  performance.mark('library-first-rows');
  await loadAllCaptures(db, 300, (slice) => view.upsert(slice));
  fillChoices();
  refresh();
  await afterPaint();
  performance.mark('library-ready');
  $('viewport').focus();
  // Opened from the popup's Export… / Import… (library.html?action=export&q=…).
  const params = new URLSearchParams(location.search);
  if (params.get('q')) {
    $<HTMLInputElement>('search').value = params.get('q')!;
    await runSearch();
  }
  const action = params.get('action');
  if (action === 'export' || action === 'import') await openTransfer(action);
  // Load and build the Traditional→Simplified dictionary before the first search needs it.
  const { toSimplified: convert } = await converterModule();
  requestIdleCallback(() => {
    toSimplified = convert;
    convert('臺');
  });
}

start().catch((error: unknown) => {
  $('count').textContent = i18n.t('libraryLoadError', [error instanceof Error ? error.message : String(error)]);
});

// The batch queue, as the popup shows it (hidden while there is none).
mountBatchQueue($('batch-queue'), () => undefined);

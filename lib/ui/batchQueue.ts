// The batch queue panel, the same in the popup and the library page: progress, controls, items, summary.
import { i18n } from '#i18n';
import { countByStatus, type BatchItem, type ItemStatus } from '../batch/queue';
import type { BatchAction, BatchView } from '../messages';
import { el } from './dom';

export interface QueueActions {
  onControl: (action: BatchAction) => void;
  onCopySummary: () => void;
  onSaveCsv: () => void;
}

const STATUS_TEXT: Record<ItemStatus, () => string> = {
  queued: () => i18n.t('batchStatusQueued'),
  running: () => i18n.t('batchStatusRunning'),
  stored: () => i18n.t('batchStatusStored'),
  updated: () => i18n.t('batchStatusUpdated'),
  'already-captured': () => i18n.t('batchStatusAlready'),
  'no-article': () => i18n.t('batchStatusNoArticle'),
  failed: () => i18n.t('batchStatusFailed'),
  cancelled: () => i18n.t('batchStatusCancelled'),
};

const STATE_TEXT: Record<BatchView['run']['state'], () => string> = {
  idle: () => i18n.t('batchStateIdle'),
  running: () => i18n.t('batchStateRunning'),
  paused: () => i18n.t('batchStatePaused'),
  cancelled: () => i18n.t('batchStateCancelled'),
  done: () => i18n.t('batchStateDone'),
};

/** The summary line a person copies: counts by outcome. */
export function summaryLine(items: readonly BatchItem[]): string {
  const c = countByStatus(items);
  return i18n.t('batchSummary', [String(c.stored + c.updated), String(c['already-captured']), String(c['no-article']), String(c.failed), String(c.cancelled)]);
}

/** The summary as text to copy: the counts, then one line per item that was not stored, with its reason. */
export function summaryText(items: readonly BatchItem[]): string {
  const lines = items.map((i) => `${STATUS_TEXT[i.status]()}\t${i.url}${i.reason ? `\t${i.reason}` : ''}`);
  return [summaryLine(items), ...lines].join('\n');
}

function controls(doc: Document, view: BatchView, actions: QueueActions): HTMLElement {
  const { state } = view.run;
  const c = countByStatus(view.items);
  const button = (action: BatchAction, label: string, enabled: boolean) => {
    const b = el(doc, 'button', { type: 'button', 'data-action': action }, label);
    b.disabled = !enabled;
    b.addEventListener('click', () => actions.onControl(action));
    return b;
  };
  const waiting = c.queued + c.running > 0;
  return el(
    doc,
    'div',
    { class: 'actions batch-controls' },
    button('pause', i18n.t('batchPause'), state === 'running'),
    button('resume', i18n.t('batchResume'), state === 'paused' && waiting),
    button('cancel', i18n.t('batchCancel'), (state === 'running' || state === 'paused') && waiting),
    button('retry-failed', i18n.t('batchRetryFailed'), c.failed > 0 && state !== 'running'),
  );
}

function itemRow(doc: Document, item: BatchItem): HTMLElement {
  return el(
    doc,
    'li',
    { 'data-status': item.status, 'data-url': item.url },
    el(doc, 'span', { class: `status status-${item.status}` }, STATUS_TEXT[item.status]()),
    el(doc, 'span', { class: 'title', title: item.url }, item.title || item.url),
    item.reason ? el(doc, 'span', { class: 'reason' }, item.reason) : null,
  );
}

export function renderBatchQueue(doc: Document, view: BatchView, actions: QueueActions): HTMLElement {
  const c = countByStatus(view.items);
  const done = c.total - c.queued - c.running;
  const current = view.items.find((i) => i.status === 'running');
  const panel = el(doc, 'section', { class: 'batch-queue', 'data-testid': 'batch-queue', 'data-state': view.run.state, 'aria-label': i18n.t('batchHeading') });
  const progress = el(doc, 'progress', { max: String(Math.max(1, c.total)), value: String(done) });
  const parts = [
    el(doc, 'p', { class: 'batch-progress', 'data-testid': 'batch-progress' }, `${STATE_TEXT[view.run.state]()} · ${i18n.t('batchProgress', [String(done), String(c.total)])}`),
    progress,
    current ? el(doc, 'p', { class: 'batch-current', 'data-testid': 'batch-current' }, current.title || current.url) : null,
    view.run.reason ? el(doc, 'p', { class: 'message', role: 'alert' }, view.run.reason) : null,
    controls(doc, view, actions),
    done > 0 ? summary(doc, view.items, actions) : null,
    el(doc, 'ol', { class: 'batch-items', 'data-testid': 'batch-items' }, ...view.items.map((i) => itemRow(doc, i))),
  ];
  panel.append(...parts.filter((p): p is HTMLElement => p !== null));
  return panel;
}

/** The counts so far, with Copy summary and Save CSV: above the items, so a long batch needs no scrolling. */
function summary(doc: Document, items: readonly BatchItem[], actions: QueueActions): HTMLElement {
  const copy = el(doc, 'button', { type: 'button' }, i18n.t('batchCopySummary'));
  copy.addEventListener('click', actions.onCopySummary);
  const csv = el(doc, 'button', { type: 'button' }, i18n.t('batchSaveCsv'));
  csv.addEventListener('click', actions.onSaveCsv);
  return el(doc, 'div', { class: 'actions batch-summary-row' }, el(doc, 'span', { class: 'batch-summary', 'data-testid': 'batch-summary' }, summaryLine(items)), copy, csv);
}

import { i18n } from '#i18n';
import type { CaptureOutcome, RestrictedReason } from '../messages';
import type { CaptureRecord } from '../model';
import { el, formatLocalTime, formatPublished } from './dom';

export type CardState = CaptureOutcome['kind'] | 'working';

export interface CardActions {
  onDelete?: (record: CaptureRecord) => void;
  onUpdate?: () => void;
}

const RESTRICTED_TEXT: Record<RestrictedReason, () => string> = {
  'browser-page': () => i18n.t('restrictedBrowserPage'),
  'web-store': () => i18n.t('restrictedWebStore'),
  'pdf-viewer': () => i18n.t('restrictedPdfViewer'),
  'file-access': () => i18n.t('restrictedFileAccess'),
  'no-tab': () => i18n.t('restrictedNoTab'),
};

/** The result card at the top of the popup: what was captured, or why nothing was. */
export function renderCaptureCard(doc: Document, outcome: CaptureOutcome | null, actions: CardActions = {}): HTMLElement {
  const state: CardState = outcome?.kind ?? 'working';
  const card = el(doc, 'section', { 'data-testid': 'capture-card', 'data-state': state, class: `card card-${state}` });
  if (!outcome) {
    card.append(el(doc, 'p', { 'data-testid': 'card-message', class: 'message' }, i18n.t('popupCapturing')));
    return card;
  }
  switch (outcome.kind) {
    case 'stored':
      card.append(
        heading(doc, outcome.created ? i18n.t('popupStored') : i18n.t('popupUpdated', [String(outcome.record.revisions)])),
        ...recordDetails(doc, outcome.record),
        ...(outcome.snapshotTooLarge ? [message(doc, i18n.t('popupSnapshotTooLarge'))] : []),
        buttons(doc, deleteButton(doc, outcome.record, actions)),
      );
      break;
    case 'already-captured':
      card.append(
        heading(doc, i18n.t('popupAlready', [formatLocalTime(outcome.record.captured_at)])),
        ...recordDetails(doc, outcome.record),
        buttons(doc, updateButton(doc, actions), deleteButton(doc, outcome.record, actions)),
      );
      break;
    case 'no-article':
      card.append(heading(doc, i18n.t('popupNoArticle')), message(doc, i18n.t('popupNoArticleHint')));
      break;
    case 'restricted':
      card.append(heading(doc, i18n.t('popupRestricted')), message(doc, RESTRICTED_TEXT[outcome.reason]()));
      break;
    case 'error':
      card.append(heading(doc, i18n.t('popupError')), message(doc, errorText(outcome)));
      break;
  }
  return card;
}

function errorText(outcome: Extract<CaptureOutcome, { kind: 'error' }>): string {
  if (outcome.code === 'storage-full') return i18n.t('errorStorageFull');
  if (outcome.code === 'page-failed') return i18n.t('errorPageFailed', [outcome.message]);
  if (outcome.code === 'no-reply') return i18n.t('errorNoReply');
  return i18n.t('errorUnknown', [outcome.message]);
}

function heading(doc: Document, text: string) {
  return el(doc, 'p', { class: 'status', 'data-testid': 'card-status' }, text);
}

function message(doc: Document, text: string) {
  return el(doc, 'p', { 'data-testid': 'card-message', class: 'message' }, text);
}

function recordDetails(doc: Document, record: CaptureRecord): HTMLElement[] {
  const field = (testid: string, label: string, value: string | null) =>
    el(doc, 'span', { 'data-testid': testid, class: value ? 'field' : 'field missing' }, label ? `${label} ` : '', value ?? '—');
  return [
    el(doc, 'h2', { 'data-testid': 'card-title', class: 'title' }, record.title ?? record.url),
    el(
      doc,
      'p',
      { class: 'meta' },
      field('card-site', '', record.site_name),
      field('card-date', i18n.t('labelPublished'), formatPublished(record.published_at) || null),
    ),
    el(
      doc,
      'p',
      { class: 'meta' },
      field('card-source', i18n.t('labelSource'), record.source),
      field('card-author', i18n.t('labelAuthor'), record.author),
      el(doc, 'span', { 'data-testid': 'card-chars', class: 'field' }, i18n.t('charsCount', [record.chars.toLocaleString()])),
    ),
    el(doc, 'p', { 'data-testid': 'card-excerpt', class: 'excerpt' }, firstLines(record.text, 3)),
  ];
}

/** The first lines of the body, for a glance at what was kept. */
export function firstLines(text: string, count: number): string {
  return text.split('\n').filter(Boolean).slice(0, count).join('\n');
}

function buttons(doc: Document, ...children: HTMLElement[]) {
  return el(doc, 'div', { class: 'actions' }, ...children);
}

function deleteButton(doc: Document, record: CaptureRecord, actions: CardActions) {
  const button = el(doc, 'button', { type: 'button', 'data-testid': 'delete', class: 'danger' }, i18n.t('buttonDelete'));
  button.addEventListener('click', () => actions.onDelete?.(record));
  return button;
}

function updateButton(doc: Document, actions: CardActions) {
  const button = el(doc, 'button', { type: 'button', 'data-testid': 'update', class: 'primary' }, i18n.t('buttonUpdate'));
  button.addEventListener('click', () => actions.onUpdate?.());
  return button;
}

/** After Delete: the card offers Undo until the popup closes. */
export function renderDeletedCard(doc: Document, onUndo: () => void): HTMLElement {
  const undo = el(doc, 'button', { type: 'button', 'data-testid': 'undo', class: 'primary' }, i18n.t('buttonUndo'));
  undo.addEventListener('click', onUndo);
  return el(
    doc,
    'section',
    { 'data-testid': 'capture-card', 'data-state': 'deleted', class: 'card card-deleted' },
    message(doc, i18n.t('popupDeleted')),
    buttons(doc, undo),
  );
}

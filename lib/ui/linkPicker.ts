// The list of pages a batch would capture, to tick and untick before Start: a list page's article links (already
// captured ones marked and unticked) or the window's tabs.
import { i18n } from '#i18n';
import type { NewItem } from '../batch/queue';
import { el } from './dom';

export interface PickerEntry extends NewItem {
  captured: boolean;
}

export interface PickerOptions {
  /** A line under the heading (why a permission will be asked, where following the list stopped). */
  note?: string;
  /** A checkbox beside Start; its state is passed to onStart. */
  option?: string;
}

export function renderLinkPicker(
  doc: Document,
  entries: readonly PickerEntry[],
  heading: string,
  onStart: (items: NewItem[], optionChecked: boolean) => void,
  { note, option }: PickerOptions = {},
): HTMLElement {
  const boxes: { box: HTMLInputElement; entry: PickerEntry }[] = [];
  const list = el(doc, 'ol', { class: 'batch-links', 'data-testid': 'batch-links' });
  for (const entry of entries) {
    const box = el(doc, 'input', { type: 'checkbox' });
    box.checked = !entry.captured;
    boxes.push({ box, entry });
    list.append(
      el(
        doc,
        'li',
        { 'data-url': entry.url, ...(entry.captured ? { 'data-captured': '' } : {}) },
        el(doc, 'label', {}, box, ' ', el(doc, 'span', { class: 'title', title: entry.url }, entry.title || entry.url)),
        entry.date ? el(doc, 'span', { class: 'date' }, entry.date) : null,
        entry.captured ? el(doc, 'span', { class: 'captured' }, i18n.t('batchAlreadyCaptured')) : null,
      ),
    );
  }
  const all = el(doc, 'button', { type: 'button' }, i18n.t('batchSelectAll'));
  const none = el(doc, 'button', { type: 'button' }, i18n.t('batchSelectNone'));
  const start = el(doc, 'button', { type: 'button', class: 'primary' }, i18n.t('batchStart'));
  const setAll = (checked: boolean) => boxes.forEach(({ box }) => (box.checked = checked));
  all.addEventListener('click', () => setAll(true));
  none.addEventListener('click', () => setAll(false));
  const optionBox = option ? el(doc, 'input', { type: 'checkbox' }) : null;
  start.addEventListener('click', () =>
    onStart(
      boxes.filter(({ box }) => box.checked).map(({ entry }) => ({ url: entry.url, title: entry.title, date: entry.date, tabId: entry.tabId })),
      optionBox?.checked ?? false,
    ),
  );
  return el(
    doc,
    'div',
    { class: 'batch-picker', 'data-testid': 'batch-picker' },
    el(doc, 'p', { class: 'batch-found' }, heading),
    note ? el(doc, 'p', { class: 'message' }, note) : null,
    list,
    optionBox ? el(doc, 'label', { class: 'batch-option' }, optionBox, ' ', option!) : null,
    el(doc, 'div', { class: 'actions' }, all, none, start),
  );
}

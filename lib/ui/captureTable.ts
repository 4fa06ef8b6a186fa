// The virtualized capture table: a fixed header and only the rows in view in the DOM.
import { i18n } from '#i18n';
import { correctedFields } from '../library/edit';
import { siteOf, type SortKey, type SortOrder } from '../library/query';
import { rowWindow, scrollToRow } from '../library/virtual';
import type { LibraryView } from '../library/view';
import type { CaptureRecord } from '../model';
import { el, formatPublished } from './dom';

export const ROW_HEIGHT = 32;
const OVERSCAN = 8;

// One formatter each: building an Intl formatter per cell (toLocaleString) costs more than the rest of a row.
// Capture times read like the publish dates beside them: 2026-11-22 19:56, local time (the sv-SE pattern).
const capturedFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' });
const countFormat = new Intl.NumberFormat();

const COLUMNS: { key: SortKey; label: () => string; cell: (r: CaptureRecord) => string }[] = [
  { key: 'title', label: () => i18n.t('libraryColTitle'), cell: (r) => r.title ?? i18n.t('libraryUntitled') },
  { key: 'site', label: () => i18n.t('libraryColSite'), cell: siteOf },
  { key: 'column', label: () => i18n.t('libraryColColumn'), cell: (r) => r.column ?? '' },
  { key: 'published', label: () => i18n.t('libraryColPublished'), cell: (r) => formatPublished(r.published_at) },
  { key: 'source', label: () => i18n.t('libraryColSource'), cell: (r) => r.source ?? '' },
  { key: 'author', label: () => i18n.t('libraryColAuthor'), cell: (r) => r.author ?? '' },
  { key: 'chars', label: () => i18n.t('libraryColChars'), cell: (r) => countFormat.format(r.chars) },
  { key: 'captured', label: () => i18n.t('libraryColCaptured'), cell: (r) => capturedFormat.format(new Date(r.captured_at)) },
];

export interface TableEvents {
  sort(key: SortKey): void;
  toggleAll(): void;
  select(id: string, shift: boolean): void;
  focusRow(index: number): void;
  open(id: string): void;
  showGroup(originalId: string): void;
}

export class CaptureTable {
  /** Index of the keyboard cursor in the shown rows. */
  cursor = 0;
  private shown: CaptureRecord[] = [];
  /** The rows in the DOM, as "first:end"; a scroll inside the overscan changes nothing. */
  private painted = '';
  /** Row elements by the index they show; a scroll fills only the rows that came into the window. */
  private rowAt = new Map<number, HTMLElement>();
  /** Row elements whose index left the window, to be refilled. */
  private spare: HTMLElement[] = [];
  private readonly doc: Document;
  private selectAllBox!: HTMLInputElement;

  constructor(
    private readonly view: LibraryView,
    private readonly head: HTMLElement,
    private readonly viewport: HTMLElement,
    private readonly spacer: HTMLElement,
    private readonly rows: HTMLElement,
    private readonly events: TableEvents,
  ) {
    this.doc = head.ownerDocument;
    viewport.addEventListener('scroll', () => this.paintRows(), { passive: true });
    new ResizeObserver(() => this.paintRows()).observe(viewport);
    rows.addEventListener('click', (e) => this.onRowClick(e));
    rows.addEventListener('dblclick', (e) => {
      const id = (e.target as HTMLElement).closest<HTMLElement>('[data-id]')?.dataset.id;
      if (id) events.open(id);
    });
  }

  /** Rebuild the header (sort marks) and the rows for the view's current shown list. */
  render(): void {
    this.shown = this.view.shown();
    this.cursor = Math.min(this.cursor, Math.max(0, this.shown.length - 1));
    this.paintHead(this.view.sort);
    // The header lines up with the rows, whose viewport has a scrollbar beside them.
    this.head.style.paddingRight = `${this.viewport.offsetWidth - this.viewport.clientWidth}px`;
    this.spacer.style.height = `${this.shown.length * ROW_HEIGHT}px`;
    this.repaintAll();
  }

  cursorId(): string | null {
    return this.shown[this.cursor]?.id ?? null;
  }

  moveCursor(to: number): void {
    if (this.shown.length === 0) return;
    this.cursor = Math.max(0, Math.min(this.shown.length - 1, to));
    const top = scrollToRow(this.cursor, this.viewport.scrollTop, this.viewport.clientHeight, ROW_HEIGHT);
    if (top !== null) this.viewport.scrollTop = top;
    this.repaintAll();
  }

  private paintHead(sort: SortOrder): void {
    this.selectAllBox = el(this.doc, 'input', { type: 'checkbox', 'aria-label': i18n.t('librarySelectAll'), 'data-testid': 'select-all' });
    const shownIds = this.shown.map((r) => r.id);
    this.selectAllBox.checked = shownIds.length > 0 && shownIds.every((id) => this.view.selection.ids.has(id));
    this.selectAllBox.addEventListener('change', () => this.events.toggleAll());
    const cells = COLUMNS.map((column) => {
      const active = sort.key === column.key;
      const button = el(this.doc, 'button', { type: 'button', class: 'sort', 'data-sort': column.key }, column.label(), active ? (sort.descending ? ' ▼' : ' ▲') : '');
      button.addEventListener('click', () => this.events.sort(column.key));
      return el(this.doc, 'div', { role: 'columnheader', class: `cell c-${column.key}`, 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : 'none' }, button);
    });
    this.head.replaceChildren(el(this.doc, 'div', { class: 'cell c-check' }, this.selectAllBox), ...cells);
  }

  /** Refill every row in the window (the rows shown, the cursor or the selection changed). */
  private repaintAll(): void {
    this.spare.push(...this.rowAt.values());
    this.rowAt.clear();
    this.painted = '';
    this.paintRows();
  }

  paintRows(): void {
    const win = rowWindow({
      scrollTop: this.viewport.scrollTop,
      viewportHeight: this.viewport.clientHeight,
      rowHeight: ROW_HEIGHT,
      rowCount: this.shown.length,
      overscan: OVERSCAN,
    });
    const key = `${win.first}:${win.end}`;
    if (key === this.painted) return;
    this.painted = key;
    // Rows that stay in the window keep their element and content; elements of rows that left are refilled
    // for the rows that came in. Each row sits at its own offset, so nothing else moves.
    for (const [index, row] of this.rowAt) {
      if (index < win.first || index >= win.end) {
        this.rowAt.delete(index);
        this.spare.push(row);
      }
    }
    for (let index = win.first; index < win.end; index++) {
      if (this.rowAt.has(index)) continue;
      const row = this.spare.pop() ?? this.rows.appendChild(this.emptyRow());
      this.fillRow(row, this.shown[index], index);
      row.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
      this.rowAt.set(index, row);
    }
    for (const row of this.spare.splice(0)) row.remove();
  }

  private emptyRow(): HTMLElement {
    const box = el(this.doc, 'input', { type: 'checkbox', 'data-action': 'select', 'aria-label': i18n.t('librarySelectRow') });
    const row = el(this.doc, 'div', { role: 'row', class: 'row' }, el(this.doc, 'div', { class: 'cell c-check' }, box));
    for (const column of COLUMNS) row.append(el(this.doc, 'div', { role: 'gridcell', class: `cell c-${column.key}` }));
    return row;
  }

  private fillRow(row: HTMLElement, record: CaptureRecord, index: number): void {
    const selected = this.view.selection.ids.has(record.id);
    row.className = `row${index === this.cursor ? ' cursor' : ''}${selected ? ' selected' : ''}`;
    row.dataset.id = record.id;
    row.setAttribute('aria-rowindex', String(index + 1));
    (row.firstElementChild!.firstElementChild as HTMLInputElement).checked = selected;
    COLUMNS.forEach((column, c) => {
      const cell = row.children[c + 1] as HTMLElement;
      const text = column.cell(record);
      cell.title = text;
      if (column.key === 'title') {
        cell.replaceChildren();
        this.fillTitle(cell, record, text);
      } else if (cell.textContent !== text) {
        cell.textContent = text;
      }
    });
  }

  private fillTitle(cell: HTMLElement, record: CaptureRecord, text: string): void {
    cell.append(el(this.doc, 'span', { class: 'title-text', 'data-action': 'open' }, text));
    if (correctedFields(record).length > 0) cell.append(el(this.doc, 'span', { class: 'mark', title: i18n.t('libraryCorrected') }, '✎'));
    const group = this.view.groupFor(record.id);
    if (group) {
      const badge = el(this.doc, 'button', {
        type: 'button',
        class: `badge${record.near_duplicate_of === null ? ' original' : ''}`,
        'data-action': 'group',
        'data-original': group.originalId,
        title: i18n.t('libraryGroupBadgeTitle', [String(group.size)]),
      }, i18n.t('libraryGroupBadge', [String(group.size)]));
      cell.prepend(badge);
    }
  }

  private onRowClick(e: MouseEvent): void {
    const target = e.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-id]');
    if (!row) return;
    const id = row.dataset.id!;
    const index = Number(row.getAttribute('aria-rowindex')) - 1;
    switch (target.closest<HTMLElement>('[data-action]')?.dataset.action) {
      case 'select':
        this.events.select(id, e.shiftKey);
        break;
      case 'group':
        this.events.showGroup(target.closest<HTMLElement>('[data-original]')!.dataset.original!);
        break;
      case 'open':
        this.cursor = index;
        this.events.open(id);
        break;
      default:
        this.events.focusRow(index);
    }
  }
}

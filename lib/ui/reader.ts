// The reading view: clean text as text, metadata to correct beside it, the snapshot only in a sandboxed frame.
import { i18n } from '#i18n';
import { checkPublishedAt } from '../library/dates';
import { formatTags, parseTags, type Corrections } from '../library/edit';
import { paragraphRun } from '../library/paragraphs';
import { siteOf } from '../library/query';
import { EDITABLE_FIELDS, type CaptureRecord, type EditableField } from '../model';
import { renderCiteControl } from './citeControl';
import { el, formatLocalTime, formatPublished } from './dom';

export interface ReaderActions {
  /** `shown` is the record the form was filled from: only what differs from it is a change to save. */
  save(shown: CaptureRecord, corrections: Corrections, tags: string[], note: string): Promise<CaptureRecord | null>;
  snapshot(id: string): Promise<string | null>;
  /** Put a citation on the clipboard. */
  writeText(text: string): Promise<void>;
  open(id: string): void;
  close(): void;
}

const FIELD_LABEL: Record<EditableField, () => string> = {
  title: () => i18n.t('libraryColTitle'),
  published_at: () => i18n.t('libraryColPublished'),
  source: () => i18n.t('libraryColSource'),
  author: () => i18n.t('libraryColAuthor'),
  editor: () => i18n.t('libraryColEditor'),
  column: () => i18n.t('libraryColColumn'),
};

/** The snapshot may not run scripts (sandbox) nor fetch anything (this policy is its first element). */
const SNAPSHOT_POLICY =
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:">`;

/**
 * Characters of paragraphs laid out at a time: a long article at once, a huge record (85,000 paragraphs in 50 MB)
 * a run at a time as the reader scrolls, since laying it all out kept the reader from opening for seconds.
 */
const PARAGRAPHS_AT_ONCE = 20_000;

export class Reader {
  private readonly doc: Document;
  private record: CaptureRecord | null = null;
  /** Watches the end of the text shown, to lay out the next run of paragraphs. */
  private moreText: IntersectionObserver | null = null;

  constructor(private readonly root: HTMLElement, private readonly actions: ReaderActions) {
    this.doc = root.ownerDocument;
  }

  get openId(): string | null {
    return this.root.hidden ? null : this.record?.id ?? null;
  }

  show(record: CaptureRecord, group: CaptureRecord[]): void {
    this.record = record;
    this.root.hidden = false;
    this.root.replaceChildren(this.header(record), el(this.doc, 'div', { class: 'reader-body' }, this.textPane(record), this.side(record, group)));
    this.root.querySelector<HTMLElement>('.close')?.focus();
  }

  /**
   * After the store changed elsewhere: close if the capture was deleted, show it again if it was re-captured.
   * Anything else leaves the form alone, so that a capture in another tab does not wipe what is being typed.
   */
  refresh(record: CaptureRecord | undefined, group: CaptureRecord[]): void {
    if (this.root.hidden || !this.record) return;
    if (!record) this.hide();
    else if (record.revisions !== this.record.revisions) this.show(record, group);
  }

  hide(): void {
    this.moreText?.disconnect();
    this.root.hidden = true;
    this.root.replaceChildren();
    this.record = null;
  }

  private header(record: CaptureRecord): HTMLElement {
    const close = el(this.doc, 'button', { type: 'button', class: 'close', 'data-testid': 'reader-close', title: i18n.t('libraryClose') }, '✕');
    close.addEventListener('click', () => this.actions.close());
    const original = el(this.doc, 'a', { href: record.url, target: '_blank', rel: 'noopener noreferrer' }, i18n.t('libraryOpenOriginal'));
    const tools = el(this.doc, 'div', { class: 'reader-tools' }, original);
    if (record.has_html) tools.append(this.snapshotButtons(record));
    else tools.append(el(this.doc, 'span', { class: 'muted' }, i18n.t('libraryNoSnapshot')));
    tools.append(renderCiteControl(this.doc, { records: () => [record], writeText: this.actions.writeText }, 'reader-cite'));
    const headings = [record.pretitle, record.title ?? i18n.t('libraryUntitled'), record.subtitle];
    return el(this.doc, 'header', { class: 'reader-head' },
      el(this.doc, 'div', { class: 'reader-titles' },
        ...headings.map((text, i) => (text ? el(this.doc, i === 1 ? 'h2' : 'p', { class: i === 1 ? 'reader-title' : 'subtitle' }, text) : null))),
      tools, close);
  }

  private snapshotButtons(record: CaptureRecord): HTMLElement {
    const view = el(this.doc, 'button', { type: 'button', 'data-testid': 'view-snapshot' }, i18n.t('libraryViewSnapshot'));
    const download = el(this.doc, 'button', { type: 'button' }, i18n.t('libraryDownloadSnapshot'));
    view.addEventListener('click', async () => {
      const pane = this.root.querySelector<HTMLElement>('.text-pane')!;
      if (pane.dataset.mode === 'snapshot') {
        pane.replaceWith(this.textPane(record));
        view.textContent = i18n.t('libraryViewSnapshot');
        return;
      }
      const html = await this.actions.snapshot(record.id);
      if (html === null) return;
      this.moreText?.disconnect();
      const frame = el(this.doc, 'iframe', { sandbox: '', class: 'snapshot', title: i18n.t('libraryViewSnapshot') });
      frame.srcdoc = SNAPSHOT_POLICY + html;
      pane.replaceChildren(el(this.doc, 'p', { class: 'muted' }, i18n.t('librarySnapshotNote')), frame);
      pane.dataset.mode = 'snapshot';
      view.textContent = i18n.t('libraryShowText');
    });
    download.addEventListener('click', async () => {
      const html = await this.actions.snapshot(record.id);
      if (html === null) return;
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      const link = el(this.doc, 'a', { href: url, download: `zhengwen-${record.id}.html` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });
    return el(this.doc, 'span', { class: 'snapshot-tools' }, view, download);
  }

  /** The text, one paragraph a line, as text: the first run now, the next ones as the reader scrolls to them. */
  private textPane(record: CaptureRecord): HTMLElement {
    this.moreText?.disconnect();
    const pane = el(this.doc, 'article', { class: 'text-pane', 'data-mode': 'text', 'data-testid': 'reader-text', lang: 'zh-CN' });
    const end = el(this.doc, 'div', { class: 'more-text muted', 'data-testid': 'reader-more', 'aria-hidden': 'true' }, '…');
    pane.append(end);
    let from: number | null = 0;
    const showNextRun = () => {
      if (from === null) return;
      const run = paragraphRun(record.text, from, PARAGRAPHS_AT_ONCE);
      from = run.next;
      end.before(...run.lines.map((line) => el(this.doc, 'p', {}, line)));
      if (from === null) end.remove();
    };
    showNextRun();
    if (from === null) return pane;
    // Within a screen of the end of what is shown, the next run is laid out; observing the end anew reports it
    // again when one run did not move it out of reach.
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        showNextRun();
        observer.unobserve(end);
        if (from === null) observer.disconnect();
        else observer.observe(end);
      },
      { root: pane, rootMargin: '0px 0px 100% 0px' },
    );
    observer.observe(end);
    this.moreText = observer;
    return pane;
  }

  private side(record: CaptureRecord, group: CaptureRecord[]): HTMLElement {
    const form = el(this.doc, 'form', { class: 'meta-form', 'data-testid': 'meta-form', novalidate: '' });
    const inputs = new Map<EditableField, HTMLInputElement>();
    for (const field of EDITABLE_FIELDS) {
      const input = el(this.doc, 'input', { name: field, autocomplete: 'off', 'data-testid': `field-${field}` });
      input.value = (field === 'published_at' ? record.published_at : record[field]) ?? '';
      inputs.set(field, input);
      const label = el(this.doc, 'label', { class: 'field' }, el(this.doc, 'span', { class: 'label' }, FIELD_LABEL[field]()));
      if (field in record.extracted) {
        const was = record.extracted[field];
        label.append(el(this.doc, 'span', { class: 'mark corrected', 'data-testid': `corrected-${field}` }, `✎ ${i18n.t('libraryCorrected')}`));
        label.append(input, el(this.doc, 'span', { class: 'extracted muted' }, i18n.t('libraryExtractedWas', [was ?? i18n.t('libraryExtractedNone')])));
      } else {
        label.append(input);
      }
      if (field === 'published_at') {
        input.placeholder = '2022-07-01T10:30+08:00';
        label.append(el(this.doc, 'span', { class: 'problem', 'data-testid': 'date-problem', 'aria-live': 'polite' }));
      }
      form.append(label);
    }
    const tags = el(this.doc, 'input', { name: 'tags', placeholder: i18n.t('libraryTagsHint'), 'data-testid': 'field-tags' });
    tags.value = formatTags(record.tags);
    const note = el(this.doc, 'textarea', { name: 'note', rows: '3', 'data-testid': 'field-note' });
    note.value = record.note;
    const status = el(this.doc, 'span', { class: 'status', 'aria-live': 'polite', 'data-testid': 'save-status' });
    form.append(
      el(this.doc, 'label', { class: 'field' }, el(this.doc, 'span', { class: 'label' }, i18n.t('libraryTags')), tags),
      el(this.doc, 'label', { class: 'field' }, el(this.doc, 'span', { class: 'label' }, i18n.t('libraryNote')), note),
      el(this.doc, 'div', { class: 'form-actions' }, el(this.doc, 'button', { type: 'submit', 'data-testid': 'save' }, i18n.t('librarySave')), status),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.submit(record, inputs, tags.value, note.value, form, status);
    });
    return el(this.doc, 'div', { class: 'reader-side' }, form, this.facts(record), this.groupList(record, group));
  }

  private async submit(record: CaptureRecord, inputs: Map<EditableField, HTMLInputElement>, tags: string, note: string, form: HTMLElement, status: HTMLElement) {
    const date = checkPublishedAt(inputs.get('published_at')!.value);
    const problem = form.querySelector<HTMLElement>('.problem')!;
    if (!date.ok) {
      problem.textContent = i18n.t(date.problem === 'format' ? 'libraryDateFormat' : date.problem === 'offset' ? 'libraryDateOffset' : 'libraryDateCalendar');
      inputs.get('published_at')!.setAttribute('aria-invalid', 'true');
      inputs.get('published_at')!.focus();
      status.textContent = '';
      return;
    }
    problem.textContent = '';
    const corrections: Corrections = {};
    for (const [field, input] of inputs) corrections[field] = field === 'published_at' ? date.value : input.value;
    try {
      const saved = await this.actions.save(record, corrections, parseTags(tags), note.trim());
      if (saved) {
        // The page has re-shown the reader with the saved record by now; say so in the new form.
        this.root.querySelector<HTMLElement>('[data-testid="save-status"]')!.textContent = i18n.t('librarySaved');
      } else {
        status.textContent = i18n.t('libraryGone');
      }
    } catch (error) {
      status.textContent = i18n.t('librarySaveError', [error instanceof Error ? error.message : String(error)]);
    }
  }

  private facts(record: CaptureRecord): HTMLElement {
    const rows: [string, string][] = [
      [i18n.t('libraryColSite'), siteOf(record)],
      [i18n.t('libraryColChars'), i18n.t('libraryCharsCount', [record.chars.toLocaleString()])],
      [i18n.t('libraryColCaptured'), i18n.t('libraryRevisions', [String(record.revisions), formatLocalTime(record.first_captured_at)])],
    ];
    if (record.published_at) rows.push([i18n.t('libraryColPublished'), formatPublished(record.published_at)]);
    const list = el(this.doc, 'dl', { class: 'facts' });
    for (const [term, value] of rows) list.append(el(this.doc, 'dt', {}, term), el(this.doc, 'dd', {}, value));
    list.append(el(this.doc, 'dt', {}, 'URL'), el(this.doc, 'dd', { class: 'url' }, record.url));
    return list;
  }

  private groupList(record: CaptureRecord, group: CaptureRecord[]): HTMLElement | null {
    if (group.length < 2) return null;
    const list = el(this.doc, 'ol', { class: 'group-list', 'data-testid': 'reader-group' });
    for (const member of group) {
      const role = member.near_duplicate_of === null ? i18n.t('libraryOriginal') : i18n.t('libraryCopyOf');
      const label = `${role} · ${siteOf(member)} · ${formatPublished(member.published_at)}`;
      const item = el(this.doc, 'li', { class: member.id === record.id ? 'current' : '' });
      if (member.id === record.id) item.append(label);
      else {
        const button = el(this.doc, 'button', { type: 'button', class: 'link' }, label);
        button.addEventListener('click', () => this.actions.open(member.id));
        item.append(button);
      }
      list.append(item);
    }
    return el(this.doc, 'section', { class: 'group' }, el(this.doc, 'h3', {}, i18n.t('librarySameText')), list);
  }
}

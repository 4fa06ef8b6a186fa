import { i18n } from '#i18n';
import { BundleError, type ImportPolicy } from '../bundle';
import type { CaptureRecord } from '../model';
import { isChineseUi } from './locale';
import type { CaptureDb } from '../store/db';
import { downloadBlob, exportToBlob, type ExportProgress } from '../transfer/exportCorpus';
import { importBundle } from '../transfer/importCorpus';
import { el } from './dom';

export interface TransferPanelDeps {
  db: CaptureDb;
  /** Every capture in the library. */
  allRecords: () => readonly CaptureRecord[];
  /** The ids the library shows or has selected, in table order. */
  shownIds: () => string[];
  downloads: Parameters<typeof downloadBlob>[2];
  /** After an import wrote something: reload what is shown. */
  onImported: () => void | Promise<void>;
}

/** Export and import, with progress, Cancel and a clear report; a dialog for the library page. */
export function renderTransferPanel(doc: Document, deps: TransferPanelDeps): HTMLElement {
  return el(doc, 'div', { class: 'transfer', 'data-testid': 'transfer' }, exportSection(doc, deps), importSection(doc, deps));
}

function option(doc: Document, type: 'radio' | 'checkbox', name: string, value: string, label: string, checked = false) {
  const input = el(doc, 'input', { type, name, value, 'data-testid': `${name}-${value}` });
  input.checked = checked;
  return el(doc, 'label', {}, input, ' ', label);
}

function exportSection(doc: Document, deps: TransferPanelDeps): HTMLElement {
  const all = deps.allRecords().length;
  const shown = deps.shownIds().length;
  const form = el(
    doc,
    'form',
    { class: 'export' },
    el(doc, 'h2', {}, i18n.t('transferExportTitle')),
    option(doc, 'radio', 'scope', 'all', i18n.t('transferScopeAll', [all.toLocaleString()]), true),
    option(doc, 'radio', 'scope', 'shown', i18n.t('transferScopeShown', [shown.toLocaleString()])),
    option(doc, 'checkbox', 'skip', 'duplicates', i18n.t('transferSkipDuplicates')),
    option(doc, 'radio', 'format', 'zip', i18n.t('transferFormatZip'), true),
    option(doc, 'radio', 'format', 'jsonl', i18n.t('transferFormatJsonl')),
    option(doc, 'radio', 'format', 'csl-json', i18n.t('transferFormatCsl')),
    option(doc, 'radio', 'format', 'ris', i18n.t('transferFormatRis')),
    option(doc, 'radio', 'format', 'bibtex', i18n.t('transferFormatBibtex')),
    option(doc, 'radio', 'format', 'wacz', i18n.t('transferFormatWacz')),
    option(doc, 'checkbox', 'include', 'html', i18n.t('transferIncludeHtml')),
  );
  const progress = el(doc, 'progress', { 'data-testid': 'export-progress', max: '1', value: '0', hidden: '' });
  const counts = el(doc, 'span', { 'data-testid': 'export-counts', class: 'counts' });
  const status = el(doc, 'p', { 'data-testid': 'export-status', class: 'status', role: 'status' });
  const start = el(doc, 'button', { type: 'submit', class: 'primary', 'data-testid': 'export-start' }, i18n.t('transferExportButton'));
  const cancel = el(doc, 'button', { type: 'button', 'data-testid': 'export-cancel', hidden: '' }, i18n.t('transferCancel'));
  form.append(el(doc, 'div', { class: 'actions' }, start, cancel), progress, counts, status);

  let controller: AbortController | null = null;
  cancel.addEventListener('click', () => controller?.abort());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const records = exportRecords(deps, data.get('scope') === 'shown', data.has('skip'));
    if (records.length === 0) {
      status.textContent = i18n.t('transferNothing');
      return;
    }
    controller = new AbortController();
    start.disabled = true;
    cancel.hidden = false;
    progress.hidden = false;
    status.textContent = '';
    try {
      const progressTo: ExportProgress = {
        signal: controller.signal,
        onProgress: throttledProgress((done, total) => {
          progress.max = total ?? done;
          progress.value = done;
          counts.textContent = i18n.t('transferProgress', [done.toLocaleString(), (total ?? done).toLocaleString()]);
        }),
      };
      const exported = await exportBlob(deps.db, records, String(data.get('format')) as ExportFormat, data.has('include'), progressTo);
      cancel.hidden = true;
      const saved = await downloadBlob(exported.blob, exported.fileName, deps.downloads);
      status.textContent = saved.error ? i18n.t('transferDownloadFailed', [saved.error]) : exported.report;
    } catch (error) {
      status.textContent = controller.signal.aborted ? i18n.t('transferCancelled') : i18n.t('transferExportFailed', [messageOf(error)]);
    } finally {
      start.disabled = false;
      cancel.hidden = true;
      controller = null;
    }
  });
  return form;
}

/**
 * Passes progress on at most every `intervalMs`, and always the last step (done === total): the writers report every
 * record, and formatting the counts for each of 10,000 records cost an export seconds.
 */
export function throttledProgress(
  draw: (done: number, total?: number) => void,
  intervalMs = 100,
  now: () => number = () => performance.now(),
): (done: number, total?: number) => void {
  let drawnAt = -Infinity;
  return (done, total) => {
    const at = now();
    if (done !== total && at - drawnAt < intervalMs) return;
    drawnAt = at;
    draw(done, total);
  };
}

type ExportFormat = 'zip' | 'jsonl' | 'csl-json' | 'ris' | 'bibtex' | 'wacz';

/** The file for the chosen format, and what to tell the user once it is saved. */
async function exportBlob(
  db: CaptureDb,
  records: CaptureRecord[],
  format: ExportFormat,
  includeHtml: boolean,
  progress: ExportProgress,
): Promise<{ blob: Blob; fileName: string; report: string }> {
  if (format === 'csl-json' || format === 'ris' || format === 'bibtex') {
    // Loaded when chosen: citation-js is large, and most exports are bundles.
    const { citationsBlob } = await import('../transfer/exportCitations');
    const { blob, fileName, count } = await citationsBlob(records, format);
    return { blob, fileName, report: i18n.t('transferCitationsSaved', [fileName, count.toLocaleString()]) };
  }
  if (format === 'wacz') {
    if (!records.some((r) => r.has_html)) throw new Error(i18n.t('transferNoSnapshots'));
    const { waczInWorker } = await import('../transfer/waczWorker');
    const { blob, summary } = await waczInWorker(records.filter((r) => r.has_html).map((r) => r.id), progress);
    const missing = records.length - summary.pages;
    const report = i18n.t('transferArchiveSaved', [summary.fileName, summary.pages.toLocaleString(), formatBytes(summary.bytes)]);
    return { blob, fileName: summary.fileName, report: missing > 0 ? `${report}\n${i18n.t('transferArchiveMissing', [missing.toLocaleString()])}` : report };
  }
  const { blob, summary } = await exportToBlob(db, { records, format, includeHtml }, progress);
  const report = i18n.t('transferExported', summary.articles, [summary.fileName, summary.articles.toLocaleString(), formatBytes(summary.bytes)]);
  return { blob, fileName: summary.fileName, report };
}

/** What to export, in capture order: a corpus reads in the order it was gathered. */
export function exportRecords(
  deps: Pick<TransferPanelDeps, 'allRecords' | 'shownIds'>,
  shownOnly: boolean,
  skipDuplicates: boolean,
): CaptureRecord[] {
  const wanted = shownOnly ? new Set(deps.shownIds()) : null;
  return deps
    .allRecords()
    .filter((record) => (!wanted || wanted.has(record.id)) && !(skipDuplicates && record.near_duplicate_of))
    .sort((a, b) => a.first_captured_at.localeCompare(b.first_captured_at) || a.id.localeCompare(b.id));
}

function importSection(doc: Document, deps: TransferPanelDeps): HTMLElement {
  const file = el(doc, 'input', { type: 'file', accept: '.zip,.jsonl,application/zip', 'data-testid': 'import-file' });
  const policy = el(
    doc,
    'select',
    { 'data-testid': 'import-policy' },
    el(doc, 'option', { value: 'keep-newer' }, i18n.t('transferPolicyNewer')),
    el(doc, 'option', { value: 'keep-existing' }, i18n.t('transferPolicyExisting')),
    el(doc, 'option', { value: 'replace' }, i18n.t('transferPolicyReplace')),
  );
  const status = el(doc, 'p', { 'data-testid': 'import-status', class: 'status', role: 'status' });
  const start = el(doc, 'button', { type: 'submit', class: 'primary', 'data-testid': 'import-start' }, i18n.t('transferImportButton'));
  const form = el(
    doc,
    'form',
    { class: 'import' },
    el(doc, 'h2', {}, i18n.t('transferImportTitle')),
    el(doc, 'p', { class: 'hint' }, i18n.t('transferImportHint')),
    file,
    policy,
    el(doc, 'div', { class: 'actions' }, start),
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = file.files?.[0];
    if (!chosen) {
      status.textContent = i18n.t('transferChooseFile');
      return;
    }
    start.disabled = true;
    try {
      const report = await importBundle(deps.db, chosen, policy.value as ImportPolicy);
      status.textContent = [i18n.t('transferImported', [String(report.added), String(report.updated), String(report.skipped)]), ...report.warnings].join('\n');
      await deps.onImported();
    } catch (error) {
      status.textContent = i18n.t('transferImportFailed', [messageOf(error)]);
    } finally {
      start.disabled = false;
    }
  });
  return form;
}

function messageOf(error: unknown): string {
  if (error instanceof BundleError) return isChineseUi() ? error.messageZh : error.message;
  return error instanceof Error ? error.message : String(error);
}

function formatBytes(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

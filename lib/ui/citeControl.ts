// Copy citation: the reference text of one capture (reading view) or of the selection (library toolbar), in
// GB/T 7714-2015 or an APA-like English form, put on the clipboard as plain text.

import { i18n } from '#i18n';
import { referenceText, type ReferenceStyle } from '../cite';
import type { CaptureRecord } from '../model';
import { el } from './dom';

export interface CiteControlDeps {
  /** What to cite, at the moment of the click. */
  records: () => readonly CaptureRecord[];
  writeText: (text: string) => Promise<void>;
}

/** One reference a line, in the order given. */
export async function citationText(records: readonly CaptureRecord[], style: ReferenceStyle): Promise<string> {
  const lines: string[] = [];
  for (const record of records) lines.push(await referenceText(record, style));
  return lines.join('\n');
}

export function renderCiteControl(doc: Document, deps: CiteControlDeps, testId = 'cite'): HTMLElement {
  const style = el(
    doc,
    'select',
    { 'data-testid': `${testId}-style`, 'aria-label': i18n.t('citeStyle') },
    el(doc, 'option', { value: 'gbt7714' }, i18n.t('citeStyleGbt')),
    el(doc, 'option', { value: 'apa' }, i18n.t('citeStyleApa')),
  );
  const copy = el(doc, 'button', { type: 'button', 'data-testid': `${testId}-copy` }, i18n.t('citeCopy'));
  const status = el(doc, 'span', { class: 'muted', role: 'status', 'data-testid': `${testId}-status` });
  copy.addEventListener('click', async () => {
    const records = deps.records();
    if (records.length === 0) {
      status.textContent = i18n.t('citeNothing');
      return;
    }
    copy.disabled = true;
    try {
      await deps.writeText(await citationText(records, style.value === 'apa' ? 'apa' : 'gbt7714'));
      status.textContent = i18n.t('citeCopied', [records.length.toLocaleString()]);
    } catch (error) {
      status.textContent = i18n.t('citeFailed', [error instanceof Error ? error.message : String(error)]);
    } finally {
      copy.disabled = false;
    }
  });
  return el(doc, 'span', { class: 'cite-control' }, style, ' ', copy, ' ', status);
}

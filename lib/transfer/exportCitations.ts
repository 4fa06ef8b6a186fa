// The selection's citations (CSL-JSON, RIS, BibTeX) and its page snapshots (WACZ) as Blobs for a download.

import { createBlobSink } from '../bundle/sink';
import { writeWacz, type WaczSummary } from '../bundle/wacz';
import { CITATION_FILES, cslItem, formatCitations, type CitationFormat } from '../cite';
import type { CaptureRecord } from '../model';
import { getPageHtml } from '../store/captures';
import type { CaptureDb } from '../store/db';
import type { ExportProgress } from './exportCorpus';

/** zhengwen-citations-YYYYMMDDHHmm.json / .ris / .bib */
export const citationsFileName = (format: CitationFormat, now: Date) =>
  `zhengwen-citations-${now.toISOString().slice(0, 16).replace(/\D/g, '')}.${CITATION_FILES[format].extension}`;

export async function citationsBlob(records: readonly CaptureRecord[], format: CitationFormat, now = new Date()) {
  const text = await formatCitations(records.map(cslItem), format);
  return { blob: new Blob([text], { type: CITATION_FILES[format].mediatype }), fileName: citationsFileName(format, now), count: records.length };
}

/** The snapshots of the records that have one, as a WACZ; records come in capture order. */
export async function waczBlob(
  db: CaptureDb,
  records: readonly CaptureRecord[],
  progress: ExportProgress = {},
): Promise<{ blob: Blob; summary: WaczSummary }> {
  const sink = createBlobSink('application/wacz');
  const encoder = new TextEncoder();
  const pages = () =>
    records.filter((r) => r.has_html).map((r) => ({ id: r.id, url: r.url, title: r.title, capturedAt: r.captured_at, text: r.text }));
  const summary = await writeWacz(pages, sink, {
    getSnapshot: async (id) => {
      const html = await getPageHtml(db, id);
      return html === null ? null : { bytes: encoder.encode(html), contentType: 'text/html; charset=utf-8' };
    },
    total: records.filter((r) => r.has_html).length,
    signal: progress.signal,
    onProgress: progress.onProgress,
    now: progress.now,
  });
  return { blob: sink.blob(), summary };
}

// The page snapshots of a selection as a WACZ, records and snapshots read from the store in batches. The library page
// runs it in a worker (waczWorker.ts, wacz.worker.ts).

import { createBlobSink } from '../bundle/sink';
import { writeWacz, type WaczPage, type WaczSummary } from '../bundle/wacz';
import { iterateCaptures } from '../store/bulk';
import { getPageHtmls } from '../store/captures';
import type { CaptureDb } from '../store/db';
import type { ExportProgress } from './exportCorpus';

/** The snapshots of the captures `ids` (in capture order) as a WACZ; captures without a snapshot are left out. */
export async function waczBlob(db: CaptureDb, ids: string[], progress: ExportProgress = {}): Promise<{ blob: Blob; summary: WaczSummary }> {
  const sink = createBlobSink('application/wacz');
  const encoder = new TextEncoder();
  // Read again for each of the writer's two passes (WARC, pages.jsonl) rather than kept: records are read in batches.
  async function* pages(): AsyncGenerator<WaczPage> {
    for await (const r of iterateCaptures(db, ids)) {
      if (r.has_html) yield { id: r.id, url: r.url, title: r.title, capturedAt: r.captured_at, text: r.text };
    }
  }
  const summary = await writeWacz(pages, sink, {
    getSnapshots: async (batch) =>
      (await getPageHtmls(db, batch)).map((html) => (html === null ? null : { bytes: encoder.encode(html), contentType: 'text/html; charset=utf-8' })),
    total: ids.length,
    signal: progress.signal,
    onProgress: progress.onProgress,
    now: progress.now,
  });
  return { blob: sink.blob(), summary };
}

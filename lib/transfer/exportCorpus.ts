import { createBlobSink, writeBundle, type BundleSummary } from '../bundle';
import { getPageHtml } from '../store/captures';
import { iterateCaptures } from '../store/bulk';
import type { CaptureDb } from '../store/db';
import type { CaptureRecord } from '../model';

export interface ExportRequest {
  /**
   * The captures to export, in capture order: records a page already holds (the library keeps them all in memory;
   * reading them again from IndexedDB would make a fresh copy of every body for each of the writer's passes), or
   * ids to read in batches. All captures when neither is given.
   */
  records?: readonly CaptureRecord[];
  ids?: string[];
  format: 'zip' | 'jsonl';
  includeHtml: boolean;
}

export interface ExportProgress {
  signal?: AbortSignal;
  onProgress?: (done: number, total?: number) => void;
  now?: Date;
}

/** Write the bundle into a Blob (kept outside the JS heap in chunks); runs in an extension page, never the worker. */
export async function exportToBlob(
  db: CaptureDb,
  request: ExportRequest,
  progress: ExportProgress = {},
): Promise<{ blob: Blob; summary: BundleSummary }> {
  const { records } = request;
  const ids = records ? [] : (request.ids ?? (await db.getAllKeysFromIndex('captures', 'first_captured_at')));
  const sink = createBlobSink(request.format === 'zip' ? 'application/zip' : 'application/x-ndjson');
  const summary = await writeBundle(records ? () => records : () => iterateCaptures(db, ids), sink, {
    format: request.format,
    includeHtml: request.includeHtml,
    getHtml: (id) => getPageHtml(db, id),
    total: records?.length ?? ids.length,
    signal: progress.signal,
    onProgress: progress.onProgress,
    now: progress.now,
  });
  return { blob: sink.blob(), summary };
}

type Downloads = Pick<typeof browser.downloads, 'download' | 'onChanged'>;

/**
 * Save a Blob through the downloads API. The object URL is revoked only once the download has ended: revoking it
 * earlier cuts a large download short. Resolves with the browser's error (e.g. FILE_NO_SPACE) when it was interrupted.
 */
export async function downloadBlob(blob: Blob, fileName: string, downloads: Downloads): Promise<{ error: string | null }> {
  const url = URL.createObjectURL(blob);
  let downloadId: number | undefined;
  const ended = new Promise<{ error: string | null }>((resolve) => {
    const listener = (delta: Parameters<Parameters<Downloads['onChanged']['addListener']>[0]>[0]) => {
      if (delta.id !== downloadId || !delta.state) return;
      if (delta.state.current === 'complete' || delta.state.current === 'interrupted') {
        downloads.onChanged.removeListener(listener);
        resolve({ error: delta.state.current === 'interrupted' ? (delta.error?.current ?? 'INTERRUPTED') : null });
      }
    };
    downloads.onChanged.addListener(listener);
  });
  try {
    downloadId = await downloads.download({ url, filename: fileName, conflictAction: 'uniquify' });
    return await ended;
  } finally {
    URL.revokeObjectURL(url);
  }
}

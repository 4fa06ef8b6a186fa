// The WACZ export in a dedicated worker, off the library page: the page holds every record of the library (~200 MB
// of heap for 10,000), and V8 lets a heap grow to a multiple of what is live before collecting, so the ~100 KB string
// of each snapshot read there piled up as garbage to 600-1,300 MB. The worker's heap holds only a batch; the
// archive comes back as a Blob, kept outside any JS heap and passed by reference.

import type { WaczSummary } from '../bundle/wacz';
import type { WaczWorkerReply, WaczWorkerRequest } from '../messages';
import type { ExportProgress } from './exportCorpus';

/** The WACZ of `ids` written by a dedicated worker; cancelling through the signal stops the worker at once. */
export function waczInWorker(ids: string[], progress: ExportProgress = {}): Promise<{ blob: Blob; summary: WaczSummary }> {
  const worker = new Worker(new URL('./wacz.worker.ts', import.meta.url), { type: 'module' });
  const { signal } = progress;
  let cancel = () => {};
  return new Promise<{ blob: Blob; summary: WaczSummary }>((resolve, reject) => {
    cancel = () => reject(signal?.reason);
    if (signal?.aborted) return cancel();
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = ({ data }: MessageEvent<WaczWorkerReply>) => {
      if (data.type === 'wacz-progress') progress.onProgress?.(data.done, data.total);
      else if (data.type === 'wacz-done') resolve({ blob: data.blob, summary: data.summary });
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'The export worker failed to start.'));
    const request: WaczWorkerRequest = { type: 'wacz-export', ids, now: (progress.now ?? new Date()).toISOString() };
    worker.postMessage(request);
  }).finally(() => {
    signal?.removeEventListener('abort', cancel);
    worker.terminate();
  });
}

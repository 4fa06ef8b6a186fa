// The library page's WACZ export worker (see waczWorker.ts): one export per worker, which the page then ends.

import type { WaczWorkerReply, WaczWorkerRequest } from '../messages';
import { openCaptureDb } from '../store/db';
import { waczBlob } from './exportWacz';

const reply = (message: WaczWorkerReply) => (globalThis as unknown as { postMessage(message: WaczWorkerReply): void }).postMessage(message);

globalThis.addEventListener('message', async (event) => {
  const request = (event as MessageEvent<WaczWorkerRequest>).data;
  if (request.type !== 'wacz-export') return;
  try {
    const db = await openCaptureDb();
    try {
      const { blob, summary } = await waczBlob(db, request.ids, {
        now: new Date(request.now),
        onProgress: (done, total) => reply({ type: 'wacz-progress', done, total }),
      });
      reply({ type: 'wacz-done', blob, summary });
    } finally {
      db.close();
    }
  } catch (error) {
    reply({ type: 'wacz-failed', message: error instanceof Error ? error.message : String(error) });
  }
});

// The batch queue in IndexedDB: items by URL key, and the one run record.
import { IDLE_RUN, type BatchItem, type BatchRun } from '../batch/queue';
import type { CaptureDb } from './db';

const RUN_ID = 'current';

export async function listBatchItems(db: CaptureDb): Promise<BatchItem[]> {
  return db.getAllFromIndex('batch', 'seq');
}

export async function putBatchItems(db: CaptureDb, items: readonly BatchItem[]): Promise<void> {
  if (items.length === 0) return;
  const tx = db.transaction('batch', 'readwrite');
  await Promise.all([...items.map((item) => tx.store.put(item)), tx.done]);
}

/** A new batch after a finished one starts from an empty list. */
export async function clearBatchItems(db: CaptureDb): Promise<void> {
  await db.clear('batch');
}

export async function getBatchRun(db: CaptureDb): Promise<BatchRun> {
  const stored = await db.get('batch_run', RUN_ID);
  if (!stored) return IDLE_RUN;
  const { id: _id, ...run } = stored;
  return run;
}

export async function setBatchRun(db: CaptureDb, run: BatchRun): Promise<void> {
  await db.put('batch_run', { ...run, id: RUN_ID });
}

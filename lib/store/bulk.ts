import type { CaptureRecord } from '../model';
import { announceChange } from './changes';
import type { CaptureDb } from './db';

/**
 * Captures in capture order (or the given ids, in that order), read in small batches: an IndexedDB transaction
 * closes when its task awaits anything else, and an export awaits the zip writer between records.
 */
export async function* iterateCaptures(db: CaptureDb, ids?: string[], batchSize = 250): AsyncGenerator<CaptureRecord> {
  const ordered = ids ?? (await db.getAllKeysFromIndex('captures', 'first_captured_at'));
  for (let start = 0; start < ordered.length; start += batchSize) {
    const store = db.transaction('captures').store;
    const batch = await Promise.all(ordered.slice(start, start + batchSize).map((id) => store.get(id)));
    for (const record of batch) if (record) yield record;
  }
}

/** Write imported captures (and their snapshots) in ONE transaction: all of them, or on any failure none. */
export async function commitImport(
  db: CaptureDb,
  records: CaptureRecord[],
  pages: ReadonlyMap<string, string>,
): Promise<void> {
  const tx = db.transaction(['captures', 'pages'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  for (const record of records) {
    writes.push(tx.objectStore('captures').put(record));
    const html = pages.get(record.id);
    if (html !== undefined) writes.push(tx.objectStore('pages').put({ id: record.id, html }));
  }
  // A failed put aborts the transaction; tx.done then rejects and nothing was written.
  await Promise.all([...writes, tx.done]);
  announceChange({ all: true });
}

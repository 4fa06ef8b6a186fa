import type { CaptureRecord } from '../model';
import { announceChange } from '../store/changes';
import type { CaptureDb } from '../store/db';

/**
 * Stores a page snapshot for a record already stored and marks the record as having it, in one transaction against
 * the record as it is now (a correction saved meanwhile is kept). Returns the updated record, or null when the
 * record was deleted in between (then nothing is written).
 */
export async function attachSnapshot(db: CaptureDb, id: string, html: string): Promise<CaptureRecord | null> {
  const tx = db.transaction(['captures', 'pages'], 'readwrite');
  const current = await tx.objectStore('captures').get(id);
  if (!current) {
    await tx.done;
    return null;
  }
  const record = { ...current, has_html: true };
  await Promise.all([tx.objectStore('captures').put(record), tx.objectStore('pages').put({ id, html }), tx.done]);
  announceChange({ ids: [id] });
  return record;
}

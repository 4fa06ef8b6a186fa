// A person's changes to one capture, written read-modify-write in one transaction so a re-capture cannot interleave.
import { applyEdit, type RecordEdit } from '../library/edit';
import type { CaptureRecord } from '../model';
import { announceChange } from './changes';
import type { CaptureDb } from './db';

/** Change one stored capture; returns the stored result, or null when the capture no longer exists. */
export async function updateCapture(
  db: CaptureDb,
  id: string,
  change: (record: CaptureRecord) => CaptureRecord,
): Promise<CaptureRecord | null> {
  const tx = db.transaction('captures', 'readwrite');
  const record = await tx.store.get(id);
  if (!record) {
    await tx.done;
    return null;
  }
  const next = change(record);
  if (next !== record) await tx.store.put(next);
  await tx.done;
  if (next !== record) announceChange({ ids: [id] });
  return next;
}

/** Save what a person changed (see formChanges) against the record as it is now, in one transaction. */
export function saveEdit(db: CaptureDb, id: string, edit: RecordEdit): Promise<CaptureRecord | null> {
  return updateCapture(db, id, (record) => applyEdit(record, edit));
}

// A person's changes to one capture, written read-modify-write in one transaction so a re-capture cannot interleave.
import { applyCorrections, type Corrections } from '../library/edit';
import type { CaptureRecord } from '../model';
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
  return next;
}

/** Correct metadata fields; the extracted values are kept in `extracted`. */
export function saveCorrections(db: CaptureDb, id: string, corrections: Corrections): Promise<CaptureRecord | null> {
  return updateCapture(db, id, (record) => applyCorrections(record, corrections));
}

export function saveTagsAndNote(db: CaptureDb, id: string, tags: string[], note: string): Promise<CaptureRecord | null> {
  return updateCapture(db, id, (record) => ({ ...record, tags: [...tags], note }));
}

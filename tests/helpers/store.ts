// Put a record in the store as it is, snapshot beside it (tests set up a library this way, in any schema version;
// the capture path reads, decides and writes inside writeCapture).
import type { CaptureRecord } from '../../lib/model';
import type { CaptureDb } from '../../lib/store/db';

export async function saveCapture(db: CaptureDb, record: CaptureRecord, html: string | null): Promise<void> {
  const tx = db.transaction(['captures', 'pages'], 'readwrite');
  await Promise.all([
    tx.objectStore('captures').put(record),
    html === null ? tx.objectStore('pages').delete(record.id) : tx.objectStore('pages').put({ id: record.id, html }),
    tx.done,
  ]);
}

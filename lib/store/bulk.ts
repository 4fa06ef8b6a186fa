import type { CaptureRecord } from '../model';
import { announceChange } from './changes';
import type { CaptureDb } from './db';

/**
 * Captures in capture order (or the given ids, in that order), read in small batches: an IndexedDB transaction
 * closes when its task awaits anything else, and an export awaits the zip writer between records. The next batch is
 * read while the consumer works through this one, so that it does not wait for the store between batches.
 */
export async function* iterateCaptures(db: CaptureDb, ids?: string[], batchSize = 250): AsyncGenerator<CaptureRecord> {
  const ordered = ids ?? (await db.getAllKeysFromIndex('captures', 'first_captured_at'));
  const read = (start: number) => {
    const store = db.transaction('captures').store;
    const batch = Promise.all(ordered.slice(start, start + batchSize).map((id) => store.get(id)));
    batch.catch(() => {}); // awaited below; not an unhandled rejection when the consumer stops first
    return batch;
  };
  let next = ordered.length > 0 ? read(0) : null;
  for (let start = 0; next; start += batchSize) {
    const batch = await next;
    next = start + batchSize < ordered.length ? read(start + batchSize) : null;
    for (const record of batch) if (record) yield record;
  }
}

/** What an import finds stored for its records: the record of each id, and the id stored under each one's key URL. */
export interface StoredForImport {
  byId: Map<string, CaptureRecord>;
  idOfKeyUrl: (string | undefined)[];
}

/**
 * Write imported captures (and their snapshots) in ONE transaction: all of them, or on any failure none. `decide`
 * sees what is stored for `incoming` as read in that same transaction and returns the records to write (it may
 * throw to write nothing), so that no capture or edit lands between the reading and the writing.
 */
export async function commitImport(
  db: CaptureDb,
  incoming: CaptureRecord[],
  pages: ReadonlyMap<string, string>,
  decide: (stored: StoredForImport) => CaptureRecord[] = () => incoming,
): Promise<void> {
  const tx = db.transaction(['captures', 'pages'], 'readwrite');
  const captures = tx.objectStore('captures');
  const [found, idOfKeyUrl] = await Promise.all([
    Promise.all(incoming.map((r) => captures.get(r.id))),
    Promise.all(incoming.map((r) => captures.index('key_url').getKey(r.key_url))),
  ]);
  let records: CaptureRecord[];
  try {
    records = decide({ byId: new Map(found.filter((r) => r !== undefined).map((r) => [r.id, r])), idOfKeyUrl });
  } catch (error) {
    tx.abort();
    await tx.done.catch(() => {});
    throw error;
  }
  const writes: Promise<unknown>[] = [];
  for (const record of records) {
    writes.push(captures.put(record));
    const html = pages.get(record.id);
    if (html !== undefined) writes.push(tx.objectStore('pages').put({ id: record.id, html }));
  }
  // A failed put aborts the transaction; tx.done then rejects and nothing was written.
  await Promise.all([...writes, tx.done]);
  announceChange({ all: true });
}

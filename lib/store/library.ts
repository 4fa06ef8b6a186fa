// Store functions the library page needs: load everything in slices, fingerprints alone, bulk delete with Undo.
import { findNearDuplicateOf, type FingerprintEntry } from '../dedupe';
import type { CaptureRecord, PageSnapshot } from '../model';
import type { IDBPObjectStore } from 'idb';
import { announceChange } from './changes';
import type { CaptureDb, CaptureDbSchema } from './db';

/** The captures store in a transaction of any mode and scope. */
export type CapturesStore = IDBPObjectStore<CaptureDbSchema, ArrayLike<'captures' | 'pages'>, 'captures', IDBTransactionMode>;

/**
 * Every capture's id, fingerprint and first capture time, read from the `fingerprint` index with a key cursor:
 * no body is loaded. This is what the capture service compares a new capture against.
 */
export function loadFingerprints(db: CaptureDb): Promise<FingerprintEntry[]> {
  return readFingerprints(db.transaction('captures').store);
}

/** The same inside a transaction that goes on to write (a capture reads, decides and writes in one). */
export async function readFingerprints(store: CapturesStore): Promise<FingerprintEntry[]> {
  const entries: FingerprintEntry[] = [];
  let cursor = await store.index('fingerprint').openKeyCursor();
  while (cursor) {
    const [fingerprint, first_captured_at] = cursor.key;
    entries.push({ id: cursor.primaryKey, fingerprint, first_captured_at });
    cursor = await cursor.continue();
  }
  return entries;
}

/**
 * All captures, read in slices of `sliceSize` by id so that no single read blocks the page for long;
 * `onSlice` sees each slice as it arrives (the page can paint the first rows before the rest is in).
 */
export async function loadAllCaptures(
  db: CaptureDb,
  sliceSize = 400,
  onSlice?: (slice: CaptureRecord[]) => void,
): Promise<CaptureRecord[]> {
  const all: CaptureRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const slice: CaptureRecord[] = await db.getAll('captures', range, sliceSize);
    if (slice.length === 0) break;
    all.push(...slice);
    onSlice?.(slice);
    if (slice.length < sliceSize) break;
    after = slice[slice.length - 1].id;
  }
  return all;
}

/** What a bulk delete changed, so that Undo can put it back. */
export interface DeletionBatch {
  records: CaptureRecord[];
  pages: PageSnapshot[];
  /** Copies of a deleted capture, as they were before they were pointed at a remaining copy (or made originals). */
  relinked: CaptureRecord[];
}

/**
 * Delete captures with their snapshots in one transaction. Copies of a deleted original are not orphaned:
 * the earliest remaining copy becomes the original (near_duplicate_of = null) and the others point at the
 * earliest remaining copy they match, so that "leave duplicates out" still keeps one of each text.
 */
export async function deleteCaptures(db: CaptureDb, ids: Iterable<string>): Promise<DeletionBatch> {
  const doomed = new Set(ids);
  const tx = db.transaction(['captures', 'pages'], 'readwrite');
  const captures = tx.objectStore('captures');
  const pages = tx.objectStore('pages');
  const batch: DeletionBatch = { records: [], pages: [], relinked: [] };
  const orphans = new Map<string, CaptureRecord>();

  for (const id of doomed) {
    const [record, page, copies] = await Promise.all([
      captures.get(id),
      pages.get(id),
      captures.index('near_duplicate_of').getAll(id),
    ]);
    if (!record) continue;
    batch.records.push(record);
    if (page) batch.pages.push(page);
    for (const copy of copies) if (!doomed.has(copy.id)) orphans.set(copy.id, copy);
    await Promise.all([captures.delete(id), pages.delete(id)]);
  }

  for (const copy of relinkCopies([...orphans.values()])) {
    batch.relinked.push(orphans.get(copy.id)!);
    await captures.put(copy);
  }
  await tx.done;
  announceChange({ ids: [...doomed, ...batch.relinked.map((r) => r.id)] });
  return batch;
}

/** Re-point copies whose original is gone: each to the earliest other orphan it matches, else it stands alone. */
export function relinkCopies(orphans: CaptureRecord[]): CaptureRecord[] {
  const byAge = [...orphans].sort((a, b) =>
    a.first_captured_at === b.first_captured_at ? (a.id < b.id ? -1 : 1) : a.first_captured_at < b.first_captured_at ? -1 : 1,
  );
  return byAge.map((copy, i) => ({
    ...copy,
    near_duplicate_of: findNearDuplicateOf(byAge.slice(0, i), copy),
  }));
}

/**
 * Undo a bulk delete: the records and snapshots come back, and copies that were re-pointed point at their
 * original again (keeping anything else changed on them since).
 */
export async function restoreCaptures(db: CaptureDb, batch: DeletionBatch): Promise<void> {
  const tx = db.transaction(['captures', 'pages'], 'readwrite');
  const captures = tx.objectStore('captures');
  await Promise.all([
    ...batch.records.map((record) => captures.put(record)),
    ...batch.pages.map((page) => tx.objectStore('pages').put(page)),
  ]);
  for (const before of batch.relinked) {
    const now = await captures.get(before.id);
    if (now) await captures.put({ ...now, near_duplicate_of: before.near_duplicate_of });
  }
  await tx.done;
  announceChange({ ids: [...batch.records, ...batch.relinked].map((r) => r.id) });
}

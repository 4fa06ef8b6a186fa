import type { CaptureRecord } from '../model';
import type { FingerprintEntry } from '../dedupe';
import { announceChange } from './changes';
import type { CaptureDb } from './db';
import { readFingerprints } from './library';

/** What writeCapture did: stored a record (new or replacing one), or kept the stored one. */
export type CaptureWrite = { stored: CaptureRecord; created: boolean } | { kept: CaptureRecord };

/**
 * Store a capture and its page snapshot (or no snapshot) in one transaction: both or neither. That transaction first
 * reads the stored record for `id` and the fingerprints of every capture, so reading, deciding and writing are ONE:
 * two captures of one URL, or a capture and an edit of it, cannot interleave (IndexedDB runs overlapping readwrite
 * transactions one after the other). `build` returns the record to store, or null to keep the stored one; it must
 * not await anything (a transaction closes when its task waits for something else).
 */
export async function writeCapture(
  db: CaptureDb,
  id: string,
  html: string | null,
  build: (previous: CaptureRecord | undefined, fingerprints: FingerprintEntry[]) => CaptureRecord | null,
): Promise<CaptureWrite> {
  const tx = db.transaction(['captures', 'pages'], 'readwrite');
  const captures = tx.objectStore('captures');
  const previous = await captures.get(id);
  const record = build(previous, await readFingerprints(captures));
  if (!record) {
    await tx.done;
    return { kept: previous! };
  }
  await Promise.all([
    captures.put(record),
    html === null ? tx.objectStore('pages').delete(id) : tx.objectStore('pages').put({ id, html }),
    tx.done,
  ]);
  announceChange({ ids: [id] });
  return { stored: record, created: !previous };
}

export function getCapture(db: CaptureDb, id: string): Promise<CaptureRecord | undefined> {
  return db.get('captures', id);
}

export async function getPageHtml(db: CaptureDb, id: string): Promise<string | null> {
  return (await db.get('pages', id))?.html ?? null;
}

/**
 * The snapshots of `ids`, in that order (null where none is stored), read in one transaction: a transaction per page
 * costs more than reading the page.
 */
export async function getPageHtmls(db: CaptureDb, ids: readonly string[]): Promise<Array<string | null>> {
  const store = db.transaction('pages').store;
  return (await Promise.all(ids.map((id) => store.get(id)))).map((page) => page?.html ?? null);
}

export function countCaptures(db: CaptureDb): Promise<number> {
  return db.count('captures');
}

export interface ListQuery {
  /** Substring matched against title and site name (case-insensitive). */
  search?: string;
  limit?: number;
}

/** Newest captures first, optionally filtered by a substring of title or site. */
export async function listRecentCaptures(db: CaptureDb, query: ListQuery = {}): Promise<CaptureRecord[]> {
  const limit = query.limit ?? 50;
  const needle = query.search?.trim().toLowerCase() ?? '';
  const found: CaptureRecord[] = [];
  let cursor = await db.transaction('captures').store.index('captured_at').openCursor(null, 'prev');
  while (cursor && found.length < limit) {
    const record = cursor.value;
    if (!needle || `${record.title ?? ''}\n${record.site_name ?? ''}`.toLowerCase().includes(needle)) found.push(record);
    cursor = await cursor.continue();
  }
  return found;
}

import type { CaptureRecord } from '../model';
import type { CaptureDb } from './db';

/** Store a capture and its page snapshot in one transaction: both or neither. */
export async function saveCapture(db: CaptureDb, record: CaptureRecord, html: string | null): Promise<void> {
  const tx = db.transaction(['captures', 'pages'], 'readwrite');
  await Promise.all([
    tx.objectStore('captures').put(record),
    html === null ? tx.objectStore('pages').delete(record.id) : tx.objectStore('pages').put({ id: record.id, html }),
    tx.done,
  ]);
}

export function getCapture(db: CaptureDb, id: string): Promise<CaptureRecord | undefined> {
  return db.get('captures', id);
}

export async function getPageHtml(db: CaptureDb, id: string): Promise<string | null> {
  return (await db.get('pages', id))?.html ?? null;
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

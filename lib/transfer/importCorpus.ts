import { BundleError, planImport, readBundle, type ImportPlan, type ImportPolicy, type ReadResult } from '../bundle';
import { commitImport, type StoredForImport } from '../store/bulk';
import type { CaptureDb } from '../store/db';

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
  warnings: string[];
}

/**
 * Read and check a bundle, plan it against the store, then write it in one transaction. A corrupt, truncated or
 * foreign file throws a BundleError before anything is written; a failed write leaves the store as it was.
 */
export async function importBundle(
  db: CaptureDb,
  file: Blob,
  policy: ImportPolicy = 'keep-newer',
  signal?: AbortSignal,
): Promise<ImportReport> {
  const bundle = await readBundle(file, { signal });
  signal?.throwIfAborted();
  let plan: ImportPlan = { add: [], update: [], skip: [] };
  // Planned inside the writing transaction: a capture or an edit cannot land between the plan and the write.
  const decide = (stored: StoredForImport) => {
    refuseKeyUrlCollision(bundle, stored.idOfKeyUrl);
    plan = planImport(stored.byId, bundle.records, policy);
    return [...plan.add, ...plan.update].map((record) => ({
      ...record,
      // A snapshot is there if the bundle carries one or the store already keeps one for this id.
      has_html: bundle.html.has(record.id) || (record.has_html && stored.byId.get(record.id)?.has_html === true),
    }));
  };
  await commitImport(db, bundle.records, bundle.html, decide).catch((error: unknown) => {
    throw error instanceof BundleError ? error : notStored(error);
  });
  return { added: plan.add.length, updated: plan.update.length, skipped: plan.skip.length, warnings: bundle.warnings };
}

/**
 * A stored record of another id with the same key URL (stored before ids were checked on import): writing beside it
 * would break the unique key_url index, so the import stops with the line to look at.
 */
function refuseKeyUrlCollision(bundle: ReadResult, storedIds: (string | undefined)[]): void {
  const at = bundle.records.findIndex((record, i) => storedIds[i] !== undefined && storedIds[i] !== record.id);
  if (at < 0) return;
  const { key_url, id } = bundle.records[at];
  throw new BundleError('bad-record', {
    en: `line ${bundle.lines[at]}: the record's key_url ${key_url} is already stored under another id (${storedIds[at]}, not ${id}). Delete that capture first.`,
    zh: `第 ${bundle.lines[at]} 行：记录的 key_url ${key_url} 已以另一 id（${storedIds[at]}，而非 ${id}）保存。请先删除该篇。`,
  });
}

/** The browser's own words (a DOMException's message) are not for the person: say what happened and that nothing changed. */
function notStored(error: unknown): BundleError {
  const full = error instanceof DOMException && error.name === 'QuotaExceededError';
  return new BundleError('not-stored', {
    en: full
      ? 'The browser has no room left to store these articles; the library is as it was. Free some disk space and try again.'
      : 'The browser did not store the articles (its database refused the write); the library is as it was. Try again.',
    zh: full ? '浏览器存储空间不足，无法保存这些文章；资料库未改变。请释放磁盘空间后重试。' : '浏览器未能保存这些文章（数据库拒绝写入）；资料库未改变。请重试。',
  });
}

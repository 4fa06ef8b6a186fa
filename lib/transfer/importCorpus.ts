import { planImport, readBundle, type ImportPolicy } from '../bundle';
import type { CaptureRecord } from '../model';
import { commitImport } from '../store/bulk';
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
  const stored = new Map<string, CaptureRecord>();
  const store = db.transaction('captures').store;
  for (const record of await Promise.all(bundle.records.map((r) => store.get(r.id)))) {
    if (record) stored.set(record.id, record);
  }
  const plan = planImport(stored, bundle.records, policy);
  signal?.throwIfAborted();
  const toWrite = [...plan.add, ...plan.update].map((record) => ({
    ...record,
    // A snapshot is there if the bundle carries one or the store already keeps one for this id.
    has_html: bundle.html.has(record.id) || (record.has_html && stored.get(record.id)?.has_html === true),
  }));
  await commitImport(db, toWrite, bundle.html);
  return { added: plan.add.length, updated: plan.update.length, skipped: plan.skip.length, warnings: bundle.warnings };
}

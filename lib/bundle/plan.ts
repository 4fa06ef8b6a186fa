// Decides, before anything is written, what an import adds, replaces and leaves alone.

import type { CaptureRecord } from '../model';

export type ImportPolicy = 'keep-newer' | 'keep-existing' | 'replace';

export interface ImportPlan {
  /** Ids not in the store. */
  add: CaptureRecord[];
  /** Known ids whose stored record the incoming one replaces. */
  update: CaptureRecord[];
  /** Incoming records left out: the stored one wins, or the id came earlier in the same import. */
  skip: CaptureRecord[];
}

/**
 * keep-newer (default): a known id is replaced only by a later capture (captured_at); keep-existing: known ids are
 * never replaced; replace: the incoming record always wins. Pure: reads `existing`, changes nothing.
 */
export function planImport(
  existing: Map<string, CaptureRecord> | ((id: string) => CaptureRecord | undefined),
  incoming: readonly CaptureRecord[],
  policy: ImportPolicy = 'keep-newer',
): ImportPlan {
  const lookup = typeof existing === 'function' ? existing : (id: string) => existing.get(id);
  const plan: ImportPlan = { add: [], update: [], skip: [] };
  const seen = new Set<string>();
  for (const record of incoming) {
    if (seen.has(record.id)) {
      plan.skip.push(record);
      continue;
    }
    seen.add(record.id);
    const stored = lookup(record.id);
    if (!stored) plan.add.push(record);
    else if (replaces(record, stored, policy)) plan.update.push(record);
    else plan.skip.push(record);
  }
  return plan;
}

function replaces(incoming: CaptureRecord, stored: CaptureRecord, policy: ImportPolicy): boolean {
  switch (policy) {
    case 'replace':
      return true;
    case 'keep-existing':
      return false;
    case 'keep-newer':
      return Date.parse(incoming.captured_at) > Date.parse(stored.captured_at);
  }
}

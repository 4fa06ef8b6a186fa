// Groups of near-duplicates: an original and the copies that point at it (directly or through another copy).
import type { CaptureRecord } from '../model';

export interface DuplicateGroups {
  /** Original id → the group's members, original first when it is in the library, then by first capture. */
  groups: Map<string, CaptureRecord[]>;
  /** Member id → original id, for every capture in a group. */
  originalOf: Map<string, string>;
}

/**
 * Follow near_duplicate_of to the original. An original missing from the library still names the group.
 * Links always point at earlier captures, so there are no cycles; the seen-set only keeps bad data from hanging.
 */
function originalId(id: string, byId: ReadonlyMap<string, CaptureRecord>): string {
  const seen = new Set([id]);
  let current = id;
  for (;;) {
    const next = byId.get(current)?.near_duplicate_of ?? null;
    if (next === null) return current;
    if (!byId.has(next)) return next;
    if (seen.has(next)) return current;
    seen.add(next);
    current = next;
  }
}

export function duplicateGroups(records: readonly CaptureRecord[]): DuplicateGroups {
  const byId = new Map(records.map((r) => [r.id, r] as const));
  const groups = new Map<string, CaptureRecord[]>();
  const originalOf = new Map<string, string>();
  for (const record of records) {
    if (record.near_duplicate_of === null) continue;
    const root = originalId(record.id, byId);
    originalOf.set(record.id, root);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(record);
  }
  for (const [root, members] of groups) {
    const original = byId.get(root);
    if (original) {
      originalOf.set(root, root);
      members.push(original);
    }
    members.sort((a, b) => {
      if (a.id === root) return -1;
      if (b.id === root) return 1;
      return a.first_captured_at < b.first_captured_at ? -1 : a.first_captured_at > b.first_captured_at ? 1 : 0;
    });
  }
  return { groups, originalOf };
}

// The library's view state: all captures in memory, and what the table shows for the current search, filter and sort.
import type { CaptureRecord } from '../model';
import { duplicateGroups, type DuplicateGroups } from './groups';
import { matchesFilter, NO_FILTER, DEFAULT_SORT, sortRecords, type LibraryFilter, type SortOrder } from './query';
import { searchEntry, searchIds, type SearchEntry, type ToSimplified } from './search';
import { emptySelection, pruneSelection, type Selection } from './selection';

export class LibraryView {
  private records = new Map<string, CaptureRecord>();
  private entries = new Map<string, SearchEntry>();
  private dupes: DuplicateGroups = { groups: new Map(), originalOf: new Map() };
  private matched: Set<string> | null = null;
  private shownCache: CaptureRecord[] | null = null;

  query = '';
  filter: LibraryFilter = { ...NO_FILTER };
  sort: SortOrder = { ...DEFAULT_SORT };
  selection: Selection = emptySelection();
  /** When set, the table shows only this original and its copies. */
  groupOf: string | null = null;

  constructor(private readonly toSimplified: ToSimplified) {}

  get size(): number {
    return this.records.size;
  }

  get(id: string): CaptureRecord | undefined {
    return this.records.get(id);
  }

  all(): CaptureRecord[] {
    return [...this.records.values()];
  }

  /** Add or replace captures (a load slice, an edit, a restore). */
  upsert(records: Iterable<CaptureRecord>): void {
    for (const record of records) {
      const previous = this.records.get(record.id);
      this.records.set(record.id, record);
      if (!previous || previous.title !== record.title || previous.text !== record.text || previous.text_original !== record.text_original) {
        this.entries.set(record.id, searchEntry(record));
      }
    }
    this.changed(true);
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      this.records.delete(id);
      this.entries.delete(id);
    }
    this.selection = pruneSelection(this.selection, new Set(this.records.keys()));
    this.changed(true);
  }

  /** Replace everything (after another page or the capture service changed the store). */
  replaceAll(records: readonly CaptureRecord[]): void {
    this.records = new Map(records.map((r) => [r.id, r] as const));
    this.entries = new Map(records.map((r) => [r.id, searchEntry(r)] as const));
    this.selection = pruneSelection(this.selection, new Set(this.records.keys()));
    this.changed(true);
  }

  setQuery(query: string): void {
    this.query = query;
    this.matched = searchIds([...this.entries.values()], query, this.toSimplified);
    this.shownCache = null;
  }

  setFilter(filter: LibraryFilter): void {
    this.filter = filter;
    this.shownCache = null;
  }

  setSort(sort: SortOrder): void {
    this.sort = sort;
    this.shownCache = null;
  }

  setGroup(originalId: string | null): void {
    this.groupOf = originalId;
    this.shownCache = null;
  }

  /** The rows the table shows, in order. */
  shown(): CaptureRecord[] {
    if (this.shownCache) return this.shownCache;
    const ctx = { originalsWithCopies: new Set(this.dupes.groups.keys()) };
    const group = this.groupOf === null ? null : this.dupes.groups.get(this.groupOf) ?? [];
    const pool = group ?? [...this.records.values()];
    const kept = pool.filter(
      (r) => (this.matched === null || this.matched.has(r.id)) && (group !== null || matchesFilter(r, this.filter, ctx)),
    );
    this.shownCache = group ? kept : sortRecords(kept, this.sort);
    return this.shownCache;
  }

  shownIds(): string[] {
    return this.shown().map((r) => r.id);
  }

  /** The original of a capture's group and the group's size, or null when it has no near-duplicates. */
  groupFor(id: string): { originalId: string; size: number } | null {
    const originalId = this.dupes.originalOf.get(id);
    if (originalId === undefined) return null;
    return { originalId, size: this.dupes.groups.get(originalId)?.length ?? 0 };
  }

  /** Ids the selection acts on: the checked rows, or when none are checked, every row shown. */
  selectionOrShownIds(): string[] {
    if (this.selection.ids.size === 0) return this.shownIds();
    return this.shownIds().filter((id) => this.selection.ids.has(id));
  }

  private changed(recordsChanged: boolean): void {
    if (recordsChanged) {
      this.dupes = duplicateGroups([...this.records.values()]);
      if (this.query !== '') this.matched = searchIds([...this.entries.values()], this.query, this.toSimplified);
    }
    this.shownCache = null;
  }
}

// Filters and sort orders of the library table: pure functions over captures.
import type { CaptureRecord } from '../model';

export type DuplicateFilter = 'all' | 'only' | 'hide';

export interface LibraryFilter {
  site: string | null;
  /** Inclusive day bounds, YYYY-MM-DD, compared with the day the page gives (its own clock). */
  publishedFrom: string | null;
  publishedTo: string | null;
  /** Inclusive day bounds, YYYY-MM-DD, in the reader's local time. */
  capturedFrom: string | null;
  capturedTo: string | null;
  missingDate: boolean;
  missingAuthor: boolean;
  /** only: captures in a group of near-duplicates (originals with copies, and copies); hide: copies left out. */
  duplicates: DuplicateFilter;
  tag: string | null;
}

export const NO_FILTER: LibraryFilter = {
  site: null,
  publishedFrom: null,
  publishedTo: null,
  capturedFrom: null,
  capturedTo: null,
  missingDate: false,
  missingAuthor: false,
  duplicates: 'all',
  tag: null,
};

/** The site a capture is listed under: its name when the page gave one, else the host. */
export function siteOf(record: Pick<CaptureRecord, 'site_name' | 'url'>): string {
  if (record.site_name) return record.site_name;
  try {
    return new URL(record.url).hostname;
  } catch {
    return record.url;
  }
}

/** YYYY-MM-DD of an instant in the local time zone. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function withinDays(day: string, from: string | null, to: string | null): boolean {
  if (from !== null && day < from) return false;
  if (to !== null && day > to) return false;
  return true;
}

/** A month-precision date (2003-05) is in a day range when any day of its month is. */
function publishedWithin(publishedAt: string, from: string | null, to: string | null): boolean {
  const day = publishedAt.slice(0, 10);
  if (day.length === 10) return withinDays(day, from, to);
  return (from === null || `${day}-31` >= from) && (to === null || `${day}-01` <= to);
}

export interface FilterContext {
  /** Ids of captures that have at least one copy. */
  originalsWithCopies: ReadonlySet<string>;
}

export function matchesFilter(record: CaptureRecord, filter: LibraryFilter, ctx: FilterContext): boolean {
  if (filter.site !== null && siteOf(record) !== filter.site) return false;
  if (filter.missingDate && record.published_at !== null) return false;
  if (filter.missingAuthor && record.author !== null) return false;
  if (filter.publishedFrom !== null || filter.publishedTo !== null) {
    if (record.published_at === null) return false;
    if (!publishedWithin(record.published_at, filter.publishedFrom, filter.publishedTo)) return false;
  }
  if ((filter.capturedFrom !== null || filter.capturedTo !== null) &&
      !withinDays(localDay(record.captured_at), filter.capturedFrom, filter.capturedTo)) return false;
  if (filter.duplicates === 'hide' && record.near_duplicate_of !== null) return false;
  if (filter.duplicates === 'only' && record.near_duplicate_of === null && !ctx.originalsWithCopies.has(record.id)) return false;
  if (filter.tag !== null && !record.tags.includes(filter.tag)) return false;
  return true;
}

export const SORT_KEYS = ['title', 'site', 'column', 'published', 'source', 'author', 'chars', 'captured'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortOrder {
  key: SortKey;
  descending: boolean;
}

export const DEFAULT_SORT: SortOrder = { key: 'captured', descending: true };

type SortValue = string | number | null;

function sortValue(record: CaptureRecord, key: SortKey): SortValue {
  switch (key) {
    case 'title': return record.title;
    case 'site': return siteOf(record);
    case 'column': return record.column;
    case 'published': return record.published_at;
    case 'source': return record.source;
    case 'author': return record.author;
    case 'chars': return record.chars;
    case 'captured': return record.captured_at;
  }
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Sorted copy. Missing values go last in both directions (a researcher sorting by date wants the dated ones first);
 * ties keep capture order, newest first, so the order is stable across re-sorts.
 */
export function sortRecords(records: readonly CaptureRecord[], order: SortOrder): CaptureRecord[] {
  const sign = order.descending ? -1 : 1;
  const textual = order.key !== 'chars' && order.key !== 'published' && order.key !== 'captured';
  const keyed = records.map((record) => ({ record, value: sortValue(record, order.key) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (a.value !== b.value) {
      const c = textual ? collator.compare(a.value as string, b.value as string) : a.value < b.value ? -1 : 1;
      if (c !== 0) return sign * c;
    }
    return a.record.captured_at < b.record.captured_at ? 1 : a.record.captured_at > b.record.captured_at ? -1 : 0;
  });
  return keyed.map((k) => k.record);
}

/** Every site and tag in the library, for the filter menus, sorted. */
export function filterChoices(records: readonly CaptureRecord[]): { sites: string[]; tags: string[] } {
  const sites = new Set<string>();
  const tags = new Set<string>();
  for (const record of records) {
    sites.add(siteOf(record));
    for (const tag of record.tags) tags.add(tag);
  }
  return { sites: [...sites].sort(collator.compare), tags: [...tags].sort(collator.compare) };
}

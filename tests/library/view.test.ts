import { describe, expect, it } from 'vitest';
import { currentSelectionIds, currentShownRecords, setCurrentLibraryView } from '@/lib/library/current';
import { duplicateGroups } from '@/lib/library/groups';
import { NO_FILTER, filterChoices, matchesFilter, siteOf, sortRecords } from '@/lib/library/query';
import { clickRow, toggleAll, emptySelection } from '@/lib/library/selection';
import { LibraryView } from '@/lib/library/view';
import { rowWindow, scrollToRow } from '@/lib/library/virtual';
import { toSimplified } from '@/lib/normalize/script';
import { makeRecord } from './records';

const a = makeRecord({ id: 'a', title: '乙篇', site_name: '常州长安网', published_at: '2022-07-01T10:30+08:00', author: '魏宁', chars: 300, captured_at: '2026-11-01T08:00:00.000Z', first_captured_at: '2026-11-01T08:00:00.000Z', tags: ['党建'] });
const b = makeRecord({ id: 'b', title: '甲篇', site_name: null, url: 'http://www.sq.gov.cn/x.html', published_at: null, chars: 1200, captured_at: '2026-11-03T08:00:00.000Z', first_captured_at: '2026-11-03T08:00:00.000Z', near_duplicate_of: 'a' });
const c = makeRecord({ id: 'c', title: '丙篇', site_name: '宿迁网', published_at: '2023-06-28', chars: 50, captured_at: '2026-11-02T08:00:00.000Z', first_captured_at: '2026-11-02T08:00:00.000Z', near_duplicate_of: 'b' });
const d = makeRecord({ id: 'd', title: null, site_name: '宿迁网', published_at: '2021-01-01', chars: 900, captured_at: '2026-10-01T08:00:00.000Z', first_captured_at: '2026-10-01T08:00:00.000Z' });
const all = [a, b, c, d];
const ids = (records: { id: string }[]) => records.map((r) => r.id);

describe('sortRecords', () => {
  it('sorts by capture time, newest first, by default order', () => {
    expect(ids(sortRecords(all, { key: 'captured', descending: true }))).toEqual(['b', 'c', 'a', 'd']);
  });

  it('sorts numbers as numbers and puts missing values last in both directions', () => {
    expect(ids(sortRecords(all, { key: 'chars', descending: false }))).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(sortRecords(all, { key: 'published', descending: false }))).toEqual(['d', 'a', 'c', 'b']);
    expect(ids(sortRecords(all, { key: 'published', descending: true }))).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(sortRecords(all, { key: 'title', descending: true })).at(-1)).toBe('d');
  });

  it('sorts sites by the name shown (pinyin order), the host when there is no name', () => {
    expect(siteOf(b)).toBe('www.sq.gov.cn');
    const order = ids(sortRecords(all, { key: 'site', descending: false }));
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('c'));
    expect(order.slice(order.indexOf('c'), order.indexOf('c') + 2)).toEqual(['c', 'd']);
  });
});

describe('matchesFilter', () => {
  const ctx = { originalsWithCopies: new Set(['a', 'b']) };
  const kept = (filter: Partial<typeof NO_FILTER>) => ids(all.filter((r) => matchesFilter(r, { ...NO_FILTER, ...filter }, ctx)));

  it('filters by site, tag, missing date and missing author', () => {
    expect(kept({ site: '宿迁网' })).toEqual(['c', 'd']);
    expect(kept({ tag: '党建' })).toEqual(['a']);
    expect(kept({ missingDate: true })).toEqual(['b']);
    expect(kept({ missingAuthor: true })).toEqual(['b', 'c', 'd']);
  });

  it('filters by publish-day range, inclusive, leaving out undated captures', () => {
    expect(kept({ publishedFrom: '2022-07-01', publishedTo: '2023-06-28' })).toEqual(['a', 'c']);
    expect(kept({ publishedTo: '2021-12-31' })).toEqual(['d']);
  });

  it('keeps a month-precision date when its month meets the range', () => {
    const monthOnly = makeRecord({ id: 'm', published_at: '2003-05' });
    const keeps = (publishedFrom: string | null, publishedTo: string | null) =>
      matchesFilter(monthOnly, { ...NO_FILTER, publishedFrom, publishedTo }, ctx);
    expect(keeps('2003-05-01', '2003-05-31')).toBe(true);
    expect(keeps('2003-05-20', null)).toBe(true);
    expect(keeps(null, '2003-05-01')).toBe(true);
    expect(keeps('2003-06-01', null)).toBe(false);
    expect(keeps(null, '2003-04-30')).toBe(false);
  });

  it('filters by capture-day range', () => {
    expect(kept({ capturedFrom: '2026-11-02' })).toEqual(['b', 'c']);
    expect(kept({ capturedTo: '2026-10-31' })).toEqual(['d']);
  });

  it('shows only duplicate groups, or hides copies', () => {
    expect(kept({ duplicates: 'only' })).toEqual(['a', 'b', 'c']);
    expect(kept({ duplicates: 'hide' })).toEqual(['a', 'd']);
  });

  it('offers every site and tag as a choice', () => {
    expect(filterChoices(all)).toEqual({ sites: expect.arrayContaining(['常州长安网', '宿迁网', 'www.sq.gov.cn']), tags: ['党建'] });
  });
});

describe('duplicateGroups', () => {
  it('groups copies under the original, following chains, original first', () => {
    const { groups, originalOf } = duplicateGroups(all);
    expect([...groups.keys()]).toEqual(['a']);
    expect(ids(groups.get('a')!)).toEqual(['a', 'c', 'b']);
    expect(originalOf.get('c')).toBe('a');
    expect(originalOf.has('d')).toBe(false);
  });

  it('keeps a group together when its original is not in the library', () => {
    const { groups } = duplicateGroups([b, c]);
    expect(ids(groups.get('a')!)).toEqual(['c', 'b']);
  });
});

describe('rowWindow', () => {
  it('renders only the rows in view plus overscan', () => {
    expect(rowWindow({ scrollTop: 0, viewportHeight: 600, rowHeight: 30, rowCount: 10_000, overscan: 5 })).toEqual({
      first: 0, end: 25, offsetTop: 0, totalHeight: 300_000,
    });
    expect(rowWindow({ scrollTop: 3000, viewportHeight: 600, rowHeight: 30, rowCount: 10_000, overscan: 5 })).toEqual({
      first: 95, end: 125, offsetTop: 2850, totalHeight: 300_000,
    });
  });

  it('clamps past the end and handles short and empty lists', () => {
    expect(rowWindow({ scrollTop: 1e9, viewportHeight: 600, rowHeight: 30, rowCount: 10_000, overscan: 5 })).toMatchObject({ first: 9975, end: 10_000 });
    expect(rowWindow({ scrollTop: 0, viewportHeight: 600, rowHeight: 30, rowCount: 3, overscan: 5 })).toMatchObject({ first: 0, end: 3 });
    expect(rowWindow({ scrollTop: 0, viewportHeight: 600, rowHeight: 30, rowCount: 0, overscan: 5 })).toEqual({ first: 0, end: 0, offsetTop: 0, totalHeight: 0 });
  });

  it('scrolls the least needed to show a row', () => {
    expect(scrollToRow(5, 0, 300, 30)).toBeNull();
    expect(scrollToRow(10, 0, 300, 30)).toBe(30);
    expect(scrollToRow(10, 0, 200, 30)).toBe(130);
    expect(scrollToRow(2, 150, 300, 30)).toBe(60);
  });
});

describe('selection', () => {
  const shown = ['a', 'b', 'c', 'd', 'e'];
  it('toggles one row and shift-click selects the range from the last click', () => {
    let s = clickRow(emptySelection(), shown, 'b', false);
    s = clickRow(s, shown, 'd', true);
    expect([...s.ids].sort()).toEqual(['b', 'c', 'd']);
    s = clickRow(s, shown, 'a', false);
    expect(s.anchor).toBe('a');
    expect([...s.ids].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shift-click from an unchecked row clears the range', () => {
    let s = toggleAll(emptySelection(), shown);
    s = clickRow(s, shown, 'b', false);
    s = clickRow(s, shown, 'd', true);
    expect([...s.ids].sort()).toEqual(['a', 'e']);
    expect(toggleAll(toggleAll(s, shown), shown).ids.size).toBe(0);
  });
});

describe('LibraryView', () => {
  it('combines search, filters and sort, and answers what is shown or selected for export', () => {
    const view = new LibraryView(toSimplified);
    view.upsert(all);
    view.setFilter({ ...NO_FILTER, duplicates: 'hide' });
    expect(view.shownIds()).toEqual(['a', 'd']);
    view.setQuery('乙');
    expect(view.shownIds()).toEqual(['a']);
    view.setQuery('');
    view.setFilter({ ...NO_FILTER });
    view.selection = clickRow(view.selection, view.shownIds(), 'c', false);
    expect(view.selectionOrShownIds()).toEqual(['c']);
    view.remove(['c']);
    expect(view.selectionOrShownIds()).toEqual(['b', 'a', 'd']);
  });

  it('tells the export what the page shows: checked rows, else every shown row, else nothing off the page', () => {
    expect(currentSelectionIds()).toEqual([]);
    const view = new LibraryView(toSimplified);
    view.upsert(all);
    setCurrentLibraryView(view);
    view.setFilter({ ...NO_FILTER, duplicates: 'hide' });
    expect(currentSelectionIds()).toEqual(['a', 'd']);
    expect(currentShownRecords().map((r) => r.near_duplicate_of)).toEqual([null, null]);
    view.selection = clickRow(view.selection, view.shownIds(), 'd', false);
    expect(currentSelectionIds()).toEqual(['d']);
    setCurrentLibraryView(null);
  });

  it('shows one duplicate group on request and keeps search results fresh after an edit', () => {
    const view = new LibraryView(toSimplified);
    view.upsert(all);
    view.setGroup('a');
    expect(view.shownIds()).toEqual(['a', 'c', 'b']);
    expect(view.groupFor('b')).toEqual({ originalId: 'a', size: 3 });
    expect(view.groupFor('d')).toBeNull();
    view.setGroup(null);
    view.setQuery('新标题');
    expect(view.shownIds()).toEqual([]);
    view.upsert([{ ...d, title: '新标题' }]);
    expect(view.shownIds()).toEqual(['d']);
  });
});

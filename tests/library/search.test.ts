import { describe, expect, it } from 'vitest';
import { toSimplified } from '@/lib/normalize/script';
import { firstMatchOffset, searchEntry, searchIds } from '@/lib/library/search';
import { makeRecord } from './records';

const records = [
  makeRecord({ id: 'party', title: '常州举行庆祝中国共产党成立101周年座谈会', text: '市委书记陈金虎代表市委向全市各级党组织致以节日的问候。' }),
  makeRecord({
    id: 'taiwan',
    title: '两岸经济发展论坛在台湾举行',
    text: '论坛讨论了台湾与大陆的经济发展与国际贸易。',
    title_original: '兩岸經濟發展論壇在臺灣舉行',
    text_original: '論壇討論了臺灣與大陸的經濟發展與國際貿易。',
    script_original: 'zh-Hant',
  }),
  makeRecord({ id: 'latin', title: 'APEC 会议', text: 'The APEC Summit 在北京举行。' }),
];
const entries = records.map(searchEntry);
const find = (query: string) => [...(searchIds(entries, query, toSimplified) ?? [])].sort();

describe('library search', () => {
  it('finds Chinese substrings in the body and the title, without word boundaries', () => {
    expect(find('各级党组织')).toEqual(['party']);
    expect(find('周年座谈')).toEqual(['party']);
    expect(find('举行')).toEqual(['latin', 'party', 'taiwan']);
  });

  it('finds an article with a Traditional query, as converted and as typed against the original text', () => {
    expect(find('經濟發展')).toEqual(['taiwan']);
    expect(find('臺灣')).toEqual(['taiwan']);
    expect(find('台湾')).toEqual(['taiwan']);
    expect(find('國際貿易')).toEqual(['taiwan']);
  });

  it('needs every whitespace-separated term, in any order, and ignores case', () => {
    expect(find('座谈会 陈金虎')).toEqual(['party']);
    expect(find('陈金虎 台湾')).toEqual([]);
    expect(find('apec summit')).toEqual(['latin']);
  });

  it('returns null (show everything) for a blank query and an empty set when nothing matches', () => {
    expect(searchIds(entries, '   ', toSimplified)).toBeNull();
    expect(find('没有这篇')).toEqual([]);
  });

  it('locates the first term for a snippet', () => {
    expect(firstMatchOffset(records[1].text, '國際', toSimplified)).toBe(records[1].text.indexOf('国际'));
    expect(firstMatchOffset(records[0].text, '不在', toSimplified)).toBe(-1);
  });

  // How fast: scripts/bench-library.ts (search latency in the library page), not a timed test.
  it('finds the one body among 10,000 of 3,000 characters', () => {
    const filler = '全区各级党组织坚持以习近平新时代中国特色社会主义思想为指导深入推进基层治理。'.repeat(80);
    const many = Array.from({ length: 10_000 }, (_, i) =>
      searchEntry(makeRecord({ id: `r${i}`, title: `第${i}号`, text: `${filler}编号${i}的专属内容。` })),
    );
    // Bodies read from IndexedDB are flat strings; the first pass flattens these concatenated ones.
    searchIds(many, '预热', toSimplified);
    const found = searchIds(many, '编号9999的专属', toSimplified);
    expect([...found!]).toEqual(['r9999']);
  });
});

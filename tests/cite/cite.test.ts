import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { cslItem, formatCitations, referenceText } from '../../lib/cite';
import { makeCaptureRecord } from '../helpers/records';

/** Every variable of CSL 1.0.2's csl-data.json: an item with any other key is not CSL-JSON. */
const CSL_KEYS = new Set([
  'id', 'type', 'citation-key', 'categories', 'language', 'journalAbbreviation', 'shortTitle', 'author', 'chair',
  'collection-editor', 'compiler', 'composer', 'container-author', 'contributor', 'curator', 'director', 'editor',
  'editorial-director', 'executive-producer', 'guest', 'host', 'interviewer', 'illustrator', 'narrator', 'organizer',
  'original-author', 'performer', 'producer', 'recipient', 'reviewed-author', 'script-writer', 'series-creator',
  'translator', 'accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted', 'abstract',
  'annote', 'archive', 'archive_collection', 'archive_location', 'archive-place', 'authority', 'call-number',
  'chapter-number', 'citation-number', 'citation-label', 'collection-number', 'collection-title', 'container-title',
  'container-title-short', 'dimensions', 'division', 'DOI', 'edition', 'event', 'event-title', 'event-place',
  'first-reference-note-number', 'genre', 'ISBN', 'ISSN', 'issue', 'jurisdiction', 'keyword', 'locator', 'medium',
  'note', 'number', 'number-of-pages', 'number-of-volumes', 'original-publisher', 'original-publisher-place',
  'original-title', 'page', 'page-first', 'part', 'part-title', 'PMCID', 'PMID', 'printing', 'publisher',
  'publisher-place', 'references', 'reviewed-genre', 'reviewed-title', 'scale', 'section', 'source', 'status',
  'supplement', 'title', 'title-short', 'URL', 'version', 'volume', 'volume-title', 'volume-title-short',
  'year-suffix', 'custom',
]);

const notice = () =>
  makeCaptureRecord({
    title: '关于进一步优化营商环境的通知',
    author: null,
    source: '市政府办公室',
    site_name: '示例市人民政府网',
    column: '政策文件',
    published_at: '2023-05-06',
    captured_at: '2024-01-02T03:04:05.000Z',
    text: '发文机关：示例市人民政府办公室\n发文字号：示政办发〔2023〕12号\n各区人民政府，市政府各部门：\n现将有关事项通知如下。',
  });

const newspaperArticle = () =>
  makeCaptureRecord({
    title: '乡村振兴开新局',
    author: '张三 李四、王五',
    source: '人民日报 2023年07月01日 第04版',
    site_name: '人民网',
    column: '要闻',
    published_at: '2023-07',
    captured_at: '2024-01-02T03:04:05.000Z',
  });

describe('CSL-JSON item', () => {
  it('maps a newspaper article: literal Chinese names, the newspaper as container, the print page, month precision', () => {
    const item = cslItem(newspaperArticle());
    expect(item.type).toBe('article-newspaper');
    expect(item.author).toEqual([{ literal: '张三' }, { literal: '李四' }, { literal: '王五' }]);
    expect(item['container-title']).toBe('人民日报');
    expect(item.page).toBe('4');
    expect(item.section).toBe('要闻');
    expect(item.issued).toEqual({ 'date-parts': [[2023, 7]] });
    expect(item.accessed).toEqual({ 'date-parts': [[2024, 1, 2]] });
    expect(item.note).toContain('source (来源): 人民日报 2023年07月01日 第04版');
  });

  it('maps a notice with 发文机关 and 发文字号 as a regulation numbered by its 文号', () => {
    const item = cslItem(notice());
    expect(item.type).toBe('regulation');
    expect(item.number).toBe('示政办发〔2023〕12号');
    expect(item.author).toEqual([{ literal: '示例市人民政府办公室' }]);
    expect(item['container-title']).toBe('示例市人民政府网');
    expect(item.issued).toEqual({ 'date-parts': [[2023, 5, 6]] });
  });

  it('maps a government news page as a webpage; the time of day and the rest go to the note', () => {
    const record = makeCaptureRecord({ pretitle: '聚焦两会', subtitle: '副题在此', editor: '赵六' });
    const item = cslItem(record);
    expect(item.type).toBe('webpage');
    expect(item.author).toEqual([{ literal: '张三' }]);
    expect(item['container-title']).toBe('示例市人民政府网');
    expect(item.URL).toBe(record.url);
    expect(item.issued).toEqual({ 'date-parts': [[2024, 11, 20]] });
    for (const line of ['pretitle: 聚焦两会', 'subtitle: 副题在此', 'editor (责任编辑): 赵六', 'published_at: 2024-11-20T10:30+08:00', `zhengwen id: ${record.id}`]) {
      expect(item.note).toContain(line);
    }
  });

  it('uses only CSL-JSON keys', () => {
    for (const record of [notice(), newspaperArticle(), makeCaptureRecord({ title: null, author: null, published_at: null })]) {
      const keys = Object.keys(cslItem(record));
      expect(keys.filter((key) => !CSL_KEYS.has(key))).toEqual([]);
    }
  });

  it('leaves out the date a page does not give, and a 通报 is no newspaper', () => {
    const item = cslItem(makeCaptureRecord({ published_at: null, source: '市纪委监委通报' }));
    expect(item.issued).toBeUndefined();
    expect(item.type).toBe('webpage');
  });
});

describe('RIS and BibTeX', () => {
  const records = [newspaperArticle(), notice(), makeCaptureRecord({ title: '100% 完成 {年度} 任务_#1 & more' })];
  const items = records.map(cslItem);

  it('writes RIS that citation-js reads back with the same titles, authors, containers and dates', async () => {
    const ris = await formatCitations(items, 'ris');
    expect(ris).toContain('TY  - NEWS');
    expect(ris).toContain('SP  - 4');
    expect(ris).toContain(`UR  - ${records[0].url}\n`);
    const back = new Cite(ris).format('data', { format: 'object' }) as unknown as Array<Record<string, any>>;
    expect(back.map((item) => item.title)).toEqual(items.map((item) => item.title));
    // citation-js reads a NEWS record's AU lines into a variable CSL drops, so the reporters are checked as lines.
    expect(ris).toMatch(/TY  - NEWS\n(?:.*\n)*?AU  - 张三\nAU  - 李四\nAU  - 王五\n/);
    expect(back[1].issued).toEqual({ 'date-parts': [[2023, 5, 6]] });
    expect(back[0]['container-title']).toBe('人民日报');
  });

  it('writes BibTeX with the Chinese kept, LaTeX specials escaped, and a key per capture', async () => {
    const bib = await formatCitations(items, 'bibtex');
    expect(bib).toContain(`@article{zhengwen_${records[0].id},`);
    expect(bib).toContain('title = {乡村振兴开新局}');
    expect(bib).toContain('journal = {人民日报}');
    expect(bib).toContain('100\\% 完成 \\{年度\\} 任务\\_\\#1 \\& more');
    const back = new Cite(bib).format('data', { format: 'object' }) as unknown as Array<Record<string, any>>;
    expect(back.map((item) => item.title)).toEqual(items.map((item) => item.title));
  });
});

describe('reference text', () => {
  it('GB/T 7714-2015: [EB/OL] with (发布日期)[引用日期] and the URL; [N/OL] with the newspaper and page', async () => {
    const record = notice();
    expect(await referenceText(record, 'gbt7714')).toBe(
      `示例市人民政府办公室. 关于进一步优化营商环境的通知: 示政办发〔2023〕12号[EB/OL]. (2023-05-06)[2024-01-02]. ${record.url}.`,
    );
    const article = newspaperArticle();
    expect(await referenceText(article, 'gbt7714')).toBe(`张三, 李四, 王五. 乡村振兴开新局[N/OL]. 人民日报, 2023-07(4)[2024-01-02]. ${article.url}.`);
  });

  it('GB/T 7714-2015: more than three authors end in 等', async () => {
    const record = makeCaptureRecord({ author: '甲 乙 丙 丁', published_at: '2024-11-20' });
    expect(await referenceText(record, 'gbt7714')).toMatch(/^甲, 乙, 丙, 等\. /);
  });

  it('APA-like: names, (year, month day), title, site, URL', async () => {
    const record = makeCaptureRecord({ published_at: '2024-11-20' });
    const text = await referenceText(record, 'apa');
    expect(text).toContain('张三. (2024, November 20). 市委常委会召开会议');
    expect(text).toContain('示例市人民政府网');
    expect(text).toContain(record.url);
  });
});

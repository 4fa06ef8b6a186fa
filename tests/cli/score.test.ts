import { describe, expect, it } from 'vitest';
import {
  authorMatches,
  boilerplateLeaks,
  bodyScore,
  bodyScoreWithOptional,
  dateMatches,
  dateMatchesAtTruthPrecision,
  namesCovered,
  scoringForm,
  snippetsOk,
  sourceMatches,
  titleMatches,
} from '../../lib/cli/score';
import { floorsOf, gateFailures, gateGains } from '../../lib/cli/evalGate';

describe('scoring rules of the evaluation set', () => {
  it('normalizes: NFKC, Traditional to Simplified, letters and digits only, lower case', () => {
    expect(scoringForm('會議，ＡＢＣ 2022年！')).toBe('会议abc2022年');
  });

  it('scores bodies by character bigrams', () => {
    expect(bodyScore('今天开会', '今天开会').f1).toBe(1);
    const s = bodyScore('今天开会', '今天开会了');
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.75);
    expect(bodyScore('', '今天开会').f1).toBe(0);
    expect(bodyScore('今天開會。', '今天开会').f1).toBe(1);
  });

  it('counts repeated bigrams as a multiset', () => {
    const s = bodyScore('哈哈哈哈', '哈哈');
    expect(s.recall).toBe(1);
    expect(s.precision).toBeCloseTo(1 / 3);
  });

  it('compares titles after normalization', () => {
    expect(titleMatches('徐州市委常委會召開會議', '徐州市委常委会召开会议')).toBe(true);
    expect(titleMatches(null, '会议')).toBe(false);
  });

  it('compares dates by day, and by minute when the truth has a time', () => {
    expect(dateMatches('2005-03-21T11:21+08:00', '2005-03-21 11:21')).toBe(true);
    expect(dateMatches('2005-03-21T11:21:30+08:00', '2005-3-21 11:21')).toBe(true);
    expect(dateMatches('2005-03-21', '2005-03-21 11:21')).toBe(false);
    expect(dateMatches('2005-03-21T09:00+08:00', '2005-03-21')).toBe(true);
    expect(dateMatches('2005-03-22', '2005-03-21')).toBe(false);
    expect(dateMatches(null, '2005-03-21')).toBe(false);
  });

  it('can compare a truth that gives only a month or a year at that precision', () => {
    expect(dateMatches('1998-03', '1998-3')).toBe(false);
    expect(dateMatchesAtTruthPrecision('1998-03', '1998-3')).toBe(true);
    expect(dateMatchesAtTruthPrecision('1998-03-15', '1998-3')).toBe(true);
    expect(dateMatchesAtTruthPrecision('1998-04', '1998-3')).toBe(false);
    expect(dateMatchesAtTruthPrecision('2018-08-23', '2018')).toBe(true);
    expect(dateMatchesAtTruthPrecision('2019-08-23', '2018')).toBe(false);
    expect(dateMatchesAtTruthPrecision(null, '2018')).toBe(false);
    // A truth with a day keeps the strict rule.
    expect(dateMatchesAtTruthPrecision('2005-03-21', '2005-03-21 11:21')).toBe(false);
    expect(dateMatchesAtTruthPrecision('2005-03-21T11:21+08:00', '2005-03-21 11:21')).toBe(true);
  });

  it('needs every name of the truth in the author or the editor', () => {
    expect(authorMatches('宋怡', '杨志华', '宋怡 杨志华')).toBe(true);
    expect(authorMatches('宋怡', null, '宋怡 杨志华')).toBe(false);
    expect(authorMatches('記者 魏寧', null, '魏宁')).toBe(true);
  });

  it('checks with / without snippets', () => {
    expect(snippetsOk('甲乙丙丁', ['乙丙'], ['戊'])).toBe(true);
    expect(snippetsOk('甲乙丙丁', ['乙丙'], ['丁'])).toBe(false);
  });
});

describe('govset scoring rules', () => {
  it('covers every 、-separated name of an author or editor truth', () => {
    expect(namesCovered(['王乐文 方敏', null], '王乐文、方敏')).toBe(true);
    expect(namesCovered(['王乐文'], '王乐文、方敏')).toBe(false);
    expect(namesCovered(['医技药剂党支部', '李琴雯 刘会'], '医技药剂党支部；通讯员：李琴雯、刘会')).toBe(true);
  });

  it('takes a source that contains the truth with at most four more characters', () => {
    expect(sourceMatches('人民网-人民日报', '人民网－人民日报')).toBe(true);
    expect(sourceMatches('人民日报社', '人民日报')).toBe(true);
    expect(sourceMatches('人民日报2024-05-13', '人民日报')).toBe(false);
    expect(sourceMatches(null, '人民日报')).toBe(false);
  });

  it('counts the boilerplate strings left in a body', () => {
    expect(boilerplateLeaks('正文。\n责任编辑：张三', ['责任编辑：张三', '打印本页'])).toEqual(['责任编辑：张三']);
  });

  it('counts a boilerplate string the article itself also says only when the body holds it more often', () => {
    const truth = '投资回报可能是400万或者更多。';
    expect(boilerplateLeaks(truth, ['［更多］'], truth)).toEqual([]);
    expect(boilerplateLeaks(`${truth}\n［更多］`, ['［更多］'], truth)).toEqual(['［更多］']);
  });

  it('scores the body at its best with or without the optional lines', () => {
    const body = '第一段正文内容在这里。\n第二段正文内容在这里。';
    const optional = ['图为会议现场。'];
    expect(bodyScoreWithOptional(`图为会议现场。\n${body}`, body, optional).f1).toBe(1);
    expect(bodyScoreWithOptional(body, body, optional).f1).toBe(1);
    expect(bodyScore(`图为会议现场。\n${body}`, body).f1).toBeLessThan(1);
  });
});

describe('eval gate', () => {
  it('fails a rate below its floor and a count above its ceiling, and passes the same figures', () => {
    const floors = floorsOf({ 'govset.title': 0.84375, 'govset.leaks': 15 });
    expect(gateFailures({ 'govset.title': 0.84375, 'govset.leaks': 15 }, floors)).toEqual([]);
    expect(gateFailures({ 'govset.title': 0.8125, 'govset.leaks': 15 }, floors)).toHaveLength(1);
    expect(gateFailures({ 'govset.title': 0.9, 'govset.leaks': 16 }, floors)[0]).toMatch(/govset.leaks fell/);
    expect(gateGains({ 'govset.title': 0.9, 'govset.leaks': 3 }, floors)).toHaveLength(2);
  });
});

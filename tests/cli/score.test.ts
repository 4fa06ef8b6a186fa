import { describe, expect, it } from 'vitest';
import { authorMatches, bodyScore, dateMatches, dateMatchesAtTruthPrecision, scoringForm, snippetsOk, titleMatches } from '../../lib/cli/score';

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

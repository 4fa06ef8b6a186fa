import { describe, expect, it } from 'vitest';
import { citedIssueDate, dateFromUrl, findLabeledDate, parseChineseDate, parseChineseMonth, signedDate } from '../../lib/normalize/date';

describe('parseChineseDate', () => {
  it.each([
    ['2022-07-01', '2022-07-01'],
    ['2022/7/1', '2022-07-01'],
    ['2022.07.01', '2022-07-01'],
    ['2022年7月1日', '2022-07-01'],
    ['2022 年 7 月 1 日', '2022-07-01'],
    ['2022年07月01日 10:30', '2022-07-01T10:30+08:00'],
    ['2022年7月1日 14时30分', '2022-07-01T14:30+08:00'],
    ['2022年7月1日下午3:30', '2022-07-01T15:30+08:00'],
    ['2022-07-01 10:30:05', '2022-07-01T10:30:05+08:00'],
    ['2022/07/01 09:05', '2022-07-01T09:05+08:00'],
    ['二〇二二年七月一日', '2022-07-01'],
    ['二零二二年七月一日', '2022-07-01'],
    ['二〇二二年十二月廿一日', '2022-12-21'],
    ['二〇二二年十月三十一日', '2022-10-31'],
    ['二〇二三年正月十日', '2023-01-10'],
    ['2022-07-01T10:30:00+08:00', '2022-07-01T10:30:00+08:00'],
    ['2022-07-01T02:30:00Z', '2022-07-01T10:30:00+08:00'],
    ['2022-06-30T20:30-04:00', '2022-07-01T08:30+08:00'],
    ['2022-07-01T10:30:00.123+0800', '2022-07-01T10:30:00+08:00'],
    ['２０２２－０７－０１', '2022-07-01'],
    ['20220701', '2022-07-01'],
    ['日期:20220701', '2022-07-01'],
    ['发布日期:2022-07-01   来源:政法委', '2022-07-01'],
    ['2021/5/21   点击量:276413', '2021-05-21'],
    ['- 2024-07-09 21:24:01', '2024-07-09T21:24:01+08:00'],
    ['会议于2022年7月1日召开,2022年8月1日结束', '2022-07-01'],
    ['2020年2月29日', '2020-02-29'],
    ['2022年7月1日 14时30分05秒', '2022-07-01T14:30:05+08:00'],
    ['2012.01.12 06:45 pm', '2012-01-12T18:45+08:00'],
    ['2012.01.12 12:10 am', '2012-01-12T00:10+08:00'],
    ['9/17/2004 5:54:13 AM', '2004-09-17T05:54:13+08:00'],
    ['17/9/2004', '2004-09-17'],
    ['Jan 17, 2012', '2012-01-17'],
    ['2012年01月12日11:2121世纪网我要评论(0)', '2012-01-12T11:21+08:00'],
    ['http://www.e23.cn2011-12-09北京晚报', '2011-12-09'],
  ])('%s → %s', (input, expected) => {
    expect(parseChineseDate(input)).toBe(expected);
  });

  it.each([
    ['2022-13-45'],
    ['2022年2月30日'],
    ['2021年2月29日'],
    ['© 2015-2024'],
    ['编号20220701'],
    ['电话 20220701234'],
    ['v1.2.3.4'],
    ['1月4日下午'],
    [''],
  ])('%s → null', (input) => {
    expect(parseChineseDate(input)).toBeNull();
  });

  it('keeps the day when the time after it is impossible', () => {
    expect(parseChineseDate('2022-07-01 25:61')).toBe('2022-07-01');
  });
});

describe('findLabeledDate', () => {
  it.each([
    ['发布时间', '发布时间:2022-07-01 10:30'],
    ['发布日期', '发布日期:2022-07-01'],
    ['时间', '时间：2022年7月1日'],
    ['日期', '日期: 2022/7/1'],
    ['发表时间', '发表时间 2022.07.01'],
    ['发布于', '发布于 2022-07-01'],
    ['发表于', '发表于2022-07-01 21:30| 1164次阅读'],
    ['發佈時間', '發佈時間：2022年7月1日'],
  ])('reads the date after %s', (_label, line) => {
    expect(findLabeledDate(['来源:人民日报', line])?.slice(0, 10)).toBe('2022-07-01');
  });

  it('keeps the time precision the label gives', () => {
    expect(findLabeledDate(['发布时间:2022-07-01 10:30'])).toBe('2022-07-01T10:30+08:00');
  });

  it('prefers 发布时间 over an earlier 更新时间', () => {
    expect(findLabeledDate(['更新时间:2023-01-05', '发布时间:2022-07-01'])).toBe('2022-07-01');
  });

  it('prefers 发布日期 over an earlier 成文日期, and takes 成文日期 over 更新时间', () => {
    expect(findLabeledDate(['成文日期：2022-06-28', '发布日期：2022-07-01'])).toBe('2022-07-01');
    expect(findLabeledDate(['更新时间：2022-07-05', '成文日期：2022-06-28'])).toBe('2022-06-28');
  });

  it('falls back to 更新时间 when no other label has a date', () => {
    expect(findLabeledDate(['更新时间:2023-01-05', '来源:新华社'])).toBe('2023-01-05');
  });

  it('never reads a date from a copyright line', () => {
    expect(findLabeledDate(['Copyright © 2015-2024 日期:2020-01-01', '© 2021-01-01 版权所有'])).toBeNull();
  });

  it('ignores a date far from its label', () => {
    expect(findLabeledDate(['时间就是生命,2022年7月1日'])).toBeNull();
  });

  it('returns null when no label is present', () => {
    expect(findLabeledDate(['2022-07-01'])).toBeNull();
  });
});

describe('parseChineseMonth', () => {
  it.each([
    ['2003-05', '2003-05'],
    ['2003/5', '2003-05'],
    ['2003.05', '2003-05'],
    ['2003年5月', '2003-05'],
    ['1998年3月号', '1998-03'],
    ['二〇〇三年五月', '2003-05'],
    ['２００３－０５', '2003-05'],
  ])('%s → %s', (input, expected) => {
    expect(parseChineseMonth(input)).toBe(expected);
  });

  it.each([['2003-05-06'], ['2003年5月6日'], ['2003.5.6'], ['二〇〇三年五月六日'], ['2003-13'], ['2003年'], ['第5期']])(
    '%s → null (a day, no month, or no date)',
    (input) => {
      expect(parseChineseMonth(input)).toBeNull();
    },
  );
});

describe('findLabeledDate at month precision', () => {
  it('reads a year and month after a publication label when the page gives no day', () => {
    expect(findLabeledDate(['发布日期：2003-05'])).toBe('2003-05');
    expect(findLabeledDate(['来源：市妇联　发布时间：【2003年5月】'])).toBe('2003-05');
  });

  it('prefers a labelled day to a labelled month', () => {
    expect(findLabeledDate(['发布日期：2003-05', '发布时间：2003-05-06'])).toBe('2003-05-06');
  });

  it('takes no month after a bare 时间, which also labels when events take place', () => {
    expect(findLabeledDate(['活动时间：2022年7月'])).toBeNull();
  });
});

describe('citedIssueDate', () => {
  it.each([
    ['——《北京之春》1998年3月号', '1998-03'],
    ['（原载《人民日报》2020年3月5日 第5版）', '2020-03-05'],
    ['摘自《求是》2020年5月', '2020-05'],
    ['《人民日报》2020年03月05日 05 版', '2020-03-05'],
  ])('%s → %s', (line, expected) => {
    expect(citedIssueDate(line)).toBe(expected);
  });

  it.each([
    ['(原载《求是》2020年第5期)'],
    ['——《北京之春》1998年3月号 编者按'],
    ['他在《人民日报》2020年3月5日发表文章，阐述了这一观点。'],
    ['2020年3月5日'],
  ])('%s → null (no issue date, or not a citation line)', (line) => {
    expect(citedIssueDate(line)).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['http://www.gov.cn/xinwen/202207/t20220701_123456.html', '2022-07-01'],
    ['http://www.chrmpaper.com/content/2021-05/21/004750.html', '2021-05-21'],
    ['http://paper.people.com.cn/rmrb/html/2021-05/21/nw.D110000renmrb_20210521_1-01.htm', '2021-05-21'],
    ['https://example.cn/news/2021/05/21/abc.html', '2021-05-21'],
    ['https://example.cn/news/2021/0521/abc.html', '2021-05-21'],
  ])('%s → %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });

  it.each([['http://www.gov.cn/xinwen/202213/t20221345_1.html'], ['https://example.cn/article/123456.html'], ['not a url']])(
    '%s → null',
    (url) => {
      expect(dateFromUrl(url)).toBeNull();
    },
  );
});

describe('signedDate', () => {
  it.each([
    ['2024年5月10日', '2024-05-10'],
    ['二〇二四年五月十日', '2024-05-10'],
    ['2024 年 5 月 10 日', '2024-05-10'],
    ['２０２４年５月１０日', '2024-05-10'],
    ['2024年5月10日，全县召开会议。', null],
    ['2024-05-10 10:20', null],
    ['2024年5月', null],
  ])('%s → %s', (line, expected) => {
    expect(signedDate(line)).toBe(expected);
  });
});

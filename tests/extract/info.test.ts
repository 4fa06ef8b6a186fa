import { describe, expect, it } from 'vitest';
import { joinCalendarBadge } from '../../lib/extract/info';

describe('joinCalendarBadge (a date printed as a calendar badge: the day apart from the year and month)', () => {
  it.each([
    ['21', '2024年02月', '2024年02月21日'],
    ['2024年02月', '21', '2024年02月21日'],
    ['08', '2023-11', '2023年11月08日'],
    ['2023.11', '8', '2023年11月8日'],
    ['31', '2019/12', '2019年12月31日'],
    ['02-21', '2024', '2024年02月21日'],
    ['2024', '02-21', '2024年02月21日'],
    ['6月8日', '2023年', '2023年6月8日'],
  ])('%s + %s → %s', (a, b, joined) => {
    expect(joinCalendarBadge(a, b)).toBe(joined);
  });

  it.each([
    ['32', '2024年02月'], // no such day
    ['21', '2024年13月'], // no such month
    ['21', '2024年02月21日'], // already a whole date
    ['21', '阅读次数'],
    ['2024', '02月'],
    ['3', '5'],
    ['02-21', '1800'],
    ['13-01', '2024'],
  ])('%s + %s is no badge', (a, b) => {
    expect(joinCalendarBadge(a, b)).toBeNull();
  });
});

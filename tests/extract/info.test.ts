import { describe, expect, it } from 'vitest';
import { joinCalendarBadge, scriptWrittenInfoLines } from '../../lib/extract/info';
import { loadDocument } from './helpers';

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

describe('scriptWrittenInfoLines (info lines a template writes by script between the title and the body)', () => {
  const page = loadDocument(`<!DOCTYPE html><html><head></head><body>
    <script>document.write('来源：页首脚本')</script>
    <div class="article"><h1>关于某某工作的通知</h1>
      <div class="info"><script>document.write('发布时间：2023-06-15&nbsp;来源：市政府办公室')</script></div>
      <div id="zoom"><p>正文。</p><script>document.write('来源：正文里的脚本')</script></div>
    </div>
    <script>document.write('来源：页尾脚本')</script>
  </body></html>`);
  const title = page.querySelector('h1')!;
  const body = page.querySelector('#zoom')!;

  it('reads the scripts after the title and before the body, nothing before the title or from the body on', () => {
    expect(scriptWrittenInfoLines(title, body)).toEqual(['发布时间：2023-06-15 来源：市政府办公室']);
  });

  it('without a title, starts at the body\'s container', () => {
    expect(scriptWrittenInfoLines(null, body)).toEqual(['发布时间：2023-06-15 来源：市政府办公室']);
  });

  it('finds nothing when the body stands before the start', () => {
    expect(scriptWrittenInfoLines(body, title)).toEqual([]);
    expect(scriptWrittenInfoLines(title, page.querySelector('.article'))).toEqual([]);
  });
});

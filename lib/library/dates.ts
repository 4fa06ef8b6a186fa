// published_at as a person types it: ISO 8601 in China Standard Time, at month, day, minute or second precision,
// or a date the way pages write it (2022年7月1日 10:30, 2022/7/1, 二〇二二年七月一日), read by the extractor's parser.
import { parseChineseDate } from '../normalize/date';

export type DateCheck =
  | { ok: true; value: string | null }
  | { ok: false; problem: 'format' | 'offset' | 'calendar' };

/** A page that gives only a year and month (发布日期：2003-05) is captured at that precision. */
const MONTH_SHAPE = /^(\d{4})-(\d{2})$/;
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Check a typed publish date and write it the way the pipeline does: `2022-07`, `2022-07-01`,
 * `2022-07-01T10:30+08:00` or `2022-07-01T10:30:05+08:00`. A space instead of T and a missing offset are accepted (the offset is +08:00);
 * another offset is refused rather than silently shifted, since the page's own clock time is what gets cited.
 * Blank means "no date".
 */
export function checkPublishedAt(input: string): DateCheck {
  const text = input.trim();
  if (text === '') return { ok: true, value: null };
  const month = MONTH_SHAPE.exec(text);
  if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12 ? { ok: true, value: text } : { ok: false, problem: 'calendar' };
  const m = SHAPE.exec(text);
  if (!m) return pageWrittenDate(text);
  const [, y, mo, d, h, mi, s, offset] = m;
  if (offset !== undefined && offset.replace(':', '') !== '+0800') return { ok: false, problem: 'offset' };
  if (!isCalendarDay(Number(y), Number(mo), Number(d))) return { ok: false, problem: 'calendar' };
  if (h === undefined) return { ok: true, value: `${y}-${mo}-${d}` };
  if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) return { ok: false, problem: 'calendar' };
  return { ok: true, value: `${y}-${mo}-${d}T${h}:${mi}${s === undefined ? '' : `:${s}`}+08:00` };
}

/** Only date characters: the parser finds a date inside any text, and "2022-07-01T10" must not lose its hour. */
const PAGE_DATE_CHARS = /^[\d０-９〇零一二三四五六七八九十年月日号號\/.\-\s:：时時分秒]+$/;

function pageWrittenDate(text: string): DateCheck {
  const iso = PAGE_DATE_CHARS.test(text) ? parseChineseDate(text) : null;
  return iso === null ? { ok: false, problem: 'format' } : checkPublishedAt(iso);
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

// Dates as Chinese pages write them → ISO 8601 in China time (+08:00) at the precision the page gives: a time carries
// the offset; a day (2022-07-01) or, where a page gives no day, a month (2003-05) stands alone, as ISO 8601 writes
// calendar dates without a zone.

import { compact, isCopyrightLine } from '../rules/prose';

interface DateParts {
  y: number;
  mo: number;
  d: number;
  h?: number;
  mi?: number;
  s?: number;
  /** Offset from UTC in minutes when the source stated one (ISO strings); absent means China time. */
  offset?: number;
}

interface DateMatch {
  iso: string;
  index: number;
  end: number;
}

const FULL_WIDTH_DIGIT = /[０-９：／．－]/g;
/**
 * A time after a date: 10:30, 10:30:05, 14时30分, 下午3:30, 06:45 pm. Seconds need their own separator, so that
 * `11:2121世纪网` reads 11:21. Groups: period, hour, minute, seconds (colon form), seconds (秒 form), am/pm.
 */
const TIME = String.raw`(?:\s*(?:T|\s)\s*|\s*)(上午|下午|晚上|凌晨|中午|早上)?\s*(\d{1,2})\s*(?::|时|點|点)\s*(\d{1,2})(?:\s*:\s*(\d{1,2})(?!\d)|\s*分(?:\s*(\d{1,2})\s*秒)?)?(?:\s*([AaPp])\.?[Mm]\.?(?![A-Za-z]))?`;
const ISO_DATETIME = /(?<!\d)(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?/g;
const NUMERIC_DATE = new RegExp(String.raw`(?<![\d.])(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d])(?:${TIME})?`, 'g');
/** 9/17/2004 5:54:13 AM, as ASP pages print dates: month first unless the first number cannot be a month. */
const US_DATE = new RegExp(String.raw`(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])(?:${TIME})?`, 'g');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ENGLISH_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/gi;
const HAN_DATE = new RegExp(String.raw`(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?(?:${TIME})?`, 'g');
const HAN_NUMERAL_DATE = /([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([正一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十廿卅]{1,4})\s*[日号]/g;
const COMPACT_DATE = /(?<![\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/g;
/** Where an 8-digit run counts as a date: the whole string, after a date label, or TRS-style `t20220701_`. */
const COMPACT_CONTEXT = /(?:^\s*|日期|时间|[:：]\s*|\bt)$/;

/**
 * A year and month with no day after it (2003-05, 2003/5, 2003.05, 2003年5月, 二〇〇三年五月), read only where a page
 * states nothing finer in a labelled or cited place: 发布日期：2003-05, ——《北京之春》1998年3月号.
 */
const NUMERIC_MONTH = /^(\d{4})\s*[-/.]\s*(\d{1,2})(?![\d/.-])/;
const HAN_MONTH = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/;
const HAN_NUMERAL_MONTH = /^([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([正一二三四五六七八九十]{1,3})\s*月(?!\s*[一二三四五六七八九十廿卅\d])/;

const HAN_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function isValid(p: DateParts): boolean {
  if (p.y < 1900 || p.y > 2100 || p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > daysInMonth(p.y, p.mo)) return false;
  if (p.h === undefined) return true;
  return p.h <= 23 && (p.mi ?? 0) <= 59 && (p.s ?? 0) <= 59;
}

function toIso(p: DateParts): string {
  if (p.h === undefined || p.mi === undefined) return `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
  let { y, mo, d, h, mi } = p;
  if (p.offset !== undefined && p.offset !== 480) {
    const t = new Date(Date.UTC(y, mo - 1, d, h, mi - p.offset + 480, p.s ?? 0));
    [y, mo, d, h, mi] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes()];
  }
  const seconds = p.s === undefined ? '' : `:${pad(p.s)}`;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}${seconds}+08:00`;
}

function parseOffset(z: string | undefined): number | undefined {
  if (!z) return undefined;
  if (z === 'Z') return 0;
  const m = /([+-])(\d{2}):?(\d{2})/.exec(z)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** 二〇二二 → 2022 (digit by digit); 十二 → 12, 廿一 → 21, 三十一 → 31. */
function hanNumber(s: string, digitByDigit: boolean): number {
  if (digitByDigit) return Number([...s].map((c) => HAN_DIGIT[c]).join(''));
  if (s === '正') return 1;
  let total = 0;
  let current = 0;
  for (const c of s) {
    if (c === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (c === '廿') total += 20;
    else if (c === '卅') total += 30;
    else current = HAN_DIGIT[c] ?? 0;
  }
  return total + current;
}

function withTime(p: DateParts, t: RegExpMatchArray, at: number): DateParts {
  const [period, h, mi, sec, hanSec, meridiem] = t.slice(at, at + 6);
  if (h === undefined || mi === undefined) return p;
  let hour = Number(h);
  const pm = period === '下午' || period === '晚上' || meridiem?.toLowerCase() === 'p';
  if (pm && hour < 12) hour += 12;
  if (meridiem?.toLowerCase() === 'a' && hour === 12) hour = 0;
  const seconds = sec ?? hanSec;
  return { ...p, h: hour, mi: Number(mi), s: seconds === undefined ? undefined : Number(seconds) };
}

/** The date with its time when both are valid, the day alone when only the time is impossible, else null. */
function bestReading(day: DateParts, t: RegExpMatchArray, at: number): DateParts | null {
  if (!isValid(day)) return null;
  const timed = withTime(day, t, at);
  return isValid(timed) ? timed : day;
}

/** Every way of reading a date at a position, first match of each pattern; the caller takes the earliest valid one. */
function* candidates(s: string): Generator<DateMatch> {
  for (const m of s.matchAll(ISO_DATETIME)) {
    const p: DateParts = {
      y: +m[1], mo: +m[2], d: +m[3], h: +m[4], mi: +m[5],
      s: m[6] === undefined ? undefined : +m[6], offset: parseOffset(m[7]),
    };
    if (isValid(p)) { yield { iso: toIso(p), index: m.index, end: m.index + m[0].length }; break; }
  }
  for (const m of s.matchAll(NUMERIC_DATE)) {
    const p = bestReading({ y: +m[1], mo: +m[3], d: +m[4] }, m, 5);
    if (p) { yield { iso: toIso(p), index: m.index, end: m.index + m[0].length }; break; }
  }
  for (const m of s.matchAll(HAN_DATE)) {
    const p = bestReading({ y: +m[1], mo: +m[2], d: +m[3] }, m, 4);
    if (p) { yield { iso: toIso(p), index: m.index, end: m.index + m[0].length }; break; }
  }
  for (const m of s.matchAll(US_DATE)) {
    const [a, b] = [+m[1], +m[2]];
    const p = bestReading(a > 12 ? { y: +m[3], mo: b, d: a } : { y: +m[3], mo: a, d: b }, m, 4);
    if (p) { yield { iso: toIso(p), index: m.index, end: m.index + m[0].length }; break; }
  }
  for (const m of s.matchAll(ENGLISH_DATE)) {
    const p = { y: +m[3], mo: MONTHS.indexOf(m[1].toLowerCase()) + 1, d: +m[2] };
    if (isValid(p)) { yield { iso: toIso(p), index: m.index, end: m.index + m[0].length }; break; }
  }
  for (const m of s.matchAll(HAN_NUMERAL_DATE)) {
    const p = { y: hanNumber(m[1], true), mo: hanNumber(m[2], false), d: hanNumber(m[3], false) };
    if (isValid(p)) { yield { iso: toIso(p), index: m.index, end: m.index + m[0].length }; break; }
  }
  for (const m of s.matchAll(COMPACT_DATE)) {
    if (!COMPACT_CONTEXT.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
    const p = { y: +m[1], mo: +m[2], d: +m[3] };
    if (isValid(p)) { yield { iso: toIso(p), index: m.index, end: m.index + m[0].length }; break; }
  }
}

/** Every reading below needs an ASCII digit (after the full-width ones are folded) or 年 (二〇二三年…). */
const MAY_HOLD_DATE = /[0-9年]/;

function firstDate(s: string): DateMatch | null {
  const text = s.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // Most lines asked about hold no date at all: skip the seven readings' scans.
  if (!MAY_HOLD_DATE.test(text)) return null;
  let best: DateMatch | null = null;
  for (const c of candidates(text)) {
    // At the same start, the longer reading (with a time) is the more precise one.
    if (!best || c.index < best.index || (c.index === best.index && c.end > best.end)) best = c;
  }
  return best;
}

/** The first date in s as ISO 8601 (+08:00) at the precision given, or null. */
export function parseChineseDate(s: string): string | null {
  return firstDate(s)?.iso ?? null;
}

/** The year and month a string starts with, and where that reading ends. */
function leadingMonth(s: string): DateMatch | null {
  const text = s.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const digits = NUMERIC_MONTH.exec(text) ?? HAN_MONTH.exec(text);
  const han = digits ? null : HAN_NUMERAL_MONTH.exec(text);
  const m = digits ?? han;
  if (!m) return null;
  const p = digits ? { y: +m[1], mo: +m[2], d: 1 } : { y: hanNumber(m[1], true), mo: hanNumber(m[2], false), d: 1 };
  return isValid(p) ? { iso: `${p.y}-${pad(p.mo)}`, index: 0, end: m[0].length } : null;
}

/** The year and month s starts with, as `YYYY-MM` (ISO 8601 reduced precision, no offset, like a bare day), or null. */
export function parseChineseMonth(s: string): string | null {
  return leadingMonth(s.trimStart())?.iso ?? null;
}

const DATE_LABEL = /(发布时间|发布日期|发表时间|发稿时间|发文日期|成文日期|更新时间|修改时间|最后更新|时间|日期|發佈時間|發布時間|發表時間|時間|日期|发布于|发表于|发布|发表)\s*[:：]?\s*/g;
/** 成文日期 (when a document was signed) stands in for the publication date only when none is given. */
const WRITTEN_LABEL = /^(?:成文日期|发文日期)$/;
const UPDATE_LABEL = /^(?:更新时间|修改时间|最后更新)$/;
/** How far after a label the date may start (spaces, brackets). */
const LABEL_GAP = 3;

export interface LabeledDates {
  /** After 发布时间 / 发布日期 / 发表时间 / 时间 / 日期 …: the publication date. */
  published: string | null;
  /** After 成文日期 / 发文日期: the date a government document was signed. */
  written: string | null;
  /** After 更新时间 / 修改时间 / 最后更新: only when the page states nothing better. */
  updated: string | null;
}

/** A bare 时间 also labels when an event takes place (活动时间：2022年7月): a month after it is no publication date. */
const EVENT_TIME_LABEL = /^(?:时间|時間)$/;
const BEFORE_VALUE = /^[\s(（[【]*/;

/**
 * Dates that directly follow a label, by kind (the first of each); never from copyright lines. A label followed by
 * a year and month only (发布日期：2003-05) gives `YYYY-MM`, kept for its kind when no label of it gives a day.
 */
export function labeledDates(lines: string[]): LabeledDates {
  const dates: LabeledDates = { published: null, written: null, updated: null };
  const months: LabeledDates = { published: null, written: null, updated: null };
  for (const line of lines) {
    if (isCopyrightLine(line)) continue;
    for (const m of line.matchAll(DATE_LABEL)) {
      const kind = UPDATE_LABEL.test(m[1]) ? 'updated' : WRITTEN_LABEL.test(m[1]) ? 'written' : 'published';
      const value = line.slice(m.index + m[0].length);
      const found = firstDate(value);
      if (!found || found.index > LABEL_GAP) {
        if (!EVENT_TIME_LABEL.test(m[1])) months[kind] ??= parseChineseMonth(value.replace(BEFORE_VALUE, ''));
        continue;
      }
      dates[kind] ??= found.iso;
      if (kind === 'published') return dates;
    }
  }
  return {
    published: dates.published ?? months.published,
    written: dates.written ?? months.written,
    updated: dates.updated ?? months.updated,
  };
}

/** Whether a line carries a date label (such lines are read by labeledDates, not as bare dates). */
export function hasDateLabel(line: string): boolean {
  for (const m of line.matchAll(DATE_LABEL)) {
    const found = firstDate(line.slice(m.index + m[0].length));
    if (found && found.index <= LABEL_GAP) return true;
  }
  return false;
}

/** A date that directly follows a 发布时间 / 发布日期 / 时间 / 日期 / 发表时间 label; 成文日期, then 更新时间, only when nothing better. */
export function findLabeledDate(lines: string[]): string | null {
  const { published, written, updated } = labeledDates(lines);
  return published ?? written ?? updated;
}

/**
 * A line that only cites where the article first appeared, with the issue's date: ——《北京之春》1998年3月号,
 * (原载《人民日报》2020年3月5日 第5版), 摘自《求是》2020年5月. Groups: what follows the publication's name.
 */
const CITATION = /^[\s—–\-－~～]*[(（【[]?\s*(?:原载|原载于|载于|载|摘自|选自|转自|转载自|刊于|来源[:：]?|出处[:：]?)?\s*《[^《》]{1,30}》\s*(.{4,24}?)\s*[)）】\]]?[。.]?\s*$/;
/** What may follow the date in a citation: 号 (a monthly's issue), a page or issue number. */
const AFTER_ISSUE_DATE = /^\s*(?:号|號|刊)?\s*(?:第?\s*[\d一二三四五六七八九十]{1,3}\s*[版期])?\s*$/;

/** The date of the issue a citation line names (see CITATION), at day or month precision; null for other lines. */
export function citedIssueDate(line: string): string | null {
  const cited = CITATION.exec(line)?.[1];
  if (!cited) return null;
  const day = firstDate(cited);
  // The date opens what follows the name; a day anywhere later means a sentence, not a citation.
  const found = day ? (day.index === 0 ? day : null) : leadingMonth(cited);
  return found && AFTER_ISSUE_DATE.test(cited.slice(found.end)) ? found.iso : null;
}

/**
 * The date a document is signed with on a line of its own at its end (落款: 某县人民政府办公室 / 2024年5月10日), at day
 * precision; null for any other line. Full-width digits count (see firstDate).
 */
export function signedDate(line: string): string | null {
  const t = compact(line);
  const day = firstDate(t);
  return day && day.index === 0 && day.end === t.length && day.iso.length === 10 ? day.iso : null;
}

const URL_DATE_PATTERNS: RegExp[] = [
  /\/(\d{4})(\d{2})\/t(\d{4})(\d{2})(\d{2})_/, // TRS: /202207/t20220701_123.html
  /\/(\d{4})-(\d{2})\/(\d{2})\//, // /2021-05/21/
  /\/(\d{4})(\d{2})\/(\d{2})\//, // /202105/21/
  /\/(\d{4})\/(\d{2})(\d{2})\//, // /2021/0521/
  /\/(\d{4})\/(\d{1,2})\/(\d{1,2})\//, // /2021/05/21/
  /\/(\d{4})-(\d{2})-(\d{2})\//, // /2021-05-21/
  /[/_](\d{4})(\d{2})(\d{2})[_/.]/, // /20210521/ or _20210521.
];

/** The day a TRS-style URL path encodes, as YYYY-MM-DD: a last resort when the page states none. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  for (const pattern of URL_DATE_PATTERNS) {
    const m = pattern.exec(path);
    if (!m) continue;
    const nums = m.slice(1).map(Number);
    // The TRS form repeats year and month in the folder: take the t-part.
    const [y, mo, d] = nums.length === 5 ? nums.slice(2) : nums;
    const p = { y, mo, d };
    if (isValid(p) && y >= 1990) return toIso(p);
  }
  return null;
}

// Visible facts around the article: title headings, info lines (发布时间 / 来源 / 作者 …), breadcrumb, footer.
// They are read from the page's text lines in order, located relative to the title and the body.

import { visibleText } from './dom';
import { decodeEntities } from './meta';
import { mayBeCredit, readCredit } from '../rules/credit';
import { INFO_LABEL, LABEL_ROW, labelForms } from '../rules/labels';
import { readPrintCitation } from '../rules/printEdition';
import { alternation } from '../rules/words';

/** A date written with digits (2022-07-01, 2022/7/1, 2022.07.01, 2022年7月1日) or Chinese numerals (二〇二三年一月四日). */
const DATE_LIKE = /((19|20)\d{2}\s*[-/.年]\s*\d{1,2})|([〇零○一二三四五六七八九]{4}\s*年)/;
const PREV_NEXT = /^(上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页|前一篇|后一篇|上一則|下一則)/;
const BREADCRUMB_LABEL = /(您现在的位置|您当前的位置|您的位置|当前位置|当前的位置|所在位置|现在位置|當前位置|您現在的位置|位置)\s*[:：]/;
const FOOTER_MARK = /(主办|主辦|承办|承辦|协办|版权|版權|copyright|©|ICP|公网安备|公網安備|网站标识码|網站標識碼|技术支持|技術支持|联系我们|聯繫我們)/i;

/** Header widgets print the day of the visit (当前日期：…, 今天是…): the capture time, no fact about the article. */
const TODAY = /当前日期|当前时间|今天是|今日是|今天日期|今日日期|现在时间|现在是/;

const MAX_INFO_LINE = 200;

export function isInfoLine(line: string): boolean {
  if (line.length > MAX_INFO_LINE || PREV_NEXT.test(line)) return false;
  return INFO_LABEL.test(line) || DATE_LIKE.test(line);
}

/** Lines that are both short and labeled (used after the body, where bare dates belong to other articles). */
const LABEL_WITH_COLON = new RegExp(INFO_LABEL.source + '\\s*[:：]');
/** A publication label straight before a year, colon or not (发布时间 2005/05/17, 发表于 2005-9-15). */
const DATE_LABEL_BEFORE_YEAR = /(发布|發布|发表|發表|更新)(时间|時間|日期|于|於)?\s*[:：]?\s*(19|20)\d{2}/;
/** 发布日期 / 成文日期 / 发文日期 with a year after it: unlike a bare 日期 (当前日期：…), never the day of the visit. */
const PUBLICATION_DATE_LABEL = /(发布|發布|发文|發文|成文)(日期|时间|時間)\s*[:：]?\s*(19|20)\d{2}/;
/** How many lines above the title a document's index table may take. */
const INDEX_TABLE_ROWS = 8;
/** A credit parenthesis opening anywhere in the line (…。（记者 张三）, （通讯员 李四）): the label table's credit roles. */
const PAREN_BYLINE = new RegExp(`[（(]\\s*[^（()）]{0,6}(?:${alternation(labelForms((r) => r.credit && !r.bounded))})`, 'u');

/** How many lines after a bare date under the body are checked for the dates of a list. */
const LIST_LOOKAHEAD = 6;
/** A line that is nothing but a date and time (2019-09-08 11:42:03, 2019年09月08日 11:42). */
const DATE_ONLY = /^(19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?(\s*\d{1,2}\s*[:：时]\s*\d{1,2}(\s*[:：分]\s*\d{1,2}\s*秒?)?)?$/;

/** A calendar badge prints the day apart from the month (<div class="day">21</div><div class="year">2024年02月</div>). */
const BADGE_DAY = /^(0?[1-9]|[12]\d|3[01])$/;
const BADGE_YEAR_MONTH = /^((?:19|20)\d{2})\s*[-/.年]\s*(0?[1-9]|1[0-2])\s*月?$/;

/** Or the month and day apart from the year (<span>02-21</span><span>2024</span>). */
const BADGE_MONTH_DAY = /^(0?[1-9]|1[0-2])\s*[-/.月]\s*(0?[1-9]|[12]\d|3[01])\s*日?$/;
const BADGE_YEAR = /^((?:19|20)\d{2})\s*年?$/;

/**
 * The date a calendar badge splits over two adjacent lines (day and year-month, or month-day and year, either
 * order), as one line; else null.
 */
export function joinCalendarBadge(a: string, b: string): string | null {
  const [x, y] = [a.trim(), b.trim()];
  for (const [first, second] of [[x, y], [y, x]]) {
    const ym = BADGE_YEAR_MONTH.exec(second);
    if (ym && BADGE_DAY.test(first)) return `${ym[1]}年${ym[2]}月${first}日`;
    const md = BADGE_MONTH_DAY.exec(first);
    const year = BADGE_YEAR.exec(second);
    if (md && year) return `${year[1]}年${md[1]}月${md[2]}日`;
  }
  return null;
}

/**
 * A labelled line, a line that is wholly a credit as the one credit grammar reads it (（通讯员 李四）, 张三 摄,
 * 文/张三 图/李四, 编辑|王五), or a print-edition citation (《人民日报》（2024年05月10日 04 版）): templates print those
 * in an element of their own under the body.
 */
function isLabeledInfoLine(line: string): boolean {
  if (line.length > MAX_INFO_LINE || PREV_NEXT.test(line)) return false;
  return (
    LABEL_WITH_COLON.test(line) ||
    DATE_LABEL_BEFORE_YEAR.test(line) ||
    PAREN_BYLINE.test(line) ||
    isCreditLine(line) ||
    readPrintCitation(line) !== null
  );
}

/**
 * A line the credit grammar reads as a credit with a role of its own: a word before a closing marker alone (相关报道,
 * 连续报道) reads like a name and its 报道, and is a link's text.
 */
function isCreditLine(line: string): boolean {
  const credit = mayBeCredit(line) ? readCredit(line) : null;
  return !!credit && credit.roles.some((r) => !LABEL_ROW.get(r.role)!.marker);
}

/** Index of the first line equal to `text` (or starting with it) at or after `from`; -1 when absent. */
function findLine(lines: string[], text: string, from = 0): number {
  if (!text) return -1;
  for (let i = Math.max(0, from); i < lines.length; i++) if (lines[i] === text) return i;
  for (let i = Math.max(0, from); i < lines.length; i++) if (lines[i].startsWith(text)) return i;
  return -1;
}

export interface PagePositions {
  /** Line index of the title heading, or -1. */
  title: number;
  /** Line indexes of the first and last body blocks, or -1. */
  bodyStart: number;
  bodyEnd: number;
}

/**
 * Where the body starts: the first line equal to its first block that its second block directly follows. A body
 * that opens by repeating the title would otherwise be placed at the heading above it, and the info line between
 * the two (2005-03-06 16:17) would be taken for body.
 */
function findBodyStart(pageLines: string[], bodyBlocks: string[], from: number): number {
  const first = findLine(pageLines, bodyBlocks[0], from);
  if (first < 0 || bodyBlocks.length < 2) return first;
  for (let i = first; i < pageLines.length - 1; i++) {
    // As findLine matches: the line is the block, or starts with it.
    if (pageLines[i].startsWith(bodyBlocks[0]) && pageLines[i + 1].startsWith(bodyBlocks[1])) return i;
  }
  return first;
}

export function locate(pageLines: string[], title: string | null, bodyBlocks: string[]): PagePositions {
  const titleIdx = title ? findLine(pageLines, title) : -1;
  const bodyStart = bodyBlocks.length ? findBodyStart(pageLines, bodyBlocks, Math.max(0, titleIdx)) : -1;
  let bodyEnd = -1;
  if (bodyStart >= 0) {
    const last = bodyBlocks[bodyBlocks.length - 1];
    for (let i = pageLines.length - 1; i >= bodyStart; i--) {
      if (pageLines[i] === last || pageLines[i].startsWith(last)) {
        bodyEnd = i;
        break;
      }
    }
    if (bodyEnd < 0) bodyEnd = Math.min(pageLines.length - 1, bodyStart + bodyBlocks.length - 1);
  }
  return { title: titleIdx, bodyStart, bodyEnd };
}

/**
 * A speech's speaker line between its title and its body (市委书记　张三): an office, a space, a name. The normalizer
 * decides whether the page is a speech.
 */
const SPEAKER_SHAPE = /^[^\s，,。：:；;！？!?]{2,20}[\s\u3000]+[\p{Script=Han}·]{2,4}(?:同志)?$/u;

/** How many labelled lines may close a body (编辑：… 审核：… 终审：… 来源：…). */
const MAX_CLOSING_LINES = 6;

/**
 * Where the labelled lines that close the body start: the body's last line and the labelled lines straight above
 * it (编辑 / 审核 / 终审 each on its own line), at least the last two lines.
 */
function closingRunStart(pageLines: string[], pos: PagePositions): number {
  let i = pos.bodyEnd;
  while (i - 1 > pos.bodyStart && pos.bodyEnd - (i - 1) < MAX_CLOSING_LINES && isLabeledInfoLine(pageLines[i - 1])) i--;
  return Math.max(pos.bodyStart, Math.min(i, pos.bodyEnd - 1));
}

/**
 * Info lines: short lines between the title and the body (labels or dates), the first body lines when they carry
 * labels, and labeled lines just after the body (责任编辑 …). Nothing from lists far from the article.
 */
export function collectInfoLines(pageLines: string[], pos: PagePositions): string[] {
  const picked = new Set<number>();
  /** Lines read as one with the line after them (a calendar badge), by the first line's index. */
  const joined = new Map<number, string>();
  const start = pos.title >= 0 ? pos.title + 1 : pos.bodyStart >= 0 ? Math.max(0, pos.bodyStart - 6) : -1;
  if (start >= 0) {
    const end = pos.bodyStart >= 0 && pos.bodyStart >= start ? Math.min(pos.bodyStart, start + 10) : start + 6;
    // Above the title only labelled lines count: bare dates there belong to navigation and lists.
    for (let i = Math.max(0, start - 3); i < start - 1; i++) if (isLabeledInfoLine(pageLines[i])) picked.add(i);
    // A document's index table (索引号 / 发文机关 / 成文日期 / 发布日期) may stand a few rows above its title.
    for (let i = Math.max(0, start - 1 - INDEX_TABLE_ROWS); i < start - 3; i++) {
      if (pageLines[i].length <= MAX_INFO_LINE && PUBLICATION_DATE_LABEL.test(pageLines[i])) picked.add(i);
    }
    for (let i = start; i < Math.min(end, pageLines.length); i++) {
      const badge = i + 1 < Math.min(end, pageLines.length) ? joinCalendarBadge(pageLines[i], pageLines[i + 1]) : null;
      if (badge) {
        joined.set(i, badge);
        picked.add(i);
        i++;
      } else if (isInfoLine(pageLines[i]) || (i < pos.bodyStart && SPEAKER_SHAPE.test(pageLines[i].trim()))) picked.add(i);
    }
  }
  if (pos.bodyStart >= 0) {
    for (let i = pos.bodyStart; i < Math.min(pos.bodyStart + 2, pos.bodyEnd + 1); i++) {
      if (isLabeledInfoLine(pageLines[i])) picked.add(i);
    }
    for (let i = closingRunStart(pageLines, pos); i <= Math.min(pos.bodyEnd + 6, pageLines.length - 1); i++) {
      if (isLabeledInfoLine(pageLines[i])) picked.add(i);
    }
    // A bare date straight after the last sentence is the article's (photo and short-post pages print it there),
    // unless more dates follow: then it opens a list of other articles.
    const next = pos.bodyEnd + 1;
    const listFollows = pageLines.slice(next + 1, next + 1 + LIST_LOOKAHEAD).some((l) => DATE_LIKE.test(l));
    if (next > 0 && next < pageLines.length && DATE_ONLY.test(pageLines[next].trim()) && !listFollows) picked.add(next);
  }
  return [...picked]
    .sort((a, b) => a - b)
    .map((i) => joined.get(i) ?? pageLines[i])
    .filter((line) => !TODAY.test(line));
}

/** Class names of breadcrumb elements, English and pinyin (路径 lujing, 面包屑 mbx, 当前位置 dqwz). */
const BREADCRUMB_CLASS = /bread|crumb|position|location|route|weizhi|dqwz|curpos|daohang|lujing|mbx|mianbao/i;

/** Breadcrumb steps from a labeled line (当前位置：首页 > 政务要闻) or a breadcrumb-classed element. */
export function collectBreadcrumb(doc: Document, pageLines: string[], before: number): string[] {
  let text: string | null = null;
  // Read one at a time, up to the breadcrumb (near the top): a portal names thousands of elements below it.
  const named = doc.querySelectorAll('[class], [id]');
  for (let i = 0; i < named.length; i++) {
    const el = named[i]!;
    const name = `${el.getAttribute('class') || ''} ${el.getAttribute('id') || ''}`;
    if (!BREADCRUMB_CLASS.test(name)) continue;
    const t = visibleText(el);
    if (t && t.length <= 200 && /[>＞»›→]/.test(t)) {
      text = t;
      break;
    }
  }
  if (!text) {
    const limit = before >= 0 ? before : pageLines.length;
    text = pageLines.slice(0, limit).find((l) => l.length <= 200 && BREADCRUMB_LABEL.test(l)) || null;
  }
  if (!text) return [];
  const m = BREADCRUMB_LABEL.exec(text);
  const rest = m ? text.slice(m.index + m[0].length) : text;
  return rest
    .split(/\s*(?:>>|>|＞|»|›|→|\/)\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= 40);
}

/** Footer lines (主办单位, 版权所有, ICP备 …) among the lines after the body. */
export function collectFooterLines(linesAfterBody: string[]): string[] {
  return linesAfterBody
    .filter((l) => l.length <= 200 && FOOTER_MARK.test(l))
    .slice(-20);
}

const WRITE_CALL = /document\.write(?:ln)?\s*\(/;
const STRING_LITERAL = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g;
const MARKUP = /<[^>]*>/g;
/** A script this long is a library or a widget, not a template's one-line writer. */
const MAX_WRITER_SCRIPT = 600;

/**
 * The text a short inline script writes into the page (`document.write('发布时间：2023-06-15&nbsp;来源：…')`): the
 * string literals after the write call, joined, markup dropped. Null when the script writes nothing literal.
 */
export function scriptWrittenText(script: string): string | null {
  if (script.length > MAX_WRITER_SCRIPT) return null;
  const call = WRITE_CALL.exec(script);
  if (!call) return null;
  const literals = [...script.slice(call.index).matchAll(STRING_LITERAL)].map((m) =>
    (m[1] ?? m[2]).replace(/\\(.)/g, '$1'),
  );
  const text = decodeEntities(literals.join('').replace(MARKUP, ' ')).replace(/[\s\u00a0]+/g, ' ').trim();
  return text || null;
}

/**
 * Info lines a template writes with a script between the title and the body (or, without a title, in the body's
 * container before it). A saved page holds them only in the script; a live page also shows them, and then they
 * are already among the page lines.
 */
export function scriptWrittenInfoLines(titleEl: Element | null, body: Element | null): string[] {
  if (!body) return [];
  const from = titleEl ?? body.parentElement;
  // A body holding the start comes before it: nothing lies between them.
  if (!from || (from !== body && body.contains(from))) return [];
  const out: string[] = [];
  // Document order by walking on from the start (compareDocumentPosition is not reliable on every DOM the
  // extractor runs on); nothing after the body is read, which on a huge page is most of it.
  for (let el = nextInDocument(from); el; el = nextInDocument(el)) {
    if (el === body) return out;
    if (el.tagName.toUpperCase() === 'SCRIPT') {
      const text = scriptWrittenText(el.textContent || '');
      if (text && isLabeledInfoLine(text)) out.push(text);
    }
  }
  // The body was not after the start: it stands before it. The start is the body itself only as a title holding it all.
  return from === body ? out : [];
}

/** The element after el in document order: its first child, else the next sibling of it or of an ancestor. */
function nextInDocument(el: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let p: Element | null = el; p; p = p.parentElement) if (p.nextElementSibling) return p.nextElementSibling;
  return null;
}

// 来源 / 作者 / 责任编辑 / 点击量 fields of the short info lines around a title, and bylines at the end of a body.

import { creditNames, creditUnits, joinSpacedNames, mayBeCredit, readCredit, readNamesOnly } from '../rules/credit';
import { DOCUMENT_NUMBER } from '../rules/document';
import { CREDIT_BAR_LABELS, LABEL_ROW, labelForms, type LabelField } from '../rules/labels';
import { MARKUP } from '../rules/markup';
import { isPersonName } from '../rules/names';
import { alternation } from '../rules/words';
import { hasDateLabel, labeledDates, parseChineseDate } from './date';
import { BARS, HAN_LETTER, isCopyrightLine, SENTENCE_END } from '../rules/prose';
import { toSimplified } from './script';

export interface InfoFields {
  published_at: string | null;
  source: string | null;
  /** The publishing body of a 信息公开 record (发布机构 / 发文机关) or the unit that supplied the text (供稿). */
  issuer: string | null;
  /** The 索引号 of a 信息公开 record. */
  index_no: string | null;
  /** The document number (文号 / 发文字号) of a government document: 国发〔2023〕5号. */
  doc_no: string | null;
  author: string | null;
  editor: string | null;
  views: number | null;
}

type Field = LabelField;

const FREE_LABELS = labelForms((r) => !r.bounded && !r.marker);
const BOUNDED_LABELS = labelForms((r) => r.bounded && !r.marker);
const BARE = alternation(labelForms((r) => r.bare));
/**
 * group 1: label before a colon; group 2: bounded label before a colon; group 3: person label with the name right
 * after it (记者张建), only inside brackets, after a space or after an outlet (（记者…, 本报记者…, ╱記者…); group 4:
 * person label, space, name; group 5: 文 / 图 / 摄影 and a slash or bar before the name (文/张三, 图｜李四); group 6:
 * a label with a bar for its colon at the start of a line (编辑|某某, WeChat's credit bars).
 */
const LABEL = new RegExp(
  [
    String.raw`(${alternation(FREE_LABELS)})\s*[:：]`,
    String.raw`(?<!\p{Script=Han})(${alternation(BOUNDED_LABELS)})\s*[:：]`,
    String.raw`(?<=(?:^|[(（【〔╱/◎ \u3000])\s*|[报報社网網台讯訊电電])(${BARE})(?:\s*[/／╱${BARS}]\s*)?(?=${HAN_LETTER})`,
    String.raw`(${BARE})\s+(?=\p{Script=Han})`,
    String.raw`(?<!${HAN_LETTER})(文|图|圖|摄影|攝影)\s*[/／${BARS}]\s*(?=${HAN_LETTER})`,
    String.raw`(?<=^\s*)(${alternation(CREDIT_BAR_LABELS)})\s*[${BARS}]`,
  ].join('|'),
  'gu',
);
const VALUE_START = /^[\s[【〖〔(（「《<]+/u;
/** Where any value ends: a tab, a bar, a run of spaces, a bracket, page UI words. */
const VALUE_END =
  new RegExp(String.raw`\t|\s*[${BARS}]|\s{2,}|[\]】〗〕)）」》>[【〖〔「<(（]|字号|字號|字体|字體|打印|分享|收藏|关闭|關閉|我来说两句|我要评论|我有话说|参与互动|发表评论|查看评论|网友评论|评论|举报|手机看|有\d+人参与|复制链接|随时随地|大\s*中\s*小`, 'u');
/** A person's name also ends where a dateline goes on: 罗科苏盈发自北京, 張嘉芳／台北報導, 陈元才 摄. */
const PERSON_END = /发自|發自|报道|報導|[\s/／╱]*摄$|[\s/／╱]*攝$|[／╱]/u;
/** Sentence punctuation: a value with it is prose that happens to contain a label (告诉记者：…，…). */
const PROSE = /[，。！？“”"]/;
const MAX_PERSON_VALUE = 30;
/** A reporter's question in an interview or a press conference (记者：《若干措施》有哪些亮点？): no credit. */
const INTERVIEW_QUESTION = /^[^:：]{0,12}?(?:记者|記者)\s*[:：].*[？?]["”’」)）]?$/;
/**
 * The source labels that only say a text is reprinted (转载自, 摘自), written after another: 来源：转载自人民网; and 据
 * before a paper's name (来源：据《某县日报》).
 */
const REPRINT_LEAD_IN = new RegExp(`^(?:${alternation(labelForms((r) => r.field === 'source' && !r.info))}|据(?=《))\\s*`, 'u');
/** A source also ends at a space before a non-Latin word (来源: 新京报 举报); Latin names keep theirs (Cult of Mac). */
const SOURCE_END = /\s+(?=[^A-Za-z\s])/;
const TRIM = /^[\s:：,，、.。;；\-—_]+|[\s:：,，、.。;；\-—_]+$/g;
const NAME_SEPARATORS = /[\s、,，;；/／╱]+/;
/** Tokens of a person field that are not names: role words, page words, staff codes, markup. */
const NOT_A_NAME =
  /^(?:(?:本报|本台|本网|实习|见习|特约|首席|新华社|特派)?(?:记者|記者|通讯员|通訊員|编辑|編輯|摄影|攝影|摄像)|本报|实习|见习|特约|首席|文|图|圖|摄|攝|文字|出自|整理|编译|編譯|综合|供图|[A-Z]{1,4}\d{2,}|未知|佚名|不详|不詳|匿名|暂无|無|无|网络|網絡|网络整理|網絡整理|网友|網友|转载|轉載|原创|原創|本站|本网|本網|admin|管理员|管理員)$|[=<>"{}《》]/i;
const STAFF_CODE_SUFFIX = /_[A-Za-z]{1,4}\d{2,}$/;
const VIEWS_BEFORE = /(?:阅读|閱讀|浏览|瀏覽|点击|點擊|访问|訪問|人气|人氣)(?:量|数|數|次数|次數|人数|人數)?\s*[:：]?\s*(\d[\d,]*)(?![\d,]*\s*[年月日号.\-/:])/u;
const VIEWS_AFTER = /(\d[\d,]*)\s*次(?:阅读|閱讀|浏览|瀏覽|点击|點擊|访问)/u;
const MAX_BARE_DATE_LINE = 120;

/** A date run into a source (来源：人民日报2024-05-13 08:49) ends it. */
const GLUED_DATE = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}/u;
/** A person's name after the source, set apart by a space (来源：中国新闻网 王帆): the writer. */
const NAME_AFTER_SOURCE = /^\s*\S+?\s+(\p{Script=Han}{2,4})\s*$/u;
/**
 * An info line with a date and a bare outlet name and nothing else (2022-02-13 09:57 光明网): the outlet is the
 * source when no line labels one.
 */
const DATE_THEN_OUTLET =
  /^\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+([\p{Script=Han}A-Za-z·]{2,16}(?:网|網|报|報|社|台|客户端|新闻|新聞))\s*$/u;

function cut(raw: string, end: RegExp): string {
  const m = end.exec(raw);
  return m ? raw.slice(0, m.index) : raw;
}

/** A value as written: leading brackets dropped, cut where the page goes on with something else. */
function valueOf(raw: string, field: Field): string | null {
  const start = raw.replace(VALUE_START, '');
  let value = cut(field === 'source' ? start.replace(REPRINT_LEAD_IN, '').replace(VALUE_START, '') : start, VALUE_END);
  if (field === 'source' || field === 'issuer') value = cut(cut(value.trim(), SOURCE_END), GLUED_DATE);
  if (field === 'author' || field === 'editor') {
    // An empty field before the template's date (作者：&nbsp;&nbsp;2012-01-12 17:14) names nobody.
    value = cut(cut(value, PERSON_END), GLUED_DATE);
    if (value.length > MAX_PERSON_VALUE || PROSE.test(value)) return null;
  }
  value = value.replace(TRIM, '');
  return value || null;
}

/** A value whose names the page spaced out (赵  培, 方 敏 王乐文), the names joined (see joinSpacedNames). */
export function unspacedName(s: string): string {
  return joinSpacedNames(s.trim().split(/\s+/)).join(' ');
}

/** The person names of a value: role words, page words and staff codes dropped (杨倩_NF4425 → 杨倩). */
function personNames(value: string, bare: boolean): string[] {
  const tokens = unspacedName(value)
    .split(NAME_SEPARATORS)
    .map((t) => t.replace(STAFF_CODE_SUFFIX, '').replace(TRIM, ''))
    .filter((t) => t && !NOT_A_NAME.test(t));
  // Without a colon (记者张建 周长庆), only a leading run of names counts: 记者看到… is a sentence. A value that is
  // nothing but name-shaped words (记者 周雪梅 通讯员 成组宣) needs only the surname test: given names use any character.
  if (bare) {
    const names: string[] = [];
    for (const t of tokens) {
      if (!isPersonName(toSimplified(t), { credited: true })) break;
      names.push(t);
    }
    return names;
  }
  // An outlet written next to a name (李晓亮 新民网) is not a person.
  const people = tokens.filter((t) => !/[网網报報社台]$/.test(t));
  return people.length ? people : tokens.slice(0, 1);
}

function namesAPerson(value: string, bare: boolean): boolean {
  return personNames(value, bare).some((n) => isLikelyName(toSimplified(n)));
}

function viewsOf(line: string): number | null {
  const m = VIEWS_BEFORE.exec(line) ?? VIEWS_AFTER.exec(line);
  return m ? Number(m[1].replace(/,/g, '')) : null;
}

function addUnique(target: string[], names: string[]): void {
  for (const n of names) if (!target.includes(n)) target.push(n);
}

/**
 * A table row (cells joined by tabs) whose label cells carry no colon (索引号 | 014… | 发布机构 | 市政府办公室), with
 * a colon after each cell that is a label: the cell after it is that label's value.
 */
function colonAfterLabelCells(line: string): string {
  if (!line.includes('\t')) return line;
  return line
    .split('\t')
    .map((cell) => (LABEL_ROW.has(cell.trim()) ? `${cell.trim()}：` : cell))
    .join('\t');
}

/**
 * A name the grammar read off the Simplified form of a line, as the line writes it: conversion keeps lengths, so
 * the same place of the original holds it (names joined from spaced characters stay as read).
 */
function asOnLine(name: string, simplified: string, line: string): string {
  const at = simplified.indexOf(name);
  return at >= 0 && simplified.length === line.length ? line.slice(at, at + name.length) : name;
}

/**
 * The credit a line is wholly made of (see readCredit), read on the line's Simplified form, with every name as the
 * line writes it; null when the line is no credit.
 */
function creditAsWritten(line: string): { authors: string[]; editors: string[]; units: string[] } | null {
  if (!mayBeCredit(line)) return null;
  const simplified = toSimplified(line);
  const credit = readCredit(simplified);
  if (!credit) return null;
  const asWritten = (names: string[]) => names.map((n) => asOnLine(n, simplified, line));
  return {
    authors: asWritten(creditNames(credit, 'author')),
    editors: asWritten(creditNames(credit, 'editor')),
    units: asWritten(creditUnits(credit)),
  };
}

const WIDE_SPACE_BETWEEN_HAN = /(?<=\p{Script=Han})\s{2,}(?=\p{Script=Han})/gu;

/**
 * A labelled value whose names the page set apart by wide spaces (作者：张建国　李晓明): the names as one value, when
 * every part is a person's name; else the value as it was (作者：张建国　某县融媒体中心 names one person).
 */
function widelySpacedNames(value: string): string {
  const parts = value.trim().split(WIDE_SPACE_BETWEEN_HAN);
  if (parts.length < 2) return value;
  const allNames = parts.every((p) => isPersonName(toSimplified(p.trim())));
  return allNames ? parts.map((p) => p.trim()).join(' ') : value;
}

/** Reads labelled fields out of info lines such as `发布日期:2022-07-01 来源:政法委 浏览次数: 字号:〖`. */
export function parseInfoLines(lines: string[]): InfoFields {
  const sources: string[] = [];
  // The publishing body of a 信息公开 index table (发布机构 / 发文机关) or the unit that contributed the text
  // (供稿：市公安局): the source when no 来源 line names one.
  const issuers: string[] = [];
  const authors: string[] = [];
  const editors: string[] = [];
  let indexNo: string | null = null;
  let docNo: string | null = null;
  const bareSources: string[] = [];
  let views: number | null = null;
  let bareDate: string | null = null;
  for (const rawLine of lines) {
    // Markup in a line (a script-written info line keeps its tags) is no part of any value.
    const line = colonAfterLabelCells(rawLine.replace(MARKUP, ' ')).replace(/[\u00A0\u2007\u202F]/g, ' ').replace(/\u3000/g, '  ');
    // A line that is nothing but a credit (本报记者 王乐文 方 敏, 编辑|某某, 某某科供稿 摄影/张三) is read by the grammar.
    const credit = creditAsWritten(line);
    if (credit) {
      addUnique(authors, credit.authors);
      addUnique(editors, credit.editors);
      issuers.push(...credit.units);
      continue;
    }
    // A prose line (a lede: …电（记者 X）…。) credits its reporters only when no line before it named anybody: below
    // the page's own credit, such lines are other stories' ledes.
    const prose = line.length > MAX_PERSON_VALUE && /[。！？]/.test(line);
    const matches = INTERVIEW_QUESTION.test(line.trim()) || (prose && authors.length > 0) ? [] : [...line.matchAll(LABEL)];
    matches.forEach((m, i) => {
      const label = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6];
      const start = m.index + m[0].length;
      const stop = i + 1 < matches.length ? matches[i + 1].index : line.length;
      const row = LABEL_ROW.get(label)!;
      const field = row.field;
      const bare = m[3] !== undefined || m[4] !== undefined || m[5] !== undefined;
      // After a bare label names may be set apart by wide spaces (记者王昀加　王庆钦); the name test ends the run.
      const slice = line.slice(start, stop);
      const raw = bare ? slice.replace(WIDE_SPACE_BETWEEN_HAN, ' ') : field === 'author' || field === 'editor' ? widelySpacedNames(slice) : slice;
      // A 文号 holds brackets (国发〔2023〕5号) that end an ordinary value: it is read by its own shape.
      if (field === 'docno') docNo ??= DOCUMENT_NUMBER.exec(raw)?.[0].replace(/\s+/g, '') ?? null;
      const value = valueOf(raw, field);
      if (!value) return;
      if (field === 'source') {
        sources.push(value);
        const writer = NAME_AFTER_SOURCE.exec(cut(raw.replace(VALUE_START, ''), VALUE_END))?.[1];
        if (writer && isPersonName(toSimplified(writer))) addUnique(authors, [writer]);
      }
      else if (field === 'index') indexNo ??= value.split(/\s/)[0];
      else if (field === 'issuer') issuers.push(value);
      else if (field === 'author' && row.contributor && !namesAPerson(value, bare)) issuers.push(value);
      else if (field === 'author') addUnique(authors, personNames(value, bare));
      else if (field === 'editor') addUnique(editors, personNames(value, false));
    });
    views ??= viewsOf(line);
    const outlet = DATE_THEN_OUTLET.exec(line.replace(/\s+/g, ' '))?.[1];
    if (outlet) bareSources.push(outlet);
    const trimmed = line.trim();
    if (
      !bareDate &&
      trimmed.length <= MAX_BARE_DATE_LINE &&
      !SENTENCE_END.test(trimmed) &&
      !isCopyrightLine(trimmed) &&
      !hasDateLabel(trimmed)
    ) {
      bareDate = parseChineseDate(trimmed);
    }
  }
  const labeled = labeledDates(lines);
  return {
    published_at: labeled.published ?? bareDate ?? labeled.written ?? labeled.updated,
    source: sources[0] ?? issuers[0] ?? bareSources[0] ?? null,
    issuer: issuers[0] ?? null,
    index_no: indexNo,
    doc_no: docNo,
    author: authors.length ? authors.join(' ') : null,
    editor: editors.length ? editors.join(' ') : null,
    views,
  };
}

/** Whether a token (Simplified) reads as a Chinese personal name: the rule layer's one person-name test. */
export function isLikelyName(token: string): boolean {
  return isPersonName(token);
}

const LINE_END_PUNCTUATION = /[。！？!?…”」』）)]$/;
/** A parenthesis that may hold a credit: what it holds is read by the credit grammar (see creditParen). */
const PAREN = String.raw`[（(〔【]\s*([^()（）〔〕【】]{2,48}?)\s*[)）〕】]`;
const PAREN_AT_END = new RegExp(`${PAREN}\\s*$`, 'u');
const PAREN_AT_START = new RegExp(`^\\s*${PAREN}`, 'u');

/**
 * A credit in parentheses (`(记者 魏宁)`, `（记者张建 周长庆）`, `（文/张三）`, `(编辑：李四)`), found by `pattern`: the
 * match when the parenthesis holds a credit the grammar reads, with group 1 its inside; else null.
 */
function creditParen(pattern: RegExp, line: string): RegExpExecArray | null {
  const m = pattern.exec(line);
  const credit = m && mayBeCredit(m[1]) ? readCredit(toSimplified(m[1])) : null;
  // A photographer's credit in parentheses (…新华社发（万象 摄）) closes a caption, not the text: no byline.
  return credit && !credit.roles.every((r) => PHOTO_ROLES.has(r.role)) ? m : null;
}
const PHOTO_ROLES: ReadonlySet<string> = new Set(['摄', '攝']);
const creditParenAtEnd = (line: string) => creditParen(PAREN_AT_END, line);
/** A credit parenthesis that names no editor: its writers are part of the paragraph as printed. */
const creditsWritersOnly = (inner: string) => parseInfoLines([inner]).editor === null;
const creditParenAtStart = (line: string) => creditParen(PAREN_AT_START, line);
/** A line that is only names in parentheses: （袁源）. */
const PAREN_NAMES_ONLY = /^[（(]\s*([^()（）]{2,16}?)\s*[)）]$/u;
/** A dateline that opens a news lede and carries the reporters: 本报讯（记者 张三）, 新华社北京7月1日电（记者 李四）. */
const DATELINE_PAREN = new RegExp(`^[^。！？!?]{0,40}?(?:讯|訊|电|電|消息)\\s*${PAREN}`, 'u');
const datelineCreditParen = (line: string) => creditParen(DATELINE_PAREN, line);

/** A run of names only (the rule layer's readNamesOnly), space-joined; null when any token is not a name. */
function namesOnly(s: string): string | null {
  return readNamesOnly(s)?.join(' ') ?? null;
}

function namesFromParenthesis(inner: string): string | null {
  const fields = parseInfoLines([inner]);
  const names = [fields.author, fields.editor].filter(Boolean).join(' ');
  return names || null;
}

/**
 * The byline a last line carries: `(记者 魏宁)` at its end, a lone name after its last sentence
 * (`…进行安排部署。 周雪梅` → `周雪梅`), or a line that is nothing but names. Null when unsure.
 */
export function trailingByline(lastLine: string): string | null {
  return trailingNames(lastLine, false);
}

/** The writers among a last line's byline (see trailingByline): `（编辑：李四）` credits none. */
export function trailingAuthors(lastLine: string): string | null {
  return trailingNames(lastLine, true);
}

/**
 * A parenthesis of names only closing the last paragraph (…举行。（张三 李四）), a convention of many government
 * sites: taken only when every token is a person's name.
 */
const NAMES_PAREN_END = /(?<=[。！？!?…”」』])\s*[（(]\s*([^（()）]{2,30}?)\s*[)）]$/u;

/** A line that is only a parenthesis of names ((张三 李四) under a title or after the text): the names, space-joined. */
export function namesParenLine(line: string): string | null {
  const m = PAREN_NAMES_ONLY.exec(line.trim());
  return m ? namesOnly(m[1]) : null;
}

function trailingNamesParen(line: string): string | null {
  const m = NAMES_PAREN_END.exec(line);
  const inner = m ? toSimplified(m[1]) : '';
  const names = m ? readNamesOnly(inner) : null;
  return names && m ? names.map((n) => asOnLine(n, inner, m[1])).join(' ') : null;
}

function trailingNames(lastLine: string, authorsOnly: boolean): string | null {
  const line = lastLine.replace(/[\u00A0\u3000]/g, ' ').trim();
  const paren = creditParenAtEnd(line);
  if (paren) return authorsOnly ? parseInfoLines([paren[1]]).author : namesFromParenthesis(paren[1]);
  const namesParen = trailingNamesParen(line);
  if (namesParen) return namesParen;
  const credit = creditLineAuthors(line);
  if (credit) return credit;
  const lone = namesParenLine(line);
  if (lone) return lone;
  const split = /^(.*[。！？!?…”」』）)])\s+([^\s。！？!?]+(?:\s+[^\s。！？!?]+){0,2})$/u.exec(line);
  if (split) return namesOnly(split[2]);
  if (LINE_END_PUNCTUATION.test(line)) return null;
  return namesOnly(line);
}

/**
 * A lede that opens with its reporters and where they file from or that they report, after a dateline or not:
 * 本报记者罗科苏盈发自北京, 記者王明報道, 本报讯 记者 张三 通讯员 李四 报道：. Group 1 is the credit.
 */
const REPORTER_LEDE =
  /^(?:[^，。！？,!?]{0,30}?(?:讯|訊|电|電)\s*)?([^，。！？,\s]{0,8}?(?:记者|記者|通讯员|通訊員)[^，。！？,]{1,30}?)\s*(?=发自|發自|报道|報道)/u;

/**
 * The byline a first body line opens with: `(记者 魏宁)…`, the one in its dateline (`本报讯（记者 张三）…`), or
 * reporters filing from somewhere (`本报记者罗科苏盈发自北京`).
 */
export function leadingByline(firstLine: string): string | null {
  const credit = leadingCredit(firstLine);
  return credit ? namesFromParenthesis(credit) : null;
}

/** The writers among a first line's byline (see leadingByline). */
export function leadingAuthors(firstLine: string): string | null {
  const credit = leadingCredit(firstLine);
  return credit ? parseInfoLines([credit]).author : null;
}

/** The credit a first body line opens with (see leadingByline), as written: `记者 张三`. */
function leadingCredit(firstLine: string): string | null {
  const line = firstLine.replace(/[\u00A0\u3000]/g, ' ').trim();
  const paren = creditParenAtStart(line) ?? datelineCreditParen(line);
  return paren ? paren[1] : REPORTER_LEDE.exec(line)?.[1] ?? null;
}

/** The line without its trailing byline (see trailingByline); the line itself when it carries none. */
export function withoutTrailingByline(lastLine: string): string {
  if (!trailingByline(lastLine)) return lastLine;
  const line = lastLine.replace(/[\u00A0\u3000]/g, ' ').trim();
  const paren = creditParenAtEnd(line);
  // The writers in parentheses closing the last paragraph (…。（记者 胡晓蓉）, …。（张三 李四）) are part of it as
  // printed: the text keeps them. An editor's parenthesis (…。（编辑：李四）) is the page's, not the text's.
  if (paren && paren.index > 0 && creditsWritersOnly(paren[1])) return line;
  if (paren) return line.slice(0, paren.index).trimEnd();
  if (trailingNamesParen(line)) return line;
  const split = /^(.*[。！？!?…”」』）)])\s+\S.*$/u.exec(line);
  return split ? split[1] : '';
}

/**
 * The line without a leading editor's parenthesis or a credit parenthesis that is the whole line. The writers in
 * parentheses opening a paragraph (（记者 魏宁）1月4日下午…, 〔記者X／台北報導〕…) are part of it as printed, as a
 * dateline's (本报讯（记者 张三）) and the ones closing the last paragraph are: the text keeps them.
 */
export function withoutLeadingByline(firstLine: string): string {
  const paren = creditParenAtStart(firstLine);
  if (!paren || !leadingByline(firstLine)) return firstLine;
  const rest = firstLine.slice(paren[0].length).trimStart();
  return rest && creditsWritersOnly(paren[1]) ? firstLine : rest;
}

/**
 * The writers a line that is wholly a credit names (执笔人：闵乐夫 赵兰波, 【作者：张三】, □ 本报记者 葛灵丹, 新京报记者 陆一夫),
 * its spaces already made plain; else null.
 */
function creditLineAuthors(line: string): string | null {
  const names = creditAsWritten(line)?.authors ?? [];
  return names.length ? names.join(' ') : null;
}

/** How many lines at each end of a body may carry its credit. */
const CREDIT_LINES = 2;

/**
 * Reporters or writers credited inside the text, at its first or last lines: a lede's byline (本报记者罗科苏盈发自北京,
 * 本报讯（记者 张三）), a closing `（信报记者 蔡雪婧）`, a credit line (执笔人：闵乐夫 赵兰波). Lines stay in the text.
 */
export function creditInBodyEnds(lines: string[]): string | null {
  const clean = (l: string) => l.replace(/[\u00A0\u3000]/g, ' ').trim();
  // Only writers: editors credited the same way (【编辑：金硕】) are not.
  for (const line of lines.slice(0, CREDIT_LINES).map(clean)) {
    const names = leadingAuthors(line) ?? creditLineAuthors(line);
    if (names) return names;
  }
  for (const line of lines.slice(-CREDIT_LINES).reverse().map(clean)) {
    const paren = creditParenAtEnd(line);
    const names = (paren ? parseInfoLines([paren[1]]).author : null) ?? trailingNamesParen(line) ?? creditLineAuthors(line);
    if (names) return names;
  }
  return null;
}

const MAX_HEADING_LINE = 40;
const HEADING_LINES = 2;

/**
 * Names on a line of their own at the top of a body (胡平; 赵延东、风笑天 under a repeated title): how essays and
 * papers credit their writers. Only after nothing but heading-like lines (short, no sentence end), and only when text
 * follows.
 */
export function namesUnderTitle(lines: string[]): string | null {
  for (let i = 0; i <= HEADING_LINES && i < lines.length - 1; i++) {
    const line = lines[i].replace(/[\u00A0\u3000]/g, ' ').trim();
    // The names may stand in parentheses ((张三 李四)).
    const inner = PAREN_NAMES_ONLY.exec(line)?.[1] ?? line;
    if (namesOnly(toSimplified(inner))) return inner.split(/[\s、]+/).join(' ');
    if (line.length > MAX_HEADING_LINE || SENTENCE_END.test(line)) return null;
  }
  return null;
}

/** A speech's title: 在…上的讲话, …致辞, …发言 (稿 or 全文 may follow, and the date in brackets). */
const SPEECH_TITLE = /(?:讲话|致辞|发言|演讲|报告)(?:稿|全文)?(?:\s*[（(][^（()）]{4,20}[)）])?$/;
/** The speaker line under a speech's title: the name, often after an office (市委书记　张三, 县长 李四同志, 王五). */
const SPEAKER_LINE = /^(?:[^\s，,。：:；;！？!?]{2,20}\s+)?([\p{Script=Han}·]{2,4}?)(?:同志)?(?:\s*[（(][^（()）]{4,20}[)）])?$/u;

/**
 * The speaker of a speech page, from the lines above its body (`lines` in page order); null unless the title or
 * its 副题 (——在…上的讲话) names a speech.
 */
export function speakerOf(titles: (string | null)[], lines: string[]): string | null {
  if (!titles.some((t) => t && SPEECH_TITLE.test(t.trim()))) return null;
  for (const line of lines) {
    const name = SPEAKER_LINE.exec(line.replace(/[\u00A0\u3000]/g, ' ').trim())?.[1];
    if (name && !name.endsWith('们') && isLikelyName(name)) return name;
  }
  return null;
}

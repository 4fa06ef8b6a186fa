// The fields of articles.jsonl: one table drives the JSON line, the reader's checks and the README.

import { EDITABLE_FIELDS, type CaptureRecord } from '../model';
import { SAFE_ID } from './names';

export type FieldKind =
  | 'string'
  | 'nullable-string'
  | 'count'
  | 'nullable-count'
  | 'boolean'
  | 'string-list'
  | 'script'
  | 'timestamp'
  | 'extracted'
  | 'extractor';

interface FieldSpec {
  name: keyof CaptureRecord;
  kind: FieldKind;
  en: string;
  zh: string;
  /**
   * Fields beyond the documented research set, kept so that export → import loses nothing. A line without them
   * (written by hand or by another tool) is still accepted and gets `fallback`.
   */
  extra?: { fallback: (record: Partial<CaptureRecord>) => unknown };
}

export const ARTICLE_FIELDS: readonly FieldSpec[] = [
  { name: 'id', kind: 'string', en: 'Stable id: first 16 hex digits of SHA-256 of the canonical URL', zh: '稳定编号：规范网址 SHA-256 的前 16 位十六进制' },
  { name: 'url', kind: 'string', en: 'Address of the captured page', zh: '采集页面的网址' },
  { name: 'canonical_url', kind: 'nullable-string', en: 'Canonical address the page declares', zh: '页面声明的规范网址' },
  { name: 'title', kind: 'nullable-string', en: 'Headline (Simplified Chinese)', zh: '标题（简体）' },
  { name: 'pretitle', kind: 'nullable-string', en: 'Kicker line above the headline (引题)', zh: '引题' },
  { name: 'subtitle', kind: 'nullable-string', en: 'Subheadline (副题)', zh: '副题' },
  { name: 'published_at', kind: 'nullable-string', en: 'Publication time, ISO 8601 at the precision the page gives: month (2022-07) or date only, or with minutes/seconds and +08:00', zh: '发布时间，ISO 8601，精度与页面一致：仅年月（2022-07）、仅日期，或到分/秒（+08:00）' },
  { name: 'source', kind: 'nullable-string', en: 'Source (来源), e.g. the original publisher', zh: '来源' },
  { name: 'issuer', kind: 'nullable-string', en: 'Publishing body of a government information record (发布机构 / 发文机关), or the unit that supplied the text (供稿)', zh: '发布机构/发文机关，或供稿单位', extra: { fallback: () => null } },
  { name: 'index_no', kind: 'nullable-string', en: 'Index number of a government information record (索引号)', zh: '索引号', extra: { fallback: () => null } },
  { name: 'doc_no', kind: 'nullable-string', en: 'Document number of a government document (文号 / 发文字号), e.g. 国发〔2023〕5号', zh: '文号（发文字号）', extra: { fallback: () => null } },
  { name: 'print_page', kind: 'nullable-string', en: 'Print-edition page the article cites (版次), e.g. 04, A01', zh: '报纸版次', extra: { fallback: () => null } },
  { name: 'author', kind: 'nullable-string', en: 'Author(s) / reporter(s)', zh: '作者/记者' },
  { name: 'editor', kind: 'nullable-string', en: 'Responsible editor (责任编辑)', zh: '责任编辑' },
  { name: 'site_name', kind: 'nullable-string', en: 'Name of the publishing site', zh: '网站名称' },
  { name: 'column', kind: 'nullable-string', en: 'Column / section (栏目)', zh: '栏目' },
  { name: 'keywords', kind: 'string-list', en: 'Keywords the page declares', zh: '页面声明的关键词' },
  { name: 'lang', kind: 'nullable-string', en: 'Language the page declares (<html lang>)', zh: '页面声明的语言' },
  { name: 'script_original', kind: 'script', en: 'Script of the page: zh-Hans, zh-Hant (converted to Simplified) or none', zh: '原页面字形：zh-Hans 简体、zh-Hant 繁体（已转简体）或 none' },
  { name: 'text', kind: 'string', en: 'Clean body text, one paragraph per line, Simplified Chinese', zh: '正文，每段一行，简体' },
  { name: 'text_original', kind: 'nullable-string', en: 'Body before Traditional→Simplified conversion; null when not converted', zh: '繁简转换前的正文；未转换时为 null' },
  { name: 'chars', kind: 'count', en: 'Number of characters (Unicode code points) of text', zh: '正文字数（Unicode 码位数）' },
  { name: 'sha256', kind: 'string', en: 'SHA-256 (hex) of text in UTF-8', zh: '正文 UTF-8 的 SHA-256（十六进制）' },
  { name: 'near_duplicate_of', kind: 'nullable-string', en: 'id of an earlier article whose text is at least 90% the same', zh: '正文相似度不低于 90% 的较早文章的 id' },
  { name: 'captured_at', kind: 'timestamp', en: 'Time of the latest capture (ISO 8601, UTC)', zh: '最近一次采集时间（ISO 8601，UTC）' },
  { name: 'revisions', kind: 'count', en: 'How many times the page was captured', zh: '采集次数' },
  { name: 'tags', kind: 'string-list', en: "The researcher's tags", zh: '研究者添加的标签' },
  { name: 'extractor', kind: 'extractor', en: 'Extractor name and version that produced the record', zh: '生成记录的提取程序名称与版本' },
  { name: 'description', kind: 'nullable-string', en: 'Summary the page declares (meta description)', zh: '页面声明的摘要', extra: { fallback: () => null } },
  { name: 'views', kind: 'nullable-count', en: 'View count shown on the page (点击量)', zh: '页面显示的点击量', extra: { fallback: () => null } },
  { name: 'title_original', kind: 'nullable-string', en: 'Headline before conversion; null when not converted', zh: '繁简转换前的标题；未转换时为 null', extra: { fallback: () => null } },
  { name: 'first_captured_at', kind: 'timestamp', en: 'Time of the first capture (ISO 8601, UTC)', zh: '首次采集时间（ISO 8601，UTC）', extra: { fallback: (r) => r.captured_at } },
  { name: 'note', kind: 'string', en: "The researcher's note", zh: '研究者备注', extra: { fallback: () => '' } },
  { name: 'extracted', kind: 'extracted', en: 'For fields a person corrected: the value as extracted (a field absent here was not corrected)', zh: '人工更正过的字段的原提取值（未列出的字段未经更正）', extra: { fallback: () => ({}) } },
  { name: 'fingerprint', kind: 'string', en: '64-bit SimHash of the text (16 hex digits), used to find near duplicates', zh: '正文的 64 位 SimHash（16 位十六进制），用于查找近似重复', extra: { fallback: () => '' } },
  { name: 'key_url', kind: 'string', en: 'The URL the id was computed from', zh: '计算 id 所用的网址', extra: { fallback: (r) => r.canonical_url ?? r.url } },
  { name: 'has_html', kind: 'boolean', en: 'Whether a page snapshot was stored (html/<id>.html when exported)', zh: '是否保存了网页快照（导出时为 html/<id>.html）', extra: { fallback: () => false } },
];

/** The record as one JSON object with the documented key order. */
export function articleJson(record: CaptureRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of ARTICLE_FIELDS) out[field.name] = record[field.name] ?? field.extra?.fallback(record) ?? null;
  return out;
}

const SCRIPTS = new Set(['zh-Hans', 'zh-Hant', 'none']);
const EDITABLE = new Set<string>(EDITABLE_FIELDS);

const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;

/** What is wrong with a record, in both languages. */
export interface Problem {
  en: string;
  zh: string;
}

/** What is wrong with a value of the given kind, or null when it is right. */
function kindProblem(kind: FieldKind, value: unknown): Problem | null {
  const unless = (ok: boolean, en: string, zh: string) => (ok ? null : { en, zh });
  switch (kind) {
    case 'string':
      return unless(isString(value), 'must be a string', '应为字符串');
    case 'nullable-string':
      return unless(value === null || isString(value), 'must be a string or null', '应为字符串或 null');
    case 'count':
      return unless(isCount(value), 'must be a whole number >= 0', '应为非负整数');
    case 'nullable-count':
      return unless(value === null || isCount(value), 'must be a whole number >= 0 or null', '应为非负整数或 null');
    case 'boolean':
      return unless(typeof value === 'boolean', 'must be true or false', '应为 true 或 false');
    case 'string-list':
      return unless(Array.isArray(value) && value.every(isString), 'must be a list of strings', '应为字符串列表');
    case 'script':
      return unless(SCRIPTS.has(value as string), 'must be zh-Hans, zh-Hant or none', '应为 zh-Hans、zh-Hant 或 none');
    case 'timestamp':
      return unless(isString(value) && !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 time', '应为 ISO 8601 时间');
    case 'extracted':
      return unless(
        isPlainObject(value) && Object.entries(value).every(([k, v]) => EDITABLE.has(k) && (v === null || isString(v))),
        `must be an object whose keys are among ${EDITABLE_FIELDS.join(', ')} with string or null values`,
        `应为对象，键限于 ${EDITABLE_FIELDS.join('、')}，值为字符串或 null`,
      );
    case 'extractor':
      return unless(
        isPlainObject(value) && isString(value.name) && isString(value.version),
        'must be an object {name, version} of strings',
        '应为含 name、version 字符串的对象',
      );
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Check one parsed articles.jsonl object and build the record from it. Returns the problem when the object is not a
 * valid record; unknown keys are dropped. `textSha256` hashes a text the same way the writer did.
 */
export function recordFromJson(
  value: unknown,
  textSha256: (text: string) => string,
): { record: CaptureRecord } | { problem: Problem } {
  if (!isPlainObject(value)) return { problem: { en: 'is not a JSON object', zh: '不是 JSON 对象' } };
  const record: Record<string, unknown> = {};
  for (const field of ARTICLE_FIELDS) {
    const present = Object.hasOwn(value, field.name);
    if (!present && field.extra) {
      record[field.name] = field.extra.fallback(record as Partial<CaptureRecord>);
      continue;
    }
    if (!present) return { problem: { en: `has no "${field.name}"`, zh: `缺少 "${field.name}"` } };
    const problem = kindProblem(field.kind, value[field.name]);
    if (problem) return { problem: { en: `"${field.name}" ${problem.en}`, zh: `"${field.name}" ${problem.zh}` } };
    record[field.name] = copyValue(value[field.name]);
  }
  const checked = record as unknown as CaptureRecord;
  if (!SAFE_ID.test(checked.id)) {
    return { problem: { en: '"id" must be 1–64 letters, digits, _ or -', zh: '"id" 应为 1–64 个字母、数字、_ 或 -' } };
  }
  if ([...checked.text].length !== checked.chars) {
    return { problem: { en: '"chars" does not match the length of "text"', zh: '"chars" 与 "text" 的长度不符' } };
  }
  if (textSha256(checked.text) !== checked.sha256) {
    return { problem: { en: '"sha256" does not match "text"', zh: '"sha256" 与 "text" 不符' } };
  }
  return { record: checked };
}

/** Objects and lists are copied so that a record never shares structure with the parsed line. */
function copyValue(value: unknown): unknown {
  if (Array.isArray(value)) return [...value];
  if (isPlainObject(value)) return { ...value };
  return value;
}

// metadata.csv: every field except the texts, one row per article, for Excel and pandas.
// RFC 4180: fields quoted when they hold a comma, quote, CR or LF; quotes doubled; CRLF after every row.
// UTF-8 with a byte order mark, because Excel only reads a CSV as UTF-8 when it starts with one.
// Text cells that a spreadsheet would run as a formula get a leading ' (OWASP's CSV injection rule); articles.jsonl
// and texts/ stay exact.

import type { CaptureRecord } from '../model';

const CSV_BOM = '\uFEFF';

/** Frictionless Table Schema field types used by the columns. */
type CsvType = 'string' | 'integer' | 'boolean' | 'date' | 'datetime';

interface CsvColumn {
  name: string;
  type: CsvType;
  en: string;
  zh: string;
  value: (record: CaptureRecord, textFile: string) => string;
}

const text = (v: string | null) => v ?? '';
const count = (v: number | null) => (v === null ? '' : String(v));
/** Lists are joined with ';' as users of Excel expect; the exact lists are in articles.jsonl. */
const list = (v: string[]) => v.join(';');

/** Table Schema's default datetime format is YYYY-MM-DDThh:mm:ssZ, so times are written in UTC to the second. */
function csvDatetime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The calendar date of published_at as the page gives it (China time), or '' when there is none (or only a month). */
function publishedDate(publishedAt: string | null): string {
  const match = publishedAt?.match(/^\d{4}-\d{2}-\d{2}/);
  return match ? match[0] : '';
}

const plain = (name: keyof CaptureRecord & string, en: string, zh: string): CsvColumn => ({
  name,
  type: 'string',
  en,
  zh,
  value: (r) => text(r[name] as string | null),
});

export const CSV_COLUMNS: readonly CsvColumn[] = [
  plain('id', 'Stable id (join key with articles.jsonl and texts/)', '稳定编号（与 articles.jsonl、texts/ 对应）'),
  { name: 'text_file', type: 'string', en: 'Path of the body text in the bundle', zh: '正文文件在包内的路径', value: (_, file) => file },
  plain('url', 'Address of the captured page', '采集页面的网址'),
  plain('canonical_url', 'Canonical address the page declares', '页面声明的规范网址'),
  plain('key_url', 'URL the id was computed from', '计算 id 所用的网址'),
  plain('title', 'Headline (Simplified)', '标题（简体）'),
  plain('title_original', 'Headline before Traditional→Simplified conversion', '繁简转换前的标题'),
  plain('pretitle', 'Kicker line (引题)', '引题'),
  plain('subtitle', 'Subheadline (副题)', '副题'),
  plain('published_at', 'Publication time as ISO 8601 at the precision the page gives (2022-07, 2022-07-01, 2022-07-01T10:30+08:00)', '发布时间（ISO 8601，精度同页面：2022-07、2022-07-01、2022-07-01T10:30+08:00）'),
  { name: 'published_date', type: 'date', en: 'Publication date (YYYY-MM-DD, China time)', zh: '发布日期（YYYY-MM-DD，北京时间）', value: (r) => publishedDate(r.published_at) },
  plain('source', 'Source (来源)', '来源'),
  plain('issuer', 'Publishing body (发布机构) or supplying unit (供稿)', '发布机构/供稿单位'),
  plain('index_no', 'Index number (索引号)', '索引号'),
  plain('doc_no', 'Document number (文号)', '文号'),
  plain('print_page', 'Print-edition page (版次)', '版次'),
  plain('author', 'Author(s)', '作者'),
  plain('editor', 'Responsible editor (责任编辑)', '责任编辑'),
  plain('site_name', 'Site name', '网站名称'),
  plain('column', 'Column / section (栏目)', '栏目'),
  { name: 'keywords', type: 'string', en: "Keywords, joined with ';'", zh: '关键词，以 ; 分隔', value: (r) => list(r.keywords) },
  plain('description', 'Summary the page declares', '页面摘要'),
  { name: 'views', type: 'integer', en: 'View count shown on the page', zh: '点击量', value: (r) => count(r.views) },
  plain('lang', 'Language the page declares', '页面语言'),
  plain('script_original', 'zh-Hans, zh-Hant (converted) or none', '原字形：zh-Hans、zh-Hant（已转简体）或 none'),
  { name: 'chars', type: 'integer', en: 'Characters of the body', zh: '正文字数', value: (r) => count(r.chars) },
  plain('sha256', 'SHA-256 of the body (UTF-8)', '正文 SHA-256'),
  plain('fingerprint', 'SimHash of the body (16 hex digits)', '正文 SimHash（16 位十六进制）'),
  plain('near_duplicate_of', 'id of an earlier article with >= 90% the same text', '相似度 >= 90% 的较早文章 id'),
  { name: 'captured_at', type: 'datetime', en: 'Latest capture (UTC)', zh: '最近采集时间（UTC）', value: (r) => csvDatetime(r.captured_at) },
  { name: 'first_captured_at', type: 'datetime', en: 'First capture (UTC)', zh: '首次采集时间（UTC）', value: (r) => csvDatetime(r.first_captured_at) },
  { name: 'revisions', type: 'integer', en: 'Times captured', zh: '采集次数', value: (r) => count(r.revisions) },
  { name: 'tags', type: 'string', en: "Tags, joined with ';'", zh: '标签，以 ; 分隔', value: (r) => list(r.tags) },
  plain('note', "Researcher's note", '备注'),
  { name: 'extracted', type: 'string', en: 'JSON: values as extracted for fields a person corrected', zh: 'JSON：人工更正字段的原提取值', value: (r) => JSON.stringify(r.extracted) },
  { name: 'extractor_name', type: 'string', en: 'Extractor name', zh: '提取程序名称', value: (r) => r.extractor.name },
  { name: 'extractor_version', type: 'string', en: 'Extractor version', zh: '提取程序版本', value: (r) => r.extractor.version },
  { name: 'has_html', type: 'boolean', en: 'Whether a page snapshot was stored', zh: '是否保存网页快照', value: (r) => String(r.has_html) },
];

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

export const csvHeader = (): string => CSV_BOM + csvRow(CSV_COLUMNS.map((c) => c.name));

/** A cell starting with = + - @, tab or CR is a formula to Excel and LibreOffice: a title "=HYPERLINK(…)" must stay text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export const csvRecordRow = (record: CaptureRecord, textFile: string): string =>
  csvRow(CSV_COLUMNS.map((c) => (c.type === 'string' ? neutraliseFormula(c.value(record, textFile)) : c.value(record, textFile))));

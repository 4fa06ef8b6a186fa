// A capture as a CSL-JSON item, mapped as a Chinese-studies librarian would: literal Chinese names, the newspaper or
// site as container, the 文号 as number, the date at the precision the page gives, everything else in `note`.

import type { CaptureRecord } from '../model';
import { documentNumber, issuingAuthority, newspaperName, printPage } from './facts';

export type CslDate = { 'date-parts': [number[]] };
export type CslName = { literal: string };

/** Only CSL 1.0.2 variables: CSL-JSON allows no other keys, so whatever else a researcher needs goes in `note`. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-newspaper' | 'webpage' | 'regulation';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  issued?: CslDate;
  accessed: CslDate;
  URL: string;
  section?: string;
  number?: string;
  page?: string;
  language?: string;
  abstract?: string;
  keyword?: string;
  note?: string;
}

/** Separators between names in an 作者 field: 张三 李四, 张三、李四, 张三，李四. */
const NAME_SEPARATORS = /[\s、，,;；/]+/u;

/** Author names as written: a Chinese name is one unit (no family/given split), so each is a CSL literal. */
export function literalNames(field: string | null): CslName[] {
  if (!field) return [];
  return field.split(NAME_SEPARATORS).filter(Boolean).map((literal) => ({ literal }));
}

/** `2022-07`, `2022-07-01`, `2022-07-01T10:30+08:00` → date-parts at that precision (the time goes in `note`). */
export function cslDate(iso: string | null): CslDate | undefined {
  const match = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso) : null;
  if (!match) return undefined;
  return { 'date-parts': [match.slice(1).filter((part) => part !== undefined).map(Number)] };
}

/** The note's `key: value` lines (Zotero reads such lines of Extra as fields). */
function noteLines(record: CaptureRecord, authority: string | null): string {
  const lines: Array<[string, string | null]> = [
    ['pretitle', record.pretitle],
    ['subtitle', record.subtitle],
    // Not `source` / `editor`: citation-js and Zotero read such note lines as CSL variables, and 来源 is not a CSL
    // source (a catalogue) nor 责任编辑 an editor of the work.
    ['source (来源)', record.source],
    ['editor (责任编辑)', record.editor],
    ['issuing authority', authority],
    ['published_at', record.published_at?.includes('T') ? record.published_at : null],
    ['site_name', record.site_name],
    ['zhengwen id', record.id],
    ['text sha256', record.sha256],
  ];
  return lines.flatMap(([key, value]) => (value ? [`${key}: ${value}`] : [])).join('\n');
}

export function cslItem(record: CaptureRecord): CslItem {
  const number = documentNumber(record);
  const authority = issuingAuthority(record);
  const newspaper = newspaperName(record);
  // A notice is cited as a regulation only when the page names both who issued it and its number.
  const type = number && authority ? 'regulation' : newspaper ? 'article-newspaper' : 'webpage';
  const authors = type === 'regulation' ? [{ literal: authority! }] : literalNames(record.author);
  const page = type === 'article-newspaper' ? printPage(record) : null;
  const container = type === 'article-newspaper' ? newspaper : record.site_name;
  const item: CslItem = {
    id: record.id,
    'citation-key': `zhengwen_${record.id}`,
    type,
    title: record.title ?? record.url,
    accessed: cslDate(record.captured_at)!,
    URL: record.url,
    language: record.lang ?? 'zh-CN',
  };
  if (authors.length > 0) item.author = authors;
  if (container) item['container-title'] = container;
  const issued = cslDate(record.published_at);
  if (issued) item.issued = issued;
  if (record.column) item.section = record.column;
  if (number) item.number = number;
  if (page) item.page = page;
  if (record.description) item.abstract = record.description;
  if (record.keywords.length > 0) item.keyword = record.keywords.join(', ');
  const note = noteLines(record, authority);
  if (note) item.note = note;
  return item;
}

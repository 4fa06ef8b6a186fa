// Facts a citation needs that the record holds only inside its strings: the 文号 and 发文机关 of a government
// document, a newspaper's name and print page (第N版). Read at export time, so older records get them too.

import { DOCUMENT_NUMBER } from '../rules/document';

const NUMBER_LABEL = /发文字号\s*[：:]\s*(\S[^\n]*?)\s*$/mu;
const AUTHORITY_LABEL = /发文机关\s*[：:]\s*(\S[^\n]*?)\s*$/mu;
const PRINT_PAGE = /第\s*0*(\d{1,3})\s*版/u;
/** Names ending in 报 that are documents or journals, not newspapers. */
const NOT_NEWSPAPER = /(?:公报|简报|喜报|通报|情报|学报|年报|快报|汇报|周报告|举报|预报)$/u;
const NEWSPAPER_NAME = /^[\u4e00-\u9fffA-Za-z]{2,12}报/u;

/** Lines a government page's 发文字号 / 发文机关 table or the number under the title would be on. */
const headLines = (text: string, count: number) => text.split('\n', count).join('\n');

export interface CitedStrings {
  /** The 文号 the capture read (records stored before the field existed lack it). */
  doc_no?: string | null;
  title: string | null;
  subtitle: string | null;
  source: string | null;
  site_name: string | null;
  column: string | null;
  text: string;
}

/**
 * The 文号: the field the capture read, else a labelled 发文字号, else a number in the subtitle, title or the first
 * lines of the body (records stored before the field existed).
 */
export function documentNumber(record: CitedStrings): string | null {
  if (record.doc_no) return record.doc_no;
  const head = headLines(record.text, 15);
  const labelled = NUMBER_LABEL.exec(head)?.[1];
  if (labelled) return labelled;
  for (const where of [record.subtitle, record.title, headLines(record.text, 5)]) {
    const found = where ? DOCUMENT_NUMBER.exec(where)?.[0] : undefined;
    if (found) return found.replace(/\s+/g, '');
  }
  return null;
}

/** The 发文机关 the page names in a labelled line. */
export function issuingAuthority(record: CitedStrings): string | null {
  return AUTHORITY_LABEL.exec(headLines(record.text, 15))?.[1] ?? null;
}

/** The newspaper the article appeared in, when the source or the site is one (人民日报 2023年1月1日 第01版 → 人民日报). */
export function newspaperName(record: CitedStrings): string | null {
  for (const name of [record.source, record.site_name]) {
    const found = name ? NEWSPAPER_NAME.exec(name.trim())?.[0] : undefined;
    if (found && !NOT_NEWSPAPER.test(found)) return found;
  }
  return null;
}

/** The print page (版次) the source, the column or the first lines of the body give. */
export function printPage(record: CitedStrings): string | null {
  for (const where of [record.source, record.column, headLines(record.text, 3)]) {
    const found = where ? PRINT_PAGE.exec(where)?.[1] : undefined;
    if (found) return found;
  }
  return null;
}

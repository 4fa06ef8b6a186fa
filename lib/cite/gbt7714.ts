// GB/T 7714-2015 reference text (the Chinese national standard, 著录规则 for 电子资源): 主要责任者. 题名[EB/OL].
// (发布日期)[引用日期]. 获取和访问路径. A newspaper's article is [N/OL] with 报纸名, 出版日期(版次). No CSL style for
// the standard ships with citation-js, and the form is one line of fixed punctuation, so it is built here from the
// same CSL item the other formats use.

import type { CslDate, CslItem } from './csl';

/** The standard lists three 责任者 and then 等. */
const MAX_NAMES = 3;

const pad = (n: number) => String(n).padStart(2, '0');

/** 2023, 2023-05 or 2023-05-06: the precision the page gave. */
export function isoDateOf(date: CslDate | undefined): string | null {
  const parts = date?.['date-parts'][0];
  if (!parts || parts.length === 0) return null;
  const [year, ...rest] = parts;
  return [String(year), ...rest.map(pad)].join('-');
}

function responsibility(item: CslItem): string | null {
  const names = (item.author ?? []).map((name) => name.literal);
  if (names.length === 0) return null;
  return names.length > MAX_NAMES ? `${names.slice(0, MAX_NAMES).join(', ')}, 等` : names.join(', ');
}

export function gbt7714Reference(item: CslItem): string {
  const who = responsibility(item);
  const title = item.type === 'regulation' && item.number ? `${item.title}: ${item.number}` : item.title;
  const issued = isoDateOf(item.issued);
  const accessed = `[${isoDateOf(item.accessed)}]`;
  const parts = who ? [who] : [];
  if (item.type === 'article-newspaper') {
    const page = item.page ? `(${item.page})` : '';
    parts.push(`${title}[N/OL]`, `${item['container-title']}, ${issued ?? ''}${page}${accessed}`);
  } else {
    parts.push(`${title}[EB/OL]`, `${issued ? `(${issued})` : ''}${accessed}`);
  }
  parts.push(item.URL);
  return parts.join('. ') + '.';
}

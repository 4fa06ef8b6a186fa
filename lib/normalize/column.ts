// The column (栏目) the article stands in: the ColumnName meta, else the breadcrumb's last column step.

import type { PageExtract } from '../model';
import { compact } from '../rules/prose';

/** Last breadcrumb steps that name the page itself, not its column. */
const NOT_A_COLUMN = /^(正文|详情|详细|正文内容|内容|文章|详细内容|阅读文章|浏览文章|新闻详情|文章详情|信息详情)$/;
const MAX_COLUMN = 16;

/** A column name is a short label: no sentence, no date, no UI words after a tab. */
function columnName(step: string): string | null {
  const name = step.split(/[\t\u3000]|\s{2,}/)[0].replace(/\s*(?:19|20)\d{2}年.*$/, '').trim();
  return name && name.length <= MAX_COLUMN && !/[。！？，：:]/.test(name) && !NOT_A_COLUMN.test(name) ? name : null;
}

const HOME_STEP = /(首页|首頁|主页|主頁)$|^home$/i;

/** The ColumnName meta, else the last breadcrumb step that names a column (not home, not the page's own title). */
export function columnOf(x: PageExtract, title: string | null): string | null {
  const meta = (x.meta['columnname'] ?? x.meta['enpproperty:nodename'])?.trim();
  if (meta) return meta;
  if (x.breadcrumb.length < 2) return null;
  const names = x.breadcrumb
    .map(columnName)
    .filter((n): n is string => n !== null && !HOME_STEP.test(n))
    .filter((n) => !title || !compact(title).startsWith(compact(n).slice(0, 8)));
  return names.length ? names[names.length - 1] : null;
}


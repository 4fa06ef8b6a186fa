// The site's name: from the metas, Readability, the document title's suffix and the footer, best first.

import type { PageExtract } from '../model';
import { stripMarkup } from '../rules/markup';
import { compact } from '../rules/prose';
import { firstMeta } from './metaValues';
import { siteNameFromFooter } from './textDump';
import { cleanTitle, isSiteName } from './title';

const SITE_META_KEYS = ['sitename', 'og:site_name', 'application-name', 'apple-mobile-web-app-title', 'site'];
const TITLE_SEPARATOR = /\s*(?:[-–—|｜_]|——)\s*/;
/** After ©, Copyright or 版权所有 and the years: the holder, up to punctuation, a wide space or "All Rights Reserved". */
const COPYRIGHT_HOLDER =
  /(?:版权所有|版權所有|copyright|©|\(c\))(?:\s*(?:©|\(c\)|[:：]))*\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)?([^,，。|©:：\u3000\t]{2,40}?)(?=\s*(?:\.(?:\s|$)|[,，。|\u3000\t]|\s{2}|all rights|版权所有|版權所有|$))/i;
const SITE_NOISE = /版权所有|版權所有|all rights reserved\.?|copyright|©/gi;
const YEARS_AT_ENDS = /^\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*|\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*$/g;
const MAX_SITE_NAME = 30;

/** The site name a document title ends with (`标题 - 常州长安网` → 常州长安网), when cleanTitle cut it off. */
function titleSuffixSite(documentTitle: string): string | null {
  const t = documentTitle.trim();
  const cleaned = cleanTitle(t);
  if (!cleaned || cleaned === t || !t.startsWith(cleaned)) return null;
  const parts = t.slice(cleaned.length).split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  return parts.length ? parts[parts.length - 1] : null;
}

/** A document title with nothing to separate: no site suffix, no column. */
const SEPARATOR_CHAR = /[-–—_|｜:：»›·]/;

/**
 * A document title that is only the site's name (<title>某市人民政府</title> on every page of an old portal): named
 * like a site and standing apart from the headings the page shows above its body.
 */
function siteOnlyTitle(documentTitle: string, headings: string[]): string | null {
  const t = documentTitle.trim();
  if (!t || headings.length === 0 || SEPARATOR_CHAR.test(t) || !isSiteName(t, [])) return null;
  return headings.some((h) => compact(h).includes(compact(t)) || compact(t).includes(compact(h))) ? null : t;
}

/** What the pattern's first group holds on the first line it matches. */
function firstCapture(lines: string[], pattern: RegExp): string | null {
  for (const line of lines) {
    const m = pattern.exec(line);
    if (m) return m[1];
  }
  return null;
}

export function footerCopyrightHolder(lines: string[]): string | null {
  return firstCapture(lines, COPYRIGHT_HOLDER);
}

/** A site name without copyright words, tags and years; null when nothing name-like is left or it is a heading. */
function cleanSiteName(raw: string, headings: string[]): string | null {
  const name = stripMarkup(raw).replace(SITE_NOISE, ' ').replace(YEARS_AT_ENDS, '').replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > MAX_SITE_NAME || /^(the|a|an)$/i.test(name) || /[。！？]/.test(name)) return null;
  // Footer sentences about rights (未经授权禁止复制) are not names.
  if (/未经|未經|授权|授權|禁止|本站|本网/.test(name)) return null;
  // Some templates fill og:site_name with the article title.
  return headings.some((h) => compact(h) === compact(name)) ? null : name;
}

/** The footer's 主办 (单位): the body that runs the site, named when nothing else names it. */
const FOOTER_SPONSOR = /(?:^|\s)主办(?:单位)?\s*[:：]\s*([^\s\u3000,，;；|]{2,30})/;

/**
 * Site names the page states, best first: metas, Readability's guess, the title suffix, the footer's copyright
 * holder, the footer's 主办.
 */
export function siteNames(x: PageExtract): string[] {
  const names = [
    firstMeta(x.meta, SITE_META_KEYS),
    x.readability?.siteName ?? null,
    titleSuffixSite(x.documentTitle),
    siteNameFromFooter(x.footerLines),
    footerCopyrightHolder(x.footerLines),
    siteOnlyTitle(x.documentTitle, x.headings),
    firstCapture(x.footerLines, FOOTER_SPONSOR),
  ];
  const clean = names.map((n) => (n ? cleanSiteName(n, x.headings) : null)).filter((n): n is string => n !== null);
  return [...new Set(clean)];
}


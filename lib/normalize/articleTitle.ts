// The article's title: from the metas, the visible heading and the document title, each cleaned of site names.

import type { PageExtract } from '../model';
import { compact } from '../rules/prose';
import { cleanTitle, isSiteName } from './title';

/** A time or date stamp some templates print inside the title element (标题 【16:15】). */
const TIME_STAMP = /\s*[【\[(（]\s*(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[】\])）]\s*$/;

function withoutTimeStamp(heading: string): string {
  const m = TIME_STAMP.exec(heading);
  return m && /\d/.test(m[0]) ? heading.slice(0, m.index) : heading;
}

/** What follows a title when it is a site suffix: a separator. */
const CUT_TITLE_REST = /^[-–—|｜_:：»›@(（\[【]/;
/** Or words after a space, the last a site name (标题 中国快讯 南方网); a quote there means the title went on. */
const SPACED_SUFFIX = /^\s+([^"“”]+)$/;

function isTitleSuffix(rest: string, sites: string[]): boolean {
  if (CUT_TITLE_REST.test(rest.trimStart())) return true;
  const words = SPACED_SUFFIX.exec(rest)?.[1].trim().split(/\s+/);
  return !!words && isSiteName(words[words.length - 1], sites);
}

/** What follows the first `count` non-space characters of s, spaces kept. */
function restAfter(s: string, count: number): string {
  let seen = 0;
  for (let i = 0; i < s.length; i++) {
    if (seen === count) return s.slice(i);
    if (!/[\s\u00A0\u3000]/.test(s[i])) seen++;
  }
  return '';
}

const BREADCRUMB_STEP_END = /[〉>»›\/|｜-]$/;

/** A heading that starts with the breadcrumb (网站 〉栏目 〉标题), when the document title names what follows it. */
function withoutBreadcrumb(heading: string, docTitle: string): string {
  const [h, t] = [compact(heading), compact(docTitle)];
  if (t.length < MIN_HEADING_IN_META || h === t || !h.endsWith(t)) return heading;
  return BREADCRUMB_STEP_END.test(h.slice(0, h.length - t.length)) ? docTitle : heading;
}

/**
 * The visible heading when og:title is that heading padded with a site's or column's name (标题 - 栏目 - 网站,
 * 网站:标题, 标题 | 副题 | 网站, 标题 - 摘要…), else undefined.
 */
function headingInside(ogTitle: string | undefined, headings: string[], sites: string[]): string | undefined {
  if (!ogTitle) return undefined;
  const og = compact(ogTitle);
  return headings.find((h) => {
    const sh = compact(h);
    if (sh.length < MIN_HEADING_IN_META || sh === og) return false;
    if (og.startsWith(sh)) return CUT_TITLE_REST.test(og.slice(sh.length));
    const before = og.endsWith(sh) ? og.slice(0, og.length - sh.length) : '';
    return PREFIX_SEPARATOR.test(before) && isSiteName(before.slice(0, -1), sites);
  });
}
const MIN_HEADING_IN_META = 4;
const PREFIX_SEPARATOR = /[-–—|｜_:：»›]$/;

/**
 * The title: ArticleTitle meta, og:title, the visible heading the document title confirms, the document title
 * without its site suffix, Readability's title; each cleaned of site names.
 */
export function pickTitle(x: PageExtract, sites: string[]): string | null {
  const docTitle = compact(x.documentTitle);
  const docClean = cleanTitle(x.documentTitle, sites);
  const headings = x.headings.map(withoutTimeStamp).map((h) => withoutBreadcrumb(h, docClean));
  const confirmed = headings.find((h) => compact(h).length >= 4 && docTitle.includes(compact(h)));
  const ogTitle = x.meta['og:title'];
  const metaTitles = [x.meta['articletitle'], x.meta['enpproperty:title'], headingInside(ogTitle, headings, sites) ?? ogTitle];
  // Visible titles that a meta title cut short (content="…"暗伤"…" ends at the unescaped quote) is a prefix of; what
  // they add must not be a site suffix (标题 - 自由电子报).
  const fuller = [confirmed, headings[0], docClean].filter((t): t is string => !!t && !!t.trim());
  const cutShort = (t: string) =>
    fuller.find((f) => {
      const [full, short] = [compact(f), compact(t)];
      return full.length > short.length && full.startsWith(short) && !isTitleSuffix(restAfter(f, short.length), sites);
    });
  const candidates = [
    ...metaTitles,
    confirmed,
    headings.length === 1 ? headings[0] : undefined,
    x.documentTitle,
    x.readability?.title ?? undefined,
    // Where <title> is only the site's name and 引题 or 副题 stand beside the title, the title element says which.
    x.titleHeading ?? undefined,
  ];
  // First pass: a candidate that is only the site's name says nothing about the article; second pass: some
  // templates put the article title in the site-name meta too, so take it after all.
  for (const skipSiteNames of [true, false]) {
    for (const c of candidates) {
      if (!c || !c.trim()) continue;
      const t = cleanTitle(c, sites);
      if (!t || (skipSiteNames && sites.includes(t))) continue;
      const longer = metaTitles.includes(c) ? cutShort(t) : undefined;
      return longer ? cleanTitle(longer, sites) : t;
    }
  }
  return null;
}

// PageExtract (raw facts read in the page) → ArticleFields: each field from the most reliable place the page states
// it, null when the page does not say it. Pure: runs in the service worker and in Node.

import { DEFAULT_NORMALIZE_OPTIONS, type ArticleFields, type NormalizeOptions, type PageExtract } from '../model';
import { isDocumentNumberLine } from '../rules/document';
import { authorOf } from './author';
import { cleanBodyLines, POSTED_BY, type Body } from './bodyLines';
import { firstMeta, jsonLdObjects, jsonLdString } from './metaValues';
import { parseInfoLines, type InfoFields } from './byline';
import { citedIssueDate, dateFromUrl, labeledDates, parseChineseDate } from './date';
import { detectScript, repairPinyinDebris, toSimplified } from './script';
import { blocksToLines, normalizeText, type UnicodeForm } from './text';
import { siteNameFromFooter } from './textDump';
import { stripMarkup } from '../rules/markup';
import { pickTitle } from './articleTitle';
import { readPrintCitation, type PrintCitation } from './printEdition';
import { cleanTitle, isSiteName, splitHeadings } from './title';
import { compact, isCopyrightLine } from '../rules/prose';

/** Meta keys (lower-cased) that carry the publication time, best first. */
const DATE_META_KEYS = [
  'pubdate', 'enpproperty:date', 'publishdate', 'publish_date', 'publishtime', 'publish-time', 'article:published_time',
  'og:article:published_time', 'og:published_time', 'datepublished', 'dc.date.issued', 'dc.date', 'dcterms.issued',
  'dcterms.created', 'firstpublishedtime', 'ptime', 'releasedate', 'og:release_date', 'sailthru.date',
  'parsely-pub-date', 'weibo:article:create_at', 'og:time', 'pubtime', 'publishedtime', 'published_time', 'date',
  'createdate', 'created', 'wechat:published',
];
/** Meta keys of the last modification: a publication time only when the page states no other date. */
const MODIFIED_META_KEYS = ['dateupdate', 'datemodified', 'article:modified_time', 'og:updated_time'];
const SITE_META_KEYS = ['sitename', 'og:site_name', 'application-name', 'apple-mobile-web-app-title', 'site'];
/** Last breadcrumb steps that name the page itself, not its column. */
const NOT_A_COLUMN = /^(正文|详情|详细|正文内容|内容|文章|详细内容|阅读文章|浏览文章|新闻详情|文章详情|信息详情)$/;
const MAX_COLUMN = 16;

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

function footerCopyrightHolder(lines: string[]): string | null {
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
function siteNames(x: PageExtract): string[] {
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

/** A date printed near the title without a label (2005年03月21日 11:21 《理财周刊》); never a copyright line. */
function visibleDate(infoLines: string[]): string | null {
  for (const line of infoLines) {
    if (isCopyrightLine(line)) continue;
    const d = parseChineseDate(line);
    if (d) return d;
  }
  return null;
}

const hasTime = (iso: string) => iso.includes('T');

/**
 * The publication time. The page's machine-readable date (metas, JSON-LD) and the one it shows readers (labelled
 * info lines, a date near the title) usually agree; on the same day the shown one wins, being what readers cite,
 * unless only the machine one has a time. On different days the machine one wins. Then a labelled date right under
 * the body, a forum post line, a citation of the issue the article comes from at its end, Readability, the URL,
 * and only then the time of the last change.
 */
function pickDate(
  x: PageExtract,
  infoDate: string | null,
  ld: Record<string, unknown>[],
  postLines: string[],
  underBody: string[],
  articleEnd: string[],
): string | null {
  const machineRaw = [firstMeta(x.meta, DATE_META_KEYS), jsonLdString(ld, 'datePublished'), jsonLdString(ld, 'dateCreated')];
  const machine = machineRaw.map((raw) => (raw ? parseChineseDate(raw) : null)).find((d) => d) ?? null;
  const shown = infoDate ?? visibleDate(x.infoLines);
  if (machine && shown) {
    const sameDay = machine.slice(0, 10) === shown.slice(0, 10);
    return sameDay && (hasTime(shown) || !hasTime(machine)) ? shown : machine;
  }
  if (machine || shown) return machine ?? shown;
  // A labelled 发布时间 right under the body (其后 come lists, whose dates are never taken).
  const under = labeledDates(underBody).published;
  if (under) return under;
  // A blog or forum post line at the body's end (本贴由 某某 于2005年8月12日16:12:21).
  const posted = postLines.find((l) => POSTED_BY.some((p) => p.test(l)));
  const postedDate = posted ? parseChineseDate(posted) : null;
  if (postedDate) return postedDate;
  // A reprint's closing citation (——《北京之春》1998年3月号) dates the issue it first appeared in.
  const cited = articleEnd.map(citedIssueDate).find((d) => d);
  if (cited) return cited;
  const readabilityDate = x.readability?.publishedTime ? parseChineseDate(x.readability.publishedTime) : null;
  const urlDate = dateFromUrl(x.canonicalUrl || x.url) ?? (x.canonicalUrl ? dateFromUrl(x.url) : null);
  return readabilityDate ?? urlDate ?? modifiedDate(x, ld);
}

/** The machine-readable time of the last change (dateUpdate, dateModified): like a labelled 更新时间, a last resort. */
function modifiedDate(x: PageExtract, ld: Record<string, unknown>[]): string | null {
  const raw = firstMeta(x.meta, MODIFIED_META_KEYS) ?? jsonLdString(ld, 'dateModified');
  return raw ? parseChineseDate(raw) : null;
}

function splitKeywords(raw: string | null): string[] {
  if (!raw) return [];
  const parts = /[,，、;；|]/.test(raw) ? raw.split(/[,，、;；|]/) : raw.split(/\s+/);
  return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
}

/** A column name is a short label: no sentence, no date, no UI words after a tab. */
function columnName(step: string): string | null {
  const name = step.split(/[\t\u3000]|\s{2,}/)[0].replace(/\s*(?:19|20)\d{2}年.*$/, '').trim();
  return name && name.length <= MAX_COLUMN && !/[。！？，：:]/.test(name) && !NOT_A_COLUMN.test(name) ? name : null;
}

const HOME_STEP = /(首页|首頁|主页|主頁)$|^home$/i;

/** The ColumnName meta, else the last breadcrumb step that names a column (not home, not the page's own title). */
function columnOf(x: PageExtract, title: string | null): string | null {
  const meta = (x.meta['columnname'] ?? x.meta['enpproperty:nodename'])?.trim();
  if (meta) return meta;
  if (x.breadcrumb.length < 2) return null;
  const names = x.breadcrumb
    .map(columnName)
    .filter((n): n is string => n !== null && !HOME_STEP.test(n))
    .filter((n) => !title || !compact(title).startsWith(compact(n).slice(0, 8)));
  return names.length ? names[names.length - 1] : null;
}

/**
 * Body lines: blocks → lines, Traditional converted (the debris patterns are Simplified), then the one body stage
 * (cleanBodyLines) shared with text dumps.
 */
function bodyLines(x: PageExtract, title: string | null, headings: string[], convert: boolean, form: UnicodeForm): Body {
  const original = blocksToLines(x.bodyBlocks, form).map(repairPinyinDebris);
  const lines = convert ? original.map(toSimplified) : original;
  return cleanBodyLines(lines, original, { title, headings: headings.map((h) => (convert ? toSimplified(h) : h)) });
}

/** How many lines cut below the body may carry its labelled publication time. */
const UNDER_BODY_LINES = 2;
/** How many last lines of the body may carry a poster credit. */
const POST_END_LINES = 2;
/** How many lines at the body's end (kept or cut) may cite the issue the article first appeared in. */
const CITATION_END_LINES = 2;

/** How many lines below the body may still carry its 来源 / 作者 / 编辑 (further down are lists and footers). */
const TAIL_INFO_LINES = 6;

/**
 * Fields the info lines around the title leave open, filled from the lines cut off the body: above it everything,
 * below it only people and source (dates there belong to related lists).
 */
function withBodyEnds(info: InfoFields, body: Body): InfoFields {
  const head = parseInfoLines(body.headRemoved);
  const tail = parseInfoLines(body.tailRemoved.slice(0, TAIL_INFO_LINES));
  return {
    published_at: info.published_at ?? head.published_at,
    source: info.source ?? head.source ?? tail.source,
    issuer: info.issuer ?? head.issuer ?? tail.issuer,
    index_no: info.index_no ?? head.index_no,
    doc_no: info.doc_no ?? head.doc_no ?? body.headRemoved.find(isDocumentNumberLine)?.trim() ?? null,
    author: info.author ?? head.author ?? tail.author,
    editor: info.editor ?? head.editor ?? tail.editor,
    views: info.views ?? head.views,
  };
}

/**
 * The source, in this order: a news CMS's ContentSource meta, the 来源 the page shows (or its 发布机构), the
 * newspaper a print-edition citation or an e-paper record names, a WeChat article's account, and a plain `source`
 * meta.
 */
function sourceOf(x: PageExtract, info: InfoFields, print: PrintCitation | null): string | null {
  return (
    firstMeta(x.meta, ['contentsource']) ??
    info.source ??
    print?.newspaper ??
    x.meta['enpproperty:papername'] ??
    x.meta['wechat:nickname'] ??
    firstMeta(x.meta, ['source'])
  );
}

/**
 * A 引题 or 副题 the CMS record names is its own field, never glued to the title: a heading element that prints
 * both (标题 副题 on two lines of one <h1>) gives the title alone.
 */
function withoutGluedHeadings(title: string | null, pretitle: string | undefined, subtitle: string | undefined): string | null {
  let t = title;
  if (t && subtitle && t.length > subtitle.length + 4 && t.endsWith(subtitle.trim())) t = t.slice(0, t.length - subtitle.trim().length).trim();
  if (t && pretitle && t.length > pretitle.length + 4 && t.startsWith(pretitle.trim())) t = t.slice(pretitle.trim().length).trim();
  return t || title;
}

export function normalizeArticle(x: PageExtract, opts: NormalizeOptions = DEFAULT_NORMALIZE_OPTIONS): ArticleFields {
  const form = opts.unicodeForm;
  const sites = siteNames(x);
  const ld = jsonLdObjects(x.jsonLd);
  const pageInfo = parseInfoLines(x.infoLines.map(repairPinyinDebris));

  const title = withoutGluedHeadings(pickTitle(x, sites), x.meta['enpproperty:introtitle'], x.meta['enpproperty:subtitle']);
  const headingSides = title ? splitHeadings(x.headings, title) : { pretitle: null, subtitle: null };
  const besideTitle = (h: string | undefined) => (h && title && compact(h) !== compact(title) ? h : null);
  const pretitle = headingSides.pretitle ?? besideTitle(x.meta['enpproperty:introtitle']);
  const subtitle = headingSides.subtitle ?? besideTitle(x.meta['enpproperty:subtitle']);
  const script = detectScript(`${title ?? ''}\n${x.bodyBlocks.join('\n')}`);
  const converted = script === 'zh-Hant';
  const body = bodyLines(x, title && converted ? toSimplified(title) : title, x.headings, converted, form);
  const info = withBodyEnds(pageInfo, body);

  const print = [...body.tailRemoved.slice(0, TAIL_INFO_LINES), ...body.lines.slice(-CITATION_END_LINES)]
    .map(readPrintCitation)
    .find((c) => c !== null) ?? null;
  const postLines = [
    ...(body.postLine ? [body.postLine] : []),
    ...x.infoLines,
    ...body.tailRemoved.slice(0, TAIL_INFO_LINES),
    ...body.lines.slice(-POST_END_LINES),
  ];
  const author = authorOf({ x, sites, title, subtitle, info, body, ld, postLines, footerHolder: footerCopyrightHolder(x.footerLines) });

  // Metadata is converted like the body; Simplified pages are never touched.
  // Every metadata field is plain text: markup a template let into a value (a meta, a CMS record) is dropped.
  const conv = (s: string | null): string | null =>
    s === null ? null : normalizeText(stripMarkup(converted ? toSimplified(s) : s), form) || null;
  return {
    url: x.url,
    canonical_url: x.canonicalUrl,
    title: conv(title),
    pretitle: conv(pretitle),
    subtitle: conv(subtitle),
    published_at: pickDate(x, info.published_at, ld, postLines, body.tailRemoved.slice(0, UNDER_BODY_LINES), [
      ...body.lines.slice(-CITATION_END_LINES),
      ...body.tailRemoved.slice(0, CITATION_END_LINES),
    ]),
    source: conv(sourceOf(x, info, print)),
    issuer: conv(info.issuer),
    index_no: info.index_no,
    doc_no: info.doc_no,
    print_page: print?.page ?? x.meta['enpproperty:pagenum'] ?? null,
    author: conv(author),
    editor: conv(info.editor),
    site_name: conv(sites.find((n) => !title || compact(n) !== compact(title)) ?? null),
    column: conv(columnOf(x, title)),
    keywords: splitKeywords(firstMeta(x.meta, ['keywords', 'enpproperty:keyword', 'news_keywords', 'article:tag'])).map((k) => conv(k) ?? k),
    description: conv(firstMeta(x.meta, ['description', 'og:description'])),
    views: info.views,
    lang: x.lang,
    script_original: script,
    text: body.lines.join('\n'),
    text_original: converted ? body.original.join('\n') : null,
    title_original: converted && title !== null ? normalizeText(title, form) : null,
  };
}

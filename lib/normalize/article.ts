// PageExtract (raw facts read in the page) → ArticleFields: each field from the most reliable place the page states
// it, null when the page does not say it. Pure: runs in the service worker and in Node.

import { DEFAULT_NORMALIZE_OPTIONS, type ArticleFields, type NormalizeOptions, type PageExtract } from '../model';
import { isDocumentNumberLine } from '../rules/document';
import { stripMarkup } from '../rules/markup';
import { compact } from '../rules/prose';
import { pickTitle } from './articleTitle';
import { authorOf } from './author';
import { withDebrisMemo } from './boilerplate';
import { cleanBodyLines, type Body } from './bodyLines';
import { parseInfoLines, type InfoFields } from './byline';
import { columnOf } from './column';
import { firstMeta, jsonLdObjects } from './metaValues';
import { readPrintCitation } from '../rules/printEdition';
import { pickDate } from './publishedAt';
import { detectScript, repairPinyinDebris, toSimplified } from './script';
import { footerCopyrightHolder, siteNames } from './siteName';
import { sourceOf } from './source';
import { blocksToLines, normalizeText, type UnicodeForm } from './text';
import { splitHeadings } from './title';

function splitKeywords(raw: string | null): string[] {
  if (!raw) return [];
  const parts = /[,，、;；|]/.test(raw) ? raw.split(/[,，、;；|]/) : raw.split(/\s+/);
  return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
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
  return withDebrisMemo(() => normalizeExtract(x, opts));
}

function normalizeExtract(x: PageExtract, opts: NormalizeOptions): ArticleFields {
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

  const print = [...body.tailRemoved.slice(0, TAIL_INFO_LINES), ...body.lines.slice(-CITATION_END_LINES), ...x.infoLines]
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

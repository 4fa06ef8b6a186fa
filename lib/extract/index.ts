// In-page extraction: reads the raw facts of an article page into a PageExtract. Runs in the page (injected
// script) and in Node on a linkedom Document; never mutates the document it is given. Keep it small: no opencc,
// no normalization (that happens in lib/normalize).

import type { PageExtract } from '../model';
import { findArticleBody, shortDocumentAfter } from './body';
import { blocksAfter, blocksBefore, elementToBlocks, headingText, isPageRoot, lastBlocks, visibleText, withExtractionMemo } from './dom';
import { collectHeadings, findTitleElement, inChrome, titleAboveBody } from './headings';
import { collectBreadcrumb, collectFooterLines, collectInfoLines, locate, scriptWrittenInfoLines } from './info';
import { canonicalUrl, collectJsonLd, collectMeta, documentLang } from './meta';

export interface ExtractOptions {
  /** Keep document.documentElement.outerHTML in the result (page snapshot). */
  keepHtml: boolean;
  /** The page URL; defaults to document.URL / location.href. */
  url?: string;
}

function pageUrl(doc: Document, given?: string): string {
  if (given) return given;
  const u = (doc as Document & { URL?: string }).URL;
  return u && u !== 'about:blank' ? u : '';
}

/** Titles the page states outside its body, best first: used to recognise the visible title element. */
function titleHints(meta: Record<string, string>, documentTitle: string): string[] {
  return [meta['articletitle'], meta['og:title'], meta['twitter:title'], meta['title'], documentTitle].filter(
    (t): t is string => !!t && t.trim().length > 0,
  );
}

/** Lines read above the article: info lines, the title, a labelled breadcrumb (当前位置：…). */
const LINES_BEFORE = 40;
/** Lines read below it: 责任编辑, 来源 and the like. */
const LINES_AFTER = 12;
/** Lines read back from the end of the page for the footer (主办单位, 版权所有 …). */
const FOOTER_LINES = 40;

interface PageText {
  /** The page's text lines around the article, in order (the whole page when the article is unknown). */
  lines: string[];
  /** Lines of the footer side of the page, after the body. */
  footer: (bodyEnd: number) => string[];
}

/**
 * The text lines the info, breadcrumb and footer readers need: the element holding the title and the body, with
 * some lines before and after it, and the page's last lines. Converting the whole page (menus, related lists) would
 * cost most of a capture on large portals.
 */
function readPageText(doc: Document, region: Element | null, titleEl: Element | null): PageText {
  if (!doc.body || !region) {
    const all = doc.body ? [...elementToBlocks(doc.body)] : [];
    return { lines: all, footer: (bodyEnd) => all.slice(bodyEnd + 1) };
  }
  let around = region;
  if (titleEl) {
    for (let p: Element | null = region; p && !isPageRoot(p); p = p.parentElement) {
      if (p.contains(titleEl)) {
        around = p;
        break;
      }
    }
  }
  const before = blocksBefore(around, LINES_BEFORE);
  const inside = elementToBlocks(around);
  const lines = [...before, ...inside, ...blocksAfter(around, LINES_AFTER)];
  const insideEnd = before.length + inside.length;
  const tail = lastBlocks(doc.body, FOOTER_LINES, around);
  return { lines, footer: (bodyEnd) => [...lines.slice(bodyEnd + 1, Math.max(bodyEnd + 1, insideEnd)), ...tail] };
}

export function extractPage(doc: Document, opts: ExtractOptions): PageExtract {
  return withExtractionMemo(() => extractUnchanged(doc, opts));
}

/** extractPage's work, on a document that does not change meanwhile. */
function extractUnchanged(doc: Document, opts: ExtractOptions): PageExtract {
  const url = pageUrl(doc, opts.url);
  const meta = collectMeta(doc);
  const documentTitle = (doc.title || doc.querySelector('title')?.textContent || '').trim();
  const body = findArticleBody(doc);

  const statedTitleEl = findTitleElement(doc, titleHints(meta, documentTitle));
  const page = readPageText(doc, body.region, statedTitleEl);
  const pageLines = page.lines;
  // A stated title found only in the header (a logo <h1> repeating a <title> that is the site's name) gives way to
  // a heading standing above the body.
  const aboveBody = () => titleAboveBody(doc, pageLines, locate(pageLines, null, body.blocks).bodyStart);
  const titleEl = (statedTitleEl && inChrome(statedTitleEl) ? aboveBody() : null) ?? statedTitleEl ?? aboveBody();
  const headings = collectHeadings(titleEl);
  // A notice that only points to its attachment (详见附件。) is too short for the body finders.
  const shortDocument = body.blocks.length === 0 && titleEl ? shortDocumentAfter(titleEl) : null;
  const bodyBlocks = [...(shortDocument?.blocks ?? body.blocks)];
  const bodyRegion = shortDocument?.element ?? body.region;
  const pos = locate(pageLines, titleEl ? visibleText(titleEl) : null, bodyBlocks);

  return {
    url,
    canonicalUrl: canonicalUrl(doc, url),
    lang: documentLang(doc),
    documentTitle,
    meta,
    jsonLd: collectJsonLd(doc),
    readability: body.readability,
    bodyBlocks,
    headings,
    titleHeading: titleEl ? headingText(titleEl) : null,
    infoLines: [
      ...collectInfoLines(pageLines, pos),
      ...scriptWrittenInfoLines(titleEl, bodyRegion).filter((l) => !pageLines.includes(l)),
    ],
    breadcrumb: collectBreadcrumb(doc, pageLines, pos.title >= 0 ? pos.title : pos.bodyStart),
    footerLines: collectFooterLines(page.footer(pos.bodyEnd)),
    html: opts.keepHtml ? doc.documentElement.outerHTML : null,
  };
}

// In-page extraction: reads the raw facts of an article page into a PageExtract. Runs in the page (injected
// script) and in Node on a linkedom Document; never mutates the document it is given. Keep it small: no opencc,
// no normalization (that happens in lib/normalize).

import type { PageExtract } from '../model';
import { findArticleBody } from './body';
import { elementToBlocks, visibleText } from './dom';
import { collectHeadings, findTitleElement, titleAboveBody } from './headings';
import { collectBreadcrumb, collectFooterLines, collectInfoLines, locate } from './info';
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

export function extractPage(doc: Document, opts: ExtractOptions): PageExtract {
  const url = pageUrl(doc, opts.url);
  const meta = collectMeta(doc);
  const documentTitle = (doc.title || doc.querySelector('title')?.textContent || '').trim();
  const body = findArticleBody(doc);

  const pageLines = doc.body ? elementToBlocks(doc.body) : [];
  const titleEl =
    findTitleElement(doc, titleHints(meta, documentTitle)) ??
    titleAboveBody(doc, pageLines, locate(pageLines, null, body.blocks).bodyStart);
  const headings = collectHeadings(titleEl);
  const pos = locate(pageLines, titleEl ? visibleText(titleEl) : null, body.blocks);

  return {
    url,
    canonicalUrl: canonicalUrl(doc, url),
    lang: documentLang(doc),
    documentTitle,
    meta,
    jsonLd: collectJsonLd(doc),
    readability: body.readability,
    bodyBlocks: body.blocks,
    headings,
    infoLines: collectInfoLines(pageLines, pos),
    breadcrumb: collectBreadcrumb(doc, pageLines, pos.title >= 0 ? pos.title : pos.bodyStart),
    footerLines: collectFooterLines(pageLines, pos.bodyEnd),
    html: opts.keepHtml ? doc.documentElement.outerHTML : null,
  };
}

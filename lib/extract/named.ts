// The page's named blocks, collected in one query an extraction: the title finder looks among headings and
// elements with a class or id (and, for centred lines, an align or style), each call with its own selector having
// cost a walk of the whole page apiece.

import { extractionMemo } from './dom';

/**
 * Inline tags, never a title (the finder keeps blocks only), left out by the query itself: a portal names
 * thousands of them (a date beside each link), and in a content script every element handed out costs.
 */
const INLINE_TAGS = 'span, a, img, font, b, strong, i, em, label, input, select, option, small, sup, sub, u, br, script, style, link, meta, iframe, svg';
/** Headings and elements with a class, id, align or style attribute that are not inline. */
const NAMED_BLOCK_SELECTOR = `:is([class], [id], [align], [style], h1, h2, h3, h4, h5, h6):not(${INLINE_TAGS})`;

const HEADING_TAG = /^H[1-6]$/;
const CENTRED_TAGS = new Set(['P', 'TD', 'DIV']);

export function isHeading(el: Element): boolean {
  return HEADING_TAG.test(el.tagName.toUpperCase());
}

/** Carries a class or an id attribute (an empty one too, as the selector [class] matches). */
export function hasName(el: Element): boolean {
  return el.hasAttribute('class') || el.hasAttribute('id');
}

/** A paragraph, cell or box with an align or style attribute: what may be centred by markup. */
export function mayBeCentred(el: Element): boolean {
  return CENTRED_TAGS.has(el.tagName.toUpperCase()) && (el.hasAttribute('align') || el.hasAttribute('style'));
}

/** The page's headings and named, aligned or styled elements that are not inline, in document order. */
export function namedBlocks(doc: Document): readonly Element[] {
  const memo = extractionMemo();
  let named = memo?.named.get(doc);
  if (!named) {
    named = Array.from(doc.querySelectorAll(NAMED_BLOCK_SELECTOR));
    memo?.named.set(doc, named);
  }
  return named;
}

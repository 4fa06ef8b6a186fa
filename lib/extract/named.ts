// The page's named elements, collected in one walk: the title finder and the breadcrumb finder both look among
// elements with a class or id, and the title finder among headings and centred lines too. Each asking the page
// with its own selector cost a walk of the whole page apiece (several on a portal of 15,000 elements).

import { extractionMemo } from './dom';

/** Headings, elements with a class, id, align or style attribute: everything the finders below may ask for. */
const NAMED_SELECTOR = '[class], [id], [align], [style], h1, h2, h3, h4, h5, h6';

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

/** The page's headings and named, aligned or styled elements, in document order; one walk an extraction. */
export function namedElements(doc: Document): readonly Element[] {
  const memo = extractionMemo();
  let named = memo?.named.get(doc);
  if (!named) {
    named = Array.from(doc.querySelectorAll(NAMED_SELECTOR));
    memo?.named.set(doc, named);
  }
  return named;
}

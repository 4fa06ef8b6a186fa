// Finds the visible title element and the 引题 / 副题 next to it.

import { headingText, isBlock, isSkipped, visibleText } from './dom';
import { isInfoLine } from './info';
import { hasName, isHeading, mayBeCentred, namedBlocks } from './named';

const TITLE_CLASS = /(title|biaoti|headline|heading|(^|[\s_-])bt($|[\s_-])|tit($|[\s_-]))/i;
const SIDE_HEADING_CLASS = /(pretitle|subtitle|sub-title|subhead|yt|ft|fbt|yinti|futi|fubiaoti|intro|lead|title)/i;
/** Regions whose headings are site chrome, not the article's. */
const CHROME_ANCESTOR = /(^|[\s_-])(nav|menu|header|head|top|logo|footer|foot|bottom|side|sidebar|aside|related|hot|list)($|[\s_-])/i;

const MIN_TITLE = 4;
const MAX_TITLE = 120;

function classAndId(el: Element): string {
  return `${el.getAttribute('class') || ''} ${el.getAttribute('id') || ''}`;
}

export function inChrome(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) {
    const tag = p.tagName.toUpperCase();
    if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE') return true;
    if (tag !== 'BODY' && tag !== 'HTML' && CHROME_ANCESTOR.test(classAndId(p))) return true;
  }
  return false;
}

function hasHiddenAncestor(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) if (isSkipped(p)) return true;
  return false;
}

/** Centred by markup: align="center" or text-align:center. */
function isCentred(el: Element): boolean {
  const align = (el.getAttribute('align') || '').toLowerCase();
  return align === 'center' || /text-align\s*:\s*center/i.test(el.getAttribute('style') || '');
}

/**
 * A title old templates write as a centred paragraph or cell in bold or large type (<p align="center"><font
 * size="5"><b>标题</b></font></p>): all its text inside <b>, <strong> or <font size>.
 */
function isCentredBoldLine(el: Element): boolean {
  if (!isCentred(el)) return false;
  const text = visibleText(el);
  const emphasis = Array.from(el.querySelectorAll('b, strong, font[size]'));
  return emphasis.some((e) => visibleText(e) === text);
}

/** An element that may hold the title, with its visible text (read once: each title hint is matched against it). */
interface TitleCandidate {
  element: Element;
  text: string;
}

/**
 * Elements that may hold the title: h1–h6 (templates put the headline in an h4 or h5 as often as in an h1) and
 * title-classed short blocks without block children; with `centred`, also centred bold lines without links (only by
 * position: inside a body they are its headings).
 */
function titleCandidates(doc: Document, centred = false): TitleCandidate[] {
  const out: TitleCandidate[] = [];
  for (const el of namedBlocks(doc)) {
    if (!isHeading(el)) {
      // The tag and attribute tests first, before any text is read.
      if (!isBlock(el)) continue;
      if (!hasName(el) && !(centred && mayBeCentred(el))) continue;
      const titleClassed = TITLE_CLASS.test(classAndId(el));
      if (!titleClassed && !(centred && isCentredBoldLine(el) && !el.querySelector('a'))) continue;
      if (el.querySelector('h1, h2, h3, h4, h5, h6, p, div, table, ul, li')) continue;
    }
    if (hasHiddenAncestor(el)) continue;
    const text = visibleText(el);
    if (text.length < MIN_TITLE || text.length > MAX_TITLE) continue;
    out.push({ element: el, text });
  }
  return out;
}

/**
 * The title element: the candidate whose text matches a title the page states elsewhere (meta, <title>); else the
 * first h1 outside the site chrome. `hints` are titles from metas and the document title, best first.
 */
export function findTitleElement(doc: Document, hints: string[]): Element | null {
  const squash = (s: string) => s.replace(/\s+/g, '');
  const candidates = titleCandidates(doc).map((c) => ({ ...c, squashed: squash(c.text) }));
  for (const hint of hints.map(squash).filter((h) => h.length >= MIN_TITLE)) {
    const exact = candidates.find((c) => c.squashed === hint);
    if (exact) return exact.element;
  }
  for (const hint of hints.map(squash).filter((h) => h.length >= MIN_TITLE)) {
    // <title> is usually "title_site" or "site - title": the visible title is a long part of it.
    const part = candidates
      .filter((c) => c.squashed.length >= 6 && hint.includes(c.squashed) && c.squashed.length >= hint.length * 0.3)
      .sort((a, b) => b.text.length - a.text.length)[0];
    if (part && !inChrome(part.element)) return part.element;
  }
  return candidates.find((c) => c.element.tagName.toUpperCase() === 'H1' && !inChrome(c.element))?.element ?? null;
}

/** How many lines above the body a title found only by position may stand (info lines, share bars between). */
const MAX_TITLE_GAP = 6;
/** Shorter texts found only by position are column names (随笔分类, 政务要闻), not titles. */
const MIN_POSITIONAL_TITLE = 6;

/**
 * When no title is confirmed by the page's metas or <title> and there is no h1: the heading-like element standing
 * closest above the body (a <td class="title">, <div class="bt">, an h2).
 */
export function titleAboveBody(doc: Document, pageLines: string[], bodyStart: number): Element | null {
  if (bodyStart < 0) return null;
  let best: Element | null = null;
  let bestLine = -1;
  for (const { element: el, text } of titleCandidates(doc, true)) {
    if (inChrome(el)) continue;
    if (text.length < MIN_POSITIONAL_TITLE || isInfoLine(text)) continue;
    const line = pageLines.lastIndexOf(text, bodyStart - 1);
    if (line >= bodyStart - MAX_TITLE_GAP && line > bestLine) {
      best = el;
      bestLine = line;
    }
  }
  return best;
}

/** A 副题 opens with a dash (——在…上的讲话（2023年6月15日）): a date in it does not make it an info line. */
const SUBTITLE_DASH = /^(?:——|—|--|－－)/;

function isSideHeading(el: Element): boolean {
  if (isSkipped(el)) return false;
  const text = visibleText(el);
  if (!text || text.length > MAX_TITLE || (isInfoLine(text) && !SUBTITLE_DASH.test(text))) return false;
  if (isHeading(el)) return true;
  return SIDE_HEADING_CLASS.test(classAndId(el)) && !el.querySelector('p, div, table, ul');
}

/** The title element's text plus the 引题 before it and 副题 after it (adjacent heading-like siblings), in page order. */
export function collectHeadings(titleEl: Element | null): string[] {
  if (!titleEl) return [];
  const before: string[] = [];
  let prev = titleEl.previousElementSibling;
  for (let i = 0; prev && i < 2 && isSideHeading(prev); i++, prev = prev.previousElementSibling) {
    before.unshift(headingText(prev));
  }
  const after: string[] = [];
  let next = titleEl.nextElementSibling;
  for (let i = 0; next && i < 2 && isSideHeading(next); i++, next = next.nextElementSibling) {
    after.push(headingText(next));
  }
  return [...before, headingText(titleEl), ...after];
}

// Finds the article body: Readability on a clone of the page and the prose-density finder each propose a region;
// both are checked for prose so that list pages and footers are not taken for articles.

import { Readability } from '@mozilla/readability';
import { elementToBlocks, isDataTable, isPageRoot, isPoll, isSkipped, linkTextLength, visibleText } from './dom';
import { isInfoLine } from './info';
import type { PageExtract } from '../model';
import { TEASER_END, type TextWeights, bestProseElement, densityScore, isChrome, weighElements, weightsOf } from './density';
import { SENTENCE_MARK } from '../rules/prose';

/** Readability's default (500) assumes English; a Chinese notice of two sentences is under 100 characters. */
const CJK_CHAR_THRESHOLD = 60;
/** An article has at least this many characters in sentence-like blocks: one short sentence (现将…印发给你们，请认真贯彻执行。). */
const MIN_PROSE_CHARS = 20;

/** A line of clauses (…，…，) reads as prose even where the page lost its full stops. */
const CLAUSE = /，.+，|，.+[,，]$/;
const MIN_CLAUSE_LINE = 20;
const SITE_CHROME_LINE = /(主办|承办|版权所有|ICP|公网安备|网站标识码|技术支持|Copyright|©)/i;

export interface ArticleBody {
  readability: PageExtract['readability'];
  blocks: string[];
  /** The page's own element holding the body (not the clone's), for reading the lines around it; null when unknown. */
  region: Element | null;
}

/**
 * Marks the clone's containers with their tag and their index among the elements of that tag (document order, the
 * same in page and clone), so that Readability's pick can be found in the page itself.
 */
const REGION_ATTR = 'data-zhengwen-region';
/**
 * Containers an article region can be (Readability keeps attributes when it moves or retags them). Lower case:
 * getElementsByTagName matches HTML elements in any case, and an XHTML page's only in lower case.
 */
const REGION_TAGS = ['body', 'div', 'td', 'article', 'section', 'main', 'center', 'form', 'table', 'tbody', 'font', 'blockquote'];

/** Characters in blocks that read as sentences: what separates an article from link lists and footers. */
function proseChars(blocks: readonly string[]): number {
  let n = 0;
  for (const b of blocks) {
    if ((SITE_CHROME_LINE.test(b) && b.length < 200) || TEASER_END.test(b)) continue;
    if (SENTENCE_MARK.test(b) || b.length >= 80 || (CLAUSE.test(b) && b.length >= MIN_CLAUSE_LINE)) n += b.length;
  }
  return n;
}

/** A child holding this share of its parent's prose is where the article is; the rest is chrome around it. */
const TIGHTEN_SHARE = 0.9;

/** The next element after el that shows any text, or null. */
function nextWithText(el: Element): Element | null {
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling) if (visibleText(s)) return s;
  return null;
}

/** A data table follows el: the prose above it introduces the table (现将…名单公示如下：), which belongs to the article. */
function tableFollows(el: Element): boolean {
  const next = nextWithText(el);
  if (!next) return false;
  return isDataTable(next) || Array.from(next.querySelectorAll('table')).some(isDataTable);
}

/**
 * The deepest element under root that still holds TIGHTEN_SHARE of root's prose, not leaving out a data table
 * that follows it.
 */
function tightenToProse(root: Element): Element {
  const weights = weighElements(root);
  const total = weights.get(root)?.prose ?? 0;
  if (total === 0) return root;
  let current = root;
  for (;;) {
    const next = Array.from(current.children).find((c) => (weights.get(c)?.prose ?? 0) >= total * TIGHTEN_SHARE);
    if (!next || tableFollows(next)) return current;
    current = next;
  }
}

const HIDDEN_UNTIL_SCRIPT = /visibility\s*:\s*hidden\s*;?/i;
const MIN_SCRIPT_SHOWN_TEXT = 200;

/**
 * Templates that show the article only once their script has run (WeChat's `#js_content` is `visibility: hidden`
 * until then; so is any such page saved or opened without its scripts): in the clone, a hidden element holding a
 * text's worth of characters is shown, so that Readability weighs it.
 */
function unhideScriptShownText(el: Element): void {
  const style = el.getAttribute('style');
  if (!style || !HIDDEN_UNTIL_SCRIPT.test(style) || (el.textContent ?? '').trim().length < MIN_SCRIPT_SHOWN_TEXT) return;
  el.setAttribute('style', style.replace(HIDDEN_UNTIL_SCRIPT, ''));
}

/**
 * Rows a table section keeps while Readability reads the clone: plenty for its verdict on the table and its scores,
 * where a statistics table's thousands of rows cost most of a capture.
 */
const ROWS_READABILITY_READS = 200;

/** The rows taken out of a long table section of the clone, to go back in once Readability has read it. */
interface RowsSetAside {
  section: Element;
  rows: DocumentFragment;
}

/** Table sections whose rows Readability reads only in part (see ROWS_READABILITY_READS). */
const TABLE_SECTION_TAGS = ['table', 'thead', 'tbody', 'tfoot'];

/** Takes a long table section's rows after the first ROWS_READABILITY_READS out of the clone; null when it is short. */
function setAsideLongTable(section: Element): RowsSetAside | null {
  const rows = Array.from(section.children).filter((child) => child.tagName.toUpperCase() === 'TR');
  if (rows.length <= ROWS_READABILITY_READS) return null;
  const fragment = section.ownerDocument.createDocumentFragment();
  for (const row of rows.slice(ROWS_READABILITY_READS)) fragment.append(row);
  return { section, rows: fragment };
}

/**
 * Puts the rows back at the end of their sections, wherever Readability moved those: the article's blocks are read
 * from the clone, and must have every row. A section Readability dropped takes them out of the article with it.
 */
function putBackRows(setAside: RowsSetAside[]): void {
  for (const { section, rows } of setAside) section.append(rows);
}

function runReadability(doc: Document): { meta: NonNullable<PageExtract['readability']>; element: Element } | null {
  const clone = doc.cloneNode(true) as Document;
  // The containers are read tag by tag: listing every element of the clone (a portal's menus and link lists are
  // thousands) cost more than Readability's own reading of them in a content script.
  const polls: Element[] = [];
  for (const tag of REGION_TAGS) {
    const containers = clone.getElementsByTagName(tag);
    for (let i = 0; i < containers.length; i++) {
      const el = containers[i]!;
      el.setAttribute(REGION_ATTR, `${tag} ${i}`);
      if (tag === 'form' && isPoll(el)) polls.push(el);
      unhideScriptShownText(el);
    }
  }
  // Listed before anything moves: the lists getElementsByTagName gives follow the clone as it changes.
  const tableSections = TABLE_SECTION_TAGS.flatMap((tag) => Array.from(clone.getElementsByTagName(tag)));
  // Readability strips form inputs, after which a poll's options read like short paragraphs.
  for (const poll of polls) poll.remove();
  const setAside = tableSections.map(setAsideLongTable).filter((s): s is RowsSetAside => s !== null);
  const reader = new Readability(clone, {
    keepClasses: true,
    charThreshold: CJK_CHAR_THRESHOLD,
    // Keep the article element itself: the blocks are read from its DOM, not from serialized HTML.
    serializer: (el: Node) => el,
  } as ConstructorParameters<typeof Readability>[1]);
  let result: null | {
    title?: string | null;
    byline?: string | null;
    siteName?: string | null;
    publishedTime?: string | null;
    excerpt?: string | null;
    content?: unknown;
  };
  try {
    result = reader.parse() as typeof result;
  } catch {
    // Readability trips over some malformed trees; the page then has no article we can vouch for.
    return null;
  } finally {
    putBackRows(setAside);
  }
  if (!result || !result.content) return null;
  return {
    meta: {
      title: result.title || null,
      byline: result.byline || null,
      siteName: result.siteName || null,
      publishedTime: result.publishedTime || null,
      excerpt: result.excerpt || null,
    },
    element: result.content as Element,
  };
}

function bigramSet(blocks: readonly string[]): Set<string> {
  const s = blocks.join('').replace(/[^\p{L}\p{N}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Share of a's character bigrams that also occur in b. */
function containment(a: readonly string[], b: readonly string[]): number {
  const sa = bigramSet(a);
  const sb = bigramSet(b);
  if (sa.size === 0) return 0;
  let n = 0;
  for (const g of sa) if (sb.has(g)) n++;
  return n / sa.size;
}

/** Mostly sentences or data tables (a 公示 of names with one line above it), few links. */
function isArticle(el: Element, blocks: readonly string[], weights: TextWeights): boolean {
  if (proseChars(blocks) + weights.table < MIN_PROSE_CHARS) return false;
  // The element's whole text is walked only when it has links to weigh against it (prose means it has text).
  const links = linkTextLength(el);
  return links === 0 || links <= 0.5 * visibleText(el).length;
}

interface Candidate {
  element: Element;
  blocks: readonly string[];
  score: number;
}

function candidate(el: Element): Candidate | null {
  const blocks = elementToBlocks(el);
  const weights = weightsOf(el);
  if (!isArticle(el, blocks, weights)) return null;
  return { element: el, blocks, score: densityScore(weights) };
}

/** Share of one candidate's bigrams the other must hold for the two to be the same article region. */
const SAME_REGION = 0.9;
/** The least share of Readability's prose a tighter density pick must keep (not one paragraph of a long page). */
const MIN_PROSE_SHARE = 0.4;
/** How much more prose the density pick must hold to win when it contains Readability's pick. */
const MORE_PROSE = 1.3;
/** How much more prose a density pick elsewhere on the page must hold to win (Readability took a footer or a teaser). */
const ELSEWHERE_MORE_PROSE = 2;

/**
 * Readability's pick unless the density pick is the same region with less around it (it sits inside Readability's,
 * scores better, keeps much of its prose and leaves out no data table it introduces), the same region with clearly more prose (Readability dropped
 * paragraphs), or another region with much more prose (Readability took a disclaimer or a teaser).
 */
function choose(readable: Candidate, dense: Candidate): Candidate {
  const denseProse = proseChars(dense.blocks);
  const readableProse = proseChars(readable.blocks);
  // The counts decide first: the bigram comparisons cost as much as Readability on a long article.
  const inside = () => containment(dense.blocks, readable.blocks) >= SAME_REGION;
  const around = () => containment(readable.blocks, dense.blocks) >= SAME_REGION;
  const tighter = dense.score > readable.score && denseProse >= MIN_PROSE_SHARE * readableProse && !tableFollows(dense.element);
  if (tighter && inside()) return dense;
  if (denseProse > MORE_PROSE * readableProse && around()) return dense;
  if (denseProse > ELSEWHERE_MORE_PROSE * readableProse && !inside() && !around()) return dense;
  return readable;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let p: Element | null = a; p; p = p.parentElement) if (p.contains(b)) return p;
  return null;
}

/** The page element a marked clone element was copied from. */
function originalOf(doc: Document, marked: Element): Element | null {
  const [tag, index] = (marked.getAttribute(REGION_ATTR) ?? '').split(' ');
  return doc.getElementsByTagName(tag!)[Number(index)] ?? null;
}

/**
 * The page's element for an element of Readability's clone: its nearest marked container, or, for a wrapper
 * Readability made, the page element spanning its first and last marked containers.
 */
function pageRegion(doc: Document, cloneEl: Element): Element | null {
  const marked = cloneEl.closest(`[${REGION_ATTR}]`);
  if (marked) return originalOf(doc, marked);
  const inside = cloneEl.querySelectorAll(`[${REGION_ATTR}]`);
  if (inside.length === 0) return null;
  const first = originalOf(doc, inside[0]);
  const last = originalOf(doc, inside[inside.length - 1]);
  return first && last ? commonAncestor(first, last) : null;
}

/** Under this much prose Readability's pick may be a disclaimer or a teaser: the whole page is searched. */
const SHORT_BODY = 500;
/** How much more text than the region an ancestor may hold and still be searched for a denser or fuller body. */
const SCOPE_GROWTH = 6;

/**
 * Where the density finder can change the answer (choose keeps only picks inside Readability's region or around
 * it with more prose): the region and its ancestors up to where the text grows past SCOPE_GROWTH times its own.
 */
function densityScope(region: Element): Element {
  const size = (region.textContent || '').length;
  let scope = region;
  for (let p = region.parentElement; p && p.tagName.toUpperCase() !== 'HTML'; p = p.parentElement) {
    if ((p.textContent || '').length > SCOPE_GROWTH * size) break;
    scope = p;
  }
  return scope;
}

/** The label of an editor's summary printed above the body: 摘要：…, 核心提示：…, 【导读】… */
const SUMMARY_NAMES = '(?:内容摘要|摘要|内容提要|提要|核心提示|导读|導讀|导语|導語|编者按|編者按)';
const SUMMARY_LABEL = new RegExp(`^(?:[【[]\\s*${SUMMARY_NAMES}\\s*[】\\]]|${SUMMARY_NAMES}\\s*[:：])`);
/** A summary is a few lines; a longer block above the body is something else. */
const MAX_SUMMARY_BLOCKS = 3;
/** How many containers up from the body a summary box standing beside one of them is looked for. */
const SUMMARY_LEVELS = 3;

/** The element before el among its siblings that shows any text, skipping empty boxes and scripts; null if none. */
function previousWithText(el: Element): Element | null {
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (visibleText(s)) return s;
  return null;
}

/**
 * The lines of a labelled summary box (摘要 / 核心提示 / 导读 / 编者按) standing right above the body region, outside
 * it: templates print it as a box of its own between the info line and the body, and it is part of the article.
 */
function summaryAbove(region: Element): readonly string[] {
  let el: Element | null = region;
  for (let level = 0; el && level < SUMMARY_LEVELS && !isPageRoot(el); level++, el = el.parentElement) {
    const prev = previousWithText(el);
    if (!prev) continue;
    const blocks = elementToBlocks(prev);
    const isSummary =
      blocks.length > 0 && blocks.length <= MAX_SUMMARY_BLOCKS && SUMMARY_LABEL.test(blocks[0]) && proseChars(blocks) > 0;
    return isSummary ? blocks : [];
  }
  return [];
}

/** Text a paragraph's siblings must show, outside links and chrome, for it to be one part of a document (附件：). */
const MIN_SIBLING_TEXT = 2;
/** How much more text than the paragraph its container may hold and still be taken as the document. */
const DOCUMENT_GROWTH = 10;

/**
 * A paragraph holding nearly all the prose of a short document (a notice of one or two sentences) is not all of
 * it: the 文号, the salutation, the 附件 and the 落款 stand beside it as short plain lines, which no prose measure
 * counts. Its container is then the article; a paragraph alone among links, tools or nothing stays as it is.
 */
function documentAround(el: Element): Element {
  const parent = el.parentElement;
  if (!parent || isPageRoot(parent) || elementToBlocks(el).length !== 1) return el;
  let plain = 0;
  for (const sibling of Array.from(parent.children)) {
    if (sibling === el || isSkipped(sibling) || isChrome(sibling)) continue;
    const text = visibleText(sibling);
    if (!SITE_CHROME_LINE.test(text)) plain += text.length - linkTextLength(sibling);
  }
  const small = visibleText(parent).length <= DOCUMENT_GROWTH * visibleText(el).length;
  return plain >= MIN_SIBLING_TEXT && small ? parent : el;
}

/**
 * The article body: Readability (run on a clone) and the prose-density finder each propose an element; see choose.
 * A proposal that is mostly links or has no sentences is no article (list pages, footers).
 */
export function findArticleBody(doc: Document): ArticleBody {
  const found = runReadability(doc);
  const readableEl = found ? tightenToProse(found.element) : null;
  const readable = readableEl ? candidate(readableEl) : null;
  const readableRegion = readable && readableEl ? pageRegion(doc, readableEl) : null;
  const short = !readable || proseChars(readable.blocks) < SHORT_BODY;
  const scope = readableRegion && !short ? densityScope(readableRegion) : doc.body;
  const denseEl = scope ? bestProseElement(scope) : null;
  const dense = denseEl ? candidate(denseEl) : null;
  const chosen = readable && dense ? choose(readable, dense) : (readable ?? dense);
  if (!chosen) return { readability: null, blocks: [], region: null };
  const documentEl = documentAround(chosen.element);
  const pick = (documentEl !== chosen.element && candidate(documentEl)) || chosen;
  // Readability's region is already the page container around its pick; a density pick is a page element itself.
  const region = chosen === dense ? pick.element : readableRegion;
  // Readability sometimes takes the summary in already, while the region found in the page is the body below it.
  const summary = region ? summaryAbove(region).filter((b) => !pick.blocks.includes(b)) : [];
  return { readability: found?.meta ?? null, blocks: [...summary, ...pick.blocks], region };
}

/** A link to a document file: an attachment of the notice, not navigation. */
const ATTACHMENT_HREF = /\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|txt|jpg|png)(?:[?#]|$)/i;
const ATTACHMENT_LINE = /^附件\s*\d*\s*[:：]?/;
const SENTENCE_AT_END = /[。！？]$/;
/** A notice pointing to its attachment is a sentence or two and the attachment lines. */
const MAX_SHORT_DOCUMENT_BLOCKS = 8;
const MAX_SHORT_DOCUMENT_CHARS = 400;
/** How many elements after the title, and how many containers up from it, a short document is looked for. */
const SHORT_DOCUMENT_SIBLINGS = 4;
const SHORT_DOCUMENT_LEVELS = 2;

/** Text of links that lead to other pages, attachment links left out. */
function navigationLinkLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) {
    if (!ATTACHMENT_HREF.test(a.getAttribute('href') || '')) n += visibleText(a).length;
  }
  return n;
}

/** A notice that says little more than 详见附件 and lists its attachments: a sentence or an 附件 line, few other links. */
function isShortDocument(el: Element, blocks: readonly string[]): boolean {
  const text = visibleText(el);
  if (blocks.length === 0 || blocks.length > MAX_SHORT_DOCUMENT_BLOCKS) return false;
  if (text.length > MAX_SHORT_DOCUMENT_CHARS) return false;
  if (navigationLinkLength(el) > 0.5 * text.length || blocks.some((b) => SITE_CHROME_LINE.test(b))) return false;
  return blocks.some((b) => SENTENCE_AT_END.test(b) || ATTACHMENT_LINE.test(b));
}

/**
 * The body of a notice too short for either finder (详见附件。 and a linked file): the first element after the title
 * that is not an info line, when it reads as such a notice. Nothing when the title is followed by anything else.
 */
export function shortDocumentAfter(titleEl: Element): { element: Element; blocks: readonly string[] } | null {
  let el: Element | null = titleEl;
  for (let level = 0; el && level < SHORT_DOCUMENT_LEVELS && !isPageRoot(el); level++, el = el.parentElement) {
    let seen = 0;
    for (let s = nextWithText(el); s && seen < SHORT_DOCUMENT_SIBLINGS; s = nextWithText(s), seen++) {
      if (isSkipped(s) || isChrome(s)) return null;
      const blocks = elementToBlocks(s);
      if (blocks.every(isInfoLine)) continue;
      return isShortDocument(s, blocks) ? { element: s, blocks } : null;
    }
  }
  return null;
}

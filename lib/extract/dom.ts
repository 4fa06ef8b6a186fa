// DOM helpers that work the same on a browser Document and on a linkedom Document (no layout, no innerText,
// no global Node constants).

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * What one extraction learnt about elements: the body finders ask again and again whether a table holds data and
 * what an element's blocks are, and on a page with a 50,000-cell table each answer is a walk of the whole table.
 * Kept only inside withExtractionMemo (extractPage), during which no document changes; outside it a document may
 * change between two calls, so nothing is kept.
 */
export interface ExtractionMemo {
  skipped: WeakMap<Element, boolean>;
  dataTables: WeakMap<Element, boolean>;
  blocks: WeakMap<Element, readonly string[]>;
  /** Filled by lib/extract/density.ts. */
  weights: WeakMap<Element, unknown>;
  /** Filled by lib/extract/named.ts. */
  named: WeakMap<Document, readonly Element[]>;
}
let memo: ExtractionMemo | null = null;

/** The memo of the extraction running now, or null outside one. */
export function extractionMemo(): ExtractionMemo | null {
  return memo;
}

/** Runs `extract` with element verdicts and blocks remembered until it returns. */
export function withExtractionMemo<T>(extract: () => T): T {
  if (memo) return extract();
  memo = { skipped: new WeakMap(), dataTables: new WeakMap(), blocks: new WeakMap(), weights: new WeakMap(), named: new WeakMap() };
  try {
    return extract();
  } finally {
    memo = null;
  }
}

/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'INPUT',
  'SELECT', 'TEXTAREA', 'OPTION', 'VIDEO', 'AUDIO', 'MAP', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Elements that start a new text block. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH',
  'CENTER', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'FORM', 'HR', 'FIELDSET', 'DETAILS', 'SUMMARY', 'BODY', 'HTML',
]);

export function tagOf(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
}

/** <body> or <html>: the walks around an element stop there. */
export function isPageRoot(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return tag === 'BODY' || tag === 'HTML';
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** Hidden by markup (the clone has no layout, so only attributes and inline style can tell). */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  // Most elements have no style at all: every walk asks of every element, the cells of a huge table included.
  const style = el.getAttribute('style');
  if (!style) return false;
  const compact = style.toLowerCase().replace(/\s+/g, '');
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}

/** A text this long is a paragraph; poll questions and options are short. */
const MIN_PARAGRAPH_RUN = 60;

function hasParagraphText(node: Node): boolean {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE && (c.nodeValue || '').trim().length >= MIN_PARAGRAPH_RUN) return true;
    if (c.nodeType === ELEMENT_NODE && hasParagraphText(c)) return true;
  }
  return false;
}

/** Forms already judged: every walk asks again, and a page-wide form (ASP.NET) is costly to query. */
const pollForms = new WeakMap<Element, boolean>();

/**
 * A survey or poll: a form with three or more radio buttons or check boxes and no paragraph of text. A form around
 * a whole page (ASP.NET) holds the article's paragraphs, and its search box has fewer choices.
 */
export function isPoll(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'FORM') return false;
  let known = pollForms.get(el);
  if (known === undefined) {
    const choices = el.querySelectorAll('input[type="radio" i], input[type="checkbox" i]');
    known = choices.length >= 3 && !hasParagraphText(el);
    pollForms.set(el, known);
  }
  return known;
}

export function isSkipped(el: Element): boolean {
  // Every walk asks this of every element: remembered, it is one lookup instead of four attribute reads.
  let known = memo?.skipped.get(el);
  if (known === undefined) {
    known = SKIPPED_TAGS.has(el.tagName.toUpperCase()) || isHidden(el) || isPoll(el);
    memo?.skipped.set(el, known);
  }
  return known;
}

/** Collapses HTML whitespace (not U+3000, which Chinese pages use for indentation and spacing). */
function collapseSpace(s: string): string {
  return s.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
}

/** Visible text of an element, whitespace collapsed, trimmed. */
export function visibleText(el: Element): string {
  return textWithBreaks(el, ' ');
}

/** Where a <br> stood in a heading's text until it is decided how to join the two lines. */
const BREAK_MARK = '\uE000';
/** A <br> between two Latin words or numbers is a space; elsewhere in Chinese it joins (关于…的<br>通知). */
const LATIN_BREAK = /(?<=[A-Za-z0-9])\s*\uE000\s*(?=[A-Za-z0-9])/g;
const OTHER_BREAK = /\s*\uE000\s*/g;

/** A heading's text: a line break a template put inside a Chinese title adds no space. */
export function headingText(el: Element): string {
  return textWithBreaks(el, BREAK_MARK).replace(LATIN_BREAK, ' ').replace(OTHER_BREAK, '').trim();
}

function textWithBreaks(el: Element, lineBreak: string): string {
  // An element without elements inside (a table cell, a link) holds its text nodes only: read in one call rather
  // than walked, since the cells of a huge table are read this way several times.
  if (!el.firstElementChild) return isSkipped(el) ? '' : collapseSpace(el.textContent || '').trim();
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      out += node.nodeValue || '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const e = node as Element;
    if (isSkipped(e)) return;
    if (tagOf(e) === 'BR') out += lineBreak;
    else if (isBlock(e)) out += ' ';
    for (let c = e.firstChild; c; c = c.nextSibling) walk(c);
    if (isBlock(e)) out += ' ';
  };
  walk(el);
  return collapseSpace(out).trim();
}

/** Longer link text is a paragraph some template wrapped in <a> (a teaser linking to the full text), not navigation. */
const MAX_LINK_TEXT = 80;

/** An <a> that reads as navigation: a title, a label, a menu entry. */
export function isLink(el: Element): boolean {
  return tagOf(el) === 'A' && visibleText(el).length <= MAX_LINK_TEXT;
}

/** Text inside navigation links, for link density. */
export function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) {
    // Nested anchors are counted through their outermost one.
    if (a.parentElement?.closest('a')) continue;
    if (isLink(a)) n += visibleText(a).length;
  }
  return n;
}

/** Elements a cell of a data table never holds: a cell holding one is a layout box. */
const BLOCKS_OUTSIDE_DATA_CELLS = new Set(['DIV', 'TABLE', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE']);

/** What a cell holds that tells a data cell from a layout box, read in one walk of its elements. */
function cellShape(el: Element, shape = { block: false, paragraphs: 0, breaks: false }) {
  for (let c = el.firstElementChild; c && !shape.block; c = c.nextElementSibling) {
    const tag = tagOf(c);
    if (BLOCKS_OUTSIDE_DATA_CELLS.has(tag)) shape.block = true;
    else if (tag === 'P') shape.paragraphs++;
    else if (tag === 'BR') shape.breaks = true;
    cellShape(c, shape);
  }
  return shape;
}

/**
 * A row of a data table has cells with inline content only, or one single-line paragraph each (tables exported
 * from Word wrap every cell in <p class="MsoNormal">); layout tables hold blocks and are walked normally.
 */
function isDataRow(tr: Element): boolean {
  for (let cell = tr.firstElementChild; cell; cell = cell.nextElementSibling) {
    const { block, paragraphs, breaks } = cellShape(cell);
    if (block || paragraphs > 1 || (paragraphs === 1 && breaks)) return false;
  }
  return true;
}

/** A data table has at least this many rows of two or more filled cells (a header and two rows: a 公示 list, figures). */
const MIN_DATA_ROWS = 3;
/** …and at most this share of its text in links (a table of links is a list of other pages). */
const MAX_DATA_TABLE_LINK_SHARE = 0.5;

/** A table of data the article presents (names, figures), not a layout table and not a table of links. */
export function isDataTable(table: Element): boolean {
  if (tagOf(table) !== 'TABLE') return false;
  let known = memo?.dataTables.get(table);
  if (known === undefined) {
    known = judgeDataTable(table);
    memo?.dataTables.set(table, known);
  }
  return known;
}

function judgeDataTable(table: Element): boolean {
  if (isSkipped(table)) return false;
  let rows = 0;
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    if (!isDataRow(tr)) return false;
    const filled = Array.from(tr.children).filter((c) => visibleText(c).length > 0).length;
    if (filled >= 2) rows++;
  }
  if (rows < MIN_DATA_ROWS) return false;
  // The table's whole text is walked only when it has links to weigh against it.
  const links = linkTextLength(table);
  return links === 0 || links <= MAX_DATA_TABLE_LINK_SHARE * visibleText(table).length;
}

/** Stops a bounded walk once it has the lines it was asked for. */
const ENOUGH = Symbol('enough');

/**
 * Turns a run of nodes into text blocks: one paragraph or heading a block, a data-table row as its cells joined by
 * \t, each <br>-separated line its own block. Walks forward or backward (the same blocks, last first) and can stop
 * after `limit` blocks, so that the lines around an element are read without converting the whole page.
 */
class BlockWriter {
  readonly blocks: string[] = [];
  private buffer = '';

  constructor(
    private readonly backward: boolean,
    private readonly limit: number,
    /** A node the walk must not enter (the article itself, when reading the page around it). */
    private readonly stopAt: Node | null = null,
  ) {}

  flush(): void {
    const text = collapseSpace(this.buffer).trim();
    this.buffer = '';
    if (text) this.push(text);
  }

  private push(block: string): void {
    this.blocks.push(block);
    if (this.blocks.length >= this.limit) throw ENOUGH;
  }

  private add(text: string): void {
    this.buffer = this.backward ? text + this.buffer : this.buffer + text;
  }

  walk(node: Node): void {
    if (node === this.stopAt) {
      this.flush();
      throw ENOUGH;
    }
    if (node.nodeType === TEXT_NODE) {
      this.add(node.nodeValue || '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    if (isSkipped(el)) return;
    const tag = tagOf(el);
    if (tag === 'BR') {
      this.flush();
      return;
    }
    if (tag === 'IMG') return;
    if (tag === 'TR' && isDataRow(el)) {
      this.flush();
      const cells = Array.from(el.children)
        .filter((c) => !isSkipped(c))
        .map((c) => visibleText(c))
        .filter((t) => t.length > 0);
      if (cells.length) this.push(cells.join('\t'));
      return;
    }
    const block = isBlock(el);
    if (block) this.flush();
    if (this.backward) for (let c = el.lastChild; c; c = c.previousSibling) this.walk(c);
    else for (let c = el.firstChild; c; c = c.nextSibling) this.walk(c);
    if (block) this.flush();
  }

  /** Walks nodes in order (null: a block boundary), returning the blocks in page order; stops quietly at the limit or at stopAt. */
  run(nodes: Iterable<Node | null>): string[] {
    try {
      for (const n of nodes) {
        if (n) this.walk(n);
        else this.flush();
      }
      this.flush();
    } catch (e) {
      if (e !== ENOUGH) throw e;
    }
    return this.backward ? this.blocks.reverse() : this.blocks;
  }
}

/** A line ending in a comma or an enumeration comma stops inside its sentence: a <br> or a split <p> broke it. */
const OPEN_CLAUSE_END = /[，、]$/;

/** Joins each line that stops inside a sentence with the line after it (table rows stay as they are). */
function joinBrokenSentences(blocks: string[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    const last = out.length - 1;
    if (last >= 0 && OPEN_CLAUSE_END.test(out[last]) && !out[last].includes('\t') && !b.includes('\t')) out[last] += b;
    else out.push(b);
  }
  return out;
}

/** Converts an article element to text blocks (see BlockWriter), sentences broken across lines joined. */
export function elementToBlocks(root: Element): readonly string[] {
  let blocks = memo?.blocks.get(root);
  if (!blocks) {
    blocks = joinBrokenSentences(new BlockWriter(false, Infinity).run([root]));
    memo?.blocks.set(root, blocks);
  }
  return blocks;
}

/**
 * The nodes after el (or before it, nearest first) up to the edge of the body: its siblings, then its parent's …;
 * null where the walk leaves a block, whose edge ends a line.
 */
function* nodesBeside(el: Element, backward: boolean): Generator<Node | null> {
  for (let n: Element | null = el; n && tagOf(n) !== 'BODY' && tagOf(n) !== 'HTML'; n = n.parentElement) {
    if (backward) for (let s = n.previousSibling; s; s = s.previousSibling) yield s;
    else for (let s = n.nextSibling; s; s = s.nextSibling) yield s;
    if (n.parentElement && isBlock(n.parentElement)) yield null;
  }
}

/** Up to `limit` text blocks just before el in the page (not inside it), in page order. */
export function blocksBefore(el: Element, limit: number): string[] {
  return new BlockWriter(true, limit).run(nodesBeside(el, true));
}

/** Up to `limit` text blocks just after el in the page (not inside it), in page order. */
export function blocksAfter(el: Element, limit: number): string[] {
  return new BlockWriter(false, limit).run(nodesBeside(el, false));
}

/** Up to `limit` last text blocks of root, in page order, stopping before `stopAt` when the walk reaches it. */
export function lastBlocks(root: Element, limit: number, stopAt: Node | null): string[] {
  return new BlockWriter(true, limit, stopAt).run([root]);
}

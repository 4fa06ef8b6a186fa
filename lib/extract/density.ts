// A prose-density article finder for Chinese pages: the element that holds the most sentence text while carrying
// little else (links, short labels, lists). Readability's scoring counts commas and assumes English paragraph
// lengths; this scorer is what the body finder falls back to and checks Readability against.

import { ELEMENT_NODE, TEXT_NODE, extractionMemo, isBlock, isDataTable, isLink, isSkipped, tagOf } from './dom';

/** Sentence punctuation (colons excluded: labels such as 来源： carry them). */
const PROSE_PUNCTUATION = /[，。！？；、,!?;]/;
const MIN_PROSE_RUN = 10;
const LONG_RUN = 50;
/** Cost of a character of non-prose text (labels, short lines) and of link text, against one of prose. */
const PLAIN_COST = 0.5;
const LINK_COST = 1.5;

export interface TextWeights {
  /** Characters of sentence-like, non-link text. */
  prose: number;
  /** All visible characters. */
  text: number;
  /** Characters inside links. */
  link: number;
  /** Characters of data tables: not sentences, but no debris either (a 公示 list is the article). */
  table: number;
}

/** Regions a page names as chrome (comments, footers, side bars, related lists, share bars, ads). */
const CHROME_NAME =
  /(^|[\s_-])(comments?|reply|replies|footer|foot|sidebar|side|related|relate|recommend|share|sharing|nav|menu|breadcrumbs?|crumbs?|copyright|ads?|advert\w*|hotnews|rank\w*)($|[\s_-])/i;

export function isChrome(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE') return true;
  return CHROME_NAME.test(`${el.getAttribute('class') || ''} ${el.getAttribute('id') || ''}`);
}

/** A linked title this long at the head of a list item is another article's; shorter links are names or labels. */
const MIN_TEASER_TITLE = 6;

/** The first element or non-blank text inside el, descending into elements; null when el is empty. */
function firstContent(el: Element): Element | null {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE && (c.nodeValue || '').trim()) return null;
    if (c.nodeType === ELEMENT_NODE && !isSkipped(c as Element)) return c as Element;
  }
  return null;
}

/**
 * A list item that opens with a linked title and goes on with its summary: another article's teaser in a list
 * of them (政务动态 with summaries), which weighs like the links it leads to.
 */
function isTeaserItem(el: Element): boolean {
  if (tagOf(el) !== 'LI') return false;
  let first = firstContent(el);
  while (first && tagOf(first) !== 'A' && !isBlock(first)) first = firstContent(first);
  return !!first && tagOf(first) === 'A' && isLink(first) && (first.textContent || '').trim().length >= MIN_TEASER_TITLE;
}

/** A summary cut short with a spaced ellipsis ("…上载微博后 ..."): a teaser of another article, not this one's prose. */
export const TEASER_END = /\s(\.{3,}|…+)$/;

function isProseRun(t: string): boolean {
  if (TEASER_END.test(t)) return false;
  return t.length >= LONG_RUN || (t.length >= MIN_PROSE_RUN && PROSE_PUNCTUATION.test(t));
}

/** Elements whose text weighs like links: links, named chrome, another article's teaser. */
function weighsLikeLinks(el: Element): boolean {
  return isLink(el) || isChrome(el) || isTeaserItem(el);
}

/**
 * The text nodes under root that belong to prose runs, and the elements (outside any already) that weigh like links. A run is the text between block edges (and <br>), read across
 * inline elements: a sentence with a bold lead-in, a linked name or entity-split text (which some parsers leave as
 * several nodes) is one run, and each piece alone would be too short to read as prose. Link and chrome text is no
 * prose and is left out of the run, without ending it.
 */
function proseTextNodes(root: Element): { prose: Set<Node>; linkLike: Set<Element> } {
  const prose = new Set<Node>();
  const linkLike = new Set<Element>();
  let run: Node[] = [];
  let runText = '';
  const close = (): void => {
    if (run.length && isProseRun(runText.replace(/[\s\u00a0\u3000]+/g, ' ').trim())) for (const n of run) prose.add(n);
    run = [];
    runText = '';
  };
  const walk = (el: Element, inLink: boolean): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        if (inLink) continue;
        run.push(c);
        runText += c.nodeValue || '';
      } else if (c.nodeType === ELEMENT_NODE && !isSkipped(c as Element)) {
        const e = c as Element;
        const edge = isBlock(e) || tagOf(e) === 'BR';
        if (edge) close();
        const startsLink = !inLink && weighsLikeLinks(e);
        if (startsLink) linkLike.add(e);
        walk(e, inLink || startsLink);
        if (edge) close();
      }
    }
  };
  walk(root, false);
  close();
  return { prose, linkLike };
}

/** Text weights of every element under root (root included), in one walk. */
export function weighElements(root: Element): Map<Element, TextWeights> {
  // The same walk order and the same inLink state: the link-like elements found there are the ones met here.
  const { prose, linkLike } = proseTextNodes(root);
  const weights = new Map<Element, TextWeights>();
  const known = extractionMemo()?.weights as WeakMap<Element, TextWeights> | undefined;
  const walk = (el: Element, inLink: boolean, inTable: boolean): TextWeights => {
    const w: TextWeights = { prose: 0, text: 0, link: 0, table: 0 };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        const t = (c.nodeValue || '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
        if (!t) continue;
        w.text += t.length;
        if (inLink) w.link += t.length;
        else if (prose.has(c)) w.prose += t.length;
        else if (inTable) w.table += t.length;
      } else if (c.nodeType === ELEMENT_NODE && !isSkipped(c as Element)) {
        // Chrome weighs like links: it holds no prose and costs the regions around it.
        const e = c as Element;
        const cw = walk(e, inLink || linkLike.has(e), inTable || isDataTable(e));
        w.prose += cw.prose;
        w.text += cw.text;
        w.link += cw.link;
        w.table += cw.table;
      }
    }
    weights.set(el, w);
    // A block reached outside links and data tables has the weights its own walk would give: its prose runs end
    // at its edges, and nothing around it changes how its text counts.
    if (known && !inLink && !inTable && (el === root || isBlock(el))) known.set(el, w);
    return w;
  };
  walk(root, false, false);
  return weights;
}

/** The text weights of el: read already in this extraction (see weighElements), or weighed now. */
export function weightsOf(el: Element): TextWeights {
  return (extractionMemo()?.weights.get(el) as TextWeights | undefined) ?? weighElements(el).get(el)!;
}

export function densityScore(w: TextWeights): number {
  const plain = w.text - w.prose - w.link - w.table;
  return w.prose - PLAIN_COST * plain - LINK_COST * w.link;
}

/** The element under root with the best density score, or null when nothing under it reads as prose. */
export function bestProseElement(root: Element): Element | null {
  const weights = weighElements(root);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, w] of weights) {
    if (w.prose === 0) continue;
    const s = densityScore(w);
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

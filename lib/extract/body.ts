// Finds the article body: Readability on a clone of the page, checked for prose so that list pages and footers
// are not taken for articles.

import { Readability } from '@mozilla/readability';
import { elementToBlocks, linkTextLength, visibleText } from './dom';
import type { PageExtract } from '../model';

/** Readability's default (500) assumes English; a Chinese notice of two sentences is under 100 characters. */
const CJK_CHAR_THRESHOLD = 60;
/** An article has at least this many characters in sentence-like blocks. */
const MIN_PROSE_CHARS = 30;

const SENTENCE_END = /[。！？；!?…]/;
const SITE_CHROME_LINE = /(主办|承办|版权所有|ICP|公网安备|网站标识码|技术支持|Copyright|©)/i;

export interface ArticleBody {
  readability: PageExtract['readability'];
  blocks: string[];
}

/** Characters in blocks that read as sentences: what separates an article from link lists and footers. */
export function proseChars(blocks: string[]): number {
  let n = 0;
  for (const b of blocks) {
    if (SITE_CHROME_LINE.test(b) && b.length < 200) continue;
    if (SENTENCE_END.test(b) || b.length >= 80) n += b.length;
  }
  return n;
}

function runReadability(doc: Document): { meta: NonNullable<PageExtract['readability']>; element: Element } | null {
  const clone = doc.cloneNode(true) as Document;
  const reader = new Readability(clone, {
    charThreshold: CJK_CHAR_THRESHOLD,
    // Keep the article element itself: the blocks are read from its DOM, not from serialized HTML.
    serializer: (el: Node) => el,
  } as ConstructorParameters<typeof Readability>[1]);
  const result = reader.parse() as null | {
    title?: string | null;
    byline?: string | null;
    siteName?: string | null;
    publishedTime?: string | null;
    excerpt?: string | null;
    content?: unknown;
  };
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

export function findArticleBody(doc: Document): ArticleBody {
  const found = runReadability(doc);
  if (!found) return { readability: null, blocks: [] };
  const text = visibleText(found.element);
  const linkShare = text.length ? linkTextLength(found.element) / text.length : 1;
  const blocks = elementToBlocks(found.element);
  if (linkShare > 0.5 || proseChars(blocks) < MIN_PROSE_CHARS) return { readability: null, blocks: [] };
  return { readability: found.meta, blocks };
}

// One input file → one output record: HTML through the page extractor and the normalizer, text dumps through the
// text-dump normalizer. Failures become an `error` on the record, never an exception.

import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractPage } from '../extract/index';
import { DEFAULT_NORMALIZE_OPTIONS, type ArticleFields, type NormalizeOptions, type Script } from '../model';
import { normalizeArticle } from '../normalize/article';
import { normalizeTextDump } from '../normalize/textDump';
import { decodeHtml } from './decode';

/** One JSON line of `zhengwen extract`. */
export interface ExtractRecord {
  input: string;
  url: string | null;
  title: string | null;
  pretitle: string | null;
  subtitle: string | null;
  published_at: string | null;
  source: string | null;
  author: string | null;
  editor: string | null;
  site_name: string | null;
  column: string | null;
  text: string;
  text_original: string | null;
  script_original: Script | null;
  chars: number;
  error: string | null;
}

/**
 * linkedom makes the first element the root; a browser puts stray elements before <html> (saved-page wrappers
 * such as <text id=…>) inside the body and still finds <html>'s head. Parsing from <html> (or wrapping a fragment
 * in one) gives the browser's view.
 */
function parseDocument(html: string): Document {
  let { document } = parseHTML(html);
  if (document.documentElement?.tagName.toUpperCase() !== 'HTML') {
    const at = html.search(/<html[\s>]/i);
    const fixed = at > 0 ? html.slice(at) : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
    ({ document } = parseHTML(fixed));
  }
  return document as unknown as Document;
}

/** Parses HTML with linkedom and runs the same extractor the extension injects into pages. */
function articleFromHtml(html: string, url: string, opts: NormalizeOptions = DEFAULT_NORMALIZE_OPTIONS): ArticleFields {
  const document = parseDocument(html);
  const page = extractPage(document, { keepHtml: false, url });
  return normalizeArticle(page, opts);
}

export function articleFromBytes(path: string, bytes: Uint8Array, url: string): ArticleFields {
  if (/\.txt$/i.test(path)) return normalizeTextDump(new TextDecoder('utf-8').decode(bytes), { url: url || undefined });
  return articleFromHtml(decodeHtml(bytes).text, url);
}

/** The extension stores nothing for such a page; the command line still prints what metadata it found. */
export const NO_ARTICLE = 'no article text found on the page';

function toRecord(input: string, url: string | null, a: ArticleFields): ExtractRecord {
  return {
    input,
    url: a.url || url,
    title: a.title,
    pretitle: a.pretitle,
    subtitle: a.subtitle,
    published_at: a.published_at,
    source: a.source,
    author: a.author,
    editor: a.editor,
    site_name: a.site_name,
    column: a.column,
    text: a.text,
    text_original: a.text_original,
    script_original: a.script_original,
    chars: [...a.text].length,
    error: a.text ? null : NO_ARTICLE,
  };
}

function failedRecord(input: string, url: string | null, error: string): ExtractRecord {
  return {
    input, url, title: null, pretitle: null, subtitle: null, published_at: null, source: null, author: null,
    editor: null, site_name: null, column: null, text: '', text_original: null, script_original: null, chars: 0, error,
  };
}

export interface FileResult {
  record: ExtractRecord;
  /** The normalized article, null when the file failed or holds no article text. */
  article: ArticleFields | null;
}

export function extractFile(path: string, url: string | null): FileResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { record: failedRecord(path, url, `cannot read file: ${(e as Error).message}`), article: null };
  }
  try {
    const article = articleFromBytes(path, bytes, url ?? '');
    return { record: toRecord(path, url, article), article: article.text ? article : null };
  } catch (e) {
    return { record: failedRecord(path, url, `extraction failed: ${(e as Error).message}`), article: null };
  }
}

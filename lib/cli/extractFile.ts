// One page → one output record: HTML through the page extractor and the normalizer, text dumps through the
// text-dump normalizer. Saved files, WARC records and NDJSON lines all come here as bytes (a PageJob).
// Failures become an `error` on the record, never an exception.

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
  /** When the page was fetched: the WARC-Date of its record, or an NDJSON line's own `fetched_at`. */
  fetched_at: string | null;
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

/** @param charset the HTTP Content-Type's charset, when the page came with one (WARC records) */
export function articleFromBytes(path: string, bytes: Uint8Array, url: string, charset: string | null = null): ArticleFields {
  if (/\.txt$/i.test(path)) return normalizeTextDump(new TextDecoder('utf-8').decode(bytes), { url: url || undefined });
  return articleFromHtml(decodeHtml(bytes, charset).text, url);
}

/** The extension stores nothing for such a page; the command line still prints what metadata it found. */
export const NO_ARTICLE = 'no article text found on the page';

function toRecord(job: PageJob, a: ArticleFields): ExtractRecord {
  return {
    input: job.input,
    url: a.url || job.url,
    fetched_at: job.fetched_at,
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

export function failedRecord(input: string, url: string | null, error: string, fetchedAt: string | null = null): ExtractRecord {
  return {
    input, url, fetched_at: fetchedAt, title: null, pretitle: null, subtitle: null, published_at: null, source: null, author: null,
    editor: null, site_name: null, column: null, text: '', text_original: null, script_original: null, chars: 0, error,
  };
}

export interface FileResult {
  record: ExtractRecord;
  /** The normalized article, null when the file failed or holds no article text. */
  article: ArticleFields | null;
}

/** One page to extract, from whatever container it came in. Plain data: it crosses to worker threads. */
export interface PageJob {
  /** What the output line names as its input: a file path, `<warc>#<offset>`, `stdin:<line>`. */
  input: string;
  url: string | null;
  fetched_at: string | null;
  bytes: Uint8Array;
  /** The HTTP Content-Type's charset, if any. */
  charset: string | null;
  /** A raw text dump rather than HTML. */
  text: boolean;
}

export function extractJob(job: PageJob): FileResult {
  try {
    const article = articleFromBytes(job.text ? 'dump.txt' : 'page.html', job.bytes, job.url ?? '', job.charset);
    return { record: toRecord(job, article), article: article.text ? article : null };
  } catch (e) {
    return { record: failedRecord(job.input, job.url, `extraction failed: ${(e as Error).message}`, job.fetched_at), article: null };
  }
}

/** The job for a saved page or text dump on disk, or the error line when it cannot be read. */
export function fileJob(path: string, url: string | null): PageJob | ExtractRecord {
  try {
    return { input: path, url, fetched_at: null, bytes: readFileSync(path), charset: null, text: /\.txt$/i.test(path) };
  } catch (e) {
    return failedRecord(path, url, `cannot read file: ${(e as Error).message}`);
  }
}

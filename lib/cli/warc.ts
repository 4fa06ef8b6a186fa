// Pages out of a WARC stream (.warc or .warc.gz, read by webrecorder's warcio): every HTML response with status 200
// becomes a page job with the record's URL and WARC-Date; anything else is skipped and counted; a damaged record is
// an error line and reading goes on with what follows it.

import { WARCParser, type WARCRecord } from 'warcio';
import type { PageJob } from './extractFile';

/** What one WARC record gives the run. */
export type SourceItem =
  | { kind: 'page'; job: PageJob; extras?: Extras }
  | { kind: 'skipped' }
  | { kind: 'failed'; input: string; url: string | null; error: string; extras?: Extras };

/** Fields of an NDJSON input line passed through to its output line. */
export type Extras = Record<string, unknown>;

const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

/** The charset parameter of an HTTP Content-Type, for pages that declare it only there. */
export function contentTypeCharset(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

function isHtmlPage(record: WARCRecord): boolean {
  const http = record.httpHeaders;
  return record.warcType === 'response' && http?.statusCode === 200 && HTML_TYPES.test(http.headers.get('content-type') ?? '');
}

/**
 * Read one record's payload: raw first so that a block cut short (fewer bytes than its Content-Length) is found,
 * then decoded (chunked transfer, gzip content encoding) by warcio.
 */
async function pagePayload(record: WARCRecord): Promise<Uint8Array> {
  const expected = (record.reader as { limit?: number }).limit ?? 0;
  const raw = await record.readFully(false);
  if (raw.length < expected) throw new Error(`record is truncated: ${raw.length} of ${expected} payload bytes`);
  return record.readFully(true);
}

/**
 * @param name   the file's name, for `input` (`<name>#<byte offset of the record>`)
 * @param size   the stream's length in bytes: a gzip member cut short is dropped silently by the inflater, so
 *               bytes left unread at the end mark a damaged final record
 */
export async function* warcItems(stream: AsyncIterable<Uint8Array>, name: string, size: number): AsyncGenerator<SourceItem> {
  const parser = new WARCParser(stream);
  let end = 0;
  try {
    for await (const record of parser) {
      const input = `${name}#${parser.offset}`;
      const url = record.warcTargetURI ?? null;
      if (!isHtmlPage(record)) {
        await record.skipFully();
        end = parser.offset + parser.recordLength;
        yield { kind: 'skipped' };
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = await pagePayload(record);
      } catch (e) {
        end = size;
        yield { kind: 'failed', input, url, error: `damaged WARC record: ${(e as Error).message}` };
        continue;
      }
      end = parser.offset + parser.recordLength;
      const charset = contentTypeCharset(record.httpHeaders?.headers.get('content-type') ?? null);
      yield { kind: 'page', job: { input, url, fetched_at: record.warcDate ?? null, bytes, charset, text: false } };
    }
  } catch (e) {
    yield { kind: 'failed', input: `${name}#${end}`, url: null, error: `damaged WARC record: ${(e as Error).message}` };
    return;
  }
  // Plain WARC records end with two CRLFs the parser does not count; a gzip member cut short leaves more.
  if (size - end > 4) {
    yield { kind: 'failed', input: `${name}#${end}`, url: null, error: `damaged WARC record: ${size - end} bytes at the end could not be read (truncated file?)` };
  }
}

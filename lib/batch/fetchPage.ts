// Runs in the list page (injected): fetch one same-site article page, decode it as a browser would, parse it with
// DOMParser and run the same in-page extractor the toolbar capture uses. The page's own origin and cookies make
// this work under activeTab alone.
import { decodeHtml, widenEncoding } from '../cli/decode';
import { extractPage } from '../extract';
import type { PageExtract } from '../model';

export type FetchedPage =
  | { kind: 'page'; extract: PageExtract }
  | { kind: 'http'; status: number; statusText: string; retryAfter: string | null }
  | { kind: 'error'; message: string };

/** Larger responses are no article page (a video, an archive): refused before they fill the tab's memory. */
export const MAX_PAGE_BYTES = 20_000_000;
export const FETCH_TIMEOUT_MS = 30_000;

export interface FetchPageOptions {
  keepHtml: boolean;
  fetch: typeof fetch;
  parseHtml: (html: string) => Document;
  timeoutMs?: number;
}

/** The body's text: the charset the server names, else what the bytes and their <meta> say (GBK without charset too). */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const label = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (label) {
    try {
      return new TextDecoder(widenEncoding(label)).decode(bytes);
    } catch {
      // an unknown label: read the bytes as if none were given
    }
  }
  return decodeHtml(bytes).text;
}

export async function fetchArticlePage(url: string, options: FetchPageOptions): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? FETCH_TIMEOUT_MS);
  try {
    const response = await options.fetch(url, { credentials: 'include', redirect: 'follow', signal: controller.signal });
    if (!response.ok) {
      return { kind: 'http', status: response.status, statusText: response.statusText, retryAfter: response.headers.get('retry-after') };
    }
    const type = response.headers.get('content-type');
    if (type && !/html|xml|text\/plain/i.test(type)) return { kind: 'error', message: `not a web page (${type.split(';')[0]})` };
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_PAGE_BYTES) return { kind: 'error', message: `page too large (${Math.round(bytes.length / 1e6)} MB)` };
    const finalUrl = response.url || url;
    const doc = options.parseHtml(decodeBody(bytes, type));
    setBase(doc, finalUrl);
    return { kind: 'page', extract: extractPage(doc, { keepHtml: options.keepHtml, url: finalUrl }) };
  } catch (error) {
    const aborted = (error as Error)?.name === 'AbortError';
    return { kind: 'error', message: aborted ? `no answer within ${(options.timeoutMs ?? FETCH_TIMEOUT_MS) / 1000} s` : `network error: ${(error as Error)?.message ?? error}` };
  } finally {
    clearTimeout(timer);
  }
}

/** A parsed page's relative links resolve against its own address, not the list page's. */
function setBase(doc: Document, url: string): void {
  if (doc.querySelector('base[href]') || !doc.head) return;
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  doc.head.prepend(base);
}

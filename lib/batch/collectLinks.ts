// Runs in the list page (injected): the article links of this page and of the next pages of the list, up to a
// count the user chose, one page at a time with the politeness pause between them.
import { findArticleLinks, type ListLink } from './links';
import { nextListPage } from './pagination';

export interface ListScan {
  links: ListLink[];
  /** The list pages read, this one first. */
  pages: string[];
  /** Why following stopped early (a page that failed), else null. */
  stoppedReason: string | null;
}

export interface CollectOptions {
  maxPages: number;
  pauseMs: number;
  fetchDocument: (url: string) => Promise<Document>;
  sleep: (ms: number) => Promise<void>;
}

export async function collectListLinks(doc: Document, pageUrl: string, options: CollectOptions): Promise<ListScan> {
  const byUrl = new Map<string, ListLink>();
  const pages = [pageUrl];
  let current = { doc, url: pageUrl };
  let stoppedReason: string | null = null;
  for (;;) {
    for (const link of findArticleLinks(current.doc, current.url)) if (!byUrl.has(link.url)) byUrl.set(link.url, link);
    const next = pages.length < options.maxPages ? nextListPage(current.doc, current.url) : null;
    if (!next || pages.includes(next)) break;
    await options.sleep(options.pauseMs);
    try {
      current = { doc: await options.fetchDocument(next), url: next };
    } catch (error) {
      stoppedReason = `${next}: ${(error as Error)?.message ?? error}`;
      break;
    }
    pages.push(next);
  }
  return { links: [...byUrl.values()], pages, stoppedReason };
}

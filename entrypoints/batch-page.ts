import { collectListLinks } from '@/lib/batch/collectLinks';
import { fetchArticlePage, type FetchedPage } from '@/lib/batch/fetchPage';
import type { BatchPageRequest } from '@/lib/batch/pageRequest';
import { loadSettings } from '@/lib/settings';

// Injected into the list page by the worker (under activeTab): fetches same-site pages from the page's own origin.
// The request was put on the isolated world's globalThis by the injection just before (scripting cannot pass
// arguments to a file).
export default defineUnlistedScript(async () => {
  const request = (globalThis as { __zhengwenBatch?: BatchPageRequest }).__zhengwenBatch;
  const settings = await loadSettings();
  const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  if (request?.kind === 'fetch') {
    // Only this page's own origin answers a fetch from here (and a reused tab id after a restart is another page).
    if (new URL(request.url).origin !== location.origin) {
      return { kind: 'error', message: `not on the list page's site (${location.origin}): capture it from its own page` } satisfies FetchedPage;
    }
    return fetchArticlePage(request.url, { keepHtml: settings.keepPageHtml, fetch: globalThis.fetch.bind(globalThis), parseHtml });
  }
  if (request?.kind === 'scan') {
    return collectListLinks(document, location.href, {
      maxPages: request.maxPages,
      pauseMs: settings.batchPauseMs,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      fetchDocument: async (url) => {
        const page = await fetch(url, { credentials: 'include' });
        if (!page.ok) throw new Error(`HTTP ${page.status}`);
        const doc = parseHtml(await page.text());
        return doc;
      },
    });
  }
  throw new Error('batch-page: no request');
});

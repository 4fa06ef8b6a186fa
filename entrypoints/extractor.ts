import { extractPage } from '@/lib/extract';

// Injected on demand by the worker (scripting.executeScript under activeTab); its return value is the PageExtract.
// It never carries the page HTML: the worker asks for the snapshot apart, once the record is stored, so that
// handing a megabyte of HTML out of the page does not delay the capture.
export default defineUnlistedScript(() => extractPage(document, { keepHtml: false }));

import { extractPage } from '@/lib/extract';
import { loadSettings } from '@/lib/settings';

// Injected on demand by the worker (scripting.executeScript under activeTab); its return value is the PageExtract.
// It reads the snapshot setting itself: one injection per capture instead of a second round trip to pass it in.
export default defineUnlistedScript(async () => {
  const { keepPageHtml } = await loadSettings();
  return extractPage(document, { keepHtml: keepPageHtml });
});

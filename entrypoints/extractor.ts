import { extractPage } from '@/lib/extract';

// Injected on demand by the worker (scripting.executeScript under activeTab); its return value is the PageExtract.
export default defineUnlistedScript(() => {
  const keepHtml = (globalThis as { __zhengwenKeepHtml?: boolean }).__zhengwenKeepHtml ?? true;
  return extractPage(document, { keepHtml });
});

// The popup's batch section: Capture linked articles (this list page and its next pages), Capture all tabs, and
// the queue. The pages are chosen here; the worker runs the queue.
import { sendMessage, type BatchScanReply } from '@/lib/messages';
import type { NewItem } from '@/lib/batch/queue';
import { getCapture } from '@/lib/store/captures';
import type { CaptureDb } from '@/lib/store/db';
import { captureId, captureKeyUrl } from '@/lib/store/id';
import { mountBatchQueue } from '@/lib/ui/batchMount';
import { renderLinkPicker, type PickerEntry } from '@/lib/ui/linkPicker';

export function mountBatchSection(dbPromise: Promise<CaptureDb>): void {
  const $ = (id: string) => document.getElementById(id)!;
  const picker = $('batch-picker');
  const pages = $('batch-pages') as HTMLInputElement;
  $('batch-heading').textContent = i18n.t('batchHeading');
  $('batch-links').textContent = i18n.t('batchCaptureLinks');
  $('batch-tabs').textContent = i18n.t('batchCaptureTabs');
  $('batch-pages-label').textContent = i18n.t('batchPagesLabel');

  let activeTabId: number | undefined;
  const activeTab = browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => (activeTabId = tab?.id));
  const queue = mountBatchQueue($('batch-queue'), () => activeTabId);
  const say = (text: string) => picker.replaceChildren(Object.assign(document.createElement('p'), { className: 'message', textContent: text }));

  async function start(items: NewItem[], listTabId?: number) {
    if (items.length === 0) return;
    picker.replaceChildren();
    queue.show(await sendMessage({ type: 'batch-start', listTabId, items }));
  }

  $('batch-links').addEventListener('click', async () => {
    say(i18n.t('batchScanning'));
    await activeTab;
    const maxPages = Math.max(1, Math.min(50, Math.round(Number(pages.value)) || 1));
    const scan: BatchScanReply = await sendMessage({ type: 'batch-scan', tabId: activeTabId, maxPages });
    if (scan.kind === 'error') return say(i18n.t('batchScanError', [scan.message]));
    if (scan.links.length === 0) return say(i18n.t('batchNoLinks'));
    picker.replaceChildren(
      renderLinkPicker(
        document,
        scan.links,
        i18n.t('batchFound', [String(scan.links.length), String(scan.pages.length)]),
        (items, inBackgroundTabs) => {
          // Pages written by script: reading them in background tabs needs this site's permission, asked now.
          const site = [`${new URL(scan.pageUrl).origin}/*`];
          if (!inBackgroundTabs) return void start(items, activeTabId);
          void ensurePermission({ origins: site }).then(() => start(items, activeTabId));
        },
        {
          note: scan.stoppedReason ? i18n.t('batchFoundStopped', [scan.stoppedReason]) : undefined,
          option: i18n.t('batchBackgroundTabs', [new URL(scan.pageUrl).host]),
        },
      ),
    );
  });

  // Other tabs are not under activeTab: their addresses need "tabs", reading them needs their origins. Each is
  // asked for at the click that needs it (permissions.request must run inside the click).
  $('batch-tabs').addEventListener('click', async () => {
    say(i18n.t('batchTabsWhy'));
    if (!(await ensurePermission({ permissions: ['tabs'] }))) return say(i18n.t('batchPermissionDenied'));
    const highlighted = await browser.tabs.query({ currentWindow: true, highlighted: true });
    const tabs = (highlighted.length > 1 ? highlighted : await browser.tabs.query({ currentWindow: true })).filter(
      (tab) => tab.id !== undefined && /^https?:/i.test(tab.url ?? ''),
    );
    if (tabs.length === 0) return say(i18n.t('batchNoTabs'));
    const db = await dbPromise;
    const entries: PickerEntry[] = await Promise.all(
      tabs.map(async (tab) => ({
        url: tab.url!,
        title: tab.title ?? null,
        date: null,
        tabId: tab.id!,
        captured: !!(await getCapture(db, await captureId(captureKeyUrl(tab.url!, null)))),
      })),
    );
    const origins = [...new Set(entries.map((e) => `${new URL(e.url).origin}/*`))];
    picker.replaceChildren(
      renderLinkPicker(document, entries, i18n.t('batchCaptureTabs'), (items) => {
        const wanted = [...new Set(items.map((i) => `${new URL(i.url).origin}/*`))];
        void ensurePermission({ origins: wanted }).then((granted) => (granted ? start(items) : say(i18n.t('batchPermissionDenied'))));
      }, { note: i18n.t('batchHostsWhy', [origins.map((o) => o.slice(0, -2)).join(', ')]) }),
    );
  });
}

/** Ask for a permission unless it is held already; a refusal (or a browser that will not ask) is false. */
async function ensurePermission(permissions: Browser.permissions.Permissions): Promise<boolean> {
  if (await browser.permissions.contains(permissions)) return true;
  return browser.permissions.request(permissions).catch(() => false);
}

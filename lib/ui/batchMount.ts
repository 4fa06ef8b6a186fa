// Shows the batch queue in an extension page and keeps it current: the popup and the library page both mount it.
import { i18n } from '#i18n';
import { summaryCsv } from '../batch/queue';
import { sendMessage, type BatchView, type Message } from '../messages';
import { renderBatchQueue, summaryText } from './batchQueue';

export interface MountedQueue {
  show: (view: BatchView) => void;
}

/** `listTabId` names the page a Resume or Retry comes from (the popup's tab), when there is one. */
export function mountBatchQueue(container: HTMLElement, listTabId: () => number | undefined): MountedQueue {
  let current: BatchView | null = null;
  const show = (view: BatchView) => {
    current = view;
    container.hidden = view.items.length === 0;
    container.replaceChildren(
      renderBatchQueue(document, view, {
        onControl: async (action) => show(await sendMessage({ type: 'batch-control', action, listTabId: listTabId() })),
        onCopySummary: () => {
          if (!current) return;
          void navigator.clipboard.writeText(summaryText(current.items)).then(() => {
            container.querySelector('[data-testid=batch-summary]')?.append(` ${i18n.t('batchCopied')}`);
          });
        },
        onSaveCsv: () => current && saveCsv(summaryCsv(current.items)),
      }),
    );
  };
  browser.runtime.onMessage.addListener((message: Message) => {
    if (message.type === 'batch-changed') show(message.view);
  });
  void sendMessage({ type: 'batch-status' }).then(show);
  return { show };
}

/** A file the page itself hands to the browser (a blob link): no downloads permission needed. */
function saveCsv(csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `zhengwen-batch-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.csv` });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

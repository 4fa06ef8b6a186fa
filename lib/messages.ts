// Every message between the page script, the service worker and the extension pages: one typed union.
import type { CaptureRecord } from './model';

/** Why the browser will not let us read a page. */
export type RestrictedReason = 'browser-page' | 'web-store' | 'pdf-viewer' | 'file-access' | 'no-tab';

/** What a capture attempt came to; shown by the popup card and the toolbar badge. */
export type CaptureOutcome =
  | { kind: 'stored'; record: CaptureRecord; created: boolean }
  | { kind: 'already-captured'; record: CaptureRecord }
  | { kind: 'no-article'; url: string }
  | { kind: 'restricted'; url: string; reason: RestrictedReason }
  | { kind: 'error'; url: string | null; message: string };

export type Message =
  /** popup → worker: capture the active tab (update=true re-captures a known URL: same id, revisions + 1). */
  | { type: 'capture-active-tab'; update?: boolean }
  /** worker → extension pages: the store changed, refresh what is shown. */
  | { type: 'captures-changed' };

export type Reply<M extends Message> = M extends { type: 'capture-active-tab' } ? CaptureOutcome : void;

/** Send a typed message to the service worker. */
export async function sendMessage<M extends Message>(message: M): Promise<Reply<M>> {
  return (await browser.runtime.sendMessage(message)) as Reply<M>;
}

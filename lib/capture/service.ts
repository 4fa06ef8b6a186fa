import type { CaptureOutcome } from '../messages';
import type { PageExtract } from '../model';
import { loadSettings } from '../settings';
import { captureDbConnection } from '../store/connection';
import { BADGE_MS, badgeFor } from './badge';
import { captureTab } from './captureTab';
import { lastCaptureItem } from './lastCapture';

// Reopened when the database is deleted or its connection closed; the next capture recreates it.
const connection = captureDbConnection();

/** Inject the extractor into a tab and return what it read (also used by batch capture for open tabs). */
export async function runExtractor(tabId: number): Promise<PageExtract> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] });
  if (!result || result.result == null) throw new Error('The page script returned nothing');
  return result.result as PageExtract;
}

/** Capture a tab with the real browser: used by the popup's message, the shortcut and the context menu. */
export async function captureBrowserTab(tabId: number, url: string | undefined, update: boolean): Promise<CaptureOutcome> {
  const outcome = await captureTab(
    { tabId, url, update },
    {
      db: connection.get,
      runExtractor,
      fileAccessAllowed: () => browser.extension.isAllowedFileSchemeAccess(),
      settings: loadSettings,
      now: () => new Date(),
    },
  );
  await lastCaptureItem.setValue({ tabId, outcome: trimForSession(outcome), at: new Date().toISOString() });
  if (outcome.kind === 'stored') void browser.runtime.sendMessage({ type: 'captures-changed' }).catch(() => {});
  return outcome;
}

/** Session storage is small: keep the card's fields, not a whole long article twice. */
function trimForSession(outcome: CaptureOutcome): CaptureOutcome {
  if (outcome.kind !== 'stored' && outcome.kind !== 'already-captured') return outcome;
  const record = outcome.record;
  return { ...outcome, record: { ...record, text: record.text.slice(0, 2000), text_original: null } };
}

export async function showBadge(tabId: number, outcome: CaptureOutcome): Promise<void> {
  const { text, color } = badgeFor(outcome);
  await browser.action.setBadgeBackgroundColor({ tabId, color });
  await browser.action.setBadgeText({ tabId, text });
  setTimeout(() => void browser.action.setBadgeText({ tabId, text: '' }).catch(() => {}), BADGE_MS);
}

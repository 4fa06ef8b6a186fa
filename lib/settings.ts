import { storage } from '#imports';
import type { NormalizeOptions } from './model';

export interface Settings {
  /** Keep the page HTML with each capture, so captures can be re-processed later. */
  keepPageHtml: boolean;
  unicodeForm: NormalizeOptions['unicodeForm'];
  /** Batch capture: the pause between two requests to one site, in ms. */
  batchPauseMs: number;
  /** Mark on the toolbar badge a tab whose address is already captured (needs the optional `tabs` permission). */
  markCapturedTabs: boolean;
}

export const DEFAULT_SETTINGS: Settings = { keepPageHtml: true, unicodeForm: 'NFC', batchPauseMs: 1000, markCapturedTabs: false };

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

import { storage } from '#imports';
import type { LastCapture } from '../messages';

/** The last outcome, so that a popup reopened (or opened as a tab) can show it and offer Update. */
export const lastCaptureItem = storage.defineItem<LastCapture | null>('session:lastCapture', { fallback: null });

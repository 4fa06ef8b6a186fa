import { getCapture } from '../store/captures';
import type { CaptureDb } from '../store/db';
import { captureId, captureKeyUrl } from '../store/id';

/**
 * The optional permission the "already in the library" mark needs: without `tabs` the worker never learns the
 * address of a tab the user did not click.
 */
export const MARK_PERMISSIONS: { permissions: ['tabs'] } = { permissions: ['tabs'] };

/** The badge of a tab whose page is already captured (the same sign as the "already captured" outcome). */
export const LIBRARY_MARK = { text: '=', color: '#0969da' };

/**
 * Whether a page address is already in the library, judged from the address alone (no page is read): its key URL
 * without fragment and tracking parameters. A page whose canonical link names another address on its site is
 * keyed by that link when captured, so it is not recognised this way.
 */
export async function isInLibrary(db: CaptureDb, url: string | undefined): Promise<boolean> {
  if (!url || !/^https?:/i.test(url)) return false;
  return (await getCapture(db, await captureId(captureKeyUrl(url, null)))) !== undefined;
}

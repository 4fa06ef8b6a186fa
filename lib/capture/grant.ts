/** Waits between tries while a tab's activeTab grant is on its way: about half a second in all. */
export const GRANT_RETRY_MS = [10, 20, 40, 80, 150, 200];

const NOT_GRANTED = /Cannot access contents of|must request permission/i;

/**
 * Injects, retrying while the page says the extension may not read it. The click grants activeTab in the browser
 * process and tells the page's renderer separately; the worker, started by that same click, can ask to inject
 * before the renderer has heard (seen as one capture in three refused with "Cannot access contents of the page").
 * A page that stays refused (the PDF viewer) still gets its refusal, half a second later.
 */
export async function untilGranted<T>(inject: () => Promise<T>, delays = GRANT_RETRY_MS): Promise<T> {
  for (const delay of delays) {
    try {
      return await inject();
    } catch (error) {
      if (!NOT_GRANTED.test(error instanceof Error ? error.message : String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return inject();
}

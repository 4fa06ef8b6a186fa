import type { CaptureOutcome } from '../messages';

/** How long the popup waits for the worker's answer before asking once more. Large table pages take seconds. */
export const REPLY_TIMEOUT_MS = 15_000;

/**
 * Ask the worker for a capture's outcome. A worker stopped while the popup waits leaves its request failed or
 * unanswered: the request is made once more (a restarted worker captures the tab anew), and when that fails too the
 * outcome says so instead of showing 正在采集 forever.
 */
export async function askForOutcome(
  send: () => Promise<CaptureOutcome | undefined>,
  timeoutMs = REPLY_TIMEOUT_MS,
): Promise<CaptureOutcome> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const reply = await withTimeout(send(), timeoutMs).catch(() => undefined);
    if (reply) return reply;
  }
  return { kind: 'error', url: null, code: 'no-reply', message: 'the background worker did not answer' };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

import { describe, expect, it, vi } from 'vitest';
import { askForOutcome } from '@/lib/capture/askWorker';
import type { CaptureOutcome } from '@/lib/messages';

const stored = { kind: 'no-article', url: 'https://www.gov.cn/' } satisfies CaptureOutcome;
const never = () => new Promise<CaptureOutcome>(() => {});

describe('askForOutcome: the popup never waits forever', () => {
  it('returns the first answer without asking again', async () => {
    const send = vi.fn(async () => stored);
    expect(await askForOutcome(send, 50)).toEqual(stored);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('asks once more when the worker went away (the request failed)', async () => {
    const send = vi.fn<() => Promise<CaptureOutcome>>()
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce(stored);
    expect(await askForOutcome(send, 50)).toEqual(stored);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('asks once more when no answer comes in time', async () => {
    const send = vi.fn<() => Promise<CaptureOutcome>>().mockImplementationOnce(never).mockResolvedValueOnce(stored);
    expect(await askForOutcome(send, 20)).toEqual(stored);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('says the worker did not answer after the retry, instead of waiting', async () => {
    const send = vi.fn(never);
    const outcome = await askForOutcome(send, 20);
    expect(outcome).toMatchObject({ kind: 'error', code: 'no-reply' });
    expect(send).toHaveBeenCalledTimes(2);
  });
});

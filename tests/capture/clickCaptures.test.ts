import { describe, expect, it } from 'vitest';
import { ClickCaptures } from '@/lib/capture/clickCaptures';
import type { CaptureRun } from '@/lib/capture/captureTab';
import type { CaptureOutcome } from '@/lib/messages';

const outcome = (url: string): CaptureOutcome => ({ kind: 'no-article', url });
/** A capture whose snapshot step adds nothing: it settles with the stored outcome. */
const run = (stored: Promise<CaptureOutcome>, settled = stored): CaptureRun => ({ stored, settled });

describe('ClickCaptures', () => {
  it("gives the popup its own tab's click capture, not another tab's", async () => {
    const clicks = new ClickCaptures();
    clicks.begin(1, run(Promise.resolve(outcome('https://a.gov.cn/'))));
    clicks.begin(2, run(Promise.resolve(outcome('https://b.gov.cn/'))));
    expect(await clicks.claim(2)).toEqual(outcome('https://b.gov.cn/'));
    expect(await clicks.claim(1)).toEqual(outcome('https://a.gov.cn/'));
  });

  it('hands a settled outcome out once: a later request captures anew', async () => {
    const clicks = new ClickCaptures();
    await clicks.begin(1, run(Promise.resolve(outcome('https://a.gov.cn/'))));
    expect(clicks.claim(1)).toBeDefined();
    expect(clicks.claim(1)).toBeUndefined();
  });

  it('shares a pending capture with every request for its tab (a retry joins it)', async () => {
    const clicks = new ClickCaptures();
    let finish!: (o: CaptureOutcome) => void;
    clicks.begin(1, run(new Promise((resolve) => (finish = resolve))));
    const first = clicks.claim(1);
    const retry = clicks.claim(1);
    expect(retry).toBe(first);
    finish(outcome('https://a.gov.cn/'));
    expect(await retry).toEqual(outcome('https://a.gov.cn/'));
  });

  it('gives a popup that asks after the snapshot step the outcome with it (a huge page: "snapshot not kept")', async () => {
    const clicks = new ClickCaptures();
    const stored = outcome('https://a.gov.cn/');
    const withSnapshot: CaptureOutcome = { kind: 'error', url: 'https://a.gov.cn/', code: 'unknown', message: 'stand-in for the settled outcome' };
    await clicks.begin(1, run(Promise.resolve(stored), Promise.resolve(withSnapshot)));
    expect(await clicks.claim(1)).toBe(withSnapshot);
  });

  it('gives a popup that asks before the snapshot step the stored outcome at once', async () => {
    const clicks = new ClickCaptures();
    const stored = outcome('https://a.gov.cn/');
    await clicks.begin(1, run(Promise.resolve(stored), new Promise(() => {})));
    expect(await clicks.claim(1)).toBe(stored);
  });

  it('forgets an uncollected outcome after the claim window', async () => {
    const clicks = new ClickCaptures(10);
    await clicks.begin(1, run(Promise.resolve(outcome('https://a.gov.cn/'))));
    await new Promise((done) => setTimeout(done, 30));
    expect(clicks.claim(1)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { ClickCaptures } from '@/lib/capture/clickCaptures';
import type { CaptureOutcome } from '@/lib/messages';

const outcome = (url: string): CaptureOutcome => ({ kind: 'no-article', url });

describe('ClickCaptures', () => {
  it("gives the popup its own tab's click capture, not another tab's", async () => {
    const clicks = new ClickCaptures();
    clicks.begin(1, Promise.resolve(outcome('https://a.gov.cn/')));
    clicks.begin(2, Promise.resolve(outcome('https://b.gov.cn/')));
    expect(await clicks.claim(2)).toEqual(outcome('https://b.gov.cn/'));
    expect(await clicks.claim(1)).toEqual(outcome('https://a.gov.cn/'));
  });

  it('hands a settled outcome out once: a later request captures anew', async () => {
    const clicks = new ClickCaptures();
    await clicks.begin(1, Promise.resolve(outcome('https://a.gov.cn/')));
    expect(clicks.claim(1)).toBeDefined();
    expect(clicks.claim(1)).toBeUndefined();
  });

  it('shares a pending capture with every request for its tab (a retry joins it)', async () => {
    const clicks = new ClickCaptures();
    let finish!: (o: CaptureOutcome) => void;
    clicks.begin(1, new Promise((resolve) => (finish = resolve)));
    const first = clicks.claim(1);
    const retry = clicks.claim(1);
    expect(retry).toBe(first);
    finish(outcome('https://a.gov.cn/'));
    expect(await retry).toEqual(outcome('https://a.gov.cn/'));
  });

  it('forgets an uncollected outcome after the claim window', async () => {
    const clicks = new ClickCaptures(10);
    await clicks.begin(1, Promise.resolve(outcome('https://a.gov.cn/')));
    await new Promise((done) => setTimeout(done, 30));
    expect(clicks.claim(1)).toBeUndefined();
  });
});

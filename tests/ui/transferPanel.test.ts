import { describe, expect, it } from 'vitest';
import { exportRecords, throttledProgress } from '@/lib/ui/transferPanel';
import { makeCaptureRecord } from '../helpers/records';

describe('exportRecords', () => {
  const first = makeCaptureRecord({ first_captured_at: '2026-11-01T00:00:00.000Z' });
  const second = makeCaptureRecord({ first_captured_at: '2026-11-02T00:00:00.000Z' });
  const repost = makeCaptureRecord({ first_captured_at: '2026-11-03T00:00:00.000Z', near_duplicate_of: first.id });
  const deps = (shown: string[]) => ({ allRecords: () => [repost, second, first], shownIds: () => shown });

  it('exports everything in capture order', () => {
    expect(exportRecords(deps([]), false, false)).toEqual([first, second, repost]);
  });

  it('exports only what the library shows, still in capture order', () => {
    expect(exportRecords(deps([repost.id, first.id]), true, false)).toEqual([first, repost]);
  });

  it('leaves near-duplicates out on request', () => {
    expect(exportRecords(deps([]), false, true)).toEqual([first, second]);
  });
});

describe('throttledProgress', () => {
  it('draws the first step, then at most once per interval, and always the last step', () => {
    let clock = 0;
    const drawn: number[] = [];
    const progress = throttledProgress((done) => drawn.push(done), 100, () => clock);
    for (let done = 1; done <= 10; done++) {
      progress(done, 10);
      clock += 30;
    }
    // Steps at t = 0, 30, …, 270: drawn at 0, 120, 240, and the last one (t = 270).
    expect(drawn).toEqual([1, 5, 9, 10]);
  });
});

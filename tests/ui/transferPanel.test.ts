import { describe, expect, it } from 'vitest';
import { exportRecords } from '@/lib/ui/transferPanel';
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

import { describe, expect, it } from 'vitest';
import { planImport } from '../../lib/bundle/plan';
import { makeCaptureRecord } from '../helpers/records';

describe('planImport', () => {
  const stored = makeCaptureRecord({ id: 'aaaaaaaaaaaaaaaa', captured_at: '2024-11-02T00:00:00.000Z' });
  const older = { ...stored, title: '旧标题', captured_at: '2024-11-01T00:00:00.000Z' };
  const newer = { ...stored, title: '新标题', captured_at: '2024-11-03T00:00:00.000Z' };
  const fresh = makeCaptureRecord({ id: 'bbbbbbbbbbbbbbbb' });
  const existing = new Map([[stored.id, stored]]);

  it('adds unknown ids and keeps the newer capture of known ones by default', () => {
    expect(planImport(existing, [newer, fresh])).toEqual({ add: [fresh], update: [newer], skip: [] });
    expect(planImport(existing, [older, fresh])).toEqual({ add: [fresh], update: [], skip: [older] });
    expect(planImport(existing, [stored])).toEqual({ add: [], update: [], skip: [stored] });
  });

  it('follows the policy the person picked', () => {
    expect(planImport(existing, [newer], 'keep-existing')).toEqual({ add: [], update: [], skip: [newer] });
    expect(planImport(existing, [older], 'replace')).toEqual({ add: [], update: [older], skip: [] });
  });

  it('accepts a lookup function and takes only the first of repeated incoming ids', () => {
    const plan = planImport((id) => existing.get(id), [fresh, { ...fresh, title: '重复' }]);
    expect(plan.add).toEqual([fresh]);
    expect(plan.skip.map((r) => r.title)).toEqual(['重复']);
  });

  it('does not change its inputs', () => {
    const incoming = [newer, fresh];
    const snapshot = structuredClone(incoming);
    planImport(existing, incoming);
    expect(incoming).toEqual(snapshot);
    expect(existing.get(stored.id)).toBe(stored);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { itemsToEnqueue } from '@/lib/batch/queue';
import { getBatchRun, listBatchItems, putBatchItems, setBatchRun } from '@/lib/store/batch';
import { getCapture } from '@/lib/store/captures';
import { saveCapture } from '../helpers/store';
import { DB_VERSION, openCaptureDb, type CaptureDb } from '@/lib/store/db';
import { buildCaptureRecord } from '@/lib/store/record';
import { makeFields } from '../helpers/fields';

const open: CaptureDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

describe('batch store (schema v3)', () => {
  it('upgrades a version 2 database with captures to v3: captures kept, an empty queue, an idle run', async () => {
    const name = `batch-migrate-${Date.now()}`;
    const v2 = await openCaptureDb(name, 2);
    const record = await buildCaptureRecord(makeFields(), { now: new Date('2026-11-22T10:00:00Z'), hasHtml: false, fingerprint: '', nearDuplicateOf: null });
    await saveCapture(v2, record, null);
    expect([...v2.objectStoreNames]).not.toContain('batch');
    v2.close();

    const current = await openCaptureDb(name);
    open.push(current);
    expect(current.version).toBe(DB_VERSION);
    expect(await getCapture(current, record.id)).toEqual(record);
    expect(await listBatchItems(current)).toEqual([]);
    expect(await getBatchRun(current)).toEqual({ state: 'idle', tab_id: null, reason: null });
  });

  it('keeps items by URL key in queue order and the run across a reopen', async () => {
    const name = `batch-reopen-${Date.now()}`;
    const db = await openCaptureDb(name);
    const items = itemsToEnqueue([], [
      { url: 'http://x.gov.cn/b.html', title: 'B', date: null },
      { url: 'http://x.gov.cn/a.html', title: 'A', date: '2024-03-05' },
    ], (u) => u);
    await putBatchItems(db, items);
    await putBatchItems(db, [{ ...items[0]!, status: 'stored' }]);
    await setBatchRun(db, { state: 'running', tab_id: 7, reason: null });
    db.close();

    const again = await openCaptureDb(name);
    open.push(again);
    expect((await listBatchItems(again)).map((i) => [i.url, i.status])).toEqual([
      ['http://x.gov.cn/b.html', 'stored'],
      ['http://x.gov.cn/a.html', 'queued'],
    ]);
    expect(await getBatchRun(again)).toEqual({ state: 'running', tab_id: 7, reason: null });
  });
});

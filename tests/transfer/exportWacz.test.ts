import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { SNAPSHOT_BATCH } from '@/lib/bundle/wacz';
import { commitImport } from '@/lib/store/bulk';
import { openCaptureDb } from '@/lib/store/db';
import { waczBlob } from '@/lib/transfer/exportWacz';
import { makeCaptureRecord } from '../helpers/records';
import { textOf, unpack } from '../bundle/unzip';

describe('WACZ export from the store', () => {
  it('reads the snapshots in transactions of at most one batch each, never the whole store at once', async () => {
    const db = await openCaptureDb(`wacz-export-${Date.now()}`);
    const records = Array.from({ length: 3 * SNAPSHOT_BATCH + 5 }, (_, i) => makeCaptureRecord({ has_html: i !== 7 }));
    await commitImport(db, records, new Map(records.filter((r) => r.has_html).map((r) => [r.id, `<html><body>快照${r.id}</body></html>`])));

    const getsPerTransaction = new Map<IDBTransaction, number>();
    const originalGet = IDBObjectStore.prototype.get;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, query) {
      if (this.name === 'pages') getsPerTransaction.set(this.transaction, (getsPerTransaction.get(this.transaction) ?? 0) + 1);
      return originalGet.call(this, query);
    });
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const openCursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    try {
      const { blob, summary } = await waczBlob(db, records.map((r) => r.id), { now: new Date('2026-11-22T10:00:00Z') });
      expect(summary).toMatchObject({ pages: records.length - 1, missing: 0 });
      const cdxj = textOf(unpack(new Uint8Array(await blob.arrayBuffer())), 'indexes/index.cdxj');
      expect(cdxj.trimEnd().split('\n')).toHaveLength(records.length - 1);
    } finally {
      vi.restoreAllMocks();
    }
    const batches = [...getsPerTransaction.values()];
    expect(batches.reduce((a, b) => a + b, 0)).toBe(records.length - 1);
    expect(Math.max(...batches)).toBeLessThanOrEqual(SNAPSHOT_BATCH);
    expect(getAll.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'pages')).toEqual([]);
    expect(openCursor.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'pages')).toEqual([]);
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { BundleError } from '@/lib/bundle';
import { commitImport } from '@/lib/store/bulk';
import { countCaptures, getCapture, getPageHtml } from '@/lib/store/captures';
import { openCaptureDb } from '@/lib/store/db';
import { downloadBlob, exportToBlob } from '@/lib/transfer/exportCorpus';
import { importBundle } from '@/lib/transfer/importCorpus';
import { makeCaptureRecord } from '../helpers/records';

let n = 0;
const fresh = () => openCaptureDb(`transfer-${++n}-${Date.now()}`);

async function libraryWith(count: number) {
  const db = await fresh();
  const records = Array.from({ length: count }, (_, i) =>
    makeCaptureRecord({ title: `第${i + 1}篇,含"引号"与逗号`, has_html: i === 0 }),
  );
  await commitImport(db, records, new Map([[records[0].id, '<html><body>快照</body></html>']]));
  return { db, records };
}

describe('export and import', () => {
  it('round trip: export, import into an empty profile, export again gives the same records', async () => {
    const { db, records } = await libraryWith(3);
    const first = await exportToBlob(db, { format: 'zip', includeHtml: true }, { now: new Date('2026-11-22T08:00:00Z') });
    expect(first.summary).toMatchObject({ articles: 3, htmlSnapshots: 1, fileName: expect.stringMatching(/^zhengwen-corpus-\d{8}-\d{4}\.zip$/) });

    const empty = await fresh();
    expect(await importBundle(empty, first.blob)).toEqual({ added: 3, updated: 0, skipped: 0, warnings: [] });
    for (const record of records) expect(await getCapture(empty, record.id)).toEqual(record);
    expect(await getPageHtml(empty, records[0].id)).toBe('<html><body>快照</body></html>');

    const second = await exportToBlob(empty, { format: 'zip', includeHtml: true }, { now: new Date('2026-11-22T08:00:00Z') });
    expect(new Uint8Array(await second.blob.arrayBuffer())).toEqual(new Uint8Array(await first.blob.arrayBuffer()));
  });

  it('exports records the page already holds, without reading the store again', async () => {
    const { db, records } = await libraryWith(2);
    const { summary, blob } = await exportToBlob(db, { records: [records[1]], format: 'jsonl', includeHtml: false });
    expect(summary.articles).toBe(1);
    expect(JSON.parse((await blob.text()).trim())).toMatchObject({ id: records[1].id, title: records[1].title });
  });

  it('exports only the given captures', async () => {
    const { db, records } = await libraryWith(3);
    const { summary, blob } = await exportToBlob(db, { ids: [records[1].id], format: 'jsonl', includeHtml: false });
    expect(summary.articles).toBe(1);
    expect(JSON.parse((await blob.text()).trim()).id).toBe(records[1].id);
  });

  it('keeps the newer capture of a known id and reports added / updated / skipped', async () => {
    const { db, records } = await libraryWith(2);
    const newer = { ...records[0], title: '更新后的标题', captured_at: '2030-01-01T00:00:00.000Z' };
    const older = { ...records[1], title: '旧的标题', captured_at: '2000-01-01T00:00:00.000Z' };
    const extra = makeCaptureRecord();
    const source = await fresh();
    await commitImport(source, [newer, older, extra], new Map());
    const { blob } = await exportToBlob(source, { format: 'zip', includeHtml: false });

    expect(await importBundle(db, blob)).toMatchObject({ added: 1, updated: 1, skipped: 1 });
    expect((await getCapture(db, records[0].id))?.title).toBe('更新后的标题');
    expect((await getCapture(db, records[1].id))?.title).toBe(records[1].title);
    // The stored snapshot of records[0] survives an update from a bundle exported without snapshots.
    expect((await getCapture(db, records[0].id))?.has_html).toBe(true);
    expect(await getPageHtml(db, records[0].id)).toBe('<html><body>快照</body></html>');
  });

  it('a corrupt or truncated bundle is refused with a clear error and writes nothing', async () => {
    const { db } = await libraryWith(2);
    const { blob } = await exportToBlob(db, { format: 'zip', includeHtml: false });
    const target = await fresh();
    const truncated = blob.slice(0, Math.floor(blob.size / 2));
    await expect(importBundle(target, truncated)).rejects.toBeInstanceOf(BundleError);
    await expect(importBundle(target, new Blob(['PK\u0003\u0004 not really a zip']))).rejects.toBeInstanceOf(BundleError);
    await expect(importBundle(target, new Blob(['hello, this is a text file']))).rejects.toThrow(/zip|bundle/i);
    expect(await countCaptures(target)).toBe(0);
  });
});

describe('downloadBlob', () => {
  function fakeDownloads(end: { state: 'complete' | 'interrupted'; error?: string }) {
    const listeners = new Set<(delta: any) => void>();
    return {
      onChanged: { addListener: (l: any) => listeners.add(l), removeListener: (l: any) => listeners.delete(l) },
      download: vi.fn(async () => {
        setTimeout(() => {
          for (const l of [...listeners]) l({ id: 7, state: { current: end.state }, ...(end.error ? { error: { current: end.error } } : {}) });
        }, 5);
        return 7;
      }),
    } as any;
  }

  it('revokes the object URL only after the download completes', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const downloads = fakeDownloads({ state: 'complete' });
    const pending = downloadBlob(new Blob(['x']), 'zhengwen-corpus-20261122-0800.zip', downloads);
    await new Promise((r) => setTimeout(r, 1));
    expect(revoke).not.toHaveBeenCalled();
    expect(await pending).toEqual({ error: null });
    expect(revoke).toHaveBeenCalledOnce();
    expect(downloads.download).toHaveBeenCalledWith(expect.objectContaining({ filename: 'zhengwen-corpus-20261122-0800.zip' }));
  });

  it('reports a download the browser interrupted (a full disk)', async () => {
    expect(await downloadBlob(new Blob(['x']), 'a.zip', fakeDownloads({ state: 'interrupted', error: 'FILE_NO_SPACE' }))).toEqual({
      error: 'FILE_NO_SPACE',
    });
  });
});

describe('import refusals that need the store', () => {
  const jsonlOf = async (db: Awaited<ReturnType<typeof fresh>>) => (await exportToBlob(db, { format: 'jsonl', includeHtml: false })).blob;

  it('a key_url already stored under another id is a clear line-numbered message, and nothing is written', async () => {
    const source = await libraryWith(2);
    const file = await jsonlOf(source.db);
    const target = await fresh();
    // A record stored before import checked ids: its id is not its key_url's hash.
    await commitImport(target, [{ ...source.records[1], id: 'legacy0000000000' }], new Map());
    const error = await importBundle(target, file).then(() => null, (e: unknown) => e as BundleError);
    expect(error?.message).toMatch(/^line 2: the record's key_url https:\/\/\S+ is already stored under another id \(legacy0000000000, not [0-9a-f]{16}\)/);
    expect(await countCaptures(target)).toBe(1);
  });

  it('a write the browser refuses is said in plain words, not IndexedDB\'s', async () => {
    const { db } = await libraryWith(1);
    const file = await jsonlOf(db);
    const target = await fresh();
    const failing = new Proxy(target, {
      get: (t, key) =>
        key === 'transaction'
          ? (stores: never, mode?: IDBTransactionMode) => {
              if (mode === 'readwrite') throw new DOMException('Failed to execute \'transaction\' on \'IDBDatabase\': The database connection is closing.', 'InvalidStateError');
              return t.transaction(stores, mode);
            }
          : Reflect.get(t, key, t),
    });
    const error = await importBundle(failing, file).then(() => null, (e: unknown) => e as BundleError);
    expect(error).toBeInstanceOf(BundleError);
    expect(error!.message).toBe('The browser did not store the articles (its database refused the write); the library is as it was. Try again.');
  });
});

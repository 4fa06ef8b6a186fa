import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { countCaptures, getCapture, getPageHtml, listRecentCaptures } from '@/lib/store/captures';
import { saveCapture } from '../helpers/store';
import { deleteCaptures, restoreCaptures } from '@/lib/store/library';
import { DB_VERSION, openCaptureDb, type CaptureDb } from '@/lib/store/db';
import { buildCaptureRecord } from '@/lib/store/record';
import { makeFields } from '../helpers/fields';

let dbName = 0;
const open: CaptureDb[] = [];
async function freshDb() {
  const db = await openCaptureDb(`test-${++dbName}-${Date.now()}`);
  open.push(db);
  return db;
}
afterEach(() => open.splice(0).forEach((db) => db.close()));

const context = (now = '2026-11-22T10:00:00Z') => ({
  now: new Date(now),
  hasHtml: true,
  fingerprint: 'f',
  nearDuplicateOf: null,
});

describe('capture store', () => {
  it('stores a capture with its page snapshot apart, and lists newest first', async () => {
    const db = await freshDb();
    const first = await buildCaptureRecord(makeFields({ url: 'https://a.gov.cn/1.html', title: '第一篇' }), context('2026-11-20T00:00:00Z'));
    const second = await buildCaptureRecord(makeFields({ url: 'https://b.gov.cn/2.html', title: '第二篇', site_name: '金坛区融媒体中心' }), context('2026-11-21T00:00:00Z'));
    await saveCapture(db, first, '<html>1</html>');
    await saveCapture(db, second, null);

    expect(await countCaptures(db)).toBe(2);
    expect((await listRecentCaptures(db)).map((r) => r.title)).toEqual(['第二篇', '第一篇']);
    expect(await getPageHtml(db, first.id)).toBe('<html>1</html>');
    expect(await getPageHtml(db, second.id)).toBeNull();
  });

  it('searches title and site name', async () => {
    const db = await freshDb();
    await saveCapture(db, await buildCaptureRecord(makeFields({ url: 'https://a.gov.cn/1', title: '全区组织工作会议召开' }), context()), null);
    await saveCapture(db, await buildCaptureRecord(makeFields({ url: 'https://b.gov.cn/2', title: '座谈会', site_name: '金坛区融媒体中心' }), context()), null);
    expect((await listRecentCaptures(db, { search: '组织' })).map((r) => r.title)).toEqual(['全区组织工作会议召开']);
    expect((await listRecentCaptures(db, { search: '融媒体' })).map((r) => r.title)).toEqual(['座谈会']);
    expect(await listRecentCaptures(db, { search: '没有这个' })).toEqual([]);
  });

  it('rejects a second record for the same URL under another id (unique URL index)', async () => {
    const db = await freshDb();
    const record = await buildCaptureRecord(makeFields(), context());
    await saveCapture(db, record, null);
    await expect(saveCapture(db, { ...record, id: 'ffffffffffffffff' }, null)).rejects.toThrow();
    expect(await countCaptures(db)).toBe(1);
  });

  it('deletes a capture with its snapshot and restores both on undo', async () => {
    const db = await freshDb();
    const record = await buildCaptureRecord(makeFields(), context());
    await saveCapture(db, record, '<html>snapshot</html>');
    const deleted = await deleteCaptures(db, [record.id]);
    expect(await getCapture(db, record.id)).toBeUndefined();
    expect(await getPageHtml(db, record.id)).toBeNull();

    await restoreCaptures(db, deleted);
    expect(await getCapture(db, record.id)).toEqual(record);
    expect(await getPageHtml(db, record.id)).toBe('<html>snapshot</html>');
    expect((await deleteCaptures(db, ['nope'])).records).toEqual([]);
  });

  it('an update keeps the id, first capture time, tags, note and corrections, and counts revisions', async () => {
    const first = await buildCaptureRecord(makeFields(), context('2026-11-20T00:00:00Z'));
    const corrected = { ...first, author: '魏宁', extracted: { author: null }, tags: ['党建'], note: '核对过' };
    const update = await buildCaptureRecord(makeFields({ text: '更新后的正文内容。' }), {
      ...context('2026-11-22T00:00:00Z'),
      previous: corrected,
    });
    expect(update.id).toBe(first.id);
    expect(update.revisions).toBe(2);
    expect(update.first_captured_at).toBe('2026-11-20T00:00:00.000Z');
    expect(update.captured_at).toBe('2026-11-22T00:00:00.000Z');
    expect(update.author).toBe('魏宁');
    expect(update.extracted).toEqual({ author: null });
    expect(update.tags).toEqual(['党建']);
    expect(update.note).toBe('核对过');
    expect(update.text).toBe('更新后的正文内容。');
    expect(update.chars).toBe(9);
  });
});

describe('schema migrations', () => {
  it('upgrades a version 1 database to the current version without losing captures', async () => {
    const name = `migrate-${Date.now()}`;
    const v1 = await openCaptureDb(name, 1);
    const record = await buildCaptureRecord(makeFields(), context());
    await saveCapture(v1, record, '<html></html>');
    v1.close();

    const current = await openCaptureDb(name);
    open.push(current);
    expect(current.version).toBe(DB_VERSION);
    expect(await getCapture(current, record.id)).toEqual(record);
    expect(await getPageHtml(current, record.id)).toBe('<html></html>');
  });

  it('creates the v1 stores and indexes on an empty database', async () => {
    const name = `fresh-${Date.now()}`;
    (await openCaptureDb(name, 1)).close();
    const raw = await openDB(name);
    const tx = raw.transaction('captures');
    expect([...raw.objectStoreNames].sort()).toEqual(['captures', 'pages']);
    expect([...tx.store.indexNames].sort()).toEqual(['captured_at', 'first_captured_at', 'key_url', 'published_at', 'site_name']);
    expect(tx.store.index('key_url').unique).toBe(true);
    raw.close();
  });
});

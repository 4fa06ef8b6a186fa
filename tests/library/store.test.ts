import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintText } from '@/lib/dedupe';
import { getCapture, getPageHtml } from '@/lib/store/captures';
import { saveCapture } from '../helpers/store';
import { DB_VERSION, openCaptureDb, type CaptureDb } from '@/lib/store/db';
import { formChanges } from '@/lib/library/edit';
import { saveEdit } from '@/lib/store/edits';
import { deleteCaptures, loadAllCaptures, loadFingerprints, restoreCaptures } from '@/lib/store/library';
import { makeRecord } from './records';

const body = readFileSync(new URL('../dedupe/fixtures/seed-000.txt', import.meta.url), 'utf8');
const otherBody = readFileSync(new URL('../dedupe/fixtures/seed-003.txt', import.meta.url), 'utf8');

let n = 0;
const open: CaptureDb[] = [];
async function freshDb(version = DB_VERSION, name = `library-${++n}-${Date.now()}`) {
  const db = await openCaptureDb(name, version);
  open.push(db);
  return db;
}
afterEach(() => open.splice(0).forEach((db) => db.close()));

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`;
const capture = (id: string, text: string, day: number, near_duplicate_of: string | null = null) =>
  makeRecord({ id, text, fingerprint: fingerprintText(text), near_duplicate_of, captured_at: at(day), first_captured_at: at(day) });

describe('library store', () => {
  it('upgrades a version 1 database with captures: fingerprints and copies become queryable', async () => {
    const name = `v1-${Date.now()}`;
    const v1 = await freshDb(1, name);
    await saveCapture(v1, capture('orig', body, 1), '<html>orig</html>');
    await saveCapture(v1, capture('copy', `${body}。`, 2, 'orig'), null);
    v1.close();

    const db = await freshDb(DB_VERSION, name);
    expect(db.version).toBeGreaterThanOrEqual(2);
    expect(await getPageHtml(db, 'orig')).toBe('<html>orig</html>');
    expect((await loadFingerprints(db)).map((e) => [e.id, e.first_captured_at])).toEqual(
      expect.arrayContaining([['orig', at(1)], ['copy', at(2)]]),
    );
    expect((await db.getAllFromIndex('captures', 'near_duplicate_of', 'orig')).map((r) => r.id)).toEqual(['copy']);
  });

  it('loads fingerprints without bodies, and every capture in slices', async () => {
    const db = await freshDb();
    for (let i = 0; i < 25; i++) await saveCapture(db, capture(`id${String(i).padStart(2, '0')}`, `${body}${i}`, 1), null);
    const fingerprints = await loadFingerprints(db);
    expect(fingerprints).toHaveLength(25);
    expect(Object.keys(fingerprints[0]).sort()).toEqual(['fingerprint', 'first_captured_at', 'id']);
    const slices: number[] = [];
    const all = await loadAllCaptures(db, 10, (slice) => slices.push(slice.length));
    expect(slices).toEqual([10, 10, 5]);
    expect(new Set(all.map((r) => r.id)).size).toBe(25);
  });

  it('bulk-deletes with snapshots, re-points copies of a deleted original, and undoes it all', async () => {
    const db = await freshDb();
    const original = capture('orig', body, 1);
    const copyA = capture('copyA', `来源：宿迁日报\n${body}`, 2, 'orig');
    const copyB = capture('copyB', `${body}\n责任编辑：王某`, 3, 'orig');
    const other = capture('other', otherBody, 4);
    await saveCapture(db, original, '<html>o</html>');
    for (const r of [copyA, copyB, other]) await saveCapture(db, r, null);

    const batch = await deleteCaptures(db, ['orig', 'other', 'missing']);
    expect(batch.records.map((r) => r.id).sort()).toEqual(['orig', 'other']);
    expect(await getCapture(db, 'orig')).toBeUndefined();
    expect(await getPageHtml(db, 'orig')).toBeNull();
    expect((await getCapture(db, 'copyA'))!.near_duplicate_of).toBeNull();
    expect((await getCapture(db, 'copyB'))!.near_duplicate_of).toBe('copyA');

    await saveEdit(db, 'copyB', { corrections: {}, tagsAdded: ['党建'], tagsRemoved: [], note: '' });
    await restoreCaptures(db, batch);
    expect(await getCapture(db, 'orig')).toEqual(original);
    expect(await getCapture(db, 'other')).toEqual(other);
    expect(await getPageHtml(db, 'orig')).toBe('<html>o</html>');
    expect((await getCapture(db, 'copyA'))!.near_duplicate_of).toBe('orig');
    const copyBNow = (await getCapture(db, 'copyB'))!;
    expect(copyBNow.near_duplicate_of).toBe('orig');
    expect(copyBNow.tags).toEqual(['党建']);
  });

  it('saves corrections with the extracted values, and tags and note', async () => {
    const db = await freshDb();
    const shown = makeRecord({ id: 'x', author: null, title: '原标题' });
    await saveCapture(db, shown, null);
    const saved = await saveEdit(db, 'x', formChanges(shown, { author: '魏宁', title: '原标题' }, ['党建', '宿迁'], '与县融媒体中心版本对照过'));
    expect(saved).toMatchObject({ author: '魏宁', extracted: { author: null }, tags: ['党建', '宿迁'], note: '与县融媒体中心版本对照过' });
    expect(saved!.extracted).not.toHaveProperty('title');
    expect(await getCapture(db, 'x')).toEqual(saved);
    expect(await saveEdit(db, 'gone', formChanges(shown, { author: 'x' }, [], ''))).toBeNull();
  });

  it('a form opened earlier saves only its own change: another tab\'s correction and tag stay', async () => {
    const db = await freshDb();
    const stored = makeRecord({ id: 'x', author: null, tags: ['旧'] });
    await saveCapture(db, stored, null);
    const formA = stored;
    const formB = stored; // opened at the same time, before tab A saved
    const all = { title: stored.title, published_at: stored.published_at, source: null, editor: null, column: null };
    await saveEdit(db, 'x', formChanges(formA, { ...all, author: '魏宁' }, ['旧', '党建'], ''));
    const afterB = await saveEdit(db, 'x', formChanges(formB, { ...all, author: '' }, ['旧'], '核对过'));
    expect(afterB).toMatchObject({ author: '魏宁', tags: ['旧', '党建'], note: '核对过', extracted: { author: null } });
  });
});

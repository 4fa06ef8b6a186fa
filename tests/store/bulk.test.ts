import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { commitImport, iterateCaptures } from '@/lib/store/bulk';
import { countCaptures, getPageHtml } from '@/lib/store/captures';
import { saveCapture } from '../helpers/store';
import { openCaptureDb } from '@/lib/store/db';
import { buildCaptureRecord } from '@/lib/store/record';
import { makeFields } from '../helpers/fields';

let n = 0;
const fresh = () => openCaptureDb(`bulk-${++n}-${Date.now()}`);
const record = (i: number, capturedAt: string) =>
  buildCaptureRecord(makeFields({ url: `https://x.gov.cn/${i}.html`, title: `第${i}篇` }), {
    now: new Date(capturedAt),
    hasHtml: false,
    fingerprint: '',
    nearDuplicateOf: null,
  });

describe('iterateCaptures', () => {
  it('yields every capture in capture order across batches, even while the consumer awaits', async () => {
    const db = await fresh();
    for (const [i, day] of [[3, '03'], [1, '01'], [2, '02'], [4, '04'], [5, '05']] as const) {
      await saveCapture(db, await record(i, `2026-11-${day}T00:00:00Z`), null);
    }
    const titles: (string | null)[] = [];
    for await (const r of iterateCaptures(db, undefined, 2)) {
      titles.push(r.title);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(titles).toEqual(['第1篇', '第2篇', '第3篇', '第4篇', '第5篇']);
  });
});

describe('commitImport', () => {
  it('writes records and snapshots together', async () => {
    const db = await fresh();
    const a = await record(1, '2026-11-01T00:00:00Z');
    await commitImport(db, [a], new Map([[a.id, '<p>1</p>']]));
    expect(await countCaptures(db)).toBe(1);
    expect(await getPageHtml(db, a.id)).toBe('<p>1</p>');
  });

  it('writes nothing when one record cannot be stored', async () => {
    const db = await fresh();
    const a = await record(1, '2026-11-01T00:00:00Z');
    const clash = { ...(await record(2, '2026-11-02T00:00:00Z')), key_url: a.key_url }; // unique URL index violated
    await expect(commitImport(db, [a, clash], new Map())).rejects.toThrow();
    expect(await countCaptures(db)).toBe(0);
  });
});

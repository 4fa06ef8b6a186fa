import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { formChanges } from '@/lib/library/edit';
import { writeCapture } from '@/lib/store/captures';
import type { CapturesChange } from '@/lib/store/changes';
import { openCaptureDb } from '@/lib/store/db';
import { saveEdit } from '@/lib/store/edits';
import { deleteCaptures } from '@/lib/store/library';
import { makeRecord } from '../library/records';

/** What another page would hear on the store's channel while `act` runs. */
async function heardDuring(act: () => Promise<unknown>): Promise<CapturesChange[]> {
  const heard: CapturesChange[] = [];
  const channel = new BroadcastChannel('zhengwen-captures');
  channel.onmessage = (event) => heard.push(event.data.change);
  await act();
  await new Promise((done) => setTimeout(done, 20));
  channel.close();
  return heard;
}

describe('store changes are announced to every other page and the worker', () => {
  it('a capture, an edit and a delete each name the records they changed', async () => {
    const db = await openCaptureDb(`changes-${Date.now()}`);
    const record = makeRecord({ id: 'a' });
    const heard = await heardDuring(async () => {
      await writeCapture(db, 'a', null, () => record);
      await saveEdit(db, 'a', formChanges(record, { author: '魏宁' }, [], ''));
      await saveEdit(db, 'a', formChanges(record, {}, [], record.note)); // changes nothing: not announced
      await deleteCaptures(db, ['a']);
    });
    expect(heard).toEqual([{ ids: ['a'] }, { ids: ['a'] }, { ids: ['a'] }]);
    db.close();
  });
});

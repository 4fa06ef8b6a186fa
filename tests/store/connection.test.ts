import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { countCaptures } from '@/lib/store/captures';
import { saveCapture } from '../helpers/store';
import { captureDbConnection } from '@/lib/store/connection';
import { makeRecord } from '../library/records';

let n = 0;
const freshName = () => `connection-${++n}-${Date.now()}`;

describe('captureDbConnection', () => {
  it('reopens (and recreates) a database deleted while it was open, and says it did', async () => {
    const name = freshName();
    let reopened = 0;
    const connection = captureDbConnection(() => reopened++, name);
    await saveCapture(await connection.get(), makeRecord({ id: 'a' }), null);

    await deleteDB(name); // another page, or "clear site data": the open connection is closed for good
    await connection.run((db) => saveCapture(db, makeRecord({ id: 'b' }), null));

    expect(await connection.run(countCaptures)).toBe(1);
    expect(reopened).toBe(1);
  });

  it('a page\'s connection reopens at once, so that the page can show the store as it is now', async () => {
    const name = freshName();
    let heard = () => {};
    const reopened = new Promise<void>((done) => (heard = done));
    const connection = captureDbConnection(() => heard(), name);
    await saveCapture(await connection.get(), makeRecord({ id: 'a' }), null);
    await deleteDB(name);
    await reopened;
    expect(await connection.run(countCaptures)).toBe(0);
  });

  it('an operation on a connection that closed under it runs again on a new one', async () => {
    const name = freshName();
    const connection = captureDbConnection(undefined, name);
    const first = await connection.get();
    first.close(); // closed without the page hearing of it: the next transaction throws InvalidStateError
    let tries = 0;
    const count = await connection.run((db) => {
      tries++;
      return countCaptures(db);
    });
    expect([count, tries]).toEqual([0, 2]);
    expect(await connection.get()).not.toBe(first);
  });

  it('a failed open is not kept: the next call tries again', async () => {
    const name = freshName();
    const newer = await openDB(name, 99); // a version this code cannot open
    newer.close();
    const connection = captureDbConnection(undefined, name);
    await expect(connection.get()).rejects.toThrow();
    await deleteDB(name);
    expect(await connection.run(countCaptures)).toBe(0);
  });
});

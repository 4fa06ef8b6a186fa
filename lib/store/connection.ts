// One capture database connection per page or worker that reopens itself: a deleted database, another page's
// version change or "clear site data" closes a connection for good, and every later transaction would fail.
import { DB_NAME, openCaptureDb, type CaptureDb } from './db';

export interface CaptureDbConnection {
  /** The open database, reopened (and recreated when it was deleted) after the last connection closed. */
  get(): Promise<CaptureDb>;
  /** Run a store operation; when the connection closes under it, reopen and run it once more. */
  run<T>(operation: (db: CaptureDb) => Promise<T>): Promise<T>;
}

/**
 * A page passes `onReopened`: the connection is then reopened as soon as it closes (after a deletion, which waits for
 * this connection to close, the database comes back empty) and `onReopened` runs, since what the page shows may no
 * longer be in the store. The worker passes nothing and reopens at its next capture.
 */
export function captureDbConnection(onReopened?: () => void, name = DB_NAME): CaptureDbConnection {
  let current: Promise<CaptureDb> | null = null;
  let closedBefore = false;
  const closed = (db: Promise<CaptureDb>) => {
    if (current !== db) return;
    current = null;
    closedBefore = true;
    if (onReopened) setTimeout(() => void get().catch(() => {}));
  };

  const get = (): Promise<CaptureDb> => {
    if (current) return current;
    const opening: Promise<CaptureDb> = openCaptureDb(name, undefined, () => closed(opening));
    current = opening;
    opening.then(
      () => {
        if (closedBefore) onReopened?.();
        closedBefore = false;
      },
      () => {
        if (current === opening) current = null; // a failed open is tried again at the next call, not cached
      },
    );
    return opening;
  };

  return {
    get,
    async run(operation) {
      const opened = get();
      try {
        return await operation(await opened);
      } catch (error) {
        if (!isClosedConnection(error)) throw error;
        closed(opened);
        return operation(await get());
      }
    },
  };
}

/** The error a transaction on a closed connection throws ("The database connection is closing"). */
export function isClosedConnection(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'InvalidStateError';
}

import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { BatchItem, BatchRun } from '../batch/queue';
import type { CaptureRecord, PageSnapshot } from '../model';

export const DB_NAME = 'zhengwen';

export interface CaptureDbSchema extends DBSchema {
  captures: {
    key: string;
    value: CaptureRecord;
    indexes: {
      key_url: string;
      captured_at: string;
      first_captured_at: string;
      published_at: string;
      site_name: string;
      /** v2: [fingerprint, first_captured_at], read with a key cursor so near-duplicate checks never load bodies. */
      fingerprint: [string, string];
      /** v2: copies of a capture; records whose value is null are not in the index. */
      near_duplicate_of: string;
    };
  };
  pages: { key: string; value: PageSnapshot };
  /** v3: the batch queue, one item per URL key, read in queue order. */
  batch: { key: string; value: BatchItem; indexes: { seq: number } };
  /** v3: what the batch is doing (one record, key `current`), so a restarted worker carries on. */
  batch_run: { key: string; value: BatchRun & { id: string } };
}

export type CaptureDb = IDBPDatabase<CaptureDbSchema>;
type UpgradeTx = IDBPTransaction<CaptureDbSchema, StoreNames<CaptureDbSchema>[], 'versionchange'>;

/**
 * Schema migrations, in order: migration i takes the database from version i to i + 1.
 * Never edit a released migration; append a new one (and a test that opens the old version).
 */
export const MIGRATIONS: ReadonlyArray<(db: CaptureDb, tx: UpgradeTx) => void | Promise<void>> = [
  // v1: captures keyed by id with a unique URL index; page snapshots apart so that listing never loads them.
  (db) => {
    const captures = db.createObjectStore('captures', { keyPath: 'id' });
    captures.createIndex('key_url', 'key_url', { unique: true });
    captures.createIndex('captured_at', 'captured_at');
    captures.createIndex('first_captured_at', 'first_captured_at');
    captures.createIndex('published_at', 'published_at');
    captures.createIndex('site_name', 'site_name');
    db.createObjectStore('pages', { keyPath: 'id' });
  },
  // v2 (library): near-duplicate lookups without loading bodies, and a record's copies without a scan.
  (_db, tx) => {
    const captures = tx.objectStore('captures');
    captures.createIndex('fingerprint', ['fingerprint', 'first_captured_at']);
    captures.createIndex('near_duplicate_of', 'near_duplicate_of');
  },
  // v3 (batch capture): the queue survives a stopped worker, a closed popup and a browser restart.
  (db) => {
    db.createObjectStore('batch', { keyPath: 'key' }).createIndex('seq', 'seq');
    db.createObjectStore('batch_run', { keyPath: 'id' });
  },
];

export const DB_VERSION = MIGRATIONS.length;

/**
 * Open (and migrate) the capture database. `name` lets tests use a fresh database each. `onClosed` hears that this
 * connection is gone: closed for another page's version change or deletion, or by the browser (site data cleared).
 */
export function openCaptureDb(name = DB_NAME, version = DB_VERSION, onClosed?: () => void): Promise<CaptureDb> {
  return openDB<CaptureDbSchema>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) await MIGRATIONS[v](db, tx);
    },
    // A newer version of the extension wants to migrate: an open library tab must not block it.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      onClosed?.();
    },
    terminated: () => onClosed?.(),
  });
}

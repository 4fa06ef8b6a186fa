import { findNearDuplicateOf, fingerprintText } from '../dedupe';
import type { CaptureOutcome } from '../messages';
import type { ArticleFields, NormalizeOptions, PageExtract } from '../model';
import { normalizeArticle } from '../normalize/article';
import { writeCapture } from '../store/captures';
import { isClosedConnection } from '../store/connection';
import { attachSnapshot } from './snapshot';
import type { CaptureDb } from '../store/db';
import { MAX_SNAPSHOT_CHARS } from '../store/limits';
import { identifyArticle, recordFrom } from '../store/record';
import { reasonFromInjectionError, restrictedReason } from './restricted';

/** Fewer characters than this is not an article (a login wall, an index page with one caption). */
export const MIN_ARTICLE_CHARS = 20;

export interface CaptureDeps {
  db: () => Promise<CaptureDb>;
  /** Inject the extractor into the tab and return what it read (without the page HTML). */
  runExtractor: (tabId: number) => Promise<PageExtract>;
  /**
   * The tab's page HTML for the snapshot, read after the record is stored: handing a megabyte of HTML out of the
   * page costs as much as reading the article. A page larger than maxChars gives its length instead.
   */
  readSnapshot: (tabId: number, maxChars: number) => Promise<string | number>;
  fileAccessAllowed: () => Promise<boolean>;
  settings: () => Promise<{ unicodeForm: NormalizeOptions['unicodeForm']; keepPageHtml: boolean }>;
  now: () => Date;
}

export interface CaptureRequest {
  tabId: number;
  url: string | undefined;
  /** Re-capture a URL that is already stored. */
  update: boolean;
}

/** One capture in its two moments: the record stored (what the result card shows) and the snapshot kept beside it. */
export interface CaptureRun {
  /** Settles once the record is stored (or the capture came to nothing): the snapshot may still be on its way. */
  stored: Promise<CaptureOutcome>;
  /** Settles once the page's HTML is stored beside the record too, or is known to be too large or unavailable. */
  settled: Promise<CaptureOutcome>;
}

/** The whole capture path for one tab, waiting for the snapshot as well. Never throws. */
export async function captureTab(request: CaptureRequest, deps: CaptureDeps): Promise<CaptureOutcome> {
  return startCapture(request, deps).settled;
}

/**
 * Extract in the page → normalize → store, then the snapshot. Reading a megabyte of page HTML and storing it takes
 * as long as the rest of the capture, so whoever shows the outcome takes `stored` and need not wait for it.
 */
export function startCapture(request: CaptureRequest, deps: CaptureDeps): CaptureRun {
  const record = storeRecord(request, deps);
  return {
    stored: record.then(({ outcome }) => outcome),
    settled: record.then(({ outcome, keepHtml }) =>
      keepHtml && outcome.kind === 'stored' ? keepSnapshot(outcome, request.tabId, deps) : outcome,
    ),
  };
}

async function storeRecord(request: CaptureRequest, deps: CaptureDeps): Promise<{ outcome: CaptureOutcome; keepHtml: boolean }> {
  const ended = (outcome: CaptureOutcome) => ({ outcome, keepHtml: false });
  const url = request.url ?? null;
  // Only a file: page needs the browser asked about file access; every other page goes straight to the extractor.
  const fileAccess = request.url && /^file:/i.test(request.url) ? await deps.fileAccessAllowed() : false;
  const refused = request.tabId < 0 ? 'no-tab' : restrictedReason(request.url, fileAccess);
  if (refused) return ended({ kind: 'restricted', url: url ?? '', reason: refused });

  const settingsRead = deps.settings(); // read while the page script runs
  let extract: PageExtract;
  try {
    extract = await deps.runExtractor(request.tabId);
  } catch (error) {
    const message = errorMessage(error);
    const reason = reasonFromInjectionError(request.url, message);
    if (reason) return ended({ kind: 'restricted', url: url ?? '', reason });
    return ended({ kind: 'error', url, code: 'page-failed', message });
  }

  const settings = await settingsRead;
  const fields = normalizeArticle(extract, { unicodeForm: settings.unicodeForm });
  if (!isArticle(fields)) return ended({ kind: 'no-article', url: extract.url });

  try {
    const write = () => storeArticle(fields, request.update, deps);
    const stored = await write().catch((error: unknown) => {
      // The database was closed or deleted under this capture: deps.db() opens it again.
      if (isClosedConnection(error)) return write();
      throw error;
    });
    return { outcome: stored, keepHtml: settings.keepPageHtml };
  } catch (error) {
    const message = errorMessage(error);
    const code = /quota|disk|space/i.test(`${(error as Error)?.name} ${message}`) ? 'storage-full' : 'unknown';
    return ended({ kind: 'error', url: extract.url, code, message });
  }
}

export function isArticle(fields: ArticleFields): boolean {
  return [...fields.text.replace(/\s/g, '')].length >= MIN_ARTICLE_CHARS;
}

async function storeArticle(fields: ArticleFields, update: boolean, deps: CaptureDeps): Promise<CaptureOutcome> {
  const db = await deps.db();
  const identity = await identifyArticle(fields);
  const fingerprint = fingerprintText(fields.text);
  const now = deps.now();
  // Read, decide and write in one transaction: a concurrent capture of this URL or an edit of it waits its turn.
  const written = await writeCapture(db, identity.id, null, (previous, fingerprints) => {
    if (previous && !update) return null;
    return recordFrom(fields, identity, {
      now,
      previous,
      hasHtml: false, // until keepSnapshot has stored it
      fingerprint,
      // Only earlier captures count: a re-captured original must not become a copy of its own copy.
      nearDuplicateOf: findNearDuplicateOf(fingerprints, { id: identity.id, fingerprint, first_captured_at: previous?.first_captured_at }),
    });
  });
  if ('kept' in written) return { kind: 'already-captured', record: written.kept };
  return { kind: 'stored', record: written.stored, created: written.created };
}

/** Reads the page HTML after the record and stores it beside it; a page that cannot give it keeps its record. */
async function keepSnapshot(
  stored: Extract<CaptureOutcome, { kind: 'stored' }>,
  tabId: number,
  deps: CaptureDeps,
): Promise<CaptureOutcome> {
  const html = await deps.readSnapshot(tabId, MAX_SNAPSHOT_CHARS).catch(() => null);
  if (typeof html === 'number') return { ...stored, snapshotTooLarge: true };
  if (html === null) return stored;
  // The record is stored whatever happens here: a snapshot the browser will not keep (quota) is only missing.
  const record = await attachSnapshot(await deps.db(), stored.record.id, html).catch(() => null);
  return record ? { ...stored, record } : stored;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

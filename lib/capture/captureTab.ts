import { findNearDuplicateOf, fingerprintText } from '../dedupe';
import type { CaptureOutcome } from '../messages';
import type { ArticleFields, NormalizeOptions, PageExtract } from '../model';
import { normalizeArticle } from '../normalize/article';
import { getCapture, saveCapture } from '../store/captures';
import { attachSnapshot } from './snapshot';
import { loadFingerprints } from '../store/library';
import type { CaptureDb } from '../store/db';
import { buildCaptureRecord, identify } from '../store/record';
import { reasonFromInjectionError, restrictedReason } from './restricted';

/** Page snapshots above this size are not kept (the article still is): one huge page must not fill the quota. */
export const MAX_SNAPSHOT_CHARS = 8_000_000;

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

/** The whole capture path for one tab: extract in the page → normalize → store. Never throws. */
export async function captureTab(request: CaptureRequest, deps: CaptureDeps): Promise<CaptureOutcome> {
  const url = request.url ?? null;
  // Only a file: page needs the browser asked about file access; every other page goes straight to the extractor.
  const fileAccess = request.url && /^file:/i.test(request.url) ? await deps.fileAccessAllowed() : false;
  const refused = request.tabId < 0 ? 'no-tab' : restrictedReason(request.url, fileAccess);
  if (refused) return { kind: 'restricted', url: url ?? '', reason: refused };

  const settingsRead = deps.settings(); // read while the page script runs
  let extract: PageExtract;
  try {
    extract = await deps.runExtractor(request.tabId);
  } catch (error) {
    const message = errorMessage(error);
    const reason = reasonFromInjectionError(request.url, message);
    if (reason) return { kind: 'restricted', url: url ?? '', reason };
    return { kind: 'error', url, code: 'page-failed', message };
  }

  const settings = await settingsRead;
  const fields = normalizeArticle(extract, { unicodeForm: settings.unicodeForm });
  if (!isArticle(fields)) return { kind: 'no-article', url: extract.url };

  try {
    const stored = await storeArticle(fields, request.update, deps);
    return settings.keepPageHtml && stored.kind === 'stored' ? await keepSnapshot(stored, request.tabId, deps) : stored;
  } catch (error) {
    const message = errorMessage(error);
    const code = /quota|disk|space/i.test(`${(error as Error)?.name} ${message}`) ? 'storage-full' : 'unknown';
    return { kind: 'error', url: extract.url, code, message };
  }
}

export function isArticle(fields: ArticleFields): boolean {
  return [...fields.text.replace(/\s/g, '')].length >= MIN_ARTICLE_CHARS;
}

async function storeArticle(fields: ArticleFields, update: boolean, deps: CaptureDeps): Promise<CaptureOutcome> {
  const db = await deps.db();
  const { id } = await identify(fields);
  const previous = await getCapture(db, id);
  if (previous && !update) return { kind: 'already-captured', record: previous };

  const fingerprint = fingerprintText(fields.text);
  const record = await buildCaptureRecord(fields, {
    now: deps.now(),
    previous,
    hasHtml: false, // until keepSnapshot has stored it
    fingerprint,
    // Only earlier captures count: a re-captured original must not become a copy of its own copy.
    nearDuplicateOf: findNearDuplicateOf(await loadFingerprints(db), { id, fingerprint, first_captured_at: previous?.first_captured_at }),
  });
  await saveCapture(db, record, null);
  return { kind: 'stored', record, created: !previous };
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

import { findNearDuplicateOf, fingerprintText } from '../dedupe';
import type { CaptureOutcome } from '../messages';
import type { ArticleFields, NormalizeOptions, PageExtract } from '../model';
import { normalizeArticle } from '../normalize/article';
import { writeCapture } from '../store/captures';
import { isClosedConnection } from '../store/connection';
import type { CaptureDb } from '../store/db';
import { MAX_SNAPSHOT_CHARS } from '../store/limits';
import { identifyArticle, recordFrom } from '../store/record';
import { reasonFromInjectionError, restrictedReason } from './restricted';

/** Fewer characters than this is not an article (a login wall, an index page with one caption). */
export const MIN_ARTICLE_CHARS = 20;

export interface CaptureDeps {
  db: () => Promise<CaptureDb>;
  /** Inject the extractor into the tab and return what it read (with the page HTML when the settings keep it). */
  runExtractor: (tabId: number) => Promise<PageExtract>;
  fileAccessAllowed: () => Promise<boolean>;
  settings: () => Promise<{ unicodeForm: NormalizeOptions['unicodeForm'] }>;
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
  const refused = request.tabId < 0 ? 'no-tab' : restrictedReason(request.url, await deps.fileAccessAllowed());
  if (refused) return { kind: 'restricted', url: url ?? '', reason: refused };

  const settings = await deps.settings();
  let extract: PageExtract;
  try {
    extract = await deps.runExtractor(request.tabId);
  } catch (error) {
    const message = errorMessage(error);
    const reason = reasonFromInjectionError(request.url, message);
    if (reason) return { kind: 'restricted', url: url ?? '', reason };
    return { kind: 'error', url, code: 'page-failed', message };
  }

  const fields = normalizeArticle(extract, { unicodeForm: settings.unicodeForm });
  if (!isArticle(fields)) return { kind: 'no-article', url: extract.url };

  try {
    return await storeArticle(fields, extract.html, request.update, deps).catch((error: unknown) => {
      // The database was closed or deleted under this capture: deps.db() opens it again.
      if (isClosedConnection(error)) return storeArticle(fields, extract.html, request.update, deps);
      throw error;
    });
  } catch (error) {
    const message = errorMessage(error);
    const code = /quota|disk|space/i.test(`${(error as Error)?.name} ${message}`) ? 'storage-full' : 'unknown';
    return { kind: 'error', url: extract.url, code, message };
  }
}

export function isArticle(fields: ArticleFields): boolean {
  return [...fields.text.replace(/\s/g, '')].length >= MIN_ARTICLE_CHARS;
}

async function storeArticle(
  fields: ArticleFields,
  html: string | null,
  update: boolean,
  deps: CaptureDeps,
): Promise<CaptureOutcome> {
  const db = await deps.db();
  const identity = await identifyArticle(fields);
  const fingerprint = fingerprintText(fields.text);
  const snapshot = html !== null && html.length <= MAX_SNAPSHOT_CHARS ? html : null;
  const now = deps.now();
  // Read, decide and write in one transaction: a concurrent capture of this URL or an edit of it waits its turn.
  const written = await writeCapture(db, identity.id, snapshot, (previous, fingerprints) => {
    if (previous && !update) return null;
    return recordFrom(fields, identity, {
      now,
      previous,
      hasHtml: snapshot !== null,
      fingerprint,
      // Only earlier captures count: a re-captured original must not become a copy of its own copy.
      nearDuplicateOf: findNearDuplicateOf(fingerprints, { id: identity.id, fingerprint, first_captured_at: previous?.first_captured_at }),
    });
  });
  if ('kept' in written) return { kind: 'already-captured', record: written.kept };
  return {
    kind: 'stored',
    record: written.stored,
    created: written.created,
    ...(html !== null && snapshot === null ? { snapshotTooLarge: true } : {}),
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { EXTRACTOR, type ArticleFields, type CaptureRecord } from '../model';
import { captureId, captureKeyUrl, sha256Hex } from './id';

export interface RecordContext {
  now: Date;
  /** The stored record for the same id, when this is an update. */
  previous?: CaptureRecord;
  hasHtml: boolean;
  fingerprint: string;
  nearDuplicateOf: string | null;
}

/** Key URL and id of the article a page shows, before anything is stored. */
export async function identify(fields: Pick<ArticleFields, 'url' | 'canonical_url'>) {
  const keyUrl = captureKeyUrl(fields.url, fields.canonical_url);
  return { keyUrl, id: await captureId(keyUrl) };
}

/** What is hashed before a record is built: its key URL and id, and the text's SHA-256. */
export interface RecordIdentity {
  keyUrl: string;
  id: string;
  sha256: string;
}

export async function identifyArticle(fields: ArticleFields): Promise<RecordIdentity> {
  return { ...(await identify(fields)), sha256: await sha256Hex(fields.text) };
}

/** Build the record to store; an update keeps the id, first capture time, tags, note and a person's corrections. */
export async function buildCaptureRecord(fields: ArticleFields, ctx: RecordContext): Promise<CaptureRecord> {
  return recordFrom(fields, await identifyArticle(fields), ctx);
}

/** The same without awaiting anything, so that it can run inside the transaction that read `ctx.previous`. */
export function recordFrom(fields: ArticleFields, identity: RecordIdentity, ctx: RecordContext): CaptureRecord {
  const previous = ctx.previous;
  const record: CaptureRecord = {
    ...fields,
    id: identity.id,
    key_url: identity.keyUrl,
    chars: [...fields.text].length,
    sha256: identity.sha256,
    fingerprint: ctx.fingerprint,
    near_duplicate_of: ctx.nearDuplicateOf,
    captured_at: ctx.now.toISOString(),
    first_captured_at: previous?.first_captured_at ?? ctx.now.toISOString(),
    revisions: (previous?.revisions ?? 0) + 1,
    tags: previous?.tags ?? [],
    note: previous?.note ?? '',
    extracted: {},
    extractor: { ...EXTRACTOR },
    has_html: ctx.hasHtml,
  };
  return previous ? keepCorrections(record, previous) : record;
}

/** A person's corrections survive a re-capture; the fresh extraction becomes the new "extracted" value. */
function keepCorrections(record: CaptureRecord, previous: CaptureRecord): CaptureRecord {
  const extracted: CaptureRecord['extracted'] = {};
  const corrected: Partial<CaptureRecord> = {};
  for (const key of Object.keys(previous.extracted) as (keyof CaptureRecord['extracted'])[]) {
    extracted[key] = record[key];
    (corrected as Record<string, unknown>)[key] = previous[key];
  }
  return { ...record, ...corrected, extracted };
}

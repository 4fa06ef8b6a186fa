// A worker thread of `zhengwen extract --jobs N` (piscina): the per-page path of extractFile.ts, plus the MinHash
// fingerprint, which is the other CPU-bound step. Marking near-duplicates stays on the main thread, in input order.

import { fingerprintText } from '../dedupe/index';
import { extractJob, type FileResult, type PageJob } from './extractFile';

export interface PageResult extends FileResult {
  /** MinHash of the article text; null without an article. */
  fingerprint: string | null;
}

export function extractWithFingerprint(job: PageJob): PageResult {
  const result = extractJob(job);
  return { ...result, fingerprint: result.article ? fingerprintText(result.article.text) : null };
}

export default extractWithFingerprint;

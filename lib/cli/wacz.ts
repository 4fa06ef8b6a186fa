// CLI `extract --wacz OUT.wacz FILE...`: the input pages' bytes as the archive's snapshots, beside the records
// extracted from them (the same as --bundle holds: only pages with article text; .txt dumps are no pages).

import { createWriteStream } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import { writeWacz, type WaczSummary } from '../bundle/wacz';
import { pathToFileURL } from 'node:url';
import type { CaptureRecord } from '../model';
import { fingerprintText } from '../dedupe/index';
import { buildCaptureRecord } from '../store/record';
import { fileSink } from './bundle';
import { decodeHtml } from './decode';
import { extractJob, fileJob } from './extractFile';
import { inputKind } from './sources';

/**
 * The records of the saved pages among `paths` that hold an article (web archives and text dumps are no pages to
 * archive again), with the path each came from. Captured one millisecond apart, in the order given.
 */
export async function pageRecords(paths: string[], url: string | null, now: Date): Promise<Array<{ path: string; record: CaptureRecord }>> {
  const out: Array<{ path: string; record: CaptureRecord }> = [];
  for (const path of paths) {
    if (inputKind(path) !== 'page' || /\.txt$/i.test(path)) continue;
    const job = fileJob(path, url);
    if (!('bytes' in job)) continue;
    const { article } = extractJob(job);
    if (!article) continue;
    // Without --url a file's own address keeps its identity apart from the other files'.
    const fields = article.url ? article : { ...article, url: pathToFileURL(path).href };
    const capturedAt = new Date(now.getTime() + out.length);
    const record = await buildCaptureRecord(fields, { now: capturedAt, hasHtml: false, fingerprint: fingerprintText(fields.text), nearDuplicateOf: null });
    out.push({ path, record });
  }
  return out;
}

export async function writeWaczFile(outPath: string, inputs: Array<{ path: string; record: CaptureRecord }>): Promise<WaczSummary> {
  const pages = inputs.filter(({ path }) => !/\.txt$/i.test(path));
  const pathById = new Map(pages.map(({ path, record }) => [record.id, path]));
  const partPath = `${outPath}.part`;
  const summary = await writeWacz(
    pages.map(({ record }) => ({ id: record.id, url: record.url, title: record.title, capturedAt: record.captured_at, text: record.text })),
    fileSink(createWriteStream(partPath), partPath),
    {
      getSnapshots: (ids) =>
        Promise.all(
          ids.map(async (id) => {
            const bytes = new Uint8Array(await readFile(pathById.get(id)!));
            return { bytes, contentType: `text/html; charset=${decodeHtml(bytes).encoding}` };
          }),
        ),
    },
  );
  await rename(partPath, outPath);
  return summary;
}

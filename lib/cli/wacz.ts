// CLI `extract --wacz OUT.wacz FILE...`: the input pages' bytes as the archive's snapshots, beside the records
// extracted from them (the same as --bundle holds: only pages with article text; .txt dumps are no pages).

import { createWriteStream } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import { writeWacz, type WaczSummary } from '../bundle/wacz';
import type { CaptureRecord } from '../model';
import { fileSink } from './bundle';
import { decodeHtml } from './decode';

export async function writeWaczFile(outPath: string, inputs: Array<{ path: string; record: CaptureRecord }>): Promise<WaczSummary> {
  const pages = inputs.filter(({ path }) => !/\.txt$/i.test(path));
  const pathById = new Map(pages.map(({ path, record }) => [record.id, path]));
  const partPath = `${outPath}.part`;
  const summary = await writeWacz(
    pages.map(({ record }) => ({ id: record.id, url: record.url, title: record.title, capturedAt: record.captured_at, text: record.text })),
    fileSink(createWriteStream(partPath), partPath),
    {
      getSnapshot: async (id) => {
        const bytes = new Uint8Array(await readFile(pathById.get(id)!));
        return { bytes, contentType: `text/html; charset=${decodeHtml(bytes).encoding}` };
      },
    },
  );
  await rename(partPath, outPath);
  return summary;
}

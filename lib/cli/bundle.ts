// The bundle on Node: export to a file (CLI `extract --bundle OUT.zip`, npm start) and import from one.

import { createWriteStream, openAsBlob, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { readBundle, type ReadOptions, type ReadResult } from '../bundle/read';
import type { BundleSink } from '../bundle/sink';
import { writeBundle, type BundleSummary, type RecordSource, type WriteBundleOptions } from '../bundle/write';

/**
 * Write the bundle to `outPath`, streaming with backpressure. The bytes go to `<outPath>.part`, renamed when complete,
 * so a failed or cancelled export never leaves a broken file under the real name. Format defaults to zip, or jsonl
 * when the path ends in .jsonl.
 */
export async function writeBundleFile(
  outPath: string,
  records: RecordSource,
  opts: Partial<WriteBundleOptions> = {},
): Promise<BundleSummary> {
  const format = opts.format ?? (outPath.toLowerCase().endsWith('.jsonl') ? 'jsonl' : 'zip');
  const partPath = `${outPath}.part`;
  const summary = await writeBundle(records, fileSink(createWriteStream(partPath), partPath), { ...opts, format });
  await rename(partPath, outPath);
  return summary;
}

/** Read a bundle or .jsonl file without loading it into memory first (a file-backed Blob gives random access). */
export async function readBundleFile(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  return readBundle(await openAsBlob(path), opts);
}

export function fileSink(stream: WriteStream, path: string): BundleSink {
  // An error event may come while nothing awaits the stream; keep it and raise it at the next write or close.
  let failure: Error | null = null;
  stream.on('error', (error) => {
    failure ??= error;
  });
  const raise = () => {
    if (failure) throw failure;
  };
  return {
    async write(chunk) {
      raise();
      // once() rejects when the stream emits 'error' while waiting.
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async close() {
      raise();
      stream.end();
      await once(stream, 'finish');
    },
    async abort() {
      // The file may still be opening: remove it once the stream has let go of it, or it is created after the rm.
      const closed = stream.closed ? Promise.resolve() : once(stream, 'close').catch(() => {});
      stream.destroy();
      await closed;
      await rm(path, { force: true });
    },
  };
}

// A zip written entry by entry with fflate's streaming Zip, each entry's bytes hashed and counted on the way in, and
// every produced chunk handed to the sink (awaited) before more input is taken.

import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { BundleError } from './errors';
import type { WrittenFile } from './datapackage';
import { Sha256 } from './sha256';
import type { BundleSink } from './sink';

/** fflate writes no Zip64 records: sizes and offsets must fit 32 bits. */
const ZIP32_LIMIT = 0xffffffff;
/**
 * Level 1: on Chinese text fflate's level 6 costs ~1.5x the CPU of level 1 for files only ~15% smaller (0.41 vs 0.48
 * of the UTF-8 size), and export time is what a person waits for.
 */
const DEFLATE_LEVEL = 1;
/** Text is gathered to this many UTF-16 units before being encoded and compressed: fewer, larger deflate calls. */
const BATCH_UNITS = 1 << 16;

const tooLarge = () =>
  new BundleError('too-large', {
    en: 'The bundle would exceed 4 GB, the limit of this zip format. Export without page snapshots or in parts.',
    zh: '导出包将超过 4 GB（此 zip 格式的上限）。请不含网页快照导出，或分批导出。',
  });

export class ZipStream {
  private readonly zip: Zip;
  private readonly produced: Uint8Array[] = [];
  private failure: Error | null = null;
  private written = 0;

  constructor(
    private readonly sink: BundleSink,
    private readonly mtime: Date,
    private readonly signal?: AbortSignal,
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure ??= error;
      else this.produced.push(chunk);
    });
  }

  /** Bytes handed to the sink so far. */
  get bytes(): number {
    return this.written;
  }

  /**
   * Start an entry; finish it (close()) before starting the next, so that its bytes stream out instead of queueing.
   * A `stored` entry is not compressed: for data compressed already, or read at offsets inside the zip (WACZ's WARC).
   * A `large` entry is deflated by the platform where it can (see NativeDeflate): worth it for tens of megabytes, not
   * for a small file, where starting a stream costs more than fflate's deflate.
   */
  entry(path: string, { stored = false, large = false } = {}): ZipEntryWriter {
    const file = stored
      ? new ZipPassThrough(path)
      : large && nativeDeflateRaw()
        ? new NativeDeflate(path)
        : new ZipDeflate(path, { level: DEFLATE_LEVEL });
    file.mtime = this.mtime;
    this.zip.add(file);
    return new ZipEntryWriter(path, file, () => this.drain());
  }

  async end(): Promise<void> {
    this.zip.end();
    await this.drain();
  }

  /** Stop producing: after a failure or a cancel nothing more reaches the sink. */
  terminate(): void {
    this.zip.terminate();
  }

  private async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    while (this.produced.length > 0) {
      this.signal?.throwIfAborted();
      const chunk = this.produced.shift()!;
      this.written += chunk.length;
      if (this.written > ZIP32_LIMIT) throw tooLarge();
      await this.sink.write(chunk);
    }
  }
}

/** Whether the platform deflates (CompressionStream 'deflate-raw': Chromium 103, Firefox 113, Node 21.2 / 20.12). */
function nativeDeflateRaw(): boolean {
  try {
    return typeof CompressionStream === 'function' && Boolean(new CompressionStream('deflate-raw'));
  } catch {
    return false; // a CompressionStream without 'deflate-raw'
  }
}

/**
 * A zip entry deflated by the platform's zlib (CompressionStream 'deflate-raw'): on the WACZ's pages.jsonl ~5x the
 * speed of fflate's level 1 in JavaScript, and smaller. fflate's Zip takes an entry's output asynchronously; the CRC
 * and size of the uncompressed bytes are still counted by ZipPassThrough.push.
 */
class NativeDeflate extends ZipPassThrough {
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  private readonly pumped: Promise<void>;
  private lastWrite: Promise<void> = Promise.resolve();

  constructor(filename: string) {
    super(filename);
    this.compression = 8;
    const stream = new CompressionStream('deflate-raw');
    this.writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    this.pumped = (async () => {
      for (let read = await reader.read(); !read.done; read = await reader.read()) this.ondata(null, read.value, false);
      this.ondata(null, new Uint8Array(0), true);
    })();
    this.pumped.catch(() => {}); // reported by settled()
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.lastWrite = this.writer.write(chunk);
    if (final) this.lastWrite = this.lastWrite.then(() => this.writer.close());
    this.lastWrite.catch(() => {}); // reported by settled()
  }

  /** Until what was pushed is compressed and, after the last push, until the entry's output has all gone to the zip. */
  async settled(final: boolean): Promise<void> {
    await this.lastWrite;
    if (final) await this.pumped;
  }

  terminate(): void {
    this.writer.abort().catch(() => {});
  }
}

class ZipEntryWriter {
  private readonly hash = new Sha256();
  private readonly encoder = new TextEncoder();
  private pendingText: string[] = [];
  private pendingUnits = 0;

  constructor(
    private readonly path: string,
    private readonly file: ZipDeflate | ZipPassThrough | NativeDeflate,
    private readonly drain: () => Promise<void>,
  ) {}

  /** Append text (encoded as UTF-8). Small pieces are gathered and compressed together. */
  async write(text: string): Promise<void> {
    this.pendingText.push(text);
    this.pendingUnits += text.length;
    if (this.pendingUnits >= BATCH_UNITS) await this.push(false);
  }

  /** Append bytes as they are, after any text written before. */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    if (this.pendingText.length > 0) await this.push(false);
    this.hash.update(bytes);
    if (this.hash.bytes > ZIP32_LIMIT) throw tooLarge();
    this.file.push(bytes, false);
    await this.drain();
  }

  async close(): Promise<WrittenFile> {
    await this.push(true);
    return { path: this.path, bytes: this.hash.bytes, sha256: this.hash.digestHex() };
  }

  private async push(final: boolean): Promise<void> {
    const bytes = this.encoder.encode(this.pendingText.join(''));
    this.pendingText = [];
    this.pendingUnits = 0;
    this.hash.update(bytes);
    if (this.hash.bytes > ZIP32_LIMIT) throw tooLarge();
    this.file.push(bytes, final);
    if (this.file instanceof NativeDeflate) await this.file.settled(final);
    await this.drain();
  }
}

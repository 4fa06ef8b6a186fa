// Where bundle bytes go. Each write is awaited before more is produced, so memory stays bounded by one chunk.

export interface BundleSink {
  write(chunk: Uint8Array): Promise<void> | void;
  close(): Promise<void> | void;
  /** Called instead of close() when writing failed or was cancelled, so a partial file can be discarded. */
  abort?(reason: unknown): Promise<void> | void;
}

export interface BlobSink extends BundleSink {
  /** The finished bundle; only after close(). */
  blob(): Blob;
}

/**
 * Gathers the bundle into a chain of Blobs for an extension page (download via URL.createObjectURL). Chunks are moved
 * into a Blob every `flushBytes`, so the JS heap holds at most that much: browsers keep Blob data outside the heap
 * and page it to disk when large.
 */
export function createBlobSink(type = 'application/zip', flushBytes = 4 << 20): BlobSink {
  let parts: Uint8Array<ArrayBuffer>[] = [];
  let partBytes = 0;
  let blobs: Blob[] = [];
  let result: Blob | null = null;

  const flush = () => {
    if (parts.length === 0) return;
    blobs.push(new Blob(parts));
    parts = [];
    partBytes = 0;
  };

  return {
    write(chunk) {
      if (result) throw new Error('BlobSink: write() after close()');
      // A copy: the producer may reuse its buffer, and Blob parts must be ArrayBuffer-backed.
      parts.push(new Uint8Array(chunk));
      partBytes += chunk.length;
      if (partBytes >= flushBytes) flush();
    },
    close() {
      flush();
      result = new Blob(blobs, { type });
      blobs = [];
    },
    abort() {
      parts = [];
      blobs = [];
    },
    blob() {
      if (!result) throw new Error('BlobSink: blob() before close()');
      return result;
    },
  };
}

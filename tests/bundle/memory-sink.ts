// A sink that keeps everything in memory, for tests.

import type { BundleSink } from '../../lib/bundle/sink';

export interface MemorySink extends BundleSink {
  chunks: Uint8Array[];
  closed: boolean;
  aborted: boolean;
  bytes(): Uint8Array;
}

export function memorySink(): MemorySink {
  const sink: MemorySink = {
    chunks: [],
    closed: false,
    aborted: false,
    write(chunk) {
      sink.chunks.push(chunk.slice());
    },
    close() {
      sink.closed = true;
    },
    abort() {
      sink.aborted = true;
    },
    bytes() {
      const out = new Uint8Array(sink.chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const chunk of sink.chunks) {
        out.set(chunk, at);
        at += chunk.length;
      }
      return out;
    },
  };
  return sink;
}

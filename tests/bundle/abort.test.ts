import { describe, expect, it } from 'vitest';
import type { BundleSink } from '../../lib/bundle/sink';
import { readBundle } from '../../lib/bundle/read';
import { writeBundle } from '../../lib/bundle/write';
import { makeCaptureRecord } from '../helpers/records';
import { memorySink } from './memory-sink';

const manyRecords = () => Array.from({ length: 200 }, () => makeCaptureRecord());

describe('cancelling an export', () => {
  it('throws an AbortError mid-way, writes nothing more and aborts the sink', async () => {
    const controller = new AbortController();
    let writes = 0;
    let writesAfterAbort = 0;
    let aborted = false;
    let closed = false;
    const sink: BundleSink = {
      async write() {
        if (controller.signal.aborted) writesAfterAbort++;
        if (++writes === 10) controller.abort();
      },
      close: () => {
        closed = true;
      },
      abort: () => {
        aborted = true;
      },
    };
    const error = await writeBundle(manyRecords(), sink, { format: 'zip', signal: controller.signal }).catch((e) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(writes).toBe(10);
    expect(writesAfterAbort).toBe(0);
    expect(aborted).toBe(true);
    expect(closed).toBe(false);
  });

  it('writes nothing when the signal is already aborted', async () => {
    const sink = memorySink();
    const signal = AbortSignal.abort();
    await expect(writeBundle(manyRecords(), sink, { format: 'jsonl', signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(sink.chunks).toHaveLength(0);
    expect(sink.aborted).toBe(true);
  });

  it('stops between records while the source is being read', async () => {
    const controller = new AbortController();
    const records = manyRecords();
    let yielded = 0;
    async function* slowStore() {
      for (const record of records) {
        if (++yielded === 50) controller.abort();
        yield record;
      }
    }
    const sink = memorySink();
    await expect(writeBundle(slowStore(), sink, { format: 'jsonl', signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(yielded).toBe(50);
  });

  it('reports progress up to the known total', async () => {
    const records = manyRecords().slice(0, 5);
    const seen: [number, number | undefined][] = [];
    await writeBundle(records, memorySink(), { format: 'zip', onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toHaveLength(15);
    expect(seen.at(-1)).toEqual([15, 15]);
  });

  it('cancels reading a bundle too', async () => {
    const records = manyRecords().slice(0, 3);
    for (const format of ['zip', 'jsonl'] as const) {
      const sink = memorySink();
      await writeBundle(records, sink, { format });
      await expect(readBundle(sink.bytes(), { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    }
  });
});

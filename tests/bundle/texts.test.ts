import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../lib/bundle/write';
import { makeCaptureRecord } from '../helpers/records';
import { memorySink } from './memory-sink';
import { textOf, unpack } from './unzip';

const at = (minute: number) => new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString();

describe('texts/', () => {
  it('numbers the texts in capture order, whatever order the records come in', async () => {
    const first = makeCaptureRecord({ first_captured_at: at(1) });
    const second = makeCaptureRecord({ first_captured_at: at(2) });
    const third = makeCaptureRecord({ first_captured_at: at(3) });
    const sink = memorySink();
    await writeBundle([third, first, second], sink, { format: 'zip' });
    const names = [...unpack(sink.bytes()).keys()].filter((name) => name.startsWith('texts/'));
    expect(names).toEqual([`texts/0001_${first.id}.txt`, `texts/0002_${second.id}.txt`, `texts/0003_${third.id}.txt`]);
  });

  it('names texts in capture order even when a store yields them in another order', async () => {
    const early = makeCaptureRecord({ first_captured_at: at(1) });
    const late = makeCaptureRecord({ first_captured_at: at(9) });
    const sink = memorySink();
    await writeBundle(() => [late, early], sink, { format: 'zip' });
    const names = [...unpack(sink.bytes()).keys()].filter((name) => name.startsWith('texts/')).sort();
    expect(names).toEqual([`texts/0001_${early.id}.txt`, `texts/0002_${late.id}.txt`]);
  });

  it('holds the title line, a blank line and the body', async () => {
    const record = makeCaptureRecord({ title: '标题\n第二行', text: '第一段。\n第二段。' });
    const untitled = makeCaptureRecord({ title: null, text: '只有正文。' });
    const sink = memorySink();
    await writeBundle([record, untitled], sink, { format: 'zip' });
    const files = unpack(sink.bytes());
    expect(textOf(files, `texts/0001_${record.id}.txt`)).toBe('标题 第二行\n\n第一段。\n第二段。\n');
    expect(textOf(files, `texts/0002_${untitled.id}.txt`)).toBe('\n\n只有正文。\n');
  });

  it('stays consistent when the store changes between passes (a capture added, one deleted)', async () => {
    const kept = makeCaptureRecord({ first_captured_at: at(1) });
    const deleted = makeCaptureRecord({ first_captured_at: at(2) });
    const added = makeCaptureRecord({ first_captured_at: at(3) });
    let pass = 0;
    const store = () => (++pass === 1 ? [kept, deleted] : [kept, added, kept]);
    const sink = memorySink();
    await writeBundle(store, sink, { format: 'zip' });
    const files = unpack(sink.bytes());
    const lines = textOf(files, 'articles.jsonl').trim().split('\n').map((line) => JSON.parse(line).id);
    expect(lines).toEqual([kept.id, deleted.id]);
    expect([...files.keys()].filter((name) => name.startsWith('texts/'))).toEqual([`texts/0001_${kept.id}.txt`]);
    expect(textOf(files, 'metadata.csv').split('\r\n').filter(Boolean)).toHaveLength(2); // header + kept, once
  });
});

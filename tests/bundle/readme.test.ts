import { describe, expect, it } from 'vitest';
import { ARTICLE_FIELDS } from '../../lib/bundle/fields';
import { CSV_COLUMNS } from '../../lib/bundle/metadata-csv';
import { writeBundle } from '../../lib/bundle/write';
import { makeCaptureRecord } from '../helpers/records';
import { memorySink } from './memory-sink';
import { textOf, unpack } from './unzip';

describe('README.txt', () => {
  it('explains every field in Chinese and English and how to load the data', async () => {
    const sink = memorySink();
    await writeBundle([makeCaptureRecord()], sink, { format: 'zip', now: new Date('2026-11-22T10:00:00Z') });
    const readme = textOf(unpack(sink.bytes()), 'README.txt');
    for (const field of ARTICLE_FIELDS) {
      expect(readme).toContain(`  ${field.name}${field.extra ? ' *' : ''}\n      ${field.zh}\n      ${field.en}`);
    }
    for (const column of CSV_COLUMNS) expect(readme).toContain(`  ${column.name} (${column.type})`);
    expect(readme).toContain('pd.read_json("articles.jsonl", lines=True');
    expect(readme).toContain('load_dataset("json", data_files="articles.jsonl"');
    expect(readme).toContain('Excel');
    expect(readme).toContain('AntConc');
  });
});

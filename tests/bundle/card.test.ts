import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CardFeature } from '../../lib/bundle/card';
import { ARTICLE_FIELDS } from '../../lib/bundle/fields';
import { writeBundle } from '../../lib/bundle/write';
import { cslItem } from '../../lib/cite';
import { EXTRACTOR, type CaptureRecord } from '../../lib/model';
import { makeCaptureRecord } from '../helpers/records';
import { memorySink } from './memory-sink';
import { textOf, unpack } from './unzip';

function records(): CaptureRecord[] {
  return [
    makeCaptureRecord({ published_at: '2023-07', site_name: '人民网', source: '人民日报 2023年07月01日 第04版' }),
    makeCaptureRecord({ published_at: '2024-11-20T10:30+08:00', tags: ['政策'], extracted: { title: '原标题' } }),
    makeCaptureRecord({ published_at: null, site_name: null, views: null, author: null }),
    makeCaptureRecord({ published_at: '2024-01-02' }),
  ];
}

async function bundleFiles(input: CaptureRecord[]) {
  const sink = memorySink();
  await writeBundle(input, sink, { format: 'zip', now: new Date('2026-11-22T10:00:00Z') });
  return unpack(sink.bytes());
}

function frontMatter(card: string) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(card);
  if (!match) throw new Error('README.md has no YAML header');
  return parse(match[1]);
}

/** What a value must be for the declared feature (datasets reads null for any missing scalar or struct field). */
function fitsFeature(feature: CardFeature, value: unknown): boolean {
  if ('sequence' in feature) return Array.isArray(value) && value.every((v) => typeof v === 'string');
  if ('struct' in feature) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const names = new Set(feature.struct.map((f) => f.name));
    return Object.entries(value).every(([k, v]) => names.has(k) && (v === null || typeof v === 'string'));
  }
  if (value === null) return true;
  if (feature.dtype === 'int64') return Number.isSafeInteger(value);
  if (feature.dtype === 'bool') return typeof value === 'boolean';
  return typeof value === 'string';
}

describe('README.md dataset card', () => {
  it('has a Hugging Face YAML header: zh, articles.jsonl as the data, every field as a feature, tool, dates, sites', async () => {
    const files = await bundleFiles(records());
    const header = frontMatter(textOf(files, 'README.md'));
    expect(header.language).toEqual(['zh']);
    expect(header.configs).toEqual([{ config_name: 'default', data_files: [{ split: 'train', path: 'articles.jsonl' }] }]);
    expect(header.dataset_info.features.map((f: CardFeature) => f.name)).toEqual(ARTICLE_FIELDS.map((f) => f.name));
    expect(header.dataset_info.splits).toEqual([{ name: 'train', num_examples: 4 }]);
    expect(header.capture_tool).toEqual({ name: EXTRACTOR.name, version: EXTRACTOR.version });
    expect(header.published_range).toEqual({ from: '2023-07', to: '2024-11-20T10:30+08:00' });
    expect(header.sites).toEqual([
      { name: '示例市人民政府网', articles: 2 },
      { name: '人民网', articles: 1 },
      { name: '(none)', articles: 1 },
    ]);
    expect(header.size_categories).toEqual(['n<1K']);
  });

  it('declares a schema articles.jsonl loads with: every key a feature, every value of its type', async () => {
    const files = await bundleFiles(records());
    const features: CardFeature[] = frontMatter(textOf(files, 'README.md')).dataset_info.features;
    const byName = new Map(features.map((f) => [f.name, f]));
    const lines = textOf(files, 'articles.jsonl').trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual([...byName.keys()].sort());
      for (const [name, value] of Object.entries(line)) expect(fitsFeature(byName.get(name)!, value), `${name}: ${JSON.stringify(value)}`).toBe(true);
    }
    expect(byName.get('views')).toEqual({ name: 'views', dtype: 'int64' });
    expect(byName.get('tags')).toEqual({ name: 'tags', sequence: 'string' });
  });
});

describe('citations.json', () => {
  it('holds the CSL-JSON item of every article, in capture order', async () => {
    const input = records();
    const files = await bundleFiles(input);
    const citations = JSON.parse(textOf(files, 'citations.json'));
    expect(citations).toEqual(input.map(cslItem));
    expect(citations[0]).toMatchObject({ type: 'article-newspaper', 'container-title': '人民日报', page: '4' });
    expect(textOf(files, 'README.txt')).toContain('citations.json');
  });
});

// README.md of the bundle: a Hugging Face dataset card. Its YAML header names articles.jsonl as the data and declares
// every feature, so `datasets.load_dataset(folder)` and the Hub's preview read the corpus without code.

import { stringify } from 'yaml';
import { EDITABLE_FIELDS, EXTRACTOR } from '../model';
import type { CorpusFacts } from './corpusFacts';
import { ARTICLE_FIELDS, type FieldKind } from './fields';

/** A feature as the card's `dataset_info.features` declares it (datasets' YAML form). */
export type CardFeature =
  | { name: string; dtype: 'string' | 'int64' | 'bool' }
  | { name: string; sequence: 'string' }
  | { name: string; struct: Array<{ name: string; dtype: 'string' }> };

function cardFeature(name: string, kind: FieldKind): CardFeature {
  switch (kind) {
    case 'count':
    case 'nullable-count':
      return { name, dtype: 'int64' };
    case 'boolean':
      return { name, dtype: 'bool' };
    case 'string-list':
      return { name, sequence: 'string' };
    case 'extracted':
      return { name, struct: EDITABLE_FIELDS.map((field) => ({ name: field, dtype: 'string' as const })) };
    case 'extractor':
      return { name, struct: [{ name: 'name', dtype: 'string' }, { name: 'version', dtype: 'string' }] };
    default:
      return { name, dtype: 'string' };
  }
}

export const cardFeatures = (): CardFeature[] => ARTICLE_FIELDS.map((field) => cardFeature(field.name, field.kind));

/** The Hub's size_categories buckets. */
function sizeCategory(count: number): string {
  const buckets: Array<[number, string]> = [
    [1_000, 'n<1K'],
    [10_000, '1K<n<10K'],
    [100_000, '10K<n<100K'],
    [1_000_000, '100K<n<1M'],
  ];
  return buckets.find(([limit]) => count < limit)?.[1] ?? '1M<n<10M';
}

function cardHeader(facts: CorpusFacts) {
  return {
    pretty_name: 'zhengwen corpus / 正文语料',
    language: ['zh'],
    size_categories: [sizeCategory(facts.articles)],
    tags: ['chinese', 'news', 'government', 'corpus'],
    configs: [{ config_name: 'default', data_files: [{ split: 'train', path: 'articles.jsonl' }] }],
    dataset_info: { features: cardFeatures(), splits: [{ name: 'train', num_examples: facts.articles }] },
    capture_tool: { name: EXTRACTOR.name, version: EXTRACTOR.version },
    published_range: facts.published,
    captured_range: facts.captured,
    sites: facts.sites.map((site) => ({ name: site.name ?? '(none)', articles: site.articles })),
  };
}

const range = (r: CorpusFacts['published']) => (r ? `${r.from} – ${r.to}` : '—');

export function datasetCard(created: Date, facts: CorpusFacts): string {
  const fields = ARTICLE_FIELDS.map((f) => `| \`${f.name}\` | ${f.zh} | ${f.en} |`).join('\n');
  const sites = facts.sites
    .slice(0, 20)
    .map((site) => `| ${site.name ?? '(none)'} | ${site.articles} |`)
    .join('\n');
  const moreSites = facts.sites.length > 20 ? `\n\n(${facts.sites.length} sites in all; the YAML header lists every one.)` : '';
  return `---
${stringify(cardHeader(facts), { lineWidth: 0 })}---

# zhengwen corpus / 正文语料

${facts.articles} Chinese government and party news articles captured with ${EXTRACTOR.name} ${EXTRACTOR.version},
exported ${created.toISOString()}. 共 ${facts.articles} 篇文章。

- Published / 发布时间: ${range(facts.published)}
- Captured / 采集时间: ${range(facts.captured)}

## Loading / 载入

\`\`\`python
from datasets import load_dataset
ds = load_dataset("path/to/this/folder", split="train")   # reads articles.jsonl with the features above
\`\`\`

README.txt describes every file and pandas / Excel / AntConc use; datapackage.json gives each file's size and
SHA-256. citations.json holds a CSL-JSON citation per article (Zotero, Mendeley, any CSL processor).

## Fields / 字段

| field | 说明 | meaning |
|---|---|---|
${fields}

## Sites / 网站

| site | articles |
|---|---|
${sites}${moreSites}

## Provenance / 来源

Each article was read from the page as the browser showed it and cleaned by ${EXTRACTOR.name}; \`url\` is where it
was captured and \`captured_at\` when. Cite the original pages (citations.json), not this card.
`;
}

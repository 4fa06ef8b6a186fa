// datapackage.json: a Data Package (v2, datapackage.org) describing every file of the bundle, with the size and
// SHA-256 measured while the file streamed into the zip, the capture runs as its sources.

import { EXTRACTOR } from '../model';
import type { CorpusFacts } from './corpusFacts';
import { CSV_COLUMNS } from './metadata-csv';

/** What the writer measured about one file it put into the zip. */
export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

interface PackageFiles {
  articles: WrittenFile;
  metadata: WrittenFile;
  /** texts/ in capture order. */
  texts: WrittenFile[];
  html: WrittenFile[];
  readme: WrittenFile;
  card: WrittenFile;
  citations: WrittenFile;
}

/** A person or body credited in datapackage.json (Data Package v2 `contributors`). */
export interface Contributor {
  title: string;
  email?: string;
  roles?: string[];
}

const PROFILES = 'https://datapackage.org/profiles/2.0';

/** Marks a zip as a zhengwen bundle and says which layout it follows (2: citations.json and the README.md card). */
const BUNDLE_FORMAT_VERSION = 2;

const measured = (file: WrittenFile) => ({ path: file.path, bytes: file.bytes, hash: `sha256:${file.sha256}` });

/**
 * texts/ and html/ files are listed one resource each: a Frictionless resource with several paths means ONE file
 * split in parts (the validator concatenates them and checks one hash), which is not what these are. One resource
 * per file keeps every hash checkable on its own; names are "text-<NNNN>" (resource names must be lower case).
 */
function perFileResources(files: WrittenFile[], prefix: string, mediatype: string, format: string) {
  const width = Math.max(4, String(files.length).length);
  return files.map((file, index) => ({
    name: `${prefix}-${String(index + 1).padStart(width, '0')}`,
    ...measured(file),
    format,
    mediatype,
    encoding: 'utf-8',
  }));
}

/** The capture runs the articles came from: one source per extractor version and capture day. */
const captureSources = (facts: CorpusFacts) =>
  facts.runs.map((run) => ({
    title: `${run.extractor} capture of ${run.day} (${run.articles} ${run.articles === 1 ? 'article' : 'articles'})`,
    version: run.extractor.split(' ')[1],
  }));

const textResource = (file: WrittenFile, name: string, format: string, mediatype: string) => ({
  name,
  ...measured(file),
  format,
  mediatype,
  encoding: 'utf-8',
});

export function buildDataPackage(files: PackageFiles, created: Date, facts: CorpusFacts, contributors: Contributor[] = []) {
  const articleCount = facts.articles;
  return {
    $schema: `${PROFILES}/datapackage.json`,
    name: 'zhengwen-corpus',
    title: 'zhengwen corpus / 正文语料',
    description: `${articleCount} articles captured with zhengwen. See README.md and README.txt. / 共 ${articleCount} 篇文章，说明见 README.md、README.txt。`,
    // Each export is a package of its own; the layout it follows is zhengwen.bundle_format.
    version: '1.0.0',
    created: created.toISOString(),
    keywords: ['corpus', 'Chinese', 'news', '语料'],
    sources: captureSources(facts),
    ...(contributors.length > 0 ? { contributors } : {}),
    zhengwen: { bundle_format: BUNDLE_FORMAT_VERSION, articles: articleCount, extractor: `${EXTRACTOR.name} ${EXTRACTOR.version}` },
    resources: [
      {
        name: 'articles',
        ...measured(files.articles),
        format: 'jsonl',
        mediatype: 'application/jsonl',
        encoding: 'utf-8',
        description: 'One JSON object per article, with the full text. / 每行一篇文章（含正文）的 JSON 对象。',
      },
      {
        name: 'metadata',
        ...measured(files.metadata),
        type: 'table',
        format: 'csv',
        mediatype: 'text/csv',
        // The file starts with a byte order mark for Excel; "utf-8-sig" makes Python-based validators strip it from
        // the first column name instead of reading "\ufeffid".
        encoding: 'utf-8-sig',
        dialect: { $schema: `${PROFILES}/tabledialect.json`, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          $schema: `${PROFILES}/tableschema.json`,
          fields: CSV_COLUMNS.map((column) => ({
            name: column.name,
            type: column.type,
            description: `${column.en} / ${column.zh}`,
            ...(column.name === 'id' ? { constraints: { required: true, unique: true } } : {}),
          })),
          primaryKey: 'id',
          missingValues: [''],
        },
      },
      ...perFileResources(files.texts, 'text', 'text/plain', 'txt'),
      ...perFileResources(files.html, 'html', 'text/html', 'html'),
      {
        ...textResource(files.citations, 'citations', 'json', 'application/vnd.citationstyles.csl+json'),
        description: 'CSL-JSON citation of every article. / 每篇文章的 CSL-JSON 引文。',
      },
      textResource(files.card, 'dataset-card', 'md', 'text/markdown'),
      textResource(files.readme, 'readme', 'txt', 'text/plain'),
    ],
  };
}

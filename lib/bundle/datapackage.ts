// datapackage.json: a Frictionless Data Package (v1 spec) describing every file of the bundle, with the size and
// SHA-256 measured while the file streamed into the zip.

import { EXTRACTOR } from '../model';
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
}

/** Marks a zip as a zhengwen bundle and says which layout it follows. */
const BUNDLE_FORMAT_VERSION = 1;

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
    profile: 'data-resource',
    format,
    mediatype,
    encoding: 'utf-8',
  }));
}

export function buildDataPackage(files: PackageFiles, created: Date, articleCount: number) {
  return {
    profile: 'data-package',
    name: 'zhengwen-corpus',
    title: 'zhengwen corpus / 正文语料',
    description: `${articleCount} articles captured with zhengwen. See README.txt. / 共 ${articleCount} 篇文章，说明见 README.txt。`,
    created: created.toISOString(),
    keywords: ['corpus', 'Chinese', 'news', '语料'],
    zhengwen: { bundle_format: BUNDLE_FORMAT_VERSION, articles: articleCount, extractor: `${EXTRACTOR.name} ${EXTRACTOR.version}` },
    resources: [
      {
        name: 'articles',
        ...measured(files.articles),
        profile: 'data-resource',
        format: 'jsonl',
        mediatype: 'application/jsonl',
        encoding: 'utf-8',
        description: 'One JSON object per article, with the full text. / 每行一篇文章（含正文）的 JSON 对象。',
      },
      {
        name: 'metadata',
        ...measured(files.metadata),
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        // The file starts with a byte order mark for Excel; "utf-8-sig" makes Python-based validators strip it from
        // the first column name instead of reading "\ufeffid".
        encoding: 'utf-8-sig',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
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
        name: 'readme',
        ...measured(files.readme),
        profile: 'data-resource',
        format: 'txt',
        mediatype: 'text/plain',
        encoding: 'utf-8',
      },
    ],
  };
}

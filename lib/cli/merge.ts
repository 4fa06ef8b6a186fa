// `zhengwen merge`: the output lines of several runs (shards of one corpus, in order) as one run: near-duplicates
// marked again across all of them and one bundle, with no page extracted twice. A cluster's gather step.

import type { ArticleFields, Script } from '../model';
import type { ExtractRecord } from './extractFile';
import { OUTPUT_KEYS, type Outcome } from './run';

const ARTICLE_KEYS = [
  'url', 'canonical_url', 'title', 'pretitle', 'subtitle', 'published_at', 'source', 'author', 'editor', 'site_name',
  'column', 'keywords', 'description', 'views', 'lang', 'script_original', 'text', 'text_original', 'title_original',
] as const;

const RECORD_KEYS = [
  'input', 'url', 'fetched_at', 'title', 'pretitle', 'subtitle', 'published_at', 'source', 'author', 'editor',
  'site_name', 'column', 'text', 'text_original', 'script_original', 'chars', 'error',
] as const;

function pick<K extends string>(o: Record<string, unknown>, keys: readonly K[]): Record<K, unknown> {
  return Object.fromEntries(keys.map((k) => [k, o[k] ?? null])) as Record<K, unknown>;
}

/** An earlier output line as the outcome it recorded; a line that is not one becomes an error line. */
export function outcomeOfLine(line: string, where: string): Outcome {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch {
    o = {};
  }
  if (typeof o.input !== 'string' || typeof o.text !== 'string') {
    const record: ExtractRecord = { ...(pick({}, RECORD_KEYS) as unknown as ExtractRecord), input: where, text: '', chars: 0, error: 'not a zhengwen output line' };
    return { record, article: null, fingerprint: null, extras: null };
  }
  const record = pick(o, RECORD_KEYS) as unknown as ExtractRecord;
  const hasArticle = record.error === null && typeof o.fingerprint === 'string';
  const article = hasArticle
    ? ({ ...pick(o, ARTICLE_KEYS), url: o.url ?? '', keywords: o.keywords ?? [], script_original: (o.script_original ?? 'none') as Script } as ArticleFields)
    : null;
  const extras = Object.fromEntries(Object.entries(o).filter(([k]) => !OUTPUT_KEYS.has(k)));
  return { record, article, fingerprint: hasArticle ? (o.fingerprint as string) : null, extras };
}

export async function* mergeOutcomes(lines: AsyncIterable<{ line: string; where: string }>): AsyncGenerator<Outcome> {
  for await (const { line, where } of lines) if (line.trim() !== '') yield outcomeOfLine(line, where);
}

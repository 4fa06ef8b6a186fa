// `npm run --silent zhengwen -- extract [--url URL] [--bundle OUT.zip] FILE...`: one JSON line per file on stdout.
// A file that fails gets an `error` and the run goes on; the exit code is non-zero only for usage errors.

import { pathToFileURL } from 'node:url';
import { findNearDuplicateOf, fingerprintText, type FingerprintEntry } from '../dedupe/index';
import type { ArticleFields, CaptureRecord } from '../model';
import { buildCaptureRecord } from '../store/record';
import { writeBundleFile } from './bundle';
import { extractFile, type FileResult } from './extractFile';
import { writeWaczFile } from './wacz';

export const USAGE = `usage: zhengwen extract [--url URL] [--bundle OUT.zip] [--wacz OUT.wacz] FILE...
  FILE     saved page (.html, any encoding) or text dump (.txt)
  --url    the address the page was saved from (dates in URLs, canonical links)
  --bundle also write the articles as a research bundle (.zip, or .jsonl)
  --wacz   also write the pages as a web archive (WACZ), their bytes as the snapshots`;

export interface ExtractArgs {
  url: string | null;
  bundle: string | null;
  wacz: string | null;
  files: string[];
}

/** Parsed arguments, or a message for the user. */
export function parseArgs(argv: string[]): ExtractArgs | { error: string } {
  const [command, ...rest] = argv;
  if (command !== 'extract') return { error: command ? `unknown command: ${command}` : 'no command given' };
  const args: ExtractArgs = { url: null, bundle: null, wacz: null, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--url' || a === '--bundle' || a === '--wacz') {
      const value = rest[++i];
      if (!value) return { error: `${a} needs a value` };
      if (a === '--url') {
        if (!URL.canParse(value)) return { error: `not a URL: ${value}` };
        args.url = value;
      } else if (a === '--wacz') args.wacz = value;
      else args.bundle = value;
    } else if (a.startsWith('--')) return { error: `unknown option: ${a}` };
    else args.files.push(a);
  }
  if (args.files.length === 0) return { error: 'no files given' };
  return args;
}

/** The capture records a bundle holds, with near-duplicates marked among the files of this run. */
export async function bundleRecords(results: Array<{ path: string; article: ArticleFields }>, now: Date): Promise<CaptureRecord[]> {
  const records: CaptureRecord[] = [];
  const seen: FingerprintEntry[] = [];
  for (const [i, { path, article }] of results.entries()) {
    // Without --url a file's own address keeps its identity apart from the other files'.
    const fields = article.url ? article : { ...article, url: pathToFileURL(path).href };
    const fingerprint = fingerprintText(fields.text);
    // One millisecond apart, in the order given: the first file of a duplicate pair counts as the earlier capture.
    const capturedAt = new Date(now.getTime() + i);
    const draft = await buildCaptureRecord(fields, { now: capturedAt, hasHtml: false, fingerprint, nearDuplicateOf: null });
    const record = { ...draft, near_duplicate_of: findNearDuplicateOf(seen, draft) };
    seen.push({ id: record.id, fingerprint, first_captured_at: record.first_captured_at });
    records.push(record);
  }
  return records;
}

export async function runExtract(args: ExtractArgs, writeLine: (line: string) => void): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of args.files) {
    const result = extractFile(file, args.url);
    writeLine(JSON.stringify(result.record));
    results.push(result);
  }
  return results;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    process.stderr.write(`${args.error}\n${USAGE}\n`);
    return 2;
  }
  const results = await runExtract(args, (line) => process.stdout.write(line + '\n'));
  if (args.bundle) {
    const ok = results.flatMap((r) => (r.article ? [{ path: r.record.input, article: r.article }] : []));
    try {
      const summary = await writeBundleFile(args.bundle, await bundleRecords(ok, new Date()));
      process.stderr.write(`bundle written: ${args.bundle} (${JSON.stringify(summary)})\n`);
    } catch (e) {
      process.stderr.write(`bundle not written: ${(e as Error).message}\n`);
      return 1;
    }
  }
  if (args.wacz) {
    const ok = results.flatMap((r) => (r.article ? [{ path: r.record.input, article: r.article }] : []));
    try {
      const records = await bundleRecords(ok, new Date());
      const summary = await writeWaczFile(args.wacz, ok.map(({ path }, i) => ({ path, record: records[i] })));
      process.stderr.write(`archive written: ${args.wacz} (${JSON.stringify(summary)})\n`);
    } catch (e) {
      process.stderr.write(`archive not written: ${(e as Error).message}\n`);
      return 1;
    }
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}

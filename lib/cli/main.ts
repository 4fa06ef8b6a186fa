// `npm run --silent zhengwen -- extract [options] FILE...`: one JSON line per page on stdout, in input order.
// `zhengwen extract --ndjson` reads pages as NDJSON on stdin (the shard-worker contract); `zhengwen merge` joins the
// output of several runs. A page that fails gets an `error` and the run goes on; the exit code is non-zero only for
// usage errors and a bundle that could not be written.

import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { mergeOutcomes } from './merge';
import { Progress } from './progress';
import { runItems, runOutcomes, type RunSummary } from './run';
import { filesItems, ndjsonItems } from './sources';
import { pageRecords, writeWaczFile } from './wacz';

export const USAGE = `usage: zhengwen extract [options] FILE...
       zhengwen extract --ndjson [options] < pages.ndjson
       zhengwen merge [--bundle OUT.zip] [--quiet] RESULT.jsonl...
  FILE      saved page (.html, any encoding), text dump (.txt), web archive (.warc, .warc.gz, .wacz)
  --url     the address a saved page was saved from (dates in URLs, canonical links)
  --bundle  also write the articles as a research bundle (.zip, or .jsonl)
  --wacz    also write the saved pages as a web archive (WACZ), their bytes as the snapshots
  --ndjson  read {"url", "html" | "html_base64", ...} lines on stdin instead of files
  --jobs    worker threads (default: the number of cores)
  --quiet   no progress on stderr`;

export interface ExtractArgs {
  command: 'extract' | 'merge';
  url: string | null;
  bundle: string | null;
  jobs: number;
  ndjson: boolean;
  quiet: boolean;
  wacz: string | null;
  files: string[];
}

type Setter = (args: ExtractArgs, value: string) => string | null;

/** Every option, one row each: whether it takes a value, and how it sets the arguments (or what is wrong). */
const OPTIONS: Record<string, { takesValue: boolean; set: Setter }> = {
  '--url': { takesValue: true, set: (a, v) => (URL.canParse(v) ? ((a.url = v), null) : `not a URL: ${v}`) },
  '--bundle': { takesValue: true, set: (a, v) => ((a.bundle = v), null) },
  '--wacz': { takesValue: true, set: (a, v) => ((a.wacz = v), null) },
  '--jobs': { takesValue: true, set: (a, v) => (/^[1-9]\d*$/.test(v) ? ((a.jobs = Number(v)), null) : `--jobs needs a whole number ≥ 1: ${v}`) },
  '--ndjson': { takesValue: false, set: (a) => ((a.ndjson = true), null) },
  '--quiet': { takesValue: false, set: (a) => ((a.quiet = true), null) },
};

/** Options `merge` accepts: it extracts nothing. */
const MERGE_OPTIONS = new Set(['--bundle', '--quiet']);

/** Parsed arguments, or a message for the user. */
export function parseArgs(argv: string[]): ExtractArgs | { error: string } {
  const [command, ...rest] = argv;
  if (command !== 'extract' && command !== 'merge') return { error: command ? `unknown command: ${command}` : 'no command given' };
  const args: ExtractArgs = { command, url: null, bundle: null, wacz: null, jobs: availableParallelism(), ndjson: false, quiet: false, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const option = OPTIONS[a];
    if (!option) {
      if (a.startsWith('--')) return { error: `unknown option: ${a}` };
      args.files.push(a);
      continue;
    }
    if (command === 'merge' && !MERGE_OPTIONS.has(a)) return { error: `merge does not take ${a}` };
    const value = option.takesValue ? rest[++i] : '';
    if (option.takesValue && !value) return { error: `${a} needs a value` };
    const error = option.set(args, value);
    if (error) return { error };
  }
  if (args.ndjson && args.files.length > 0) return { error: '--ndjson reads stdin: give no files' };
  if (args.wacz && args.ndjson) return { error: '--wacz archives saved page files: it does not take --ndjson' };
  if (!args.ndjson && args.command === 'extract' && args.files.length === 0) return { error: 'no files given' };
  return args;
}

async function* fileLines(paths: string[]): AsyncGenerator<{ line: string; where: string }> {
  for (const path of paths) {
    let n = 0;
    for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) yield { line, where: `${path}:${++n}` };
  }
}

async function* stdinLines(): AsyncGenerator<{ line: string; where: string }> {
  let n = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) yield { line, where: `stdin:${++n}` };
}

/** Runs the command; `writeLine` gets each output line (awaited, so a slow consumer slows the run, not memory). */
export async function runCommand(args: ExtractArgs, writeLine: (line: string) => void | Promise<void>, progress: Progress, now = new Date()): Promise<RunSummary> {
  const opts = { jobs: args.jobs, bundle: args.bundle, now, progress };
  if (args.command === 'merge') {
    const lines = args.files.length > 0 ? fileLines(args.files) : stdinLines();
    return runOutcomes(mergeOutcomes(lines), opts, writeLine);
  }
  const items = args.ndjson ? ndjsonItems(process.stdin) : filesItems(args.files, args.url);
  return runItems(items, opts, writeLine);
}

/** stdout with backpressure: a pipe to a slow reader must not fill memory. */
async function writeStdout(line: string): Promise<void> {
  if (!process.stdout.write(line + '\n')) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    process.stderr.write(`${args.error}\n${USAGE}\n`);
    return 2;
  }
  const progress = new Progress(args.quiet ? null : (line) => process.stderr.write(line + '\n'));
  try {
    const summary = await runCommand(args, writeStdout, progress);
    progress.done();
    if (summary.bundle && !args.quiet) {
      const { path, articles, sameUrl } = summary.bundle;
      process.stderr.write(`bundle written: ${path} (${articles} articles${sameUrl ? `, ${sameUrl} later captures of a URL already in it left out` : ''})\n`);
    }
  } catch (e) {
    process.stderr.write(`${args.bundle ? 'bundle not written: ' : ''}${(e as Error).message}\n`);
    return 1;
  }
  if (args.wacz) {
    try {
      const summary = await writeWaczFile(args.wacz, await pageRecords(args.files, args.url, new Date()));
      if (!args.quiet) process.stderr.write(`archive written: ${args.wacz} (${JSON.stringify(summary)})\n`);
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

// `npm run eval -- DIR [--out FILE.jsonl] [--limit N] [--workers N]`: scores the extractor on an evaluation folder
// (laid out like ../shared/evalset), prints per-source and overall figures, writes per-page results as JSONL.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { evaluatePage, leakReport, readIndex, report, type EvalEntry, type PageResult } from './evalCore';
import { figuresOf, floorsOf, gateFailures, gateGains, type Figures } from './evalGate';

/** The committed floors that `npm run eval` holds every figure to. */
export const BASELINE = resolve(import.meta.dirname, 'eval-baseline.json');

interface EvalArgs {
  dir: string;
  out: string;
  limit: number | null;
  workers: number;
  /** Write this run's figures as the new baseline instead of comparing with it. */
  updateBaseline: boolean;
}

const USAGE = 'usage: npm run eval -- DIR [--out FILE.jsonl] [--limit N] [--workers N] [--update-baseline]';

export function parseEvalArgs(argv: string[]): EvalArgs | string {
  let dir: string | null = null;
  let out: string | null = null;
  let limit: number | null = null;
  let workers = 2;
  let updateBaseline = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i];
    if (a === '--out') out = value() ?? null;
    else if (a === '--limit') limit = Number(value());
    else if (a === '--workers') workers = Number(value());
    else if (a === '--update-baseline') updateBaseline = true;
    else if (a.startsWith('--')) return `unknown option ${a}\n${USAGE}`;
    else if (dir === null) dir = a;
    else return `one folder only\n${USAGE}`;
  }
  if (!dir) return USAGE;
  if (limit !== null && !(limit > 0)) return `--limit needs a positive number\n${USAGE}`;
  if (!(workers >= 1)) return `--workers needs a positive number\n${USAGE}`;
  return {
    dir: resolve(dir),
    out: resolve(out ?? join(tmpdir(), `zhengwen-eval-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`)),
    limit,
    workers,
    updateBaseline,
  };
}

/**
 * Worker threads do not inherit tsx's loader, so the worker is a small script that loads this module through
 * tsx's API; the module then serves pages (see the !isMainThread branch at the end).
 */
function startWorker(dir: string): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(fileURLToPath(here), { workerData: { dir } });
  const code = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then((tsx) => tsx.tsImport(${JSON.stringify(here)}, ${JSON.stringify(here)}));`;
  return new Worker(code, { eval: true, workerData: { dir } });
}

/** Spreads pages over worker threads, one page at a time to whichever worker is free. */
function runInWorkers(dir: string, entries: EvalEntry[], workers: number): Promise<PageResult[]> {
  const results: PageResult[] = new Array(entries.length);
  let next = 0;
  let done = 0;
  return new Promise((resolvePromise, reject) => {
    if (entries.length === 0) return resolvePromise(results);
    const count = Math.min(workers, entries.length);
    for (let w = 0; w < count; w++) {
      const worker = startWorker(dir);
      const feed = () => {
        if (next < entries.length) {
          const index = next++;
          worker.postMessage({ index, entry: entries[index] });
        } else {
          void worker.terminate();
        }
      };
      worker.on('message', (m: { index: number; result: PageResult }) => {
        results[m.index] = m.result;
        if (++done === entries.length) resolvePromise(results);
        feed();
      });
      worker.on('error', reject);
      feed();
    }
  });
}

async function main(): Promise<number> {
  const args = parseEvalArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(args + '\n');
    return 2;
  }
  let entries: EvalEntry[];
  try {
    entries = readIndex(args.dir);
  } catch (e) {
    process.stderr.write(`cannot read ${join(args.dir, 'index.json')}: ${(e as Error).message}\n`);
    return 2;
  }
  if (args.limit !== null) entries = entries.slice(0, args.limit);
  const started = performance.now();
  const results =
    args.workers === 1 ? entries.map((e) => evaluatePage(args.dir, e)) : await runInWorkers(args.dir, entries, args.workers);
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(args.out, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  process.stdout.write(report(results) + '\n');
  process.stdout.write(leakReport(results));
  process.stdout.write(`${results.length} pages in ${seconds.toFixed(1)} s with ${args.workers} worker(s); per-page results: ${args.out}\n`);
  return args.limit === null ? gate(figuresOf(results), args.updateBaseline) : 0;
}

/** Compares the figures with the committed floors (or writes them as the new floors); 1 when one fell. */
function gate(figures: Figures, update: boolean): number {
  if (update) {
    writeFileSync(BASELINE, JSON.stringify(floorsOf(figures), null, 2) + '\n');
    process.stdout.write(`eval gate: baseline written to ${BASELINE}\n`);
    return 0;
  }
  if (!existsSync(BASELINE)) {
    process.stdout.write(`eval gate: no baseline at ${BASELINE}; run with --update-baseline to pin one\n`);
    return 0;
  }
  const floors = JSON.parse(readFileSync(BASELINE, 'utf8')) as Figures;
  for (const line of gateGains(figures, floors)) process.stdout.write(`eval gate: ${line}\n`);
  const failures = gateFailures(figures, floors);
  if (failures.length === 0) {
    process.stdout.write(`eval gate: every figure at or above its baseline (${Object.keys(floors).length} figures)\n`);
    return 0;
  }
  for (const line of failures) process.stdout.write(`eval gate: FAILED ${line}\n`);
  return 1;
}

if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`${(e as Error).stack || e}\n`);
      process.exit(1);
    },
  );
} else if (!isMainThread) {
  const { dir } = workerData as { dir: string };
  parentPort!.on('message', (m: { index: number; entry: EvalEntry }) => {
    parentPort!.postMessage({ index: m.index, result: evaluatePage(dir, m.entry) });
  });
}

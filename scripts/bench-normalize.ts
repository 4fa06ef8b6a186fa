// Throughput of the text normalizer on ~5 MB of generated Chinese article dumps (seed pages with their paragraphs shuffled).
// Usage: npx tsx scripts/bench-normalize.ts [megabytes]
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { blocksToLines } from '../lib/normalize/text';
import { stripBoilerplateLines } from '../lib/normalize/boilerplate';
import { normalizeTextDump } from '../lib/normalize/textDump';

const SEEDS_DIR = fileURLToPath(new URL('../tests/fixtures/seeds/', import.meta.url));
const targetBytes = Number(process.argv[2] ?? 5) * 1024 * 1024;

/** Deterministic pseudo-random numbers, so that every run measures the same text. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function generate(seeds: string[], bytes: number): string[] {
  const random = lcg(42);
  const dumps: string[] = [];
  let size = 0;
  while (size < bytes) {
    const lines = seeds[Math.floor(random() * seeds.length)].split('\n');
    // Keep head (6 lines) and tail (12 lines) in place; shuffle the body so that no two dumps are the same.
    const body = lines.slice(6, -12).sort(() => random() - 0.5);
    const dump = [...lines.slice(0, 6), ...body, ...lines.slice(-12)].join('\n');
    dumps.push(dump);
    size += Buffer.byteLength(dump);
  }
  return dumps;
}

/**
 * Runs are repeated: other processes share the machine, so the best run is the truest figure and the median the usual
 * one. One whole pass first, untimed: a few dumps leave the JIT half warm, and the first timed runs then measured it.
 */
const RUNS = 7;

function measure(label: string, dumps: string[], run: (dump: string) => unknown): void {
  const bytes = dumps.reduce((n, d) => n + Buffer.byteLength(d), 0);
  for (const d of dumps) run(d); // warm-up
  const seconds: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    for (const d of dumps) run(d);
    seconds.push((performance.now() - start) / 1000);
  }
  seconds.sort((a, b) => a - b);
  const rate = (s: number) => (bytes / 1e6 / s).toFixed(1);
  console.log(`${label.padEnd(46)} ${(bytes / 1e6).toFixed(2)} MB: best ${rate(seconds[0])} MB/s, median ${rate(seconds[Math.floor(RUNS / 2)])} MB/s`);
}

const files = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
const all = files.map((f) => readFileSync(SEEDS_DIR + f, 'utf8'));
const simplified = all.filter((_, i) => !files[i].startsWith('001'));

const simplifiedDumps = generate(simplified, targetBytes);
const mixedDumps = generate(all, targetBytes);

measure('normalizeTextDump, Simplified pages', simplifiedDumps, (d) => normalizeTextDump(d));
measure('blocksToLines + stripBoilerplateLines', simplifiedDumps, (d) => stripBoilerplateLines(blocksToLines(d.split('\n\n'))));
measure('normalizeTextDump, 1 in 5 pages Traditional', mixedDumps, (d) => normalizeTextDump(d));
measure('normalizeTextDump, one 5 MB dump', [simplifiedDumps.join('\n')], (d) => normalizeTextDump(d));

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluatePage, readIndex, report, summarize } from '../../lib/cli/evalCore';
import { parseEvalArgs } from '../../lib/cli/eval';

/** The shared evaluation set beside the repository; absent on a user's machine. */
const EVALSET = join(__dirname, '..', '..', '..', 'shared', 'evalset');

describe('parseEvalArgs', () => {
  it('reads the folder and the options', () => {
    const a = parseEvalArgs(['some/dir', '--limit', '5', '--workers', '1', '--out', '/tmp/x.jsonl']);
    expect(a).toMatchObject({ limit: 5, workers: 1, out: '/tmp/x.jsonl' });
  });

  it('explains usage errors', () => {
    expect(parseEvalArgs([])).toMatch(/^usage/);
    expect(parseEvalArgs(['d', '--limit', '0'])).toMatch(/--limit/);
    expect(parseEvalArgs(['d', '--fast'])).toMatch(/unknown option/);
  });
});

describe.skipIf(!existsSync(join(EVALSET, 'index.json')))('evaluation set smoke run', () => {
  it('scores a handful of pages of each source', () => {
    const index = readIndex(EVALSET);
    const sample = [...new Set(index.map((e) => e.source))].flatMap((s) => index.filter((e) => e.source === s).slice(0, 1));
    const results = sample.map((e) => evaluatePage(EVALSET, e));
    expect(results.every((r) => r.error === null)).toBe(true);
    const summary = summarize(results);
    expect(summary.body!.mean).toBeGreaterThan(0.6);
    expect(report(results)).toContain('ALL with human truth');
  });
});

import { describe, expect, it } from 'vitest';
import { paragraphRun } from '../../lib/library/paragraphs';

/** Every line the reader would show, run after run. */
function allRuns(text: string, maxChars: number): string[][] {
  const runs: string[][] = [];
  for (let from: number | null = 0; from !== null; ) {
    const run = paragraphRun(text, from, maxChars);
    runs.push(run.lines);
    from = run.next;
  }
  return runs;
}

describe('paragraphRun', () => {
  it('runs over a long text give every non-blank line once, in order, each run about maxChars long', () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => `第${i + 1}段。${'政务公开'.repeat(i % 7)}`);
    const text = lines.join('\n');
    const runs = allRuns(text, 1_000);
    expect(runs.flat()).toEqual(lines);
    expect(runs.length).toBeGreaterThan(20);
    for (const run of runs.slice(0, -1)) {
      const chars = run.reduce((n, line) => n + line.length, 0);
      expect(chars).toBeGreaterThanOrEqual(1_000);
      expect(chars - run.at(-1)!.length).toBeLessThan(1_000);
    }
  });

  it('leaves out blank lines, keeps a line longer than maxChars whole, and says where the text ends', () => {
    const long = '长'.repeat(50);
    expect(paragraphRun(`甲\n\n  \n${long}\n乙`, 0, 10)).toEqual({ lines: ['甲', long], next: `甲\n\n  \n${long}\n`.length });
    expect(paragraphRun('甲\n乙\n', 0, 100)).toEqual({ lines: ['甲', '乙'], next: null });
    expect(paragraphRun('', 0, 100)).toEqual({ lines: [], next: null });
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNearDuplicateOf, fingerprintText, type FingerprintEntry } from '../../lib/dedupe/index';
import { NearDuplicateIndex } from '../../lib/cli/nearDuplicates';

const SEEDS = join(__dirname, '..', 'fixtures', 'seeds');

/** Seed articles, each also as a repost with one sentence changed and as a repost with half cut. */
function texts(): string[] {
  const bodies = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .slice(0, 12)
    .map((f) => readFileSync(join(SEEDS, f), 'utf-8'));
  return bodies.flatMap((t) => [t, t.replace(/。/, '。本文有一句改动。'), t.slice(0, t.length >> 1)]);
}

describe('NearDuplicateIndex', () => {
  it('gives the answer of comparing with every earlier article', () => {
    const index = new NearDuplicateIndex();
    const earlier: FingerprintEntry[] = [];
    const answers: Array<[string | null, string | null]> = [];
    for (const [i, text] of texts().entries()) {
      const entry = { id: `a${String(i).padStart(3, '0')}`, fingerprint: fingerprintText(text), first_captured_at: new Date(i).toISOString() };
      answers.push([index.mark(entry), findNearDuplicateOf(earlier, entry)]);
      earlier.push(entry);
    }
    for (const [banded, linear] of answers) expect(banded).toBe(linear);
    // Reposts are found (the comparison above is not between two nulls only), halves are not.
    expect(answers.filter(([banded]) => banded !== null).length).toBeGreaterThan(0);
    expect(answers.filter((_, i) => i % 3 === 2).every(([banded]) => banded === null)).toBe(true);
  });
});

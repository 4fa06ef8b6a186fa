import { describe, expect, it } from 'vitest';
import { orderedMap } from '../../lib/cli/orderedMap';

describe('orderedMap', () => {
  it('yields in input order whatever order the calls finish in, with at most `window` items pulled ahead', async () => {
    let pulled = 0;
    let yielded = 0;
    let mostAhead = 0;
    async function* source() {
      for (let i = 0; i < 40; i++) {
        pulled++;
        mostAhead = Math.max(mostAhead, pulled - yielded);
        yield i;
      }
    }
    // Later items finish first: without ordering, the output would come out shuffled.
    const slow = (i: number) => new Promise<number>((resolve) => setTimeout(() => resolve(i * 10), (7 - (i % 7)) * 2));
    const out: number[] = [];
    for await (const r of orderedMap(source(), slow, 4)) {
      yielded++;
      out.push(r);
    }
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => i * 10));
    expect(mostAhead).toBeLessThanOrEqual(4);
  });

  it('passes a failure on at its place in the order', async () => {
    async function* source() {
      yield* [1, 2, 3];
    }
    const out: number[] = [];
    const run = async (i: number) => {
      if (i === 2) throw new Error('two');
      return i;
    };
    await expect(async () => {
      for await (const r of orderedMap(source(), run, 2)) out.push(r);
    }).rejects.toThrow('two');
    expect(out).toEqual([1]);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Sha256 } from '../../lib/bundle/sha256';

const nodeSha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('Sha256', () => {
  it('matches node:crypto for lengths around the 64-byte block and padding edges', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000, 70_001]) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 131 + 17) & 0xff);
      expect(new Sha256().update(data).digestHex(), `length ${length}`).toBe(nodeSha256(data));
    }
  });

  it('gives the same digest however the input is split', () => {
    const data = new TextEncoder().encode('市委常委会召开会议，研究部署工作。'.repeat(200));
    for (const piece of [1, 7, 63, 64, 100, 4096]) {
      const hash = new Sha256();
      for (let at = 0; at < data.length; at += piece) hash.update(data.subarray(at, at + piece));
      expect(hash.bytes).toBe(data.length);
      expect(hash.digestHex(), `pieces of ${piece}`).toBe(nodeSha256(data));
    }
  });
});

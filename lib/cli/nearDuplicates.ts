// Near-duplicate marking across a whole command-line run, with the extension's test (lib/dedupe). Comparing each
// article with every earlier one is quadratic; a banded index of the MinHash signature picks the candidates instead.
//
// Why no pair is lost: the test needs ≥ 90% of the longer text shared, i.e. an estimated Jaccard similarity
// ≥ 0.9 / 1.1, i.e. at least 105 of the 128 signature slots equal. With the 128 slots cut into 32 bands of 4, the
// ≤ 23 unequal slots spoil at most 23 bands, so a pair that passes always has a whole band in common.

import { findNearDuplicateOf, type FingerprintEntry } from '../dedupe/index';

const BANDS = 32;

/** Band keys of a fingerprint `m1:<grams>:<128 × 8 hex>`; none for an empty or unreadable one. */
function bandKeys(fingerprint: string): string[] {
  const signature = fingerprint.split(':')[2] ?? '';
  if (signature.length === 0 || signature.length % BANDS !== 0) return [];
  const width = signature.length / BANDS;
  return Array.from({ length: BANDS }, (_, b) => `${b}:${signature.slice(b * width, (b + 1) * width)}`);
}

export class NearDuplicateIndex {
  private readonly bands = new Map<string, FingerprintEntry[]>();

  /** The earliest earlier entry whose text is ≥ 90% the same (lib/dedupe's answer), then remembers this one. */
  mark(entry: FingerprintEntry): string | null {
    const keys = bandKeys(entry.fingerprint);
    const candidates = new Set<FingerprintEntry>();
    for (const key of keys) for (const c of this.bands.get(key) ?? []) candidates.add(c);
    const original = findNearDuplicateOf(candidates, entry);
    for (const key of keys) {
      const bucket = this.bands.get(key);
      if (bucket) bucket.push(entry);
      else this.bands.set(key, [entry]);
    }
    return original;
  }
}

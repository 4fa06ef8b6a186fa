// Near-duplicate detection: the same 通稿 reposted by many sites, with other chrome or a changed sentence.
//
// A capture's fingerprint is a MinHash signature of its body's character 4-grams (after dropping punctuation and
// spaces), plus the number of distinct 4-grams. Two signatures give an estimate of the Jaccard similarity J of the
// two n-gram sets; with the set sizes that gives the shared n-grams |A∩B| = J(|A|+|B|)/(1+J), and the texts are
// "the same" when the shared part covers at least 90% of the LONGER text's n-grams. That reads as a percentage:
// one sentence changed in a 1,000-character article leaves ~97% shared; a different article on the same topic
// shares well under half.

/** Character n-gram length: long enough that common political phrases alone do not make two articles alike. */
const GRAM = 4;
/** Signature length: the estimate's standard error near the threshold is about 0.03. */
const HASHES = 128;
/** Share of the longer text that must be common to both. */
export const NEAR_DUPLICATE_SHARE = 0.9;
const VERSION = 'm1';

/** Per-slot seeds for the hash family: fixed, so fingerprints stay comparable across releases of this version. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(HASHES);
  let state = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    state = mix32(state + 0x6d2b79f5);
    seeds[i] = state;
  }
  return seeds;
})();

/** Murmur3's finalizer: a cheap 32-bit mixer with good avalanche. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** What the comparison looks at: letters and digits only, so punctuation and layout differences do not count. */
export function comparableText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Distinct hashed character n-grams of the text; a text shorter than one n-gram is one gram of itself. */
function gramHashes(text: string): Uint32Array {
  const chars = [...comparableText(text)];
  if (chars.length === 0) return new Uint32Array(0);
  const seen = new Set<number>();
  const last = Math.max(0, chars.length - GRAM);
  for (let i = 0; i <= last; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < Math.min(i + GRAM, chars.length); j++) {
      h = Math.imul(h ^ chars[j].codePointAt(0)!, 0x01000193);
    }
    seen.add(mix32(h));
  }
  return Uint32Array.from(seen);
}

/**
 * Fingerprint of a body, stored in `CaptureRecord.fingerprint`: `m1:<distinct 4-grams>:<128 × 8 hex digits>`.
 * An empty body (nothing but punctuation) gives `m1:0:` and is never anyone's duplicate.
 */
export function fingerprintText(text: string): string {
  const grams = gramHashes(text);
  if (grams.length === 0) return `${VERSION}:0:`;
  const minima = new Uint32Array(HASHES).fill(0xffffffff);
  for (let s = 0; s < HASHES; s++) {
    const seed = SEEDS[s];
    let min = 0xffffffff;
    for (let g = 0; g < grams.length; g++) {
      const h = mix32(grams[g] ^ seed);
      if (h < min) min = h;
    }
    minima[s] = min;
  }
  let hex = '';
  for (const m of minima) hex += m.toString(16).padStart(8, '0');
  return `${VERSION}:${grams.length}:${hex}`;
}

interface ParsedFingerprint {
  grams: number;
  signature: string;
}

function parseFingerprint(fingerprint: string): ParsedFingerprint | null {
  const parts = fingerprint.split(':');
  if (parts.length !== 3 || parts[0] !== VERSION) return null;
  const grams = Number(parts[1]);
  if (!Number.isInteger(grams) || grams <= 0 || parts[2].length !== HASHES * 8) return null;
  return { grams, signature: parts[2] };
}

/** Estimated share of the longer text's n-grams that the two texts have in common, 0..1. */
function sharedOfLonger(a: ParsedFingerprint, b: ParsedFingerprint): number {
  let equal = 0;
  for (let s = 0; s < HASHES * 8; s += 8) {
    if (a.signature.startsWith(b.signature.slice(s, s + 8), s)) equal++;
  }
  const jaccard = equal / HASHES;
  const shared = (jaccard * (a.grams + b.grams)) / (1 + jaccard);
  return Math.min(1, shared / Math.max(a.grams, b.grams));
}

/** Estimated share (0..1) of text two fingerprints have in common; 0 when either is empty or unreadable. */
export function similarity(fingerprintA: string, fingerprintB: string): number {
  const a = parseFingerprint(fingerprintA);
  const b = parseFingerprint(fingerprintB);
  return a && b ? sharedOfLonger(a, b) : 0;
}

export interface FingerprintEntry {
  id: string;
  fingerprint: string;
  first_captured_at: string;
}

/**
 * The id of the earliest-captured candidate whose text is at least 90% the same as the record's, else null.
 * The record itself (same id) is never its own duplicate. When the record says when it was first captured
 * (a re-capture), only earlier captures count: an original re-captured must not become a copy of its own copy.
 * Ties in capture time go to the smaller id, so the answer does not depend on the order the candidates come in.
 */
export function findNearDuplicateOf(
  candidates: Iterable<FingerprintEntry>,
  record: { id: string; fingerprint: string; first_captured_at?: string },
): string | null {
  const target = parseFingerprint(record.fingerprint);
  if (!target) return null;
  const self = record.first_captured_at === undefined ? null : { id: record.id, first_captured_at: record.first_captured_at };
  let best: FingerprintEntry | null = null;
  for (const candidate of candidates) {
    if (candidate.id === record.id) continue;
    if (self && !earlier(candidate, self)) continue;
    if (best && !earlier(candidate, best)) continue;
    const other = parseFingerprint(candidate.fingerprint);
    if (other && sharedOfLonger(target, other) >= NEAR_DUPLICATE_SHARE) best = candidate;
  }
  return best?.id ?? null;
}

function earlier(a: Omit<FingerprintEntry, 'fingerprint'>, b: Omit<FingerprintEntry, 'fingerprint'>): boolean {
  if (a.first_captured_at !== b.first_captured_at) return a.first_captured_at < b.first_captured_at;
  return a.id < b.id;
}

/**
 * MinHash over string sets with a fixed, seeded hash family: the same set gives the same signature
 * on every machine and run, so syndication decisions never depend on where the build runs.
 */

/** Number of hash functions in a signature: standard error of the estimate ≈ √(J(1−J)/128) ≤ 0.045. */
export const SIGNATURE_LENGTH = 128;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits, over UTF-16 code units: tiny, pure and stable across platforms. */
export function hashFnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

// MurmurHash3's finaliser: a bijection on 32 bits with full avalanche, so `mix(h ^ seed)` for
// different seeds behaves like independent hash functions without rehashing the string k times.
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix(Math.imul(i + 1, 0x9e3779b9)));

/** The MinHash signature of a set of strings; an empty set gives an all-maximum signature. */
export function toMinHashSignature(items: Iterable<string>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const item of items) {
    const base = hashFnv1a(item);
    for (let i = 0; i < SIGNATURE_LENGTH; i += 1) {
      const value = mix(base ^ (SEEDS[i] ?? 0));
      if (value < (signature[i] ?? 0)) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the two sets behind the signatures: the share of equal minima. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i += 1) if (a[i] === b[i]) equal += 1;
  return equal / SIGNATURE_LENGTH;
}

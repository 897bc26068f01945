import { describe, expect, it } from "vitest";
import { estimateJaccard, hashFnv1a, toMinHashSignature } from "../../../src/lib/group/core/min-hash.ts";

const words = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `mot${from + i}`);

describe("hashFnv1a", () => {
  it.each([
    ["", 0x811c9dc5],
    ["a", 0xe40c292c],
    ["foobar", 0xbf9cf968],
  ])("hashes %j to the published FNV-1a 32-bit value", (text, expected) => {
    expect(hashFnv1a(text)).toBe(expected);
  });
});

describe("MinHash", () => {
  it.each([
    ["identical sets", words(0, 100), words(0, 100), 1],
    ["disjoint sets", words(0, 100), words(100, 200), 0],
    ["sets sharing half their union", words(0, 150), words(50, 200), 0.5],
    ["sets sharing a fifth of their union", words(0, 120), words(80, 200), 0.2],
  ])("estimates the Jaccard similarity of %s within 0.1", (_, a, b, exact) => {
    expect(
      Math.abs(estimateJaccard(toMinHashSignature(a), toMinHashSignature(b)) - exact),
    ).toBeLessThanOrEqual(0.1);
  });

  it("gives the same signature whatever the order of the items", () => {
    expect(toMinHashSignature(words(0, 50))).toEqual(toMinHashSignature(words(0, 50).reverse()));
  });
});

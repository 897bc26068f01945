import { describe, expect, it } from "vitest";
import { normalizeUrl } from "../../../src/lib/scrape/core/normalize-url.ts";

describe("normalizeUrl", () => {
  it.each([
    [
      "lowercases scheme and host",
      "HTTPS://Fr.Example.MA/Panne-WhatsApp",
      "https://fr.example.ma/Panne-WhatsApp",
    ],
    ["drops the fragment", "https://example.ma/a#comments", "https://example.ma/a"],
    [
      "drops utm_* parameters",
      "https://example.ma/a?utm_source=rss&utm_medium=feed&utm_campaign=x",
      "https://example.ma/a",
    ],
    [
      "drops click ids and newsletter ids",
      "https://example.ma/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4",
      "https://example.ma/a",
    ],
    [
      "drops French (AT Internet) xtor and at_medium",
      "https://example.fr/a?xtor=RSS-1&at_medium=rss&ref=home",
      "https://example.fr/a",
    ],
    [
      "sorts the parameters it keeps",
      "https://example.dz/news?id=12&cat=tech",
      "https://example.dz/news?cat=tech&id=12",
    ],
    [
      "keeps the order of a repeated parameter",
      "https://example.dz/?t=b&a=1&t=a",
      "https://example.dz/?a=1&t=b&t=a",
    ],
    [
      "keeps meaningful parameters next to tracking ones",
      "https://example.com/?p=1001&utm_source=x",
      "https://example.com/?p=1001",
    ],
    ["drops the default port", "https://example.com:443/a", "https://example.com/a"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it.each([
    ["relative/path"],
    ["javascript:alert(1)"],
    ["mailto:desk@example.com"],
    ["ftp://example.com/feed"],
    [""],
  ])("returns undefined for %j, which is not an absolute http(s) URL", (input) => {
    expect(normalizeUrl(input)).toBeUndefined();
  });
});

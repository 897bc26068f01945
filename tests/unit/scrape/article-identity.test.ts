import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { toArticleId, toIdentityKey } from "../../../src/lib/scrape/core/article-identity.ts";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("toIdentityKey", () => {
  it.each([
    {
      name: "uses the GUID when there is one",
      item: { guid: " https://example.ma/?p=1001 ", url: "https://example.ma/a", title: "T", text: "x" },
      expected: "guid:https://example.ma/?p=1001",
    },
    {
      name: "falls back to the canonical URL",
      item: { url: "HTTPS://Example.MA/a?utm_source=rss#top", title: "T", text: "x" },
      expected: "url:https://example.ma/a",
    },
    {
      name: "ignores a blank GUID",
      item: { guid: "  ", url: "https://example.ma/a", title: "T", text: "x" },
      expected: "url:https://example.ma/a",
    },
    {
      name: "falls back to title and text when there is neither GUID nor usable URL",
      item: { url: "javascript:void(0)", title: " Panne ", text: "Le réseau est tombé. " },
      expected: "text:Panne\nLe réseau est tombé.",
    },
  ])("$name", ({ item, expected }) => {
    expect(toIdentityKey(item)).toBe(expected);
  });
});

describe("toArticleId", () => {
  it("hashes the source id and the identity key", () => {
    const item = { guid: "g1", title: "T", text: "x" };
    expect(toArticleId("example-ma", item, sha256)).toBe(sha256("example-ma\nguid:g1"));
  });

  it("gives the same id to one story reached through differently tracked links", () => {
    const a = { url: "https://example.ma/a?utm_source=rss", title: "T", text: "x" };
    const b = { url: "https://example.ma/a?fbclid=123", title: "T (updated)", text: "y" };
    expect(toArticleId("example-ma", a, sha256)).toBe(toArticleId("example-ma", b, sha256));
  });

  it("gives different ids to the same GUID in two sources", () => {
    const item = { guid: "g1", title: "T", text: "x" };
    expect(toArticleId("a", item, sha256)).not.toBe(toArticleId("b", item, sha256));
  });
});

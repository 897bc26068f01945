import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeFeed, stripForbiddenXmlChars } from "../../../src/lib/scrape/core/decode-feed.ts";

const arabic = "عطل في واتساب منذ الساعة الرابعة بتوقيت غرينتش";
const french = "Panne géante : « le réseau est tombé » à 16h45, coût 20 €";
const rss = (title: string) =>
  `<rss version="2.0"><channel><item><title>${title}</title></item></channel></rss>`;
const bytesOf = (text: string, charset: string) => new Uint8Array(iconv.encode(text, charset));

describe("decodeFeed", () => {
  it.each([
    {
      name: "RW-001: windows-1256 Arabic declared only in the HTTP header",
      bytes: bytesOf(rss(arabic), "windows-1256"),
      hints: { contentType: "application/rss+xml; charset=windows-1256" },
      expected: { xml: rss(arabic), charset: "windows-1256", basis: "http" },
    },
    {
      name: "RW-002: windows-1256 Arabic declared in the prolog, whose encoding is then dropped",
      bytes: bytesOf(`<?xml version="1.0" encoding="windows-1256"?>${rss(arabic)}`, "windows-1256"),
      hints: {},
      expected: { xml: `<?xml version="1.0"?>${rss(arabic)}`, charset: "windows-1256", basis: "prolog" },
    },
    {
      name: "RW-003: a feed that claims UTF-8 but is windows-1256, fixed by the registry override",
      bytes: bytesOf(`<?xml version='1.0' encoding='UTF-8'?>${rss(arabic)}`, "windows-1256"),
      hints: { override: "windows-1256", contentType: "text/xml; charset=UTF-8" },
      expected: { xml: `<?xml version='1.0'?>${rss(arabic)}`, charset: "windows-1256", basis: "override" },
    },
    {
      name: "RW-004: French labelled ISO-8859-1 but using windows-1252 quotes and euro",
      bytes: bytesOf(rss(french), "windows-1252"),
      hints: { contentType: "text/xml; charset=ISO-8859-1" },
      expected: { xml: rss(french), charset: "windows-1252", basis: "http" },
    },
    {
      name: "a UTF-8 BOM is removed",
      bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(rss(french), "utf-8")]),
      hints: {},
      expected: { xml: rss(french), charset: "utf-8", basis: "bom" },
    },
    {
      name: "UTF-16LE with a BOM is decoded",
      bytes: new Uint8Array([0xff, 0xfe, ...bytesOf(rss(arabic), "utf-16le")]),
      hints: {},
      expected: { xml: rss(arabic), charset: "utf-16le", basis: "bom" },
    },
  ])("$name", ({ bytes, hints, expected }) => {
    expect(decodeFeed(bytes, hints)).toEqual(expected);
  });

  it("strips control characters XML 1.0 forbids but keeps tab, LF and CR", () => {
    const bytes = bytesOf(rss("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\tg\nh\ri"), "utf-8");
    expect(decodeFeed(bytes).xml).toBe(rss("abcdef\tg\nh\ri"));
  });
});

describe("stripForbiddenXmlChars", () => {
  it.each([
    ["lone surrogates", "a\uD800b\uDFFFc", "abc"],
    ["U+FFFE and U+FFFF", "a\uFFFEb\uFFFFc", "abc"],
    ["an emoji (a valid surrogate pair) is kept", "panne 🔥", "panne 🔥"],
    ["Arabic is kept", "عطل", "عطل"],
  ])("%s", (_name, input, expected) => {
    expect(stripForbiddenXmlChars(input)).toBe(expected);
  });
});

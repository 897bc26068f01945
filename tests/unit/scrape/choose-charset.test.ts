import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { CharsetBasis } from "../../../src/lib/scrape/core/choose-charset.ts";
import { chooseCharset, normalizeCharset } from "../../../src/lib/scrape/core/choose-charset.ts";

const ascii = (text: string) => new TextEncoder().encode(text);
const withBom = (bom: number[], text: string) => new Uint8Array([...bom, ...ascii(text)]);
const feed = "<rss version='2.0'></rss>";
const prolog = (encoding: string) => ascii(`<?xml version="1.0" encoding="${encoding}"?>${feed}`);

describe("chooseCharset", () => {
  const cases: {
    name: string;
    bytes: Uint8Array;
    override?: string;
    contentType?: string;
    expected: [string, CharsetBasis];
  }[] = [
    {
      name: "a UTF-8 BOM wins over everything",
      bytes: withBom([0xef, 0xbb, 0xbf], feed),
      override: "windows-1256",
      contentType: "text/xml; charset=iso-8859-1",
      expected: ["utf-8", "bom"],
    },
    { name: "a UTF-16LE BOM is recognised", bytes: withBom([0xff, 0xfe], ""), expected: ["utf-16le", "bom"] },
    { name: "a UTF-16BE BOM is recognised", bytes: withBom([0xfe, 0xff], ""), expected: ["utf-16be", "bom"] },
    {
      name: "the registry override beats the HTTP header and the prolog",
      bytes: prolog("UTF-8"),
      override: "cp1256",
      contentType: "application/rss+xml; charset=utf-8",
      expected: ["windows-1256", "override"],
    },
    {
      name: "a windows-1256 charset given only in the HTTP header is used",
      bytes: ascii(feed),
      contentType: "application/rss+xml; charset=windows-1256",
      expected: ["windows-1256", "http"],
    },
    {
      name: "a quoted, upper-case HTTP charset is normalised",
      bytes: ascii(feed),
      contentType: 'text/xml;charset="CP1256"',
      expected: ["windows-1256", "http"],
    },
    {
      name: "the HTTP header beats the prolog",
      bytes: prolog("windows-1256"),
      contentType: "text/xml; charset=utf-8",
      expected: ["utf-8", "http"],
    },
    {
      name: "the prolog is used when the header has no charset",
      bytes: prolog("windows-1256"),
      contentType: "text/xml",
      expected: ["windows-1256", "prolog"],
    },
    {
      name: "a feed mislabelled latin1 is read as windows-1252, as browsers do",
      bytes: prolog("ISO-8859-1"),
      expected: ["windows-1252", "prolog"],
    },
    {
      name: "a latin1 HTTP label is read as windows-1252",
      bytes: ascii(feed),
      contentType: "text/xml; charset=latin1",
      expected: ["windows-1252", "http"],
    },
    {
      name: "an ISO-8859-15 prolog is kept (it differs from windows-1252 on €)",
      bytes: prolog("iso-8859-15"),
      expected: ["iso-8859-15", "prolog"],
    },
    {
      name: "a prolog claiming UTF-16 without a BOM is ignored",
      bytes: prolog("UTF-16"),
      expected: ["utf-8", "default"],
    },
    {
      name: "an unknown HTTP label falls through to the prolog",
      bytes: prolog("windows-1256"),
      contentType: "text/xml; charset=x-klingon",
      expected: ["windows-1256", "prolog"],
    },
    { name: "nothing declared means UTF-8", bytes: ascii(feed), expected: ["utf-8", "default"] },
  ];
  it.each(cases)("$name", ({ bytes, override, contentType, expected }) => {
    const choice = chooseCharset(bytes, {
      ...(override && { override }),
      ...(contentType && { contentType }),
      isKnown: (label) => iconv.encodingExists(label),
    });
    expect([choice.charset, choice.basis]).toEqual(expected);
  });
});

describe("normalizeCharset", () => {
  it.each([
    ["UTF8", "utf-8"],
    ["latin1", "windows-1252"],
    ["ISO_8859-1", "windows-1252"],
    ["us-ascii", "windows-1252"],
    ["cp1256", "windows-1256"],
    ["x-cp1256", "windows-1256"],
    ["Windows-1256", "windows-1256"],
    ["ISO8859-6", "iso-8859-6"],
    ["latin9", "iso-8859-15"],
  ])("normalises %s to %s", (label, expected) => {
    expect(normalizeCharset(label)).toBe(expected);
  });
});

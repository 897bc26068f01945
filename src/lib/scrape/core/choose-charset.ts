/**
 * Decides how to decode a feed's bytes. rss-parser alone reads everything as UTF-8 and garbles
 * legacy Arabic and French feeds silently, so the scraper decides first.
 */

/** Where the chosen charset came from. */
export type CharsetBasis = "bom" | "override" | "http" | "prolog" | "default";

/** A charset label (normalised, as iconv-lite knows it) and why it was chosen. */
export interface CharsetChoice {
  charset: string;
  basis: CharsetBasis;
}

/** What is known about the bytes besides the bytes themselves. */
export interface CharsetHints {
  /** The registry's `charset`, for feeds that lie about their encoding. */
  override?: string;
  /** The HTTP Content-Type header. */
  contentType?: string;
  /** Whether a decoder exists for a label; unknown labels fall through to the next clue. */
  isKnown?: (charset: string) => boolean;
}

// Browsers (WHATWG Encoding) decode these as windows-1252, a superset: feeds labelled latin1 often
// contain curly quotes and euro signs from the 0x80–0x9F range.
const ALIASES: Readonly<Record<string, string>> = {
  utf8: "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  latin1: "windows-1252",
  l1: "windows-1252",
  ascii: "windows-1252",
  "us-ascii": "windows-1252",
  "iso-8859-1": "windows-1252",
  "iso-ir-100": "windows-1252",
  cp819: "windows-1252",
  latin9: "iso-8859-15",
  l9: "iso-8859-15",
  arabic: "iso-8859-6",
  utf16: "utf-16le",
  "utf-16": "utf-16le",
};

/** Lowercases a charset label and maps its aliases to one name (`cp1256` → `windows-1256`). */
export function normalizeCharset(label: string): string {
  const name = label
    .trim()
    .replace(/^["']|["']$/g, "")
    .toLowerCase()
    .replace(/^(?:x-)?(?:cp|windows-?)(12\d\d)$/, "windows-$1")
    .replace(/^iso[-_ ]?8859[-_ ]?(\d+)$/, "iso-8859-$1");
  return ALIASES[name] ?? name;
}

function detectBom(bytes: Uint8Array): string | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return "utf-8";
  if (a === 0xff && b === 0xfe) return "utf-16le";
  if (a === 0xfe && b === 0xff) return "utf-16be";
  return undefined;
}

function readHttpCharset(contentType: string | undefined): string | undefined {
  return contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)/i)?.[1];
}

function readPrologCharset(bytes: Uint8Array): string | undefined {
  // The prolog is ASCII in every charset a feed without a BOM can use.
  const head = String.fromCharCode(...bytes.subarray(0, 256).filter((byte) => byte < 0x80));
  const label = head.match(/^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/)?.[1];
  // A prolog readable as ASCII cannot be UTF-16, whatever it says.
  return label && /^utf-?16/i.test(label) ? undefined : label;
}

/** BOM → registry override → HTTP charset → XML prolog → UTF-8; the first known label wins. */
export function chooseCharset(bytes: Uint8Array, hints: CharsetHints = {}): CharsetChoice {
  const bom = detectBom(bytes);
  if (bom) return { charset: bom, basis: "bom" };
  const isKnown = hints.isKnown ?? (() => true);
  const clues: [CharsetBasis, string | undefined][] = [
    ["override", hints.override],
    ["http", readHttpCharset(hints.contentType)],
    ["prolog", readPrologCharset(bytes)],
  ];
  for (const [basis, label] of clues) {
    const charset = label === undefined ? undefined : normalizeCharset(label);
    if (charset && isKnown(charset)) return { charset, basis };
  }
  return { charset: "utf-8", basis: "default" };
}

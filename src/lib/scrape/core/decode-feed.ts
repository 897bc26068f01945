/** Turns a feed's bytes into XML text that the XML parser can read without guessing again. */
import iconv from "iconv-lite";
import type { CharsetBasis } from "./choose-charset.ts";
import { chooseCharset } from "./choose-charset.ts";

/** Decoded XML text, and the charset that decoded it. */
export interface DecodedFeed {
  xml: string;
  charset: string;
  basis: CharsetBasis;
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except lone surrogates and U+FFFE/U+FFFF.
// Feeds built by string concatenation leak form feeds and NULs, and one of them fails the whole feed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** Removes the characters XML 1.0 forbids. */
export function stripForbiddenXmlChars(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, "");
}

/**
 * Decodes with the charset `chooseCharset` picks, drops the BOM and the prolog's `encoding=`
 * (the text is no longer in that encoding), and strips characters XML forbids.
 */
export function decodeFeed(
  bytes: Uint8Array,
  hints: { override?: string; contentType?: string } = {},
): DecodedFeed {
  const { charset, basis } = chooseCharset(bytes, {
    ...hints,
    isKnown: (label) => iconv.encodingExists(label),
  });
  const text = iconv.decode(bytes, charset, { stripBOM: true }).replace(/^\uFEFF/, "");
  const xml = text.replace(/^(\s*<\?xml\s[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2/, "$1");
  return { xml: stripForbiddenXmlChars(xml), charset, basis };
}

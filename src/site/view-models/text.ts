/** Characters XML 1.0 forbids: C0 controls except tab and newlines, lone surrogates, U+FFFE/U+FFFF. */
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text from feeds made safe for XML and HTML: forbidden characters removed, whitespace runs
 * collapsed. Scraped titles arrive with stray control characters that break feed readers.
 */
export function toCleanText(text: string): string {
  return text.replace(XML_FORBIDDEN, "").replace(/\s+/g, " ").trim();
}

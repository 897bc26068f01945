/** Feed HTML is untrusted: this is the only way it reaches storage and, later, a page. */
import sanitize from "sanitize-html";

const ALLOWED_TAGS = [
  "p",
  "br",
  "a",
  "em",
  "strong",
  "b",
  "i",
  "ul",
  "ol",
  "li",
  "blockquote",
  "q",
  "cite",
  "code",
  "pre",
];
const ALLOWED_SCHEMES = ["http", "https", "mailto"];

function resolveHref(href: string, baseUrl: string | undefined): string | undefined {
  try {
    const url = new URL(href, baseUrl);
    return ALLOWED_SCHEMES.includes(url.protocol.slice(0, -1)) ? url.href : undefined;
  } catch {
    // A relative link with no http(s) base would point into our own site: drop it.
    return undefined;
  }
}

/**
 * Keeps basic text markup and http(s)/mailto links (made absolute against `baseUrl`, marked
 * `nofollow noopener`); drops scripts, styles, frames, images, forms and every other attribute.
 */
export function sanitizeHtml(html: string, baseUrl?: string): string {
  return sanitize(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ["href", "rel"] },
    allowedSchemes: ALLOWED_SCHEMES,
    allowedSchemesAppliedToAttributes: ["href"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    transformTags: {
      a: (tagName, attribs) => {
        const href = attribs.href === undefined ? undefined : resolveHref(attribs.href, baseUrl);
        const safe: Record<string, string> = href ? { href, rel: "nofollow noopener" } : {};
        return { tagName, attribs: safe };
      },
    },
  }).trim();
}

// A space before block boundaries keeps "<p>a</p><p>b</p>" from reading as "ab".
const BLOCK_TAG = /<(\/?)(p|br|div|li|ul|ol|h[1-6]|blockquote|pre|tr|td|th|section|article|figure)\b/gi;

/** Plain text of an HTML fragment: tags and scripts dropped, entities decoded, whitespace collapsed. */
export function toPlainText(html: string): string {
  const escaped = sanitize(html.replace(BLOCK_TAG, " <$1$2"), { allowedTags: [], allowedAttributes: {} });
  // sanitize-html decodes every entity, then escapes only these three: undo that (&amp; last).
  return escaped
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

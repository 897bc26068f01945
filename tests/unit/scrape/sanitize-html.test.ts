import { describe, expect, it } from "vitest";
import { sanitizeHtml, toPlainText } from "../../../src/lib/scrape/core/sanitize-html.ts";

const base = "https://example.ma/feed/";

describe("sanitizeHtml", () => {
  it.each([
    ["removes a script and its content", "<p>Panne<script>alert(1)</script></p>", "<p>Panne</p>"],
    ["removes an image with an onerror handler", '<p>a<img src="x" onerror="alert(1)"></p>', "<p>a</p>"],
    ["removes event handler attributes", '<p onclick="steal()">a</p>', "<p>a</p>"],
    ["removes a javascript: href", '<a href="javascript:alert(1)">x</a>', "<a>x</a>"],
    ["removes an entity-encoded javascript: href", '<a href="&#106;avascript:alert(1)">x</a>', "<a>x</a>"],
    [
      "removes style elements and attributes",
      '<style>p{color:red}</style><p style="color:red">a</p>',
      "<p>a</p>",
    ],
    ["removes iframes", '<iframe src="https://example.com/embed"></iframe><p>a</p>', "<p>a</p>"],
    ["removes forms and inputs", '<form action="/x"><input name="q"></form><p>a</p>', "<p>a</p>"],
    [
      "keeps safe markup",
      "<p><strong>Panne</strong> <em>générale</em><br></p><ul><li>un</li></ul><blockquote><q>cité</q></blockquote><pre><code>dig</code></pre>",
      "<p><strong>Panne</strong> <em>générale</em><br /></p><ul><li>un</li></ul><blockquote><q>cité</q></blockquote><pre><code>dig</code></pre>",
    ],
    [
      "keeps http(s) links, marked nofollow noopener, dropping other attributes",
      '<a href="https://example.com/a" target="_blank" rel="opener">a</a>',
      '<a href="https://example.com/a" rel="nofollow noopener">a</a>',
    ],
    [
      "makes relative links absolute against the feed",
      '<a href="/tag/panne">tag</a>',
      '<a href="https://example.ma/tag/panne" rel="nofollow noopener">tag</a>',
    ],
    [
      "keeps mailto links",
      '<a href="mailto:desk@example.ma">écrire</a>',
      '<a href="mailto:desk@example.ma" rel="nofollow noopener">écrire</a>',
    ],
    ["unwraps disallowed tags but keeps their text", "<div><span>texte</span></div>", "texte"],
  ])("%s", (_name, html, expected) => {
    expect(sanitizeHtml(html, base)).toBe(expected);
  });

  it("drops a relative link when there is no http(s) base to resolve it", () => {
    expect(sanitizeHtml('<a href="/tag">tag</a>')).toBe("<a>tag</a>");
  });
});

describe("toPlainText", () => {
  it.each([
    ["decodes entities", "AT&amp;T &lt;3 &eacute;t&eacute; &#x648;", "AT&T <3 été و"],
    ["collapses whitespace and non-breaking spaces", "  a \n\t b&nbsp;&nbsp;c ", "a b c"],
    ["separates paragraphs and line breaks", "<p>un</p><p>deux</p>trois<br>quatre", "un deux trois quatre"],
    [
      "drops scripts and styles with their content",
      "<script>var x;</script><style>p{}</style>texte",
      "texte",
    ],
    ["keeps Arabic text", "<p>عطل في <b>واتساب</b></p>", "عطل في واتساب"],
  ])("%s", (_name, html, expected) => {
    expect(toPlainText(html)).toBe(expected);
  });
});

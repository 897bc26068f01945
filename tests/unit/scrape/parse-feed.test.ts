import { describe, expect, it } from "vitest";
import type { FeedItem } from "../../../src/lib/scrape/definitions.ts";
import { parseFeed } from "../../../src/lib/scrape/core/parse-feed.ts";

const feedUrl = "https://example.ma/feed/";

const rss2 = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel><title>Example</title><language>fr-FR</language>
    <item>
      <title>Panne d&#8217;Internet &amp;amp; de mobile</title>
      <link>/2021/10/04/panne</link>
      <guid isPermaLink="false">p-1001</guid>
      <pubDate>Mon, 04 Oct 2021 17:30:00 +0100</pubDate>
      <description>Résumé court.</description>
      <content:encoded><![CDATA[<p>Texte <b>complet</b>.</p><script>x()</script>]]></content:encoded>
    </item>
  </channel>
</rss>`;

const rss1 = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
    xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.dz/"><title>Example DZ</title><dc:language>ar</dc:language></channel>
  <item rdf:about="https://example.dz/news/1">
    <title>عطل في واتساب</title>
    <link>https://example.dz/news/1?utm_source=rss</link>
    <description>توقف التطبيق.</description>
    <dc:date>2021-10-04T16:45:00+01:00</dc:date>
  </item>
</rdf:RDF>`;

const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Example Tech</title>
  <entry>
    <id>tag:example.com,2021:1</id>
    <title type="html">Facebook &amp;amp; WhatsApp down</title>
    <link rel="alternate" href="https://example.com/a"/>
    <published>2021-10-04T16:20:00Z</published>
    <content type="html">&lt;p&gt;Down since 15:40 UTC.&lt;/p&gt;</content>
  </entry>
</feed>`;

const atomBadDate = atom.replace("2021-10-04T16:20:00Z", "0000-00-00T00:00:00Z");

describe("parseFeed", () => {
  it.each<{ name: string; xml: string; expected: FeedItem[] }>([
    {
      name: "reads RSS 2.0, preferring content:encoded and resolving relative links",
      xml: rss2,
      expected: [
        {
          guid: "p-1001",
          url: "https://example.ma/2021/10/04/panne",
          title: "Panne d’Internet & de mobile",
          summaryHtml: "<p>Texte <b>complet</b>.</p>",
          text: "Texte complet.",
          publishedAt: "2021-10-04T16:30:00.000Z",
          lang: "fr",
        },
      ],
    },
    {
      name: "reads RSS 1.0 (RDF) with its Dublin Core date and language",
      xml: rss1,
      expected: [
        {
          url: "https://example.dz/news/1?utm_source=rss",
          title: "عطل في واتساب",
          summaryHtml: "توقف التطبيق.",
          text: "توقف التطبيق.",
          publishedAt: "2021-10-04T15:45:00.000Z",
          lang: "ar",
        },
      ],
    },
    {
      name: "reads Atom, with its xml:lang",
      xml: atom,
      expected: [
        {
          guid: "tag:example.com,2021:1",
          url: "https://example.com/a",
          title: "Facebook & WhatsApp down",
          summaryHtml: "<p>Down since 15:40 UTC.</p>",
          text: "Down since 15:40 UTC.",
          publishedAt: "2021-10-04T16:20:00.000Z",
          lang: "en",
        },
      ],
    },
    {
      name: "RW-005: an Atom entry with an absurd date keeps its other fields and loses only the date",
      xml: atomBadDate,
      expected: [
        {
          guid: "tag:example.com,2021:1",
          url: "https://example.com/a",
          title: "Facebook & WhatsApp down",
          summaryHtml: "<p>Down since 15:40 UTC.</p>",
          text: "Down since 15:40 UTC.",
          lang: "en",
        },
      ],
    },
  ])("$name", async ({ xml, expected }) => {
    expect(await parseFeed(xml, feedUrl)).toEqual(expected);
  });

  it("reads an RSS feed whose <rss> has no version attribute", async () => {
    const items = await parseFeed("<rss><channel><item><title>a</title></item></channel></rss>");
    expect(items.map((item) => item.title)).toEqual(["a"]);
  });

  it("ignores a language the site does not have", async () => {
    const items = await parseFeed(rss2.replace("fr-FR", "de-DE"), feedUrl);
    expect(items[0]?.lang).toBeUndefined();
  });

  it("keeps no link that is not http(s)", async () => {
    const items = await parseFeed(rss2.replace("/2021/10/04/panne", "javascript:alert(1)"), feedUrl);
    expect(items[0]?.url).toBeUndefined();
  });

  it.each([
    ["an empty body", "", "empty response"],
    ["whitespace only", " \n ", "empty response"],
    [
      "an HTML page",
      "<!DOCTYPE html><html><head><title>x</title></head><body><p>hi</body></html>",
      "not a feed: got an HTML page",
    ],
    ["an HTML page without doctype", "<html lang='fr'><body></body></html>", "not a feed: got an HTML page"],
    ["plain text", "Service Unavailable", 'not a feed: the response is not XML ("Service Unavailable")'],
    ["XML that is not a feed", "<sitemap><url/></sitemap>", "not a feed: the XML is neither RSS nor Atom"],
    [
      "invalid XML",
      '<rss version="2.0"><channel><item><title>a</title></channel></rss>',
      "invalid XML: unexpected close tag at line 1, column 60",
    ],
  ])("rejects %s with a one-line message", async (_name, xml, message) => {
    await expect(parseFeed(xml, feedUrl)).rejects.toThrow(message);
  });
});

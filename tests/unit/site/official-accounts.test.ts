import { describe, expect, it } from "vitest";
import { useTranslations } from "../../../src/i18n/index.ts";
import { toOfficialAccounts } from "../../../src/site/view-models/official-accounts.ts";
import { toTextParts } from "../../../src/site/view-models/text-parts.ts";
import { anArticle } from "./fakes.ts";

const status = anArticle({
  id: "status",
  outlet: "Example Status",
  lang: "en",
  official: true,
  title: "Elevated error rates on API requests",
  text: "Investigating - We are seeing elevated errors since 14:05 UTC.",
  url: "https://status.example.com/incidents/1",
  publishedAt: "2022-06-21T14:30:00.000Z",
});
const quoted = anArticle({
  id: "quoted",
  outlet: "Example Maroc",
  statement: "Nous travaillons à rétablir le service au plus vite.",
  statementBy: "un porte-parole de Meta",
  url: "https://example.ma/panne",
  publishedAt: "2022-06-21T15:00:00.000Z",
});

describe("toOfficialAccounts", () => {
  it("lists status items before quoted statements, each in its own language", () => {
    const items = toOfficialAccounts([quoted, status], "en");
    expect(items.map((item) => [item.kind, item.lang])).toEqual([
      ["status", "en"],
      ["statement", "fr"],
    ]);
    expect(items[0]).toMatchObject({
      title: "Elevated error rates on API requests",
      excerpt: "Investigating - We are seeing elevated errors since 14:05 UTC.",
      outlet: "Example Status",
      href: "https://status.example.com/incidents/1",
      dateIso: "2022-06-21T14:30:00.000Z",
    });
  });

  it("names who made a statement and the outlet that quoted it, both isolated", () => {
    const [item] = toOfficialAccounts([quoted], "en");
    expect(item).toMatchObject({
      kind: "statement",
      quote: "Nous travaillons à rétablir le service au plus vite.",
    });
    expect(item?.kind === "statement" && item.source).toEqual([
      { text: "un porte-parole de Meta", bdi: true, lang: "fr" },
      { text: ", quoted by " },
      { text: "Example Maroc", bdi: true },
    ]);
  });

  it("shows a quote carried by several outlets once, from the earliest", () => {
    const copy = anArticle({
      ...quoted,
      id: "copy",
      outlet: "Example Mirror",
      statement: "« Nous travaillons à rétablir le service au plus vite »",
      publishedAt: "2022-06-21T18:00:00.000Z",
    });
    expect(
      toOfficialAccounts([copy, quoted], "fr").map((item) => item.kind === "statement" && item.href),
    ).toEqual(["https://example.ma/panne"]);
  });

  it("cuts a long status item at a word and leaves unsafe links out", () => {
    const long = anArticle({ ...status, text: `${"word ".repeat(80)}end`, url: "javascript:alert(1)" });
    const [item] = toOfficialAccounts([long], "fr");
    expect(item?.kind === "status" && item.excerpt?.endsWith("word…")).toBe(true);
    expect(item).not.toHaveProperty("href");
  });

  it("gives nothing for press coverage without a statement", () => {
    expect(toOfficialAccounts([anArticle({ id: "press" })], "ar")).toEqual([]);
  });
});

describe("toTextParts", () => {
  it.each([
    ["fr", ["Selon ", "X", ", le ", "4 octobre"]],
    ["ar", ["بحسب ", "X", "، ", "4 octobre"]],
    ["en", ["According to ", "X", ", ", "4 octobre"]],
  ] as const)("keeps the %s word order around marked-up values", (lang, expected) => {
    const parts = toTextParts(useTranslations(lang).t, "cause_history.stated_by", {
      outlet: { text: "X", bdi: true },
      date: { text: "4 octobre", datetime: "2021-10-04T00:00:00.000Z" },
    });
    expect(parts.map((part) => part.text)).toEqual(expected);
  });
});

import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/lib/definitions.ts";
import { toCauseHistoryView, toCauseTimeline } from "../../../src/site/view-models/cause-history.ts";
import type { TextPart } from "../../../src/site/view-models/text-parts.ts";
import { anArticle, anIncident } from "./fakes.ts";

const text = (parts: TextPart[]) => parts.map((part) => part.text).join("");

const dns = anArticle({
  id: "dns-early",
  outlet: "Example Maroc",
  publishedAt: "2021-10-04T16:30:00.000Z",
  cause: "dns",
  causeEvidence: "La panne serait liée au DNS.",
  url: "https://example.ma/dns",
});
const bgp = anArticle({
  id: "bgp-later",
  outlet: "Example News",
  lang: "en",
  publishedAt: "2021-10-05T09:00:00.000Z",
  cause: "bgp",
  causeEvidence: "The outage was caused by a BGP configuration change.",
});
const silent = anArticle({ id: "silent", publishedAt: "2021-10-06T09:00:00.000Z" });
const official = (fields: Partial<Article>) =>
  anArticle({ id: "status", outlet: "Example Status", lang: "en", official: true, ...fields });

describe("toCauseTimeline", () => {
  it.each([
    ["no article states a cause", [silent], undefined, []],
    ["one cause", [dns, silent], "dns-early", []],
    ["a later cause replaces an earlier one", [dns, bgp, silent], "bgp-later", ["dns-early"]],
    [
      "the provider's account outranks later press",
      [official({ publishedAt: "2021-10-04T20:00:00.000Z", cause: "configuration" }), dns, bgp],
      "status",
      ["dns-early", "bgp-later"],
    ],
    [
      "the same cause said again keeps its first report out of the notes",
      [dns, bgp, anArticle({ id: "dns-again", publishedAt: "2021-10-07T00:00:00.000Z", cause: "dns" })],
      "dns-again",
      ["bgp-later"],
    ],
  ])("when %s", (_name, articles, current, others) => {
    const timeline = toCauseTimeline(articles);
    expect([timeline.current?.articleId, timeline.others.map((report) => report.articleId)]).toEqual([
      current,
      others,
    ]);
  });
});

describe("a fact sheet's coverage links", () => {
  it("are not cause reports: they carry the sheet's cause, not one their outlet stated", () => {
    const link = anArticle({
      id: "link",
      sourceId: "archive",
      cause: "bgp",
      publishedAt: "2021-10-07T00:00:00.000Z",
    });
    expect(toCauseTimeline([dns, link]).current?.articleId).toBe("dns-early");
  });
});

describe("toCauseHistoryView", () => {
  it("states the latest cause with its sentence in the article's language and notes the earlier one", () => {
    const view = toCauseHistoryView(anIncident({ id: "i", cause: "dns" }), [dns, bgp], "en");
    expect(view).toMatchObject({
      headline: "Routing (BGP)",
      basis: "press",
      current: {
        cause: "Routing (BGP)",
        evidence: "The outage was caused by a BGP configuration change.",
        lang: "en",
        official: false,
      },
    });
    expect(view.current?.attribution).toContainEqual({ text: "Example News", bdi: true });
    expect(view.notes.map(text)).toEqual(["First reported as “DNS” by Example Maroc on 4 October 2021."]);
    expect(view.notes[0]).toContainEqual({ text: "4 October 2021", datetime: "2021-10-04T16:30:00.000Z" });
  });

  it("keeps a fact sheet's cause as the headline and still lists what the coverage said", () => {
    const incident = anIncident({ id: "i", cause: "configuration", factSheetId: "meta-2021" });
    const view = toCauseHistoryView(incident, [dns, bgp], "fr");
    expect(view.headline).toBe("Erreur de configuration ou logicielle");
    expect(view.basis).toBe("fact-sheet");
    expect(view.current?.cause).toBe("Routage (BGP)");
    expect(view.notes.map(text)).toEqual([
      "D’abord présentée comme « DNS » par Example Maroc le 4 octobre 2021.",
    ]);
  });

  it("keeps a cause an editor set when no article states it", () => {
    const view = toCauseHistoryView(anIncident({ id: "i", cause: "power" }), [dns], "en");
    expect([view.headline, view.basis]).toEqual(["Power outage", "editor"]);
  });

  it("says when no source states a cause", () => {
    expect(toCauseHistoryView(anIncident({ id: "i" }), [silent], "ar")).toEqual({
      headline: "غير معروف",
      basis: "none",
      notes: [],
    });
  });

  it("notes press that contradicts an earlier official account as also reported", () => {
    const status = official({ publishedAt: "2021-10-04T16:00:00.000Z", cause: "configuration" });
    const view = toCauseHistoryView(anIncident({ id: "i", cause: "dns" }), [status, dns], "en");
    expect(view.basis).toBe("official");
    expect(view.notes.map(text)).toEqual(["Also reported as “DNS” by Example Maroc on 4 October 2021."]);
  });

  it("keeps the Arabic sentence's word order around the isolated outlet name", () => {
    const view = toCauseHistoryView(anIncident({ id: "i", cause: "dns" }), [dns, bgp], "ar");
    const [note = []] = view.notes;
    expect(text(note.slice(0, 3))).toBe("ذُكر أولًا أن السبب «نظام أسماء النطاقات (DNS)»، بحسب ");
    expect(note[3]).toEqual({ text: "Example Maroc", bdi: true });
  });
});

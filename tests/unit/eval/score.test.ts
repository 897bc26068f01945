import { describe, expect, it } from "vitest";
import { parseCorpus } from "../../../src/lib/eval/core/corpus-record.ts";
import { bcubed, scoreRun } from "../../../src/lib/eval/core/score.ts";
import { toFeedXml } from "../../../src/lib/eval/core/to-feed-xml.ts";

describe("bcubed", () => {
  it.each([
    [
      "a perfect clustering",
      [
        ["a", "1"],
        ["a", "1"],
        ["b", "2"],
      ],
      1,
      1,
    ],
    [
      "everything in one cluster",
      [
        ["a", "1"],
        ["a", "1"],
        ["b", "1"],
      ],
      5 / 9,
      1,
    ],
    [
      "everything apart",
      [
        ["a", "1"],
        ["a", "2"],
        ["b", "3"],
      ],
      1,
      2 / 3,
    ],
  ])("scores %s", (_case, pairs, precision, recall) => {
    const score = bcubed(pairs.map(([gold, predicted]) => ({ gold: gold!, predicted: predicted! })));
    expect(score.precision).toBeCloseTo(precision);
    expect(score.recall).toBeCloseTo(recall);
  });
});

describe("scoreRun", () => {
  const records = parseCorpus(
    [
      '{"id":"1","lang":"fr","url":"https://example.ma/1","source":"A","title":null,"text":"x","published":null,"incident":"x"}',
      '{"id":"2","lang":"ar","url":"https://example.ma/2","source":"A","title":null,"text":"x","published":null,"incident":"x"}',
      '{"id":"3","lang":"en","url":"https://example.ma/3","source":"A","title":null,"text":"x","published":null,"incident":"none"}',
    ].join("\n"),
    "mini.jsonl",
  );

  it("counts an article predicted as not an outage as a cluster of its own, and reports the split", () => {
    const score = scoreRun(
      records,
      new Map([
        ["1", { lang: "fr", isOutage: true, incidentId: "i", incidentSlug: "s" }],
        ["2", { lang: "fr", isOutage: false }],
        ["3", { lang: "en", isOutage: false }],
      ]),
    );
    expect(score.classification).toMatchObject({ precision: 1, recall: 0.5 });
    expect(score.grouping).toMatchObject({ precision: 1, recall: 0.5, articles: 2 });
    expect(score.languageAccuracy).toBeCloseTo(2 / 3);
    expect(score.split).toEqual([{ label: "x", clusters: { s: 1, "(alone) 2": 1 } }]);
  });

  it("rejects a corpus line with one line naming the line and field", () => {
    expect(() => parseCorpus('{"id":"1"}', "bad.jsonl")).toThrow(/^bad\.jsonl:1: lang: /);
  });
});

describe("toFeedXml", () => {
  it.each([
    ["a date alone, at midday UTC", "2021-10-05", "Tue, 05 Oct 2021 12:00:00 GMT"],
    ["a date-time without a zone, as UTC", "2022-09-13T17:02:00", "Tue, 13 Sep 2022 17:02:00 GMT"],
    ["a date-time with its zone", "2022-09-13T17:02:00+01:00", "Tue, 13 Sep 2022 16:02:00 GMT"],
  ])("dates an item from %s", (_case, published, pubDate) => {
    const record = {
      id: "1",
      lang: "fr" as const,
      url: "https://example.ma/1",
      source: "A",
      title: "T",
      text: "x",
      published,
      incident: "x",
    };
    expect(toFeedXml("A", [record])).toContain(`<pubDate>${pubDate}</pubDate>`);
  });
});

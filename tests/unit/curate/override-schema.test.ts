import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseOverrides } from "../../../src/lib/curate/core/override-schema.ts";

const entry = (value: unknown) => ({ overrides: [{ merge: ["2021-12-07-aws", "2021-12-08-aws"] }, value] });

describe("parseOverrides", () => {
  it("reads every kind of entry, with YAML timestamps as UTC text", () => {
    const yaml = `
overrides:
  - merge: [2021-12-07-aws, 2021-12-08-aws-amazon]
    reason: same outage, two stories
  - split: { from: 2022-07-08-rogers, slug: 2022-07-09-rogers-follow-up, articles: [https://example.ca/a] }
  - rename: { slug: 2021-10-04-whatsapp, to: 2021-10-04-facebook-whatsapp }
  - set: { slug: 2022-06-21-cloudflare, cause: bgp, startedAt: 2022-06-21T06:27:00Z }
`;
    expect(parseOverrides(parse(yaml), "overrides.yaml")).toEqual([
      {
        kind: "merge",
        slugs: ["2021-12-07-aws", "2021-12-08-aws-amazon"],
        reason: "same outage, two stories",
      },
      {
        kind: "split",
        from: "2022-07-08-rogers",
        slug: "2022-07-09-rogers-follow-up",
        articles: ["https://example.ca/a"],
      },
      { kind: "rename", slug: "2021-10-04-whatsapp", to: "2021-10-04-facebook-whatsapp" },
      {
        kind: "set",
        slug: "2022-06-21-cloudflare",
        facts: { cause: "bgp", startedAt: "2022-06-21T06:27:00.000Z" },
      },
    ]);
  });

  it.each([
    [null, []],
    [{ overrides: null }, []],
    [{ overrides: [] }, []],
  ])("reads an empty file or list as no overrides (%#)", (data, expected) => {
    expect(parseOverrides(data, "overrides.yaml")).toEqual(expected);
  });

  it.each([
    [{ overides: [] }, 'overrides.yaml: (file): Unrecognized key: "overides"'],
    [entry({ rename: { slug: "a", to: "b" } }), "overrides.yaml: overrides.1.rename.slug: must look like"],
    [entry({ merge: ["2021-12-07-aws"] }), "overrides.yaml: overrides.1.merge: must name at least two"],
    [entry({ renam: {} }), "overrides.yaml: overrides.1: must have exactly one of merge, split, rename, set"],
    [
      entry({ merge: ["2021-12-07-aws", "2021-12-08-aws"], set: { slug: "2021-12-07-aws", cause: "dns" } }),
      "overrides.yaml: overrides.1: must have exactly one of",
    ],
    [
      entry({ split: { from: "2021-12-07-aws", slug: "2021-12-08-aws", articles: [] } }),
      "overrides.yaml: overrides.1.split.articles: must name at least one article",
    ],
    [entry({ set: { slug: "2021-12-07-aws", cause: "aliens" } }), "overrides.yaml: overrides.1.set.cause:"],
    [entry({ set: { slug: "2021-12-07-aws" } }), "overrides.yaml: overrides.1.set: must set at least one of"],
    [
      entry({
        set: { slug: "2021-12-07-aws", startedAt: "2021-12-07T16:00Z", endedAt: "2021-12-07T15:00Z" },
      }),
      "overrides.yaml: overrides.1.set.endedAt: must not be before startedAt",
    ],
    [
      entry({ set: { slug: "2021-12-07-aws", startedAt: "yesterday" } }),
      "overrides.1.set.startedAt: must be an ISO",
    ],
    [
      entry({ set: { slug: "2021-12-07-aws", cause: "dns", ended: "x" } }),
      "overrides.1.set: Unrecognized key",
    ],
  ])("rejects a bad entry with one line naming the file, the entry and the field (%#)", (data, message) => {
    expect(() => parseOverrides(data, "overrides.yaml")).toThrow(message);
  });

  it("accepts the shipped file and every example in its header", () => {
    const text = readFileSync("content/overrides.yaml", "utf8");
    expect(parseOverrides(parse(text), "content/overrides.yaml")).toEqual([]);
    // The commented example starts at "# overrides:" and runs to the end of the comment.
    const lines = text.split("\n");
    const start = lines.indexOf("# overrides:");
    const end = lines.findIndex((line, i) => i > start && !line.startsWith("#"));
    const examples = lines
      .slice(start, end)
      .map((line) => line.replace(/^# ?/, ""))
      .join("\n");
    const parsed = parseOverrides(parse(examples), "header");
    expect(parsed.map((override) => override.kind)).toEqual(["merge", "split", "rename", "set"]);
  });
});

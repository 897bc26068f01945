import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseRegistry } from "../../../src/lib/sources/core/parse-registry.ts";
import { readRegistryFile } from "../../../src/lib/sources/infra/read-registry-file.ts";

const file = "content/sources.yaml";
const entry = "- { id: example-ma, name: Example, url: 'https://example.ma/feed', kind: news }";
const registry = (...entries: string[]) =>
  parse(`sources:\n${entries.map((line) => `  ${line}`).join("\n")}`);

describe("parseRegistry", () => {
  it("reads valid entries, defaulting enabled to true and resolving file paths", () => {
    const data = registry(
      entry,
      "- { id: bundled, name: Bundled, url: feeds/a.xml, kind: status, lang: ar, country: DZ, charset: cp1256, enabled: false, services: [cloudflare] }",
    );
    expect(parseRegistry(data, file, (path) => `/project/content/${path}`)).toEqual([
      { id: "example-ma", name: "Example", url: "https://example.ma/feed", kind: "news", enabled: true },
      {
        id: "bundled",
        name: "Bundled",
        url: "/project/content/feeds/a.xml",
        kind: "status",
        lang: "ar",
        country: "DZ",
        charset: "cp1256",
        enabled: false,
        services: ["cloudflare"],
      },
    ]);
  });

  it.each([
    [
      "a URL with another scheme",
      "- { id: le360, name: Le360, url: 'ftp://example.ma/feed', kind: news }",
      'sources[3] (id "le360"): url must be an http(s) URL or a file path',
    ],
    [
      "an unknown field",
      "- { id: x, name: X, url: 'https://x.example', kind: news, colour: red }",
      'sources[3] (id "x"): has unknown field "colour"',
    ],
    [
      "a missing name",
      "- { id: x, url: 'https://x.example', kind: news }",
      'sources[3] (id "x"): name is required',
    ],
    [
      "a bad id",
      "- { id: Le 360, name: X, url: 'https://x.example', kind: news }",
      'sources[3] (id "Le 360"): id must use only a-z, 0-9 and - (such as hespress-fr)',
    ],
    [
      "a service that is not a gazetteer id",
      "- { id: x, name: X, url: 'https://x.example', kind: status, services: [Cloud Flare] }",
      'sources[3] (id "x"): services.0 must be gazetteer ids such as cloudflare',
    ],
    [
      "a duplicate id",
      "- { id: b, name: X, url: 'https://x.example', kind: news }",
      'sources[3] (id "b"): id is already used by sources[1]',
    ],
    [
      "an unknown language",
      "- { id: x, name: X, url: 'https://x.example', kind: news, lang: de }",
      'sources[3] (id "x"): lang must be one of fr, ar, en',
    ],
    [
      "a lowercase country",
      "- { id: x, name: X, url: 'https://x.example', kind: news, country: ma }",
      'sources[3] (id "x"): country must be an ISO 3166-1 alpha-2 code such as MA',
    ],
    [
      "an unknown kind",
      "- { id: x, name: X, url: 'https://x.example', kind: blog }",
      'sources[3] (id "x"): kind must be one of news, status',
    ],
    [
      "an unknown charset",
      "- { id: x, name: X, url: 'https://x.example', kind: news, charset: windows-1265 }",
      'sources[3] (id "x"): charset is not a charset iconv-lite knows',
    ],
    [
      "enabled as text",
      "- { id: x, name: X, url: 'https://x.example', kind: news, enabled: 'yes' }",
      'sources[3] (id "x"): enabled must be true or false',
    ],
    [
      "an entry that is not a mapping",
      "- just a string",
      "sources[3]: must be a mapping with id, name, url and kind",
    ],
  ])("rejects %s with one line naming the file, entry and field", (_name, bad, expected) => {
    const data = registry(
      entry.replace("example-ma", "a"),
      entry.replace("example-ma", "b"),
      entry.replace("example-ma", "c"),
      bad,
    );
    expect(() => parseRegistry(data, file)).toThrow(new Error(`${file}: ${expected}`));
  });

  it.each([
    ["an empty file", null, "content/sources.yaml: sources must be a list"],
    ["a list at the top", [], "content/sources.yaml: must be a mapping with a sources list"],
    ["sources that is not a list", { sources: "none" }, "content/sources.yaml: sources must be a list"],
  ])("rejects %s", (_name, data, expected) => {
    expect(() => parseRegistry(data, file)).toThrow(new Error(expected));
  });
});

describe("readRegistryFile", () => {
  it("resolves file paths against the yaml's folder", () => {
    const fixture = "tests/fixtures/registry/sources.yaml";
    const sources = readRegistryFile(fixture);
    expect(sources.map((source) => [source.id, source.url, source.enabled])).toEqual([
      ["example-ma", "https://example.ma/feed/", true],
      ["example-dz-offline", resolve(dirname(fixture), "../feeds/ar-windows-1256.rss.xml"), true],
      ["example-status", "https://status.example.com/history.rss", false],
    ]);
  });

  it("accepts the shipped registry", () => {
    expect(readRegistryFile("content/sources.yaml").length).toBeGreaterThanOrEqual(25);
  });
});

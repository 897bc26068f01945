import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseGazetteer } from "../../../src/lib/understand/core/gazetteer-schema.ts";
import { readGazetteer } from "../../../src/lib/understand/infra/read-gazetteer.ts";
import { FIXTURE_DIR, gazetteer } from "./gazetteer.ts";

const FILES = { services: "content/services.yaml", countries: "content/countries.yaml" };
const countries = { countries: [{ code: "MA", names: { fr: "Maroc", ar: "المغرب", en: "Morocco" } }] };
const whatsapp = {
  id: "whatsapp",
  category: "messaging",
  names: { fr: "WhatsApp", ar: "واتساب", en: "WhatsApp" },
};

describe("readGazetteer", () => {
  it("reads services with defaults for aliases and ambiguous names", () => {
    const meta = gazetteer.services.find((service) => service.id === "meta");
    expect(meta).toEqual({
      id: "meta",
      category: "group",
      names: { fr: "Meta", ar: "ميتا", en: "Meta" },
      aliases: [],
      ambiguousAliases: ["Meta"],
    });
  });

  it("reads countries with their time zone", () => {
    expect(gazetteer.countries.find((country) => country.code === "MA")?.timeZone).toBe("Africa/Casablanca");
  });

  it("fails with one line naming the file, the entry and the field of a bad entry", () => {
    const dir = join(FIXTURE_DIR, "bad-missing-arabic-name");
    expect(() => readGazetteer(dir)).toThrow(
      new Error(`${join(dir, "services.yaml")}: services[1] (id "orange-ma"): names.ar is required`),
    );
  });
});

describe("parseGazetteer", () => {
  it.each([
    [
      "an id that is not kebab-case",
      { ...whatsapp, id: "WhatsApp" },
      'services[0] (id "WhatsApp"): id must be lowercase kebab-case such as maroc-telecom',
    ],
    [
      "an unknown category",
      { ...whatsapp, category: "chat" },
      'services[0] (id "whatsapp"): category must be one of',
    ],
    [
      "a country code in lowercase",
      { ...whatsapp, country: "ma" },
      'services[0] (id "whatsapp"): country must be an ISO 3166-1 alpha-2 code such as MA',
    ],
    [
      "a misspelt field",
      { ...whatsapp, alias: ["wa"] },
      'services[0] (id "whatsapp"): Unrecognized key: "alias"',
    ],
    [
      "a group that does not exist",
      { ...whatsapp, group: "meta" },
      'services[0] (id "whatsapp"): group "meta" is not the id of a category: group entry',
    ],
    [
      "a country missing from countries.yaml",
      { ...whatsapp, country: "DZ" },
      'services[0] (id "whatsapp"): country "DZ" is not in content/countries.yaml',
    ],
  ])("rejects %s", (_name, entry, message) => {
    expect(() => parseGazetteer({ services: [entry] }, countries, FILES)).toThrow(
      `content/services.yaml: ${message}`,
    );
  });

  it("rejects a duplicate id", () => {
    expect(() => parseGazetteer({ services: [whatsapp, whatsapp] }, countries, FILES)).toThrow(
      'content/services.yaml: services[1] (id "whatsapp"): id is a duplicate',
    );
  });

  it("rejects a duplicate country code", () => {
    const twice = { countries: [...countries.countries, ...countries.countries] };
    expect(() => parseGazetteer({ services: [] }, twice, FILES)).toThrow(
      'content/countries.yaml: countries[1] (code "MA"): code is a duplicate',
    );
  });

  it("rejects a file without its top-level list", () => {
    expect(() => parseGazetteer({}, countries, FILES)).toThrow(
      "content/services.yaml: services must be a list",
    );
  });

  it("keeps every error message on one line", () => {
    try {
      parseGazetteer({ services: [{ id: "x" }] }, countries, FILES);
    } catch (error) {
      expect(String((error as Error).message)).not.toContain("\n");
    }
  });
});

import { describe, expect, it } from "vitest";
import { LANGS, LOCALES, type Lang } from "../../../src/config/locales.ts";
import { UI } from "../../../src/i18n/index.ts";

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Keys without their plural suffix, each with the plural categories it has in this locale. */
function toBaseKeys(lang: Lang): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const key of Object.keys(UI[lang])) {
    const base = key.replace(PLURAL_SUFFIX, "");
    const categories = keys.get(base) ?? new Set<string>();
    const category = PLURAL_SUFFIX.exec(key)?.[1];
    if (category) categories.add(category);
    keys.set(base, categories);
  }
  return keys;
}

/** The `{{variables}}` a key uses across all its plural forms. */
function toVariables(lang: Lang, base: string): string[] {
  const texts = Object.entries(UI[lang])
    .filter(([key]) => key.replace(PLURAL_SUFFIX, "") === base)
    .map(([, text]) => text);
  return [
    ...new Set(texts.flatMap((text) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]!))),
  ].sort();
}

describe("UI strings", () => {
  const reference = toBaseKeys("fr");

  it.each(LANGS)("%s has exactly the keys every other locale has", (lang) => {
    expect([...toBaseKeys(lang).keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(LANGS)("%s uses the same {{variables}} in each key as French", (lang) => {
    for (const base of reference.keys())
      expect(toVariables(lang, base), base).toEqual(toVariables("fr", base));
  });

  it.each(LANGS)("%s gives each plural key every category Intl.PluralRules knows for it", (lang) => {
    const categories = new Intl.PluralRules(LOCALES[lang].intl).resolvedOptions().pluralCategories;
    const plurals = [...toBaseKeys(lang)].filter(([, found]) => found.size > 0);
    expect(plurals.length).toBeGreaterThan(0);
    for (const [base, found] of plurals) expect([...found].sort(), base).toEqual([...categories].sort());
  });

  it("knows that Arabic has six plural categories", () => {
    expect(new Intl.PluralRules(LOCALES.ar.intl).resolvedOptions().pluralCategories).toHaveLength(6);
  });

  it.each(LANGS)("%s has no empty string", (lang) => {
    for (const [key, text] of Object.entries(UI[lang])) expect(text.trim(), key).not.toBe("");
  });
});

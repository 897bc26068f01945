import type { Gazetteer, Service } from "../../../src/lib/understand/definitions.ts";

const service = (id: string, names: [string, string, string], extra: Partial<Service> = {}): Service => ({
  id,
  category: "social",
  names: { fr: names[0], ar: names[1], en: names[2] },
  aliases: [],
  ambiguousAliases: [],
  ...extra,
});

/** A small gazetteer for grouping tests: Meta's apps, a cloud, a Moroccan operator, three countries. */
export const GAZETTEER: Gazetteer = {
  services: [
    service("meta", ["Meta", "ميتا", "Meta"], { category: "group" }),
    service("facebook", ["Facebook", "فيسبوك", "Facebook"], { group: "meta" }),
    service("instagram", ["Instagram", "إنستغرام", "Instagram"], { group: "meta" }),
    service("whatsapp", ["WhatsApp", "واتساب", "WhatsApp"], { group: "meta", category: "messaging" }),
    service("aws", ["AWS", "خدمات أمازون السحابية", "AWS"], { category: "cloud" }),
    service("maroc-telecom", ["Maroc Telecom", "اتصالات المغرب", "Maroc Telecom"], {
      category: "telecom",
      country: "MA",
    }),
  ],
  countries: [
    { code: "MA", names: { fr: "Maroc", ar: "المغرب", en: "Morocco" }, aliases: [] },
    { code: "DZ", names: { fr: "Algérie", ar: "الجزائر", en: "Algeria" }, aliases: [] },
    { code: "FR", names: { fr: "France", ar: "فرنسا", en: "France" }, aliases: [] },
  ],
};

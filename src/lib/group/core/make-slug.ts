import type { Cause } from "../../definitions.ts";
import { toCandidateKebab } from "./candidate-subjects.ts";

const NETWORK_SLUG_WORDS: Partial<Record<Cause, string>> = {
  "government-shutdown": "internet-shutdown",
  "cable-cut": "cable-cut",
  power: "power-outage",
};

/**
 * Makes a readable, unique slug: `2021-10-04-facebook-instagram-whatsapp`, for a service the
 * gazetteer does not know yet `2024-05-02-yalla-shoot`, or for country-level incidents
 * `2018-06-20-dz-internet-shutdown`. `taken` holds slugs already in use.
 */
export function toIncidentSlug(
  facts: {
    startedAt: string;
    rankedServices: readonly string[];
    rankedCountries: readonly string[];
    cause: Cause;
    candidateServices?: readonly string[];
  },
  taken: ReadonlySet<string>,
): string {
  const day = facts.startedAt.slice(0, 10);
  // Slugs are ASCII: a name written in Arabic script ("زوميفاي") leaves the slug to the countries.
  const candidates = (facts.candidateServices ?? [])
    .map(toCandidateKebab)
    .filter((kebab) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(kebab));
  // As in the title, a country-wide cause names the country, not a name found beside it.
  const countryWide = NETWORK_SLUG_WORDS[facts.cause] !== undefined && facts.rankedCountries.length > 0;
  const services = facts.rankedServices.length > 0 ? facts.rankedServices : countryWide ? [] : candidates;
  const subject =
    services.length > 0
      ? [...services.slice(0, 3)].sort().join("-")
      : [
          ...facts.rankedCountries.slice(0, 2).map((code) => code.toLowerCase()),
          NETWORK_SLUG_WORDS[facts.cause] ?? "outage",
        ].join("-");
  const base = `${day}-${subject}`;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

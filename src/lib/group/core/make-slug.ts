import type { Cause } from "../../definitions.ts";

const NETWORK_SLUG_WORDS: Partial<Record<Cause, string>> = {
  "government-shutdown": "internet-shutdown",
  "cable-cut": "cable-cut",
  power: "power-outage",
};

/**
 * Makes a readable, unique slug: `2021-10-04-facebook-instagram-whatsapp`, or for country-level
 * incidents `2018-06-20-dz-internet-shutdown`. `taken` holds slugs already in use.
 */
export function toIncidentSlug(
  facts: {
    startedAt: string;
    rankedServices: readonly string[];
    rankedCountries: readonly string[];
    cause: Cause;
  },
  taken: ReadonlySet<string>,
): string {
  const day = facts.startedAt.slice(0, 10);
  const subject =
    facts.rankedServices.length > 0
      ? [...facts.rankedServices.slice(0, 3)].sort().join("-")
      : [
          ...facts.rankedCountries.slice(0, 2).map((code) => code.toLowerCase()),
          NETWORK_SLUG_WORDS[facts.cause] ?? "outage",
        ].join("-");
  const base = `${day}-${subject}`;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

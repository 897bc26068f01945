/**
 * Services the gazetteer does not know yet, as grouping sees them: an article naming no gazetteer
 * service but a candidate ("Zoomify") counts it as a pseudo-service `candidate:zoomify`, so two
 * reports of the same new app group like reports of any known service. Pseudo-ids live only inside
 * grouping; incidents carry the names in `candidateServices`.
 */
import { compareByCodePoint as compare } from "../../core/compare.ts";
import { toCandidateKey } from "../../understand/core/extract-candidate-services.ts";
import type { GroupableArticle } from "../definitions.ts";

const PREFIX = "candidate:";

/** The kebab-case form of a candidate name: "Yalla Shoot" → `yalla-shoot`, "زوميفاي" → itself. */
export function toCandidateKebab(name: string): string {
  return toCandidateKey(name).replace(/ /g, "-");
}

/** The pseudo-service id grouping uses for a candidate name: `candidate:yalla-shoot`. */
export function toCandidateId(name: string): string {
  return `${PREFIX}${toCandidateKebab(name)}`;
}

/** Whether a service id in grouping stands for a candidate name, not a gazetteer entry. */
export function isCandidateId(id: string): boolean {
  return id.startsWith(PREFIX);
}

/**
 * The article as grouping sees it: when it names no gazetteer service, its candidates are its
 * services. One named in the gazetteer is what the article is about; its candidates stay aside.
 */
export function withCandidateServices<A extends GroupableArticle>(article: A): A {
  if (article.services.length > 0 || !article.candidateServices?.length) return article;
  return { ...article, services: [...new Set(article.candidateServices.map(toCandidateId))].sort(compare) };
}

/**
 * The display names of the candidate `ids`, in their order: for each, the spelling most members
 * use, ties broken by code point so the same coverage always gives the same name.
 */
export function toCandidateNames(ids: readonly string[], members: readonly GroupableArticle[]): string[] {
  const spellings = new Map<string, Map<string, number>>();
  for (const name of members.flatMap((member) => member.candidateServices ?? [])) {
    const id = toCandidateId(name);
    const counts = spellings.get(id) ?? new Map<string, number>();
    spellings.set(id, counts.set(name, (counts.get(name) ?? 0) + 1));
  }
  return ids.flatMap((id) => {
    const ranked = [...(spellings.get(id) ?? [])].sort(([a, x], [b, y]) => y - x || compare(a, b));
    return ranked[0] ? [ranked[0][0]] : [];
  });
}

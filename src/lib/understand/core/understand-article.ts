/** Everything the pipeline understands about one article, from its title and text alone. */
import type { ArticleFacts } from "../../definitions.ts";
import type { ArticleInput, Gazetteer } from "../definitions.ts";
import { classifyCause } from "./classify-cause.ts";
import { classifyOutage } from "./classify-outage.ts";
import { detectLanguage } from "./detect-language.ts";
import { extractCandidateServices } from "./extract-candidate-services.ts";
import { extractStatements } from "./extract-statements.ts";
import { extractCountries } from "./extract-countries.ts";
import { extractServices } from "./extract-services.ts";
import { extractTimes } from "./extract-times.ts";

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Language, outage or not, services, countries, cause and times of an article. */
export function understandArticle(input: ArticleInput, gazetteer: Gazetteer): ArticleFacts {
  const full = input.title ? `${input.title}\n${input.text}` : input.text;
  const lang = input.lang ?? detectLanguage(full);
  const mentioned = extractCountries(full, gazetteer.countries);
  const named = extractServices(full, gazetteer.services, mentioned);
  // A status feed speaks for its own service even when an item does not name it.
  const services = sortedUnique(
    input.sourceKind === "status" ? [...named, ...(input.sourceServices ?? [])] : named,
  );
  // An operator that serves one country places its outage there ("inwi" means Morocco).
  const operatorCountries = gazetteer.services.flatMap((service) =>
    service.country !== undefined && services.includes(service.id) ? [service.country] : [],
  );
  const countries = sortedUnique([...mentioned, ...operatorCountries]);
  // A service the gazetteer does not know yet is still something that is out.
  const candidates = extractCandidateServices(full, gazetteer);
  const { isOutage } = classifyOutage({
    title: input.title,
    text: input.text,
    services,
    candidateServices: candidates,
    countries,
    sourceKind: input.sourceKind,
  });
  const facts: ArticleFacts = {
    lang,
    isOutage,
    services,
    ...(isOutage && candidates.length > 0 && { candidateServices: candidates }),
    countries,
    cause: "unknown",
  };
  // Causes and times describe an outage; on other stories they would be noise for grouping.
  if (!isOutage) return facts;
  const { cause, evidence } = classifyCause(full);
  const localTimeZone = gazetteer.countries.find((country) => country.code === input.sourceCountry)?.timeZone;
  const times = extractTimes(full, {
    countries: gazetteer.countries,
    ...(input.publishedAt === undefined ? {} : { publishedAt: input.publishedAt }),
    ...(localTimeZone === undefined ? {} : { localTimeZone }),
  });
  // The provider speaks for its services and for the group that owns them (Meta for WhatsApp).
  const owners = new Set(
    gazetteer.services.flatMap((s) => (services.includes(s.id) && s.group ? [s.group] : [])),
  );
  const speakers = gazetteer.services.filter((s) => services.includes(s.id) || owners.has(s.id));
  const [statement] = extractStatements(full, speakers);
  return {
    ...facts,
    cause,
    ...(evidence === undefined ? {} : { causeEvidence: evidence }),
    ...(times.start ? { startedAt: times.start.at, startedAtText: times.start.text } : {}),
    ...(times.start?.approximate ? { startedAtApproximate: true } : {}),
    ...(times.end ? { endedAt: times.end.at, endedAtText: times.end.text } : {}),
    ...(times.end?.approximate ? { endedAtApproximate: true } : {}),
    ...(statement ? { statement: statement.quote } : {}),
    ...(statement?.speaker ? { statementBy: statement.speaker } : {}),
  };
}

import type { GroupableArticle } from "../../../src/lib/group/definitions.ts";

/**
 * Makes outage articles for grouping tests; ids carry `prefix` and sort in creation order unless
 * given, and an article is fetched when published unless told otherwise.
 */
export function articleFactory(prefix: string, defaultFetchedAt: string) {
  let counter = 0;
  return (overrides: Partial<GroupableArticle>): GroupableArticle => {
    counter++;
    return {
      id: overrides.id ?? `${prefix}${String(counter).padStart(4, "0")}${"0".repeat(59)}`,
      title: "",
      text: "",
      lang: "fr",
      isOutage: true,
      services: [],
      countries: [],
      cause: "unknown",
      fetchedAt: overrides.publishedAt ?? defaultFetchedAt,
      ...overrides,
    };
  };
}

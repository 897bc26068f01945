import { describe, expect, it } from "vitest";
import type { Incident } from "../../../src/lib/definitions.ts";
import { toAliasRedirects } from "../../../src/site/view-models/alias-redirect.ts";

const incident = (id: string, slug: string): Incident => ({
  id,
  slug,
  title: { fr: `Panne ${id}`, ar: `عطل ${id}`, en: `${id} outage` },
  services: [],
  countries: [],
  cause: "unknown",
  startedAt: "2021-10-04T15:39:00.000Z",
  articleIds: [],
  updatedAt: "2021-10-04T18:00:00.000Z",
});
const INCIDENTS = [incident("meta", "2021-10-04-facebook-whatsapp"), incident("aws", "2021-12-07-aws")];

describe("toAliasRedirects", () => {
  it("leads each former slug to its incident's page in the locale, titled in that locale", () => {
    const aliases = [
      { slug: "2021-10-04-whatsapp", incidentId: "meta" },
      { slug: "2021-10-04-facebook", incidentId: "meta" },
    ];
    expect(toAliasRedirects(aliases, INCIDENTS, "ar")).toEqual([
      {
        alias: "2021-10-04-facebook",
        href: "/ar/incidents/2021-10-04-facebook-whatsapp/",
        title: "عطل meta",
      },
      {
        alias: "2021-10-04-whatsapp",
        href: "/ar/incidents/2021-10-04-facebook-whatsapp/",
        title: "عطل meta",
      },
    ]);
  });

  it("makes no page for an alias an incident uses as its slug again, or whose incident is gone", () => {
    const aliases = [
      { slug: "2021-12-07-aws", incidentId: "meta" },
      { slug: "2021-12-08-aws", incidentId: "deleted" },
    ];
    expect(toAliasRedirects(aliases, INCIDENTS, "fr")).toEqual([]);
  });
});

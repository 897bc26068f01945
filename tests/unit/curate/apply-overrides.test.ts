import { describe, expect, it, vi } from "vitest";
import { applyOverrides, formatOverrideOutcome } from "../../../src/lib/curate/core/apply-overrides.ts";
import { toSplitIncidentId } from "../../../src/lib/curate/core/restructure-incidents.ts";
import type { IncidentAlias, Override } from "../../../src/lib/curate/definitions.ts";
import type { Incident } from "../../../src/lib/definitions.ts";

const hash = (text: string) => `h${text.replace(/\W/g, "").slice(-15).padStart(15, "0")}`;

const incident = (fields: Partial<Incident> & Pick<Incident, "id" | "slug" | "articleIds">): Incident => ({
  title: { fr: fields.slug, ar: fields.slug, en: fields.slug },
  services: ["aws"],
  countries: [],
  cause: "unknown",
  startedAt: `${fields.slug.slice(0, 10)}T12:00:00.000Z`,
  updatedAt: `${fields.slug.slice(0, 10)}T18:00:00.000Z`,
  ...fields,
});

const AWS_1 = incident({ id: "inc-aws-1", slug: "2021-12-07-aws", articleIds: ["a1", "a2"] });
const AWS_2 = incident({ id: "inc-aws-2", slug: "2021-12-08-aws", articleIds: ["a3"] });
const META = incident({
  id: "inc-meta",
  slug: "2021-10-04-facebook-whatsapp",
  services: ["facebook", "whatsapp"],
  articleIds: ["m1", "m2", "m3"],
});
const CURATED = incident({
  id: "inc-cf",
  slug: "2022-06-21-cloudflare",
  services: ["cloudflare"],
  cause: "configuration",
  factSheetId: "2022-06-21-cloudflare",
  articleIds: ["c1"],
});
const INCIDENTS = [META, AWS_1, AWS_2, CURATED];
const ARTICLES = [
  ...["a1", "a2", "a3", "m1", "m2", "c1"].map((id) => ({ id, url: `https://example.com/${id}` })),
  // Stored with its tracking parameter; editors paste the link they see.
  { id: "m3", url: "https://example.com/2021/10/05/whatsapp-back?utm_source=feed" },
];
const SPLIT_ID = toSplitIncidentId("2021-10-05-whatsapp-follow-up", hash);

function apply(overrides: Override[], incidents = INCIDENTS, aliases: IncidentAlias[] = []) {
  return applyOverrides({
    overrides,
    incidents,
    aliases,
    articles: ARTICLES,
    hash,
    rederive: (list) => list,
  });
}
const bySlug = (incidents: Incident[], slug: string) => incidents.find((i) => i.slug === slug);
const split = (articles: string[], from = META.slug): Override => ({
  kind: "split",
  from,
  slug: "2021-10-05-whatsapp-follow-up",
  articles,
});

describe("applyOverrides", () => {
  it.each<{
    name: string;
    overrides: Override[];
    status: string;
    check: (r: ReturnType<typeof apply>) => void;
  }>([
    {
      name: "merge moves the others' articles into the first, which keeps its id and slug; their slugs redirect",
      overrides: [{ kind: "merge", slugs: [AWS_1.slug, AWS_2.slug] }],
      status: "applied",
      check: ({ incidents, aliases }) => {
        expect(bySlug(incidents, AWS_1.slug)).toMatchObject({ id: AWS_1.id, articleIds: ["a1", "a2", "a3"] });
        expect(bySlug(incidents, AWS_2.slug)).toBeUndefined();
        expect(aliases).toEqual([{ slug: AWS_2.slug, incidentId: AWS_1.id }]);
      },
    },
    {
      name: "merge may fold incidents into a curated one",
      overrides: [{ kind: "merge", slugs: [CURATED.slug, AWS_2.slug] }],
      status: "applied",
      check: ({ incidents }) => expect(bySlug(incidents, CURATED.slug)?.articleIds).toEqual(["a3", "c1"]),
    },
    {
      name: "merge never folds away an incident that has a fact sheet",
      overrides: [{ kind: "merge", slugs: [AWS_1.slug, CURATED.slug] }],
      status: "ignored",
      check: ({ incidents }) => expect(incidents).toEqual(INCIDENTS.slice().sort(byStart)),
    },
    {
      name: "split moves articles named by canonical URL and by id into a new incident with a fixed id",
      overrides: [split(["https://example.com/2021/10/05/whatsapp-back#comments", "m2"])],
      status: "applied",
      check: ({ incidents }) => {
        expect(bySlug(incidents, META.slug)?.articleIds).toEqual(["m1"]);
        expect(bySlug(incidents, "2021-10-05-whatsapp-follow-up")).toMatchObject({
          id: SPLIT_ID,
          services: META.services,
          articleIds: ["m2", "m3"],
        });
      },
    },
    {
      name: "split into an existing incident adds to it",
      overrides: [{ kind: "split", from: META.slug, slug: AWS_2.slug, articles: ["https://example.com/m1"] }],
      status: "applied",
      check: ({ incidents }) => expect(bySlug(incidents, AWS_2.slug)?.articleIds).toEqual(["a3", "m1"]),
    },
    {
      name: "split does not move an article that is in another incident",
      overrides: [split(["a1"])],
      status: "ignored",
      check: ({ outcomes }) => expect(outcomes[0]?.message).toBe(`"a1" not in "${META.slug}"`),
    },
    {
      name: "split never empties an incident (that is a rename)",
      overrides: [split(["m1", "m2", "m3"])],
      status: "ignored",
      check: ({ incidents }) => expect(incidents).toHaveLength(INCIDENTS.length),
    },
    {
      name: "rename keeps the old slug as an alias",
      overrides: [{ kind: "rename", slug: META.slug, to: "2021-10-04-facebook-instagram-whatsapp" }],
      status: "applied",
      check: ({ incidents, aliases }) => {
        expect(incidents.find((i) => i.id === META.id)?.slug).toBe("2021-10-04-facebook-instagram-whatsapp");
        expect(aliases).toEqual([{ slug: META.slug, incidentId: META.id }]);
      },
    },
    {
      name: "rename never takes another incident's slug",
      overrides: [{ kind: "rename", slug: AWS_2.slug, to: AWS_1.slug }],
      status: "ignored",
      check: ({ aliases }) => expect(aliases).toEqual([]),
    },
    {
      name: "set pins facts on an incident named by a slug it has just lost",
      overrides: [
        { kind: "rename", slug: AWS_1.slug, to: "2021-12-07-aws-us-east-1" },
        {
          kind: "set",
          slug: AWS_1.slug,
          facts: { cause: "configuration", endedAt: "2021-12-07T22:00:00.000Z" },
        },
      ],
      status: "applied",
      check: ({ incidents }) =>
        expect(bySlug(incidents, "2021-12-07-aws-us-east-1")).toMatchObject({
          cause: "configuration",
          endedAt: "2021-12-07T22:00:00.000Z",
        }),
    },
    {
      name: "set never ends an incident before it starts",
      overrides: [{ kind: "set", slug: AWS_1.slug, facts: { endedAt: "2021-12-06T00:00:00.000Z" } }],
      status: "ignored",
      check: ({ incidents }) => expect(bySlug(incidents, AWS_1.slug)?.endedAt).toBeUndefined(),
    },
    ...(["merge", "split", "rename", "set"] as const).map((kind) => ({
      name: `${kind} naming an unknown incident is skipped with a warning`,
      overrides: [
        {
          merge: { kind, slugs: [AWS_1.slug, "2021-12-09-aws"] },
          split: { kind, from: "2021-12-09-aws", slug: "2021-12-10-aws", articles: ["a1"] },
          rename: { kind, slug: "2021-12-09-aws", to: "2021-12-10-aws" },
          set: { kind, slug: "2021-12-09-aws", facts: { cause: "dns" } },
        }[kind] as Override,
      ],
      status: "ignored",
      check: ({ incidents, outcomes }: ReturnType<typeof apply>) => {
        expect(incidents).toEqual(INCIDENTS.slice().sort(byStart));
        expect(outcomes[0]?.message).toBe('no incident "2021-12-09-aws"');
      },
    })),
  ])("$name", ({ overrides, status, check }) => {
    const result = apply(overrides);
    expect(result.outcomes.map((outcome) => outcome.status)).toContain(status);
    check(result);
  });

  const ALL: Override[] = [
    { kind: "merge", slugs: [AWS_1.slug, AWS_2.slug] },
    split(["https://example.com/m1"]),
    { kind: "rename", slug: AWS_1.slug, to: "2021-12-07-aws-us-east-1" },
    { kind: "set", slug: AWS_2.slug, facts: { cause: "power", startPrecision: "hour" } },
  ];

  it("is idempotent: applying the result again changes nothing and says so", () => {
    const once = apply(ALL);
    expect(once.outcomes.map((o) => o.status)).toEqual(["applied", "applied", "applied", "applied"]);
    const twice = apply(ALL, once.incidents, once.aliases);
    expect(twice.incidents).toEqual(once.incidents);
    expect(twice.aliases).toEqual(once.aliases);
    expect(twice.outcomes.map((o) => o.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
  });

  it("re-derives facts only after articles moved, and pins facts after that", () => {
    const rederive = vi.fn((list: Incident[]) => list.map((i) => ({ ...i, cause: "dns" as const })));
    const run = (overrides: Override[]) =>
      applyOverrides({ overrides, incidents: INCIDENTS, aliases: [], articles: ARTICLES, hash, rederive });
    run([ALL[2]!, ALL[3]!]);
    expect(rederive).not.toHaveBeenCalled();
    const { incidents } = run(ALL);
    expect(rederive).toHaveBeenCalledOnce();
    expect(bySlug(incidents, "2021-12-07-aws-us-east-1")?.cause).toBe("power");
    expect(bySlug(incidents, META.slug)?.cause).toBe("dns");
  });

  it("drops aliases of vanished incidents and aliases a current slug has taken back", () => {
    const aliases = [
      { slug: "2021-12-06-aws", incidentId: "gone" },
      { slug: AWS_2.slug, incidentId: AWS_1.id },
      { slug: "2021-12-07-amazon", incidentId: AWS_1.id },
    ];
    expect(apply([], INCIDENTS, aliases).aliases).toEqual([
      { slug: "2021-12-07-amazon", incidentId: AWS_1.id },
    ]);
  });

  it("formats an outcome as one line naming the entry", () => {
    const [outcome] = apply([{ kind: "rename", slug: "2021-12-09-aws", to: "2021-12-10-aws" }]).outcomes;
    expect(formatOverrideOutcome(outcome!)).toBe('overrides.0 rename: no incident "2021-12-09-aws"');
  });
});

function byStart(a: Incident, b: Incident): number {
  return a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.id < b.id ? -1 : 1;
}

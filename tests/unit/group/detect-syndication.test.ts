import { describe, expect, it } from "vitest";
import {
  detectSyndication,
  type SyndicationArticle,
} from "../../../src/lib/group/core/detect-syndication.ts";
import {
  ARABIC_CABLE,
  MOBILE_OUTAGE,
  MOBILE_OUTAGE_INDEPENDENT,
  MOBILE_OUTAGE_NEW_INTRO,
  MOBILE_OUTAGE_TRANSLATED,
  SAME_HEADLINE,
} from "./fixture-stories.ts";

/** An article published at `hour` o'clock on one day, so ids and times order independently. */
function anArticle(id: string, hour: number, fields: Partial<SyndicationArticle> = {}): SyndicationArticle {
  const time = `2024-03-05T${String(hour).padStart(2, "0")}:00:00.000Z`;
  return {
    id,
    lang: "fr",
    title: "",
    text: "",
    url: `https://${id}.example.ma/article`,
    publishedAt: time,
    fetchedAt: time,
    ...fields,
  };
}

const ORIGINAL = anArticle("original", 20, {
  title: MOBILE_OUTAGE.title,
  text: MOBILE_OUTAGE.sentences.join(" "),
  url: "https://example.ma/eco/panne-reseau-mobile",
});
const byId = (copies: Map<string, string>) => Object.fromEntries([...copies].sort());

describe("detectSyndication", () => {
  it.each<[string, "a copy" | "not a copy", SyndicationArticle]>([
    [
      "an exact repost on a mirror site",
      "a copy",
      anArticle("repost", 21, {
        title: ORIGINAL.title,
        text: ORIGINAL.text,
        url: "https://mirror.example.net/1",
      }),
    ],
    [
      "wire copy with a rewritten intro sentence and no headline",
      "a copy",
      anArticle("wire", 22, {
        text: [MOBILE_OUTAGE_NEW_INTRO, ...MOBILE_OUTAGE.sentences.slice(1)].join(" "),
        url: "https://example.dz/tech/1",
      }),
    ],
    [
      "a mirror feed that retitles the story and cuts it after two sentences",
      "a copy",
      anArticle("cut", 23, {
        title: "Trois heures sans réseau mobile",
        text: MOBILE_OUTAGE.sentences.slice(0, 2).join(" "),
      }),
    ],
    [
      "the same page reached through a second feed of the outlet",
      "a copy",
      anArticle("second-feed", 21, {
        title: "Réseau mobile : la panne",
        url: "https://www.example.ma/eco/panne-reseau-mobile/",
      }),
    ],
    [
      "another outlet's own report quoting the same statement",
      "not a copy",
      anArticle("independent", 21, MOBILE_OUTAGE_INDEPENDENT),
    ],
    [
      "an English translation on a mirror site (not detectable from shingles)",
      "not a copy",
      anArticle("translated", 21, { ...MOBILE_OUTAGE_TRANSLATED, lang: "en" }),
    ],
  ])("finds %s to be %s of the original", (_, verdict, candidate) => {
    const expected = verdict === "a copy" ? ORIGINAL.id : undefined;
    expect(detectSyndication([ORIGINAL, candidate]).get(candidate.id)).toBe(expected);
  });

  it.each<[string, SyndicationArticle[], Record<string, string>]>([
    [
      "identical headlines of six words or more on title-only items",
      [
        anArticle("dz", 8, { title: "Coupure d'internet à Oran ce matin, les abonnés inquiets" }),
        anArticle("mirror", 9, { title: "Coupure d’internet à Oran ce matin : les abonnés inquiets" }),
      ],
      { mirror: "dz" },
    ],
    [
      "short identical headlines, which independent outlets write by chance",
      [
        anArticle("ma", 8, { title: "Panne WhatsApp au Maroc" }),
        anArticle("dz", 9, { title: "Panne WhatsApp au Maroc" }),
      ],
      {},
    ],
    [
      "one generic headline over two different stories",
      [
        anArticle("a", 8, { title: SAME_HEADLINE.title, text: SAME_HEADLINE.first }),
        anArticle("b", 9, { title: SAME_HEADLINE.title, text: SAME_HEADLINE.second }),
      ],
      {},
    ],
    [
      "an Arabic copy spelled with other alef forms, diacritics, tatweel and ه for ة",
      [
        anArticle("ar-original", 8, { lang: "ar", title: ARABIC_CABLE.title, text: ARABIC_CABLE.text }),
        anArticle("ar-copy", 9, {
          lang: "ar",
          title: ARABIC_CABLE.variantTitle,
          text: ARABIC_CABLE.variantText,
        }),
      ],
      { "ar-copy": "ar-original" },
    ],
    [
      "articles without any text, such as curated links",
      [anArticle("link-1", 8), anArticle("link-2", 9)],
      {},
    ],
  ])("decides %s", (_, articles, expected) => {
    expect(byId(detectSyndication(articles))).toEqual(expected);
  });

  it("takes the earliest publication as the original, the fetch time standing in for a missing date", () => {
    const repost = { title: ORIGINAL.title, text: ORIGINAL.text };
    const articles = [
      anArticle("published-late", 22, repost),
      {
        ...anArticle("fetched-early", 0, repost),
        publishedAt: undefined,
        fetchedAt: "2024-03-05T19:00:00.000Z",
      },
      anArticle("published-mid", 21, repost),
    ];
    expect(byId(detectSyndication(articles))).toEqual({
      "published-late": "fetched-early",
      "published-mid": "fetched-early",
    });
  });

  it("breaks a tie in time by id", () => {
    const repost = { title: ORIGINAL.title, text: ORIGINAL.text };
    const articles = [anArticle("b-outlet", 20, repost), anArticle("a-outlet", 20, repost)];
    expect(byId(detectSyndication(articles))).toEqual({ "b-outlet": "a-outlet" });
  });

  it("never chains two different stories through an excerpt that both contain", () => {
    const shared = MOBILE_OUTAGE.sentences.slice(0, 2).join(" ");
    const articles = [
      anArticle("story-a", 8, { text: `${shared} ${MOBILE_OUTAGE.sentences.slice(2).join(" ")}` }),
      anArticle("story-b", 9, {
        text: `${shared} ${MOBILE_OUTAGE_INDEPENDENT.text} ${SAME_HEADLINE.second}`,
      }),
      anArticle("excerpt", 10, { text: shared }),
    ];
    expect(byId(detectSyndication(articles))).toEqual({ excerpt: "story-a" });
  });

  it("gives the same answer whatever the input order", () => {
    const articles = [
      ORIGINAL,
      anArticle("repost", 21, { title: ORIGINAL.title, text: ORIGINAL.text }),
      anArticle("independent", 21, MOBILE_OUTAGE_INDEPENDENT),
      anArticle("cut", 23, { title: ORIGINAL.title, text: MOBILE_OUTAGE.sentences.slice(0, 2).join(" ") }),
      anArticle("ar", 8, { lang: "ar", title: ARABIC_CABLE.title, text: ARABIC_CABLE.text }),
      anArticle("ar-copy", 9, {
        lang: "ar",
        title: ARABIC_CABLE.variantTitle,
        text: ARABIC_CABLE.variantText,
      }),
    ];
    const expected = { repost: "original", cut: "original", "ar-copy": "ar" };
    for (const order of [articles, [...articles].reverse(), [...articles.slice(3), ...articles.slice(0, 3)]])
      expect(byId(detectSyndication(order))).toEqual(expected);
  });
});

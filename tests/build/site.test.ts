/**
 * Checks on the built site: the fixture dataset is written to a fresh SQLite file, `astro build` runs
 * twice from it (UTC, then Pacific/Auckland with another system locale) and once with no database.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, relative, sep } from "node:path";
import Parser from "rss-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANGS, LOCALES, isLang } from "../../src/config/locales.ts";
import { exportSchema } from "../../src/lib/export/export-schema.ts";
import { openDatabase } from "../../src/lib/store/open-database.ts";
import { UI } from "../../src/i18n/index.ts";
import { buildSite } from "./build-site.ts";
import {
  FIXTURE_ALIASES,
  FIXTURE_ARTICLES,
  FIXTURE_INCIDENTS,
  FIXTURE_NEWEST_TIME,
  FIXTURE_TITLES,
  writeFixtureDataset,
} from "./fixture-dataset.ts";

const SITE = "https://outage-atlas.example";
const ROOT = process.cwd();
let work = "";
const out = { utc: "", auckland: "", empty: "" };

beforeAll(() => {
  // Astro only cleans up its intermediate files when outDir is inside the project: build under .tmp/.
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  work = mkdtempSync(join(ROOT, ".tmp", "site-build-"));
  Object.assign(out, {
    utc: join(work, "utc"),
    auckland: join(work, "auckland"),
    empty: join(work, "empty"),
  });
  const dbFile = join(work, "atlas.sqlite");
  const db = openDatabase(dbFile);
  writeFixtureDataset(db);
  db.close();
  buildSite({ ATLAS_DB: dbFile, ATLAS_OUT_DIR: out.utc, TZ: "UTC", LANG: "C.UTF-8" });
  buildSite({ ATLAS_DB: dbFile, ATLAS_OUT_DIR: out.auckland, TZ: "Pacific/Auckland", LANG: "ar_MA.UTF-8" });
  buildSite({ ATLAS_DB: join(work, "missing.sqlite"), ATLAS_OUT_DIR: out.empty, TZ: "UTC" });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), "utf8");
}

/** The redirect page Astro writes for `/` is not a page of the site. */
const pages = (dir: string) =>
  listFiles(dir).filter((file) => file.endsWith(".html") && file !== "index.html");
const localeOf = (file: string) => {
  const first = file.split("/")[0];
  return isLang(first) ? first : undefined;
};
const WHATSAPP = FIXTURE_INCIDENTS[0]!;
/** Redirect pages (old URLs of renamed incidents) point elsewhere: no alternates of their own. */
const isRedirect = (file: string) => read(out.utc, file).includes('http-equiv="refresh"');

/** C0 control characters XML 1.0 forbids (all but tab, line feed and carriage return). */
const controlCharacters = (text: string) =>
  [...text].filter((char) => char.charCodeAt(0) < 0x20 && !"\t\n\r".includes(char));

describe("the built site", () => {
  it("gives every page the <html lang dir> of its locale, Arabic right-to-left, the 404 in French", () => {
    const files = pages(out.utc);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const lang = localeOf(file) ?? "fr";
      expect(read(out.utc, file), file).toMatch(
        new RegExp(`<html lang="${lang}" dir="${LOCALES[lang].dir}">`),
      );
    }
  });

  it("links every localized page to its versions in fr, ar and en, plus x-default and canonical", () => {
    for (const file of pages(out.utc).filter((page) => localeOf(page) && !isRedirect(page))) {
      const html = read(out.utc, file);
      const path = file.replace(/^[a-z]{2}\//, "").replace(/index\.html$/, "");
      for (const lang of LANGS) {
        expect(html, file).toContain(
          `<link rel="alternate" hreflang="${lang}" href="${SITE}/${lang}/${path}">`,
        );
      }
      expect(html, file).toContain(`<link rel="alternate" hreflang="x-default" href="${SITE}/fr/${path}">`);
      expect(html, file).toContain(`<link rel="canonical" href="${SITE}/${localeOf(file)}/${path}">`);
    }
  });

  it("publishes each incident under its slug in all three locales, and a page per affected service", () => {
    for (const lang of LANGS) {
      for (const incident of FIXTURE_INCIDENTS) {
        expect(existsSync(join(out.utc, lang, "incidents", incident.slug, "index.html"))).toBe(true);
      }
      for (const service of ["facebook", "instagram", "whatsapp", "maroc-telecom"]) {
        expect(existsSync(join(out.utc, lang, "services", service, "index.html"))).toBe(true);
        expect(existsSync(join(out.utc, lang, "services", service, "rss.xml"))).toBe(true);
      }
      expect(existsSync(join(out.utc, lang, "archive", "2021", "index.html"))).toBe(true);
    }
  });

  it("marks Arabic article titles lang=ar dir=auto on every locale's incident page", () => {
    for (const lang of LANGS) {
      const html = read(out.utc, `${lang}/incidents/${WHATSAPP.slug}/index.html`);
      const tag = html.match(new RegExp(`<a ([^>]*)>\\s*${FIXTURE_TITLES.arabicArticle}\\s*</a>`));
      expect(tag?.[1]).toContain('lang="ar"');
      expect(tag?.[1]).toContain('dir="auto"');
    }
  });

  it("renders the facts box in the page's language and marks the official account", () => {
    const ar = read(out.utc, `ar/incidents/${WHATSAPP.slug}/index.html`);
    expect(ar).toContain(WHATSAPP.title.ar);
    expect(ar).toContain(UI.ar["cause.bgp"]);
    expect(ar).toContain(UI.ar["incident.official"]);
    expect(ar).toContain("6 ساعات و12 دقيقة");
    expect(read(out.utc, `fr/incidents/${WHATSAPP.slug}/index.html`)).toContain("6 heures et 12 minutes");
  });

  it("lists a service the gazetteer does not know yet as plain text, marked, with no page of its own", () => {
    for (const lang of LANGS) {
      const html = read(out.utc, `${lang}/incidents/2024-12-14-maroc-telecom/index.html`);
      expect(html).toContain("<bdi>Yalla Shoot</bdi>");
      expect(html).toContain(UI[lang]["incident.candidate_service"]);
      expect(html).not.toMatch(/href="[^"]*yalla/i);
    }
    expect(listFiles(out.utc).filter((file) => /yalla/i.test(file))).toEqual([]);
  });

  it("serves feeds that parse, carry items and say their language, with control characters stripped", async () => {
    const feeds = listFiles(out.utc).filter((file) => file.endsWith(".xml"));
    expect(feeds.length).toBe(3 + 3 * 4);
    for (const file of feeds) {
      const xml = read(out.utc, file);
      expect(controlCharacters(xml), file).toEqual([]);
      const feed = await new Parser().parseString(xml);
      expect(feed.language, file).toBe(LOCALES[localeOf(file)!].rssLanguage);
      expect(feed.items.length, file).toBeGreaterThan(0);
      for (const item of feed.items) expect(item.guid, file).toBe(item.link);
    }
    const en = await new Parser().parseString(read(out.utc, "en/rss.xml"));
    expect(en.items.map((item) => item.link)).toEqual([
      `${SITE}/en/incidents/2024-12-14-maroc-telecom/`,
      `${SITE}/en/incidents/${WHATSAPP.slug}/`,
    ]);
    const incidentPage = read(out.utc, `en/incidents/${WHATSAPP.slug}/index.html`);
    expect(incidentPage).toContain("WhatsApp, Facebook &amp; Instagram &lt;down&gt; worldwide");
  });

  it("exports every incident and article in the documented JSON shape", () => {
    const document = exportSchema.parse(JSON.parse(read(out.utc, "api/incidents.json")));
    expect(document.generatedAt).toBe(FIXTURE_NEWEST_TIME);
    expect(document.incidents.map((incident) => incident.slug)).toEqual(FIXTURE_INCIDENTS.map((i) => i.slug));
    expect(document.articles).toHaveLength(FIXTURE_ARTICLES.length);
    expect(document.articles.find((article) => !article.isOutage)?.incidentId).toBeNull();
  });

  it("redirects a renamed incident's old URL to its page, in every locale", () => {
    const [alias] = FIXTURE_ALIASES;
    for (const lang of LANGS) {
      const target = `/${lang}/incidents/${WHATSAPP.slug}/`;
      const html = read(out.utc, `${lang}/incidents/${alias!.slug}/index.html`);
      expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${target}">`);
      expect(html).toContain(`<link rel="canonical" href="${SITE}${target}">`);
      expect(html).toContain(`<a href="${target}">${WHATSAPP.title[lang]}</a>`);
    }
  });

  it("redirects / to /fr/", () => {
    expect(read(out.utc, "index.html")).toContain('<meta http-equiv="refresh" content="0;url=/fr/">');
  });

  it("ships no client JavaScript and styles with logical properties only", () => {
    const files = listFiles(out.utc);
    expect(files.filter((file) => file.endsWith(".js") || file.endsWith(".mjs"))).toEqual([]);
    const physical =
      /(?:margin|padding|border|inset)-(?:left|right|top|bottom)\b|[{;]\s*(?:left|right|float)\s*:|text-align:\s*(?:left|right)/;
    for (const file of files.filter((name) => name.endsWith(".html") || name.endsWith(".css"))) {
      const text = read(out.utc, file);
      expect(text, file).not.toMatch(/<script\b/);
      const css = file.endsWith(".css")
        ? text
        : [...text.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]).join("");
      expect(css, file).not.toMatch(physical);
    }
  });

  it("keeps an incident page under 50 KB of HTML and CSS", () => {
    const html = read(out.utc, `fr/incidents/${WHATSAPP.slug}/index.html`);
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
      read(out.utc, m[1]!),
    );
    expect(Buffer.byteLength(html + sheets.join(""))).toBeLessThan(50_000);
  });

  it("gives byte-identical files from the same database, whatever the time zone and locale", () => {
    const hashes = (dir: string) =>
      Object.fromEntries(
        listFiles(dir).map((file) => [
          file,
          createHash("sha256")
            .update(readFileSync(join(dir, file)))
            .digest("hex"),
        ]),
      );
    expect(hashes(out.auckland)).toEqual(hashes(out.utc));
  });

  it("builds without a database and says there is nothing yet", () => {
    for (const lang of LANGS) expect(read(out.empty, `${lang}/index.html`)).toContain(UI[lang]["home.empty"]);
    const document = exportSchema.parse(JSON.parse(read(out.empty, "api/incidents.json")));
    expect(document).toEqual({ generatedAt: "1970-01-01T00:00:00.000Z", incidents: [], articles: [] });
  });
});

// @ts-check
import { defineConfig } from "astro/config";
import { DEFAULT_LANG, LANGS } from "./src/config/locales.ts";

// Tests build into a temporary directory and may point the site elsewhere; nothing else reads env here.
const site = process.env.ATLAS_SITE ?? "https://outage-atlas.example";
const outDir = process.env.ATLAS_OUT_DIR ?? "./dist";

export default defineConfig({
  site,
  outDir,
  trailingSlash: "always",
  build: { format: "directory" },
  i18n: {
    defaultLocale: DEFAULT_LANG,
    locales: [...LANGS],
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: true },
  },
  // A static host cannot send a Location header: Astro writes a meta-refresh page for `/`.
  redirects: { "/": `/${DEFAULT_LANG}/` },
  vite: { ssr: { external: ["better-sqlite3"] } },
});

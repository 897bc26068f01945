import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { useTranslations } from "../../i18n/index.ts";
import { readSiteData } from "../../site/data.ts";
import { toFeedResponse } from "../../site/feed-response.ts";
import { toLangPaths } from "../../site/static-paths.ts";
import { toLocalePath } from "../../site/urls.ts";

/** One feed per locale: new and updated incidents. */
export const getStaticPaths = (() => toLangPaths()) satisfies GetStaticPaths;

/** Renders `/{lang}/rss.xml`. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site, url }) => {
  const { lang } = props;
  const { t } = useTranslations(lang);
  const { incidents, gazetteer } = readSiteData();
  return toFeedResponse({
    lang,
    title: t("feed.title"),
    description: t("feed.description"),
    pagePath: toLocalePath(lang),
    site: site ?? url,
    incidents,
    gazetteer,
  });
};

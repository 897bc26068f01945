import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { LANGS } from "../../../../config/locales.ts";
import { useTranslations } from "../../../../i18n/index.ts";
import { readSiteData } from "../../../../site/data.ts";
import { toFeedResponse } from "../../../../site/feed-response.ts";
import { PATHS, toLocalePath } from "../../../../site/urls.ts";
import { toServiceName } from "../../../../site/view-models/names.ts";
import { toServiceIds, toServiceIncidents } from "../../../../site/view-models/service-history.ts";

/** One feed per locale and service that has incidents. */
export const getStaticPaths = (() => {
  const { incidents } = readSiteData();
  return LANGS.flatMap((lang) =>
    toServiceIds(incidents).map((service) => ({ params: { lang, service }, props: { lang, service } })),
  );
}) satisfies GetStaticPaths;

/** Renders `/{lang}/services/{service}/rss.xml`. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site, url }) => {
  const { lang, service } = props;
  const { t } = useTranslations(lang);
  const { incidents, gazetteer } = readSiteData();
  const name = toServiceName(service, gazetteer, lang);
  return toFeedResponse({
    lang,
    title: t("feed.service_title", { service: name }),
    description: t("feed.service_description", { service: name }),
    pagePath: toLocalePath(lang, PATHS.service(service)),
    site: site ?? url,
    incidents: toServiceIncidents(service, incidents),
    gazetteer,
  });
};

/** `getStaticPaths` results shared by the localized routes. */
import { LANGS, type Lang } from "../config/locales.ts";

/** One path per locale, with the locale also passed as a typed prop. */
export function toLangPaths(): { params: { lang: Lang }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

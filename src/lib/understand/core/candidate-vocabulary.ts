/**
 * Word lists for finding services the gazetteer does not know yet: what can sit between an outage
 * word and a name ("panne de l'application X", "X est en panne"), and capitalised words that are
 * not names (sentence openers, months, generic nouns). Written naturally, normalised once here.
 */
import { listTerms } from "./match-terms.ts";
import { normalizeForMatching } from "./normalize-text.ts";
import { OUTAGE_TERMS, SUBJECT_TERMS, WEAK_OUTAGE_TERMS } from "./outage-vocabulary.ts";

function toWordSet(...lists: string[][]): ReadonlySet<string> {
  return new Set(
    lists
      .flat()
      .map(normalizeForMatching)
      .filter((term) => !/\s/u.test(term)),
  );
}

const MONTHS_AND_DAYS = listTerms(`
  janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre,
  lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche,
  january, february, march, april, may, june, july, august, september, october, november, december,
  jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec,
  monday, tuesday, wednesday, thursday, friday, saturday, sunday,
  يناير, فبراير, مارس, أبريل, ماي, مايو, يونيو, يوليوز, يوليو, غشت, أغسطس, شتنبر, سبتمبر, أكتوبر, نونبر,
  نوفمبر, دجنبر, ديسمبر, جانفي, فيفري, أفريل, جوان, جويلية, أوت, كانون, شباط, آذار, نيسان, أيار, حزيران,
  تموز, آب, أيلول, تشرين, أحد, اثنين, ثلاثاء, أربعاء, خميس, جمعة, سبت
`);

// Capitalised at the start of a sentence, in headlines, or as generic technical nouns; and the
// outage trackers every report cites ("Downdetector"), which observe outages rather than have them.
const COMMON_WORDS = listTerms(`
  le, la, les, l, un, une, des, du, de, d, et, ou, en, au, aux, à, ce, cet, cette, ces, il, elle, ils,
  elles, on, nous, vous, son, sa, ses, leur, leurs, notre, nos, qui, que, dont, où, mais, donc, car,
  selon, depuis, pendant, après, avant, hier, aujourd, demain, plusieurs, certains, certaines, tous,
  toutes, tout, toute, aucun, aucune, chaque, autre, autres, même, nouvelle, nouveau, nouvel, grosse,
  gros, grande, grand, énorme, vaste, importante, important, longue, brève, sérieuse, générale,
  général, mondiale, mondial, massive, totale, partielle, majeure, technique, informatique,
  numérique, nationale, national, internationale, publique, public, état, gouvernement, ministère,
  ministre, président, société, entreprise, groupe, opérateur, clients, utilisateurs, internautes,
  abonnés, usagers, bourse, téléphone, fixe, wifi, wi-fi, données, ainsi, alors, encore,
  enfin, puis, déjà, toujours, ici, voici, oui, non, pourquoi, comment, quand, lorsque, matin, soir,
  midi, nuit, heure, heures, semaine, week-end, m, mme, mlle, dr, pr, me, monsieur, madame, vidéo,
  the, a, an, and, or, but, if, so, of, in, at, to, for, from, by, with, about, as, is, are, was,
  were, be, it, its, this, that, these, those, he, she, they, we, you, i, his, her, their, our, your,
  who, what, when, where, why, how, which, there, here, some, many, several, most, all, any, every,
  each, no, not, other, another, more, after, before, since, during, while, yesterday, today,
  tomorrow, tonight, morning, evening, afternoon, night, week, weekend, new, big, huge, massive,
  major, global, worldwide, widespread, nationwide, partial, total, brief, long, latest, recent,
  ongoing, previous, last, first, second, thousands, millions, hundreds, dozens, milliers, centaines,
  dizaines, technical, digital, online, company, government, ministry,
  minister, president, according, breaking, update, updated, live, report, reports, news, officials,
  official, users, customers, people, mr, mrs, ms, prof, ceo, cto, yes, please, thanks,
  dns, bgp, api, cdn, vpn, sms, gps, ip, isp, fai, it, ia, ai, 3g, 4g, 5g, lte, tv, gmt, utc, cet,
  cest, est, pst, pdt, edt, bst, am, pm, h, eur, usd, mad, dh, dhs, dzd, tnd, ok, faq, url, www, web,
  europe, afrique, africa, asie, asia, amérique, america, maghreb, mena, moyen-orient, middle, east,
  west, north, south, golfe, gulf, nord, sud, ouest, ue, eu, onu, covid, covid-19, coronavirus,
  ramadan, aïd, eid, noël, christmas, bac, baccalauréat, downdetector, netblocks, ookla, kentik,
  thousandeyes, ioda, urgent, alerte, flash, exclusif, exclusive, direct, photos, info, infos, actu,
  في, من, إلى, على, عن, مع, منذ, بعد, قبل, خلال, حول, لدى, عند, بين, دون, حتى, أو, ثم, لا, لم, لن, ما,
  أن, إن, قد, كان, كانت, هذا, هذه, ذلك, تلك, هو, هي, هم, التي, الذي, كل, بعض, عدة, عدد, آخر, أخرى,
  جديد, جديدة, كبير, كبيرة, واسع, مفاجئ, عالمي, يوم, اليوم, أمس, صباح, مساء, ليلة, ساعات, ساعة, مدة,
  لمدة, طيلة, نحو, حوالي, بسبب, رغم, وسط, إثر, جراء, تواصل, اتصالات, إلكتروني, رسمي, حكومي, خاص, عام,
  وطني, محلي, دولي, مالي, بنكي, مصرفي, ذكي, نقال, محمول, هاتف, دفع, بث, مباشر, تحويل, تعليم, حجز,
  أخبار, إخباري, فيديو, صور, رقمي, معروف, شهير, تابع, واحد, مستخدمي, مستخدمين, زبناء, عملاء, باك,
  بكالوريا, طيران, تأمين, نقل, كهرباء, ماء, مياه, نفط, بترول, غاز, تكنولوجيا, برمجيات, أمن, اتصال,
  توصيل, تراسل, تداول, ويب, إنترنت, تسوق, ألعاب
`);

/** Words that are never (part of) a service name on their own, normalised. */
export const NOT_NAMES = toWordSet(
  MONTHS_AND_DAYS,
  COMMON_WORDS,
  OUTAGE_TERMS,
  WEAK_OUTAGE_TERMS,
  SUBJECT_TERMS,
);

/**
 * Words allowed between an outage word and the name after it: "panne géante de l'application X".
 * No verbs such as "touchant" or "hits": they take places ("hits Toronto") as often as services.
 */
export const LINKS_BEFORE_NAME = toWordSet(
  listTerms(`
  de, du, des, d, chez, sur, le, la, les, l, son, sa, ses, pour, géante, mondiale, massive, majeure,
  générale, importante, grosse, nouvelle, technique, informatique, totale, partielle, service,
  services, serveurs, réseau,
  systèmes, application, appli, app, plateforme, site, messagerie, banque, opérateur, fournisseur,
  entreprise, société, groupe, enseigne, clients, utilisateurs, abonnés,
  the, its, of, at, on, for, to, major, big, global, worldwide,
  widespread, nationwide, new, technical, servers, network, systems, platform, website, bank,
  operator, provider, company, users, customers,
  في, ب, لدى, على, تطبيق, تطبيقات, منصة, منصات, موقع, مواقع, شركة, بنك, مصرف, خدمة, خدمات, شبكة, تقني,
  كبير, واسع, مفاجئ, عالمي, شامل, جديد, مستخدمي, زبناء, عملاء
`),
);

/**
 * Words allowed between a name and the outage word after it: "X a subi une panne", "X is down".
 * Not "hit by", "touchée par": places are hit by outages as often as services.
 */
export const LINKS_AFTER_NAME = toWordSet(
  listTerms(`
  en, est, sont, était, étaient, a, ont, avait, subi, subit, connaît, connait, connu, rencontre,
  victime, d, une, un, de, toujours, encore, complètement, totalement, partiellement, actuellement,
  momentanément, temporairement, également, aussi, app, application, appli, site, plateforme,
  service, services, serveurs, clients, utilisateurs, abonnés, réseau, systèmes,
  is, are, was, were, has, have, had, been, being, s, suffered, suffers, suffering, experienced,
  experiencing, experiences, an, currently, still, partially, completely, totally, briefly,
  temporarily, also, website, platform, servers, users, customers, network, systems,
  يعاني, تعاني, عانى, عانت, يشهد, تشهد, شهد, شهدت, عرف, عرفت, يعرف, تعرف, تعرض, تعرضت, من, أيضا,
  حاليا, مجددا
`),
);

/** Lowercase words that may join capitalised ones inside a name: "Crédit du Maroc", "Bank of Africa". */
export const NAME_CONNECTORS = toWordSet(listTerms(`de, du, des, of`));

/** Arabic nouns that introduce a name: "تطبيق X", "منصة X", "بنك X". */
export const NAME_INTRODUCERS = toWordSet(listTerms(`تطبيق, منصة, موقع, شركة, بنك, مصرف`));

/** Words right before a name that make it a person quoted, not a service: "selon Jean Dupont". */
export const ATTRIBUTION = toWordSet(
  listTerms(`
  selon, après, déclaré, explique, expliqué, indique, indiqué, affirme, affirmé, ajoute, ajouté,
  précise, précisé, confie, raconte, porte-parole, directeur, directrice, pdg, ministre, m, mme, mlle,
  monsieur, madame, according, said, says, told, spokesperson, spokesman, spokeswoman, ceo,
  minister, mr, mrs, ms, dr,
  قال, قالت, يقول, تقول, حسب, بحسب, وفق, وفقا, صرح, صرحت, أكد, أكدت, أوضح, أوضحت, السيد, السيدة
`),
);

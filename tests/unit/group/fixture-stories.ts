/**
 * Outage stories written for the syndication tests (fictional outlets, invented events): an
 * original, the ways other sites republish it, and independent reports of the same outage.
 */

/** A French report on a mobile network outage, six sentences, as the first outlet published it. */
export const MOBILE_OUTAGE = {
  title: "Panne géante du réseau mobile de Maroc Telecom mardi soir",
  sentences: [
    "Les abonnés de Maroc Telecom ont été privés de réseau mobile pendant près de trois heures mardi soir dans plusieurs grandes villes du royaume.",
    "Les premiers signalements sont apparus vers 19h30 à Casablanca, puis à Rabat, Fès et Tanger.",
    "Les appels, les SMS et l'internet mobile étaient touchés, tandis que l'ADSL fonctionnait normalement selon plusieurs utilisateurs.",
    "Dans un communiqué publié peu avant minuit, l'opérateur a évoqué un incident technique sur un équipement central de son cœur de réseau.",
    "Le service a été rétabli progressivement à partir de 22h15, sans que la cause exacte ne soit précisée.",
    "L'opérateur a présenté ses excuses à ses clients et promet un geste commercial dans les prochains jours.",
  ],
};

/** Wire copy: a regional site rewrote the first sentence and kept the rest. */
export const MOBILE_OUTAGE_NEW_INTRO =
  "Une coupure inhabituelle a frappé mardi le premier opérateur marocain, laissant des millions de clients sans signal.";

/** Another outlet's own report of the same outage: same facts, same quoted statement, its own words. */
export const MOBILE_OUTAGE_INDEPENDENT = {
  title: "Maroc Telecom : le réseau mobile coupé pendant trois heures",
  text: [
    "Mardi soir, impossible de téléphoner ou de naviguer sur son smartphone pour de nombreux clients de Maroc Telecom.",
    "L'opérateur historique parle d'un incident technique sur un équipement central de son cœur de réseau.",
    "Selon nos informations, la panne a débuté peu après 19h30 et le retour à la normale s'est fait vers 22h15.",
    "Les clients de l'ADSL et de la fibre n'ont pas été concernés.",
  ].join(" "),
};

/** The same story translated into English by a mirror site: shingles cannot see a translation. */
export const MOBILE_OUTAGE_TRANSLATED = {
  title: "Huge Maroc Telecom mobile network outage on Tuesday evening",
  text: "Maroc Telecom subscribers were left without mobile service for nearly three hours on Tuesday evening in several major cities of the kingdom. The first reports came in around 7:30 pm in Casablanca, then in Rabat, Fez and Tangier.",
};

/** Two unrelated stories under one generic headline of seven words. */
export const SAME_HEADLINE = {
  title: "WhatsApp en panne dans plusieurs pays ce mardi",
  first:
    "Depuis le début de l'après-midi, les messages restent bloqués sur une seule coche grise pour une partie des utilisateurs européens. Meta indique travailler au rétablissement du service.",
  second:
    "Au Maghreb, de nombreux internautes ont signalé sur les réseaux sociaux l'impossibilité d'envoyer des photos et des notes vocales. Le site de suivi des pannes enregistrait un pic de plaintes vers 15 heures.",
};

/** An Arabic report and a mirror's copy spelled with other alef forms, diacritics, tatweel and ه for ة. */
export const ARABIC_CABLE = {
  title: "انقطاع واسع لخدمة الإنترنت في الجزائر بسبب عطل في كابل بحري",
  text: "تعرضت خدمة الإنترنت في عدة ولايات جزائرية لانقطاع واسع صباح اليوم الأحد. وأوضحت شركة اتصالات الجزائر أن العطل ناتج عن ضرر أصاب أحد الكوابل البحرية قبالة سواحل عنابة. وأكدت الشركة أن فرقها التقنية تعمل على إصلاح العطل في أقرب الآجال، معتذرة لزبائنها عن الإزعاج.",
  variantTitle: "إنقطاع واسِع لخدمه الانترنت في الجزائـر بسبب عُطل في كابل بَحري",
  variantText:
    "تَعرّضت خدمه الانترنت في عدة وِلايات جزائرية لإنقطاع واسع صباح اليوم الأحد. وأَوضحت شركة إتصالات الجزائـر أنّ العطل ناتج عن ضرر أصاب أحد الكوابل البحريه قبالة سواحل عنّابة. وأكّدت الشركة أن فرقها التقنيه تعمل على إصلاح العطل في أقرب الآجال، معتذره لزبائنها عن الإزعاج.",
};

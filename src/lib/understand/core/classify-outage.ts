/** Decides whether an article reports an outage, from its wording and what it is about. */
import { compileTerms, findTerms, listTerms } from "./match-terms.ts";
import { normalizeForMatching } from "./normalize-text.ts";
import { OUTAGE_TERMS, SUBJECT_TERMS, WEAK_OUTAGE_TERMS } from "./outage-vocabulary.ts";

/** What the classifier looks at. */
export interface OutageClassificationInput {
  title: string;
  text: string;
  /** Services found in the article: an outage needs something to be out. */
  services: readonly string[];
  /** Names of services the gazetteer does not know yet, found next to outage wording. */
  candidateServices?: readonly string[];
  countries: readonly string[];
  sourceKind: "news" | "status";
}

/** The decision and the score behind it (positive evidence minus hard negatives). */
export interface OutageClassification {
  isOutage: boolean;
  score: number;
}

/** Score at or above which an article with a subject is an outage report. */
const THRESHOLD = 1;

// Data breaches at telcos: "piratage" alone can be a DDoS that takes a site down, so data must be named.
const BREACH = listTerms(`
  fuite de données, fuites de données, vol de données, données personnelles, données de clients,
  data breach, data leak, leaked data, stolen data, personal data, customer data, breach,
  تسريب بيانات, تسريب البيانات, بيانات شخصية, البيانات الشخصية, سرقة بيانات, بيانات الزبناء, بيانات العملاء
`);
// Fact-checks of rumoured outages.
const FACT_CHECK = listTerms(`
  faux, fausse, fausses, fake, fake news, intox, infox, rumeur, rumeurs, hoax, rumor, rumors, rumour,
  rumours, misleading, fact check, fact-check, aucune panne, pas de panne, no outage, did not happen,
  n'a pas eu lieu, démenti, dément, denies, شائعة, شائعات, إشاعة, إشاعات, مزيف, مزيفة, كاذب, كاذبة,
  غير صحيح, لا صحة, زائف, زائفة, لم يحدث, تنفي, نفت
`);
// Product news: launches, features, betas.
const PRODUCT = listTerms(`
  nouvelle fonctionnalité, nouvelles fonctionnalités, fonctionnalité, fonctionnalités, nouveauté,
  nouveautés, lance, lancement, dévoile, new feature, new features, feature, features, launches,
  launched, launch, rolling out, rolls out, beta, unveils,
  ميزة, ميزة جديدة, ميزات, مميزات, خاصية, إطلاق, أطلق, أطلقت, تطلق, يطلق, يختبر, تختبر, تجريبية
`);
// Funding, earnings and investment news.
const BUSINESS = listTerms(`
  chiffre d'affaires, résultats financiers, résultats semestriels, résultats annuels, bénéfice,
  bénéfices, investissement, investissements, investir, trimestre, trimestriel, semestre, actionnaires,
  milliards de dollars, milliards de dirhams, acquisition, rachat, revenue, earnings, profit, quarter,
  quarterly, investment, invest, shareholders, billion dollars,
  أرباح, رقم معاملات, رقم المعاملات, النتائج المالية, نتائج مالية, استثمار, استثمارات, مليار درهم,
  مليار دولار, حظيرة المشتركين, الفصل الأول, الربع الأول, الربع الثالث
`);
// Advice columns and how-tos.
const ADVICE = listTerms(`
  comment faire, astuce, astuces, conseils, tutoriel, how to, tips, guide, كيف, طريقة, نصائح
`);

const STRONG = compileTerms(OUTAGE_TERMS);
const WEAK = compileTerms(WEAK_OUTAGE_TERMS);
const SUBJECT = compileTerms(SUBJECT_TERMS);
const NEGATIVES = [
  { regex: compileTerms(BREACH), weight: 3 },
  { regex: compileTerms(FACT_CHECK), weight: 2.5 },
  { regex: compileTerms(PRODUCT), weight: 1 },
  { regex: compileTerms(BUSINESS), weight: 1 },
  { regex: compileTerms(ADVICE), weight: 1 },
];

// Each distinct hit counts, repeated ones a little: one stray "panne" in a product story is not enough.
function countHits(regex: RegExp | undefined, normalized: string): number {
  const hits = findTerms(regex, normalized).map((match) => normalized.slice(match.start, match.end));
  const distinct = new Set(hits).size;
  return distinct + Math.min(hits.length - distinct, 3) * 0.5;
}

function scoreText(normalized: string, weight: number): number {
  let score = (countHits(STRONG, normalized) + countHits(WEAK, normalized) * 0.5) * weight;
  for (const negative of NEGATIVES) {
    score -= Math.min(countHits(negative.regex, normalized), 2) * negative.weight * weight;
  }
  return score;
}

/** Whether the article reports an outage; status-page items always do unless they announce maintenance. */
export function classifyOutage(input: OutageClassificationInput): OutageClassification {
  const title = normalizeForMatching(input.title);
  const text = normalizeForMatching(input.text);
  if (input.sourceKind === "status") {
    const scheduled = /\b(scheduled|planned|maintenance planifiee|maintenance programmee)\b/.test(title);
    return { isOutage: !scheduled, score: scheduled ? 0 : THRESHOLD };
  }
  // Headlines state what the story is about, so their words weigh double.
  const score = scoreText(title, 2) + scoreText(text, 1);
  const hasSubject =
    input.services.length > 0 ||
    (input.candidateServices?.length ?? 0) > 0 ||
    input.countries.length > 0 ||
    findTerms(SUBJECT, `${title} ${text}`).length > 0;
  return { isOutage: hasSubject && score >= THRESHOLD, score };
}

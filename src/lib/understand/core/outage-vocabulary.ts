/**
 * Words that say "something is down", in French, Arabic and English, written naturally and
 * normalised when compiled. Kept apart from the classifier because service matching uses them too
 * (an ambiguous alias such as "Orange" only counts near them).
 */
import { compileTerms, listTerms } from "./match-terms.ts";

/** Unambiguous outage wording. */
export const OUTAGE_TERMS = listTerms(`
  panne, pannes, hors service, hors-service, hors ligne, coupure, coupures, inaccessible, inaccessibles,
  indisponible, indisponibles, inatteignable, injoignable, perturbation, perturbations, perturbé,
  perturbés, perturbée, perturbées, dysfonctionnement, dysfonctionnements, interruption, interruptions,
  interrompu, interrompus, interrompue, black-out, blackout, ne fonctionne plus, ne fonctionnent plus,
  ne fonctionnait plus, impossible d'accéder, impossible de se connecter, impossible d'envoyer,
  incident technique, baisse du débit, difficultés d'accès, difficultés pour accéder,
  difficultés à accéder, du mal à accéder, problèmes d'accès, dégradation, paralysé, paralysés, paralyse,
  outage, outages, downtime, is down, are down, was down, were down, went down, goes down, gone down,
  go down, been down, down worldwide, down globally, offline, disruption, disruptions, disrupted,
  not working, stopped working, unable to access, unable to send, unable to log, unable to connect,
  unable to use, could not access, cannot access, can't access, trouble accessing, unreachable,
  unavailable, went dark, crashed, internet shutdown, shutdown, cut off, degraded, interrupted,
  elevated error rates, partial outage, major outage, problems accessing, difficulty accessing,
  difficulties accessing, having trouble, issues accessing, shut down internet, shuts down internet,
  shut down the internet, shuts down the internet, shutting down the internet, cut the internet,
  cuts the internet, cutting the internet, cut internet access, internet blackout, internet cut,
  عطل, عطلا, أعطال, عطب, عطبا, أعطاب, تعطل, تعطلت, يتعطل, تعطيل, معطل, معطلة, انقطاع, انقطاعا,
  انقطاعات, انقطع, انقطعت, ينقطع, خلل, خللا, خارج الخدمة, عن الخدمة, عن العمل, اضطراب, اضطرابات,
  ضعف الصبيب, تراجع صبيب, قطع الإنترنت, قطع الأنترنت, بقطع, شلل, توقف الخدمة, يتعذر, تعذر, عدم قدرتهم
`);

/** Wording that often, not always, means an outage ("bug", "restored", "توقف"). */
export const WEAK_OUTAGE_TERMS = listTerms(`
  bug, bugs, rétabli, rétablis, rétablie, rétablissement, redevient normal, redevient normale,
  redeviennent normaux, revient à la normale, suspendu, suspension, coupé, coupée, lenteur,
  lenteurs, débit, difficultés, souci, problème technique, retour à la normale, de nouveau accessible,
  à nouveau accessibles,
  glitch, glitches, crash, restored, back online, back up, shut down, issues with, problems with,
  error, errors, slow, investigating, back to normal,
  توقف, توقفت, متوقف, متوقفة, صبيب, حجب, انتكاسة, بطء, مشكلات, مشاكل, عودة الخدمة, استعادة, غير قادرين
`);

/** Things that can go down: networks, sites, apps, in all three languages. */
export const SUBJECT_TERMS = listTerms(`
  internet, réseau, réseaux, connexion, site, sites, application, applications, appli, messagerie,
  plateforme, plateformes, serveur, serveurs, cloud, adsl, fibre, mobile, téléphonie, opérateur,
  network, networks, website, websites, app, apps, platform, platforms, server, servers, wireless,
  broadband, connectivity,
  الإنترنت, الأنترنت, الأنترنيت, الانترنيت, إنترنت, شبكة, شبكات, مواقع, موقع, تطبيق, تطبيقات, خدمة,
  خدمات, منصة, منصات, الهاتف, المحمول
`);

// Words that put an ambiguous operator name ("Orange", "Free") in a telecom context.
const OPERATOR_TERMS = listTerms(`
  opérateur, opérateurs, operator, operators, télécom, télécoms, telecom, telecoms, réseau, network,
  abonnés, subscribers, clients, customers, mobile, internet, adsl, fibre, fiber, box, 4g, 5g, fai,
  isp, carrier,
  مشغل, المشغل, اتصالات, شبكة, الإنترنت, الأنترنت, زبناء, مشتركين, الهاتف
`);

/** Compiled once: terms that mark a telecom or outage context for ambiguous aliases. */
export const CONTEXT_REGEX = compileTerms([...OPERATOR_TERMS, ...OUTAGE_TERMS, ...WEAK_OUTAGE_TERMS]);

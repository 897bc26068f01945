/** Reads why an outage happened from the coverage, with the sentence that says so. */
import type { Cause } from "../../definitions.ts";
import { compileTerms, findTerms, listTerms, type TermMatch } from "./match-terms.ts";
import { normalizeForMatching } from "./normalize-text.ts";
import { splitSentences } from "./split-sentences.ts";

/** A cause and the sentence of the article that supports it. */
export interface CauseFinding {
  cause: Cause;
  evidence?: string;
}

interface CauseRule {
  cause: Cause;
  /** Every list must match in the same sentence. */
  all: (RegExp | undefined)[];
}

const terms = (text: string) => compileTerms(listTerms(text));

const EXAM = terms(`bac, baccalauréat, examen, examens, épreuves, exam, exams, examinations,
  امتحانات, امتحان, البكالوريا, الباكالوريا, الباك`);
const CUT = terms(`coupure, coupures, coupé, coupée, couper, coupent, suspendu, suspension, shutdown,
  shutdowns, shut down, cut, cuts, blocked, blackout, restricted, perturbé, قطع, انقطاع, حجب, تعطيل,
  معطل, مقطوع`);
const AUTHORITIES = terms(`autorités, gouvernement, government, authorities, ordered, ordonné,
  السلطات, الحكومة, الحكومه`);
const CABLE = terms(`câble, câbles, cable, cables, fibre, fiber, كابل, كابلات, سلك, الألياف`);
const SUBSEA = terms(`sous-marin, sous-marins, submarine, undersea, subsea, offshore, بحري, البحري,
  البحرية, البحرية, تحت مائي`);
const DAMAGE = terms(`endommagé, sectionné, sectionnée, coupure, coupé, rupture, dommages, avarie,
  endommagés, damaged, damage, cut, severed, broken, fault, تضرر, تضررت, قطع, انقطاع, عطب, عطبا, ضرر,
  أضرار, تعطل`);
const ELECTRICITY = terms(`électricité, électrique, électriques, electricity, electrical, power outage,
  power outages, power failure, power cut, power cuts, power loss, loss of power, lost power,
  power supply, الكهرباء, كهرباء, الكهربائي, الكهربائية, كهربائي`);
const FAILURE = terms(`coupure, coupures, panne, pannes, problème, outage, outages, failure, cut, cuts,
  loss, lost, supply, blackout, انقطاع, عطل, انقطع`);
const CYBERATTACK = terms(`cyberattaque, cyberattaques, cyber-attaque, attaque informatique, ddos,
  déni de service, piratage, pirates informatiques, hackers, hacker, hacked, ransomware, rançongiciel,
  cyberattack, cyberattacks, cyber attack, cyber-attack, denial of service, هجوم إلكتروني,
  هجوم سيبراني, هجمات إلكترونية, هجمات سيبرانية, قراصنة, قرصنة, اختراق`);
const BGP = terms(`bgp, border gateway protocol, routage, routing, التوجيه, بروتوكول البوابة`);
const DNS = terms(`dns, domain name system, noms de domaine, نظام أسماء النطاقات, أسماء النطاقات`);
const CONFIGURATION = terms(`configuration, misconfiguration, erreur de configuration, bug logiciel,
  software bug, erreur humaine, human error, خطأ برمجي, خطأ في التحديث, إعدادات, الإعدادات, خطأ بشري`);
// Words that name a cause only in a sentence that says it is one ("Update 13:35" is no cause).
const SOFTWARE = terms(`mise à jour, update, software, logiciel, logicielle, bug, bogue, maintenance,
  تحديث, صيانة, الصيانة, برمجي, برمجية`);
const MARKER = terms(`cause, causé, causée, causes, caused, due to, dû à, due à, dus à, because,
  en raison de, à cause de, suite à, provoqué, provoquée, résulte, origine, imputé, impute,
  attributed, blamed, result of, resulted from, triggered, explique, explained, بسبب, جراء, نتيجة,
  يرجع, راجع, سبب, أسباب, تسبب, ناتج, إثر, خلفية`);
const NEGATION = terms(`pas, aucun, aucune, sans, écarté, écarte, exclu, exclut, nié, craintes, crainte,
  rumeurs, no, not, ruled out, denied, without, fears, feared, speculation, لا, ليس, لم, نفى, نفت,
  مخاوف, استبعد, استبعدت, دون`);
const CONTRAST = terms(`mais, plutôt, but, rather, instead, بل, لكن, وإنما`);
// A sentence about outages in general lists what can cause them; it does not say what caused this one.
const GENERIC =
  terms(`ranging from, range from, such as, like, tels que, telles que, tel que, allant de, par exemple,
  for example, for instance, often, souvent, généralement, generally, typically, usually, en général,
  in general, can be, can cause, could cause, peuvent, peut provoquer, peut causer, risque, risks, عادة,
  غالبا, مثل, من قبيل, يمكن, قد تتسبب, قد تكون`);

// Most specific first: an exam-period cut beats "coupure", a cable beats "maintenance".
const RULES: CauseRule[] = [
  { cause: "government-shutdown", all: [EXAM, CUT] },
  { cause: "cable-cut", all: [CABLE, SUBSEA, DAMAGE] },
  { cause: "power", all: [ELECTRICITY, FAILURE] },
  { cause: "cyberattack", all: [CYBERATTACK] },
  { cause: "government-shutdown", all: [AUTHORITIES, CUT] },
  { cause: "bgp", all: [BGP] },
  { cause: "dns", all: [DNS] },
  { cause: "configuration", all: [CONFIGURATION] },
  { cause: "configuration", all: [SOFTWARE, MARKER] },
];

/** How far back (normalised characters) a "not"/"pas"/"لا" still negates a cause. */
const NEGATION_REACH = 40;

function isNegated(sentence: string, match: TermMatch): boolean {
  const before = sentence.slice(Math.max(0, match.start - NEGATION_REACH), match.start);
  const negations = findTerms(NEGATION, before);
  const last = negations[negations.length - 1];
  return last !== undefined && findTerms(CONTRAST, before.slice(last.end)).length === 0;
}

function matchesRule(sentence: string, rule: CauseRule): boolean {
  return rule.all.every((regex) => findTerms(regex, sentence).some((match) => !isNegated(sentence, match)));
}

// Exam-period shutdowns are often told over two sentences: "Internet est coupé. Le bac a commencé."
function findExamShutdown(text: string): CauseFinding | undefined {
  const sentences = splitSentences(text).map((sentence) => ({
    ...sentence,
    normalized: normalizeForMatching(sentence.text),
  }));
  const exam = sentences.find((sentence) => findTerms(EXAM, sentence.normalized).length > 0);
  const cut = sentences.some((sentence) => findTerms(CUT, sentence.normalized).length > 0);
  return exam && cut ? { cause: "government-shutdown", evidence: exam.text } : undefined;
}

/** Whether a sentence that names these causes lists possible causes rather than giving one. */
function isGeneral(normalized: string, causes: ReadonlySet<Cause>): boolean {
  return causes.size >= 3 || (causes.size >= 2 && findTerms(GENERIC, normalized).length > 0);
}

/** The cause the text gives, preferring sentences that say "due to"/"بسبب", then the most specific. */
export function classifyCause(text: string): CauseFinding {
  let best: { rank: number; finding: CauseFinding } | undefined;
  for (const sentence of splitSentences(text)) {
    const normalized = normalizeForMatching(sentence.text);
    const markerRank = findTerms(MARKER, normalized).length > 0 ? 0 : RULES.length;
    const matched = RULES.filter((rule) => matchesRule(normalized, rule));
    if (isGeneral(normalized, new Set(matched.map((rule) => rule.cause)))) continue;
    const index = RULES.findIndex((rule) => rule === matched[0]);
    if (index === -1) continue;
    const rank = markerRank + index;
    const cause = RULES[index]?.cause ?? "unknown";
    if (best === undefined || rank < best.rank) best = { rank, finding: { cause, evidence: sentence.text } };
  }
  return best?.finding ?? findExamShutdown(text) ?? { cause: "unknown" };
}

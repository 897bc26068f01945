/**
 * Quoted statements of the provider itself: a passage in quotes that a speech verb ("a déclaré",
 * "said", "قال") attributes to a spokesperson, the company, or a service the article is about.
 * Quotes of users, experts and other outlets are left out.
 */
import type { Service } from "../definitions.ts";
import { findQuotes, type QuoteSpan } from "./find-quotes.ts";
import { compileTermIndex, compileTerms, findIndexedTerms, findTerms, listTerms } from "./match-terms.ts";
import { normalizeWithOffsets, toOriginalSlice } from "./normalize-text.ts";

/** A quoted statement and who made it, in the article's own wording. */
export interface Statement {
  quote: string;
  speaker?: string;
}

const SPEECH = compileTerms(
  listTerms(`a déclaré, déclare, a dit, a annoncé, annonce, a indiqué, indique, a expliqué, explique,
  expliquant, a affirmé, affirme, a confirmé, confirme, a précisé, précise, précisant, a assuré, assure,
  a reconnu, a écrit, écrit, a tweeté, a réagi, a ajouté, ajoute, a souligné, a fait savoir, indiquant,
  selon, d'après, peut-on lire, communiqué,
  said, says, say, saying, told, stated, announced, wrote, writes, tweeted, posted, added, explained,
  confirmed, acknowledged, according to, statement,
  قال, قالت, يقول, تقول, أعلن, أعلنت, أكد, أكدت, أوضح, أوضحت, صرح, صرحت, ذكر, ذكرت, أضاف, أضافت, كتب,
  كتبت, غرد, غردت, وفقا, بحسب, بيان, بلاغ, تدوينة`),
);
const SPOKESPERSON = compileTerms(
  listTerms(`porte-parole, porte parole, responsable, responsables, direction, dirigeant, PDG, directeur,
  directrice, la société, l'entreprise, le groupe, l'opérateur, la compagnie, le fournisseur, la firme,
  la maison mère, spokesperson, spokesman, spokeswoman, representative, executive, CEO, CTO, the company,
  the firm, the operator, the provider, the group, company,
  متحدث باسم, المتحدث باسم, الناطق باسم, ناطق باسم, متحدثة باسم, الناطقة باسم, الشركة, المجموعة, المشغل,
  مسؤول, مسؤولو, المدير`),
);
const NOT_OFFICIAL = compileTerms(
  listTerms(`utilisateur, utilisateurs, internaute, internautes, expert, experts, analyste, spécialiste,
  chercheur, client, clients, abonné, abonnés, témoin, user, users, analyst, analysts, researcher,
  customer, customers, مستخدم, مستخدمو, مستخدمي, خبير, خبراء, محلل, زبون, زبناء, مشترك`),
);

/** A quote shorter than this is a name or a scare quote («déficiences»), not a statement. */
const MIN_WORDS = 5;
/** How much text around a quote can hold its attribution. */
const REACH = 140;
const QUOTE_MARKS = /["«»“”„]/gu;
// "sur Twitter", "عبر صفحتها على فيسبوك": a platform the statement was posted on, not who made it.
const CHANNEL =
  /(?<![\p{L}])(?:sur|on|via|through|عبر|على|بموقع|منصه|صفحه|صفحتها|حساب|حسابها|page|compte|account)(?:\s+[\p{L}']+){0,3}\s*["«“]?\s*$/u;

function speakerIndex(services: readonly Service[]) {
  const entries = services.map((service) => ({
    key: service.id,
    terms: [
      service.names.fr,
      service.names.ar,
      service.names.en,
      ...service.aliases,
      ...service.ambiguousAliases,
    ],
  }));
  return compileTermIndex(entries, { properNames: true });
}

/** The clause that can attribute a quote: back to the sentence start before it, up to the sentence end after. */
function toWindows(norm: string, quote: QuoteSpan, statements: readonly QuoteSpan[]) {
  const previous = statements.filter((other) => other.end <= quote.start).pop()?.end ?? 0;
  const next = statements.find((other) => other.start >= quote.end)?.start ?? norm.length;
  const from = Math.max(previous, quote.start - REACH);
  const beforeText = norm.slice(from, quote.start);
  const sentenceStart = Math.max(beforeText.search(/[.!?؟\n][^.!?؟\n]*$/u) + 1, 0);
  const afterText = norm.slice(quote.end, Math.min(next, quote.end + REACH));
  const sentenceEnd = afterText.search(/[.!?؟\n]/u);
  return [
    { start: from + sentenceStart, end: quote.start },
    { start: quote.end, end: quote.end + (sentenceEnd === -1 ? afterText.length : sentenceEnd) },
  ];
}

function toSpeaker(
  norm: string,
  window: { start: number; end: number },
  index: ReturnType<typeof speakerIndex>,
  original: (start: number, end: number) => string,
): string | undefined {
  const clause = norm.slice(window.start, window.end);
  const names = findIndexedTerms(index, clause).filter(
    (match) => !CHANNEL.test(clause.slice(0, match.start)),
  );
  const role = findTerms(SPOKESPERSON, clause)[0];
  if (names.length === 0 && (role === undefined || findTerms(NOT_OFFICIAL, clause).length > 0))
    return undefined;
  // "porte-parole de Meta", "le groupe Facebook", "متحدث باسم "ميتا"": the role and the name together.
  const joined = role && names.find((name) => name.start >= role.end && name.start - role.end <= 12);
  const name = names[0];
  const [start, end] = joined
    ? [role.start, joined.end]
    : name
      ? [name.start, name.end]
      : [role?.start ?? 0, role?.end ?? 0];
  const speaker = original(window.start + start, window.start + end)
    .replace(QUOTE_MARKS, "")
    .trim();
  return speaker || undefined;
}

/** The provider's quoted statements in `text`, in order; `speakers` are the services it may speak for. */
export function extractStatements(text: string, speakers: readonly Service[]): Statement[] {
  const normalized = normalizeWithOffsets(text);
  const norm = normalized.text;
  const original = (start: number, end: number) => toOriginalSlice(text, normalized, start, end);
  const index = speakerIndex(speakers);
  const quotes = findQuotes(norm).filter(
    (quote) => (norm.slice(quote.start + 1, quote.end).match(/[\p{L}\p{N}']+/gu) ?? []).length >= MIN_WORDS,
  );
  return quotes.flatMap((quote) => {
    for (const window of toWindows(norm, quote, quotes)) {
      if (findTerms(SPEECH, norm.slice(window.start, window.end)).length === 0) continue;
      const speaker = toSpeaker(norm, window, index, original);
      if (speaker === undefined) continue;
      const inner = original(quote.start + 1, quote.unclosed ? quote.end : quote.end - 1).trim();
      const said = quote.unclosed ? `${inner}…` : inner.replace(/[,،]$/u, "");
      return [{ quote: said, speaker }];
    }
    return [];
  });
}

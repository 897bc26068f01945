/** Tells whether a time in a sentence is when an outage began, when it ended, or neither. */

/** What a time stands for. */
export type TimeRole = "start" | "end" | "other";

// Words that say the service came back.
const END_CUE =
  /(?<![\p{L}])(?:jusqu'a|jusqu'au|retabli\p{L}*|retablissement|repris|reprise|redevenu\p{L}*|de nouveau|a nouveau|revenu\p{L}*|resolu\p{L}*|fin de la panne|until|till|restored|restoration|resolved|back up|back online|recovered|ended|عاد|عادت|عوده|استعاده|استعادت|استؤنفت|حتى|الى غايه|انتهى|انتهت)(?![\p{L}])/gu;
// Words that say it began then.
const START_CUE =
  /(?<![\p{L}])(?:depuis|a partir de|debut|debute|commence|a commence|began|begun|started|starting|since|from|منذ|بدا|بدات|بدء|ابتداء)(?![\p{L}])/gu;
// Words after a time that say something broke then: a restoration word further on is another event.
const BREAK_CUE =
  /(?<![\p{L}])(?:panne|tombe\p{L}*|coupe\p{L}*|hors service|inaccessible\p{L}*|down|outage|offline|failed|crashed|stopped|تعطل\p{L}*|توقف\p{L}*|انقطع\p{L}*|عطل)(?![\p{L}])/u;
// Times of a statement or an update, not of the outage.
const OTHER_CUE =
  /(?<![\p{L}])(?:mise a jour|update|updated|statement|communique|a reagi|tweete|tweeted|posted|publie|le \d{1,2}\/\d{1,2}\/\d{4} a|تحديث|بيان|تغريده)(?![\p{L}])[^.]{0,20}$/u;
// "de 17h45 à minuit", "between 2:30 a.m. ET and 4:06 a.m.", "من ... إلى".
const RANGE_OPEN = /(?:^|[\s(])(?:de|entre|from|between|من|بين)\s*$/u;
const RANGE_JOIN = /^\s*(?:a|au|et|to|and|until|till|-|–|الى|حتى|و)\s*$/u;
/** How far after a time a restoration word still speaks of it ("vers 7 h samedi matin avoir rétabli"). */
const AFTER_REACH = 48;

// A restoration word in the next clause speaks of another time: "à 7h15, puis est revenu à 9h30".
const CLAUSE_END = /[,;،:()]|(?<![\p{L}])(?:ثم|puis|then|et|and|mais|but|avant|before)(?![\p{L}])/u;

function lastMatch(regex: RegExp, text: string): number {
  let last = -1;
  for (const match of text.matchAll(regex)) last = match.index;
  return last;
}

function firstMatch(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  const found = regex.exec(text);
  regex.lastIndex = 0;
  return found?.index ?? -1;
}

/**
 * The role the words around a time give it, or undefined when no word says: the words before it
 * first, then a restoration word shortly after it that no outage word precedes.
 */
export function findTimeCue(before: string, after = ""): TimeRole | undefined {
  if (OTHER_CUE.test(before)) return "other";
  const end = lastMatch(END_CUE, before);
  const start = lastMatch(START_CUE, before);
  if (end !== -1 || start !== -1) return end > start ? "end" : "start";
  // A time that opens its sentence ("À 23h, le service a été rétabli") is followed by a comma.
  const opening = before.trim().split(/\s+/).length <= 2 ? (/^\s*,/u.exec(after)?.[0].length ?? 0) : 0;
  const near = after.slice(opening, opening + AFTER_REACH).split(CLAUSE_END)[0] ?? "";
  const endAfter = firstMatch(END_CUE, near);
  if (endAfter === -1) return undefined;
  const broke = BREAK_CUE.exec(near)?.index ?? -1;
  const startAfter = firstMatch(START_CUE, near);
  return (broke === -1 || broke > endAfter) && (startAfter === -1 || startAfter > endAfter)
    ? "end"
    : undefined;
}

/** The role of a time from the words of its sentence around it; a time no word qualifies is a start. */
export function toTimeRole(before: string, after = ""): TimeRole {
  return findTimeCue(before, after) ?? "start";
}

/** Whether two times are the two ends of a range, given the text before the first and between them. */
export function isTimeRange(beforeFirst: string, between: string): boolean {
  return RANGE_OPEN.test(beforeFirst.slice(-16)) && RANGE_JOIN.test(between);
}

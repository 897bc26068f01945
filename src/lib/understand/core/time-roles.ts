/** Tells whether a time in a sentence is when an outage began, when it ended, or neither. */

/** What a time stands for. */
export type TimeRole = "start" | "end" | "other";

// Words before a time that say the service came back.
const END_CUE =
  /(?<![\p{L}])(?:jusqu'a|jusqu'au|retabli\p{L}*|retablissement|repris|reprise|redevenu\p{L}*|de nouveau|a nouveau|revenu\p{L}*|resolu\p{L}*|fin de la panne|until|till|restored|restoration|resolved|back up|back online|recovered|ended|عاد|عادت|عوده|استعاده|استعادت|استؤنفت|حتى|الى غايه|انتهى|انتهت)(?![\p{L}])/gu;
// Words before a time that say it began then.
const START_CUE =
  /(?<![\p{L}])(?:depuis|a partir de|debut|debute|commence|a commence|began|begun|started|starting|since|from|منذ|بدا|بدات|بدء|ابتداء)(?![\p{L}])/gu;
// Times of a statement or an update, not of the outage.
const OTHER_CUE =
  /(?<![\p{L}])(?:mise a jour|update|updated|statement|communique|a reagi|tweete|tweeted|posted|publie|le \d{1,2}\/\d{1,2}\/\d{4} a|تحديث|بيان|تغريده)(?![\p{L}])[^.]{0,20}$/u;
// "de 17h45 à minuit", "between 2:30 a.m. ET and 4:06 a.m.", "من ... إلى".
const RANGE_OPEN = /(?:^|[\s(])(?:de|entre|from|between|من|بين)\s*$/u;
const RANGE_JOIN = /^\s*(?:a|au|et|to|and|until|till|-|–|الى|حتى|و)\s*$/u;

function lastMatch(regex: RegExp, text: string): number {
  let last = -1;
  for (const match of text.matchAll(regex)) last = match.index;
  return last;
}

/** The role of a time from the words of its sentence before it. */
export function toTimeRole(before: string): TimeRole {
  if (OTHER_CUE.test(before)) return "other";
  const end = lastMatch(END_CUE, before);
  return end !== -1 && end > lastMatch(START_CUE, before) ? "end" : "start";
}

/** Whether two times are the two ends of a range, given the text before the first and between them. */
export function isTimeRange(beforeFirst: string, between: string): boolean {
  return RANGE_OPEN.test(beforeFirst.slice(-16)) && RANGE_JOIN.test(between);
}

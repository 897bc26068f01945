/** Whether a sentence speaks of something breaking, to tell an outage's times from other times. */
import { compileTerms, findTerms, listTerms } from "./match-terms.ts";
import { OUTAGE_TERMS } from "./outage-vocabulary.ts";

/** Weaker words that still say something stopped ("Internet est coupé"), but none that says it came back. */
export const BREAK_TERMS = listTerms(`
  coupé, coupée, coupés, coupées, suspendu, suspendue, suspendus, bug, bugs, crash, glitch, privés,
  privé, sans service, without service,
  توقف, توقفت, متوقف, متوقفة, بطء, حجب
`);
const BREAKING = compileTerms([...OUTAGE_TERMS, ...BREAK_TERMS]);

/** Whether the normalised sentence says a service went down, was cut or stopped working. */
export function speaksOfOutage(normalizedSentence: string): boolean {
  return findTerms(BREAKING, normalizedSentence).length > 0;
}

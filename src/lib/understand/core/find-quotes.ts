/**
 * Finds quoted passages («…», “…”, „…“, "…") with nesting: a straight quote opens or closes by the
 * spaces around it, so "… l'application "WhatsApp" pour tous" stays one quote holding a name.
 */

/** A quoted passage: `start`/`end` include the quote marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Never closed: feed summaries are cut mid-quote, so it runs to the end of the text. */
  unclosed?: true;
}

type Family = "guillemet" | "curly" | "straight";

const MARKS: Record<string, { family: Family; side: "open" | "close" | "either" }> = {
  "«": { family: "guillemet", side: "open" },
  "»": { family: "guillemet", side: "close" },
  "“": { family: "curly", side: "either" },
  "„": { family: "curly", side: "open" },
  "”": { family: "curly", side: "either" },
  '"': { family: "straight", side: "either" },
};

const BEFORE_OPEN = /[\s([{:،,;—–-]/u;
const AFTER_CLOSE = /[\s.,;:!?؟،)\]—–-]/u;

function toSide(text: string, at: number, mark: string, pending: boolean): "open" | "close" {
  const known = MARKS[mark]?.side;
  if (known === "open" || known === "close") return known;
  const spaceBefore = at === 0 || BEFORE_OPEN.test(text[at - 1] ?? " ");
  const spaceAfter = at === text.length - 1 || AFTER_CLOSE.test(text[at + 1] ?? " ");
  if (spaceBefore && !spaceAfter) return "open";
  if (spaceAfter && !spaceBefore) return "close";
  // Spacing cannot tell: a mark closes what is open, and typographers' “ opens while ” closes.
  if (mark === "“") return "open";
  if (mark === "”") return "close";
  return pending ? "close" : "open";
}

/** Outermost quoted passages of `text`, in order; unbalanced marks are ignored. */
export function findQuotes(text: string): QuoteSpan[] {
  const open: { family: Family; at: number }[] = [];
  const pairs: QuoteSpan[] = [];
  for (let at = 0; at < text.length; at += 1) {
    const known = MARKS[text[at] ?? ""];
    if (known === undefined) continue;
    const index = open.map((entry) => entry.family).lastIndexOf(known.family);
    const side = toSide(text, at, text[at] ?? "", index !== -1);
    if (side === "close" && index !== -1) {
      const [opened] = open.splice(index);
      if (opened) pairs.push({ start: opened.at, end: at + 1 });
    } else if (side === "open") {
      open.push({ family: known.family, at });
    }
  }
  // Only the first mark left open can be a quote the summary cut short; later ones are strays inside it.
  const cut = open[0];
  if (cut && !pairs.some((pair) => pair.start < cut.at && pair.end > cut.at)) {
    pairs.push({ start: cut.at, end: text.length, unclosed: true });
  }
  return pairs
    .filter(
      (pair) => !pairs.some((other) => other !== pair && other.start <= pair.start && other.end >= pair.end),
    )
    .sort((a, b) => a.start - b.start);
}

import { normalizeForMatching, tokenize } from "../../understand/core/normalize-text.ts";

/** Words this short are mostly function words in all three languages; they carry no topic. */
const MIN_TOKEN_LENGTH = 4;

/** The distinct topical words of an article: normalised, so scripts and spellings compare. */
export function toTokens(title: string, text: string): string[] {
  const tokens = tokenize(normalizeForMatching(`${title} ${text}`)).filter(
    (token) => token.length >= MIN_TOKEN_LENGTH && !/^\d+$/.test(token),
  );
  return [...new Set(tokens)];
}

/** Inverse document frequency of every word over a set of token lists; words in most documents weigh 0. */
export function toIdf(documents: readonly (readonly string[])[]): ReadonlyMap<string, number> {
  const df = new Map<string, number>();
  for (const tokens of documents) tokens.forEach((token) => df.set(token, (df.get(token) ?? 0) + 1));
  const idf = new Map<string, number>();
  for (const [token, count] of df) idf.set(token, Math.max(0, Math.log(documents.length / count)));
  return idf;
}

/** Word counts over an incident's articles, for comparing one more article with it. */
export class TextProfile {
  private readonly counts = new Map<string, number>();
  private size = 0;
  private norm: number | undefined;

  constructor(private readonly idf: ReadonlyMap<string, number>) {}

  add(tokens: readonly string[]): void {
    tokens.forEach((token) => this.counts.set(token, (this.counts.get(token) ?? 0) + 1));
    this.size++;
    this.norm = undefined;
  }

  /** Cosine similarity (0–1) between an article's words and this profile, both weighted by idf. */
  similarity(tokens: readonly string[]): number {
    if (this.size === 0 || tokens.length === 0) return 0;
    let dot = 0;
    let articleNorm = 0;
    for (const token of tokens) {
      const weight = this.idf.get(token) ?? 0;
      articleNorm += weight * weight;
      dot += weight * weight * ((this.counts.get(token) ?? 0) / this.size);
    }
    const norm = (this.norm ??= this.computeNorm());
    return articleNorm === 0 || norm === 0 ? 0 : dot / Math.sqrt(articleNorm) / norm;
  }

  private computeNorm(): number {
    let sum = 0;
    for (const [token, count] of this.counts)
      sum += ((this.idf.get(token) ?? 0) * count) ** 2 / this.size ** 2;
    return Math.sqrt(sum);
  }
}

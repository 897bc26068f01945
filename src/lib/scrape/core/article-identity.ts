/** Article identity: the same story fetched twice must get the same id, or re-runs duplicate. */
import { normalizeUrl } from "./normalize-url.ts";

/** What identifies an item within its source. */
export interface IdentityParts {
  guid?: string;
  url?: string;
  title: string;
  text: string;
}

/** `guid:<guid>`, else `url:<canonical url>`, else `text:<title>\n<text>`. */
export function toIdentityKey(item: IdentityParts): string {
  const guid = item.guid?.trim();
  if (guid) return `guid:${guid}`;
  const url = item.url === undefined ? undefined : normalizeUrl(item.url);
  if (url) return `url:${url}`;
  return `text:${item.title.trim()}\n${item.text.trim()}`;
}

/** The article id: `hash(sourceId + "\n" + identity key)`; the caller supplies sha256 hex. */
export function toArticleId(sourceId: string, item: IdentityParts, hash: (text: string) => string): string {
  return hash(`${sourceId}\n${toIdentityKey(item)}`);
}

import { createHash } from "node:crypto";

/** Hex sha256 of UTF-8 text: the hash behind article and incident ids. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

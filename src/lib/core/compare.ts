/**
 * Orders strings by code point. `localeCompare` follows the machine's collation (and ignores
 * punctuation), which would make output depend on where the build runs.
 */
export function compareByCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

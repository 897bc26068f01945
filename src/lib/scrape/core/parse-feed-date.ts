/**
 * Feed dates (RFC 822 in RSS, ISO 8601 in Atom and Dublin Core) to UTC ISO. `Date.parse` reads a
 * date without a zone in the machine's zone, so the formats are read here, and a missing zone is UTC.
 */

// prettier-ignore
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  // French feeds sometimes localise RFC 822 month names ("04 oct. 2021", "12 févr. 2022").
  janv: 1, fev: 2, fevr: 2, avr: 4, mai: 5, juin: 6, juil: 7, aou: 8, aout: 8, sept: 9,
};

// RFC 822 named zones; military single letters are too rare to be worth guessing.
// prettier-ignore
const ZONES: Readonly<Record<string, number>> = {
  gmt: 0, ut: 0, utc: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360,
  pst: -480, pdt: -420, cet: 60, cest: 120,
};

// Outside these bounds a date is a feed bug (year 0001, epoch 0, 9999), not a publication time.
const EARLIEST = Date.UTC(1990, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

function toOffsetMinutes(zone: string): number | undefined {
  if (zone === "") return 0;
  const numeric = zone.match(/^([+-])(\d{2}):?(\d{2})$/);
  if (numeric) return (numeric[1] === "-" ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return ZONES[zone.toLowerCase()];
}

function toUtcIso(parts: number[], zone: string): string | undefined {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts;
  const offset = toOffsetMinutes(zone);
  if (offset === undefined || hour > 23 || minute > 59 || second > 60) return undefined;
  const local = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59));
  // Date.UTC rolls 31 February over into March: a date that does not round-trip does not exist.
  const check = new Date(local);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const time = local - offset * 60_000;
  return time < EARLIEST || time >= LATEST ? undefined : new Date(time).toISOString();
}

function parseIso(text: string): string | undefined {
  const match = text.match(
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i,
  );
  if (!match) return undefined;
  return toUtcIso(
    match.slice(1, 7).map((part) => Number(part ?? 0)),
    match[7] ?? "",
  );
}

function parseRfc822(text: string): string | undefined {
  const match = text.match(
    /^(?:[^\d\s,]+\.?,?\s*)?(\d{1,2})\s+([^\d\s.]+)\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]+|[+-]\d{2}:?\d{2})?$/,
  );
  if (!match) return undefined;
  const monthName = (match[2] ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const month = MONTHS[monthName] ?? MONTHS[monthName.slice(0, 4)] ?? MONTHS[monthName.slice(0, 3)];
  if (month === undefined) return undefined;
  const shortYear = Number(match[3]);
  const year = (match[3] ?? "").length === 2 ? (shortYear < 70 ? 2000 : 1900) + shortYear : shortYear;
  const [day, hour, minute, second] = [match[1], match[4], match[5], match[6]].map((part) =>
    Number(part ?? 0),
  );
  return toUtcIso([year, month, day ?? 0, hour ?? 0, minute ?? 0, second ?? 0], match[7] ?? "");
}

/** A feed's date as UTC ISO-8601, or `undefined` when it is missing, malformed or absurd. */
export function parseFeedDate(raw: string | undefined): string | undefined {
  const text = raw?.trim().replace(/\s+/g, " ");
  if (!text) return undefined;
  return parseIso(text) ?? parseRfc822(text);
}

import { describe, expect, it } from "vitest";
import { parseFeedDate } from "../../../src/lib/scrape/core/parse-feed-date.ts";

describe("parseFeedDate", () => {
  it.each([
    ["RFC 822 with a numeric zone", "Mon, 04 Oct 2021 17:30:00 +0100", "2021-10-04T16:30:00.000Z"],
    ["RFC 822 with GMT and no seconds", "Mon, 4 Oct 2021 16:45 GMT", "2021-10-04T16:45:00.000Z"],
    ["RFC 822 with a US zone and a two-digit year", "04 Oct 21 11:44:00 EDT", "2021-10-04T15:44:00.000Z"],
    ["RFC 822 without a zone, read as UTC", "Mon, 04 Oct 2021 16:45:00", "2021-10-04T16:45:00.000Z"],
    [
      "RFC 822 with French day and month names",
      "Lun, 04 oct. 2021 17:45:00 +0100",
      "2021-10-04T16:45:00.000Z",
    ],
    [
      "RFC 822 with an accented French month",
      "Sam, 12 févr. 2022 10:00:00 +0000",
      "2022-02-12T10:00:00.000Z",
    ],
    ["ISO 8601 in UTC", "2021-10-04T15:40:00Z", "2021-10-04T15:40:00.000Z"],
    ["ISO 8601 with an offset and fractions", "2021-10-04T17:40:00.123+02:00", "2021-10-04T15:40:00.000Z"],
    ["ISO 8601 without a zone, read as UTC", "2021-10-04 15:40:00", "2021-10-04T15:40:00.000Z"],
    ["a bare date", "2021-10-04", "2021-10-04T00:00:00.000Z"],
  ])("reads %s", (_name, raw, expected) => {
    expect(parseFeedDate(raw)).toBe(expected);
  });

  it.each([
    ["missing", undefined],
    ["empty", "  "],
    ["gibberish", "yesterday-ish"],
    ["an unknown month", "Mon, 04 Foo 2021 16:45:00 GMT"],
    ["a day that does not exist", "2021-02-30T10:00:00Z"],
    ["an hour that does not exist", "2021-10-04T25:00:00Z"],
    ["year 0001, a CMS default", "0001-01-01T00:00:00Z"],
    ["the Unix epoch, a CMS default", "Thu, 01 Jan 1970 00:00:00 +0000"],
    ["year 9999", "9999-12-31T23:59:59Z"],
    ["an unknown zone", "Mon, 04 Oct 2021 16:45:00 XYZ"],
  ])("gives undefined for %s", (_name, raw) => {
    expect(parseFeedDate(raw)).toBeUndefined();
  });
});

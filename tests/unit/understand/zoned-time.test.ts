import { describe, expect, it } from "vitest";
import { isValidTimeZone, toWallTime, zonedTimeToUtc } from "../../../src/lib/understand/core/zoned-time.ts";

const iso = (ms: number) => new Date(ms).toISOString();

describe("zonedTimeToUtc", () => {
  it.each([
    ["New York in summer time", [2021, 10, 4, 11, 44, "America/New_York"], "2021-10-04T15:44:00.000Z"],
    ["New York in winter time", [2022, 1, 10, 11, 44, "America/New_York"], "2022-01-10T16:44:00.000Z"],
    ["Paris in summer time", [2021, 10, 4, 17, 45, "Europe/Paris"], "2021-10-04T15:45:00.000Z"],
    ["Casablanca on GMT+1", [2021, 10, 4, 16, 45, "Africa/Casablanca"], "2021-10-04T15:45:00.000Z"],
    ["Riyadh, which has no summer time", [2022, 7, 1, 12, 0, "Asia/Riyadh"], "2022-07-01T09:00:00.000Z"],
    [
      "New York the day after the switch to winter time",
      [2021, 11, 8, 9, 0, "America/New_York"],
      "2021-11-08T14:00:00.000Z",
    ],
    [
      "Paris just after the switch to summer time",
      [2021, 3, 28, 3, 30, "Europe/Paris"],
      "2021-03-28T01:30:00.000Z",
    ],
    ["UTC", [2021, 10, 4, 15, 40, "UTC"], "2021-10-04T15:40:00.000Z"],
  ] as const)("converts a wall-clock time in %s", (_name, [y, m, d, h, min, zone], expected) => {
    expect(iso(zonedTimeToUtc(y, m, d, h, min, zone))).toBe(expected);
  });

  it("reads back the wall-clock time it converted", () => {
    const ms = zonedTimeToUtc(2021, 10, 4, 11, 44, "America/New_York");
    expect(toWallTime(ms, "America/New_York")).toEqual({
      year: 2021,
      month: 10,
      day: 4,
      hour: 11,
      minute: 44,
    });
  });

  it("tells known zones from unknown ones", () => {
    expect([isValidTimeZone("Africa/Casablanca"), isValidTimeZone("Mars/Olympus")]).toEqual([true, false]);
  });
});

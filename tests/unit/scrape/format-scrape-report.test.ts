import { describe, expect, it } from "vitest";
import { formatScrapeReport } from "../../../src/lib/scrape/run-scrape.ts";

describe("formatScrapeReport", () => {
  it("prints one row per source and a totals line", () => {
    const text = formatScrapeReport({
      sources: [
        { id: "example-ma", status: "ok", httpStatus: 200, items: 12, new: 3, durationMs: 120 },
        { id: "example-status", status: "not-modified", httpStatus: 304, items: 0, new: 0, durationMs: 40 },
        {
          id: "le360-fr",
          status: "failed",
          items: 0,
          new: 0,
          error: "could not resolve host fr.le360.ma",
          durationMs: 5,
        },
      ],
      totals: { sources: 3, ok: 1, notModified: 1, failed: 1, skipped: 0, new: 3 },
      failed: true,
    });
    expect(text).toBe(
      [
        "source          status        new  error",
        "example-ma      ok              3",
        "example-status  not-modified    0",
        "le360-fr        failed          0  could not resolve host fr.le360.ma",
        "3 sources: 1 ok, 1 not modified, 1 failed, 0 skipped; 3 new articles",
      ].join("\n"),
    );
  });
});

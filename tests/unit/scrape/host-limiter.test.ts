import { describe, expect, it } from "vitest";
import { createHostLimiter, toHostKey } from "../../../src/lib/scrape/infra/host-limiter.ts";

/** A task that records how many tasks (overall and per key) run at once, and finishes when released. */
function harness() {
  let running = 0;
  const runningByKey = new Map<string, number>();
  const peaks = { overall: 0, perKey: 0 };
  const releases: (() => void)[] = [];
  const order: string[] = [];
  const task = (key: string, label: string) => async () => {
    running += 1;
    runningByKey.set(key, (runningByKey.get(key) ?? 0) + 1);
    peaks.overall = Math.max(peaks.overall, running);
    peaks.perKey = Math.max(peaks.perKey, runningByKey.get(key) ?? 0);
    order.push(label);
    await new Promise<void>((resolve) => releases.push(resolve));
    running -= 1;
    runningByKey.set(key, (runningByKey.get(key) ?? 0) - 1);
    return label;
  };
  const releaseAll = async () => {
    // Tasks start on a later microtask, so look at least once before deciding all are done.
    do {
      releases.splice(0).forEach((release) => release());
      await new Promise((resolve) => setImmediate(resolve));
    } while (releases.length > 0 || running > 0);
  };
  return { task, peaks, order, releaseAll };
}

describe("createHostLimiter", () => {
  it("never runs more than the limit at once, nor two tasks for one host", async () => {
    const limit = createHostLimiter(3);
    const { task, peaks, releaseAll } = harness();
    const hosts = ["a", "a", "a", "b", "b", "c", "d", "e", "e"];
    const results = Promise.all(hosts.map((host, index) => limit(host, task(host, `${host}${index}`))));
    await releaseAll();
    expect(await results).toEqual(hosts.map((host, index) => `${host}${index}`));
    expect(peaks).toEqual({ overall: 3, perKey: 1 });
  });

  it("lets another host go ahead of a busy one", async () => {
    const limit = createHostLimiter(2);
    const { task, order, releaseAll } = harness();
    const all = Promise.all([
      limit("a", task("a", "a1")),
      limit("a", task("a", "a2")),
      limit("b", task("b", "b1")),
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(["a1", "b1"]);
    await releaseAll();
    await all;
    expect(order).toEqual(["a1", "b1", "a2"]);
  });

  it("passes a failing task's error on and keeps going", async () => {
    const limit = createHostLimiter(1);
    const failing = limit("a", () => Promise.reject(new Error("boom")));
    const next = limit("a", async () => "next");
    await expect(failing).rejects.toThrow("boom");
    expect(await next).toBe("next");
  });
});

describe("toHostKey", () => {
  it.each([
    ["https://Fr.Example.MA/feed", "fr.example.ma"],
    ["http://127.0.0.1:8080/a.xml", "127.0.0.1:8080"],
    ["/srv/feeds/a.xml", "file:/srv/feeds/a.xml"],
  ])("keys %s as %s", (location, expected) => {
    expect(toHostKey(location)).toBe(expected);
  });
});

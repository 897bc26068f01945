/** Keeps the scraper polite: a bounded number of requests overall, one at a time per host. */

/** Runs `task` when a slot is free and no other task for `key` is running. */
export type HostLimiter = <T>(key: string, task: () => Promise<T>) => Promise<T>;

/** A limiter with at most `concurrency` tasks at once (default 6), first come first served per key. */
export function createHostLimiter(concurrency = 6): HostLimiter {
  const busyKeys = new Set<string>();
  const waiting: { key: string; start: () => void }[] = [];
  let running = 0;

  const startWhatCan = (): void => {
    for (let index = 0; index < waiting.length && running < concurrency;) {
      const next = waiting[index];
      if (!next || busyKeys.has(next.key)) {
        index += 1;
        continue;
      }
      waiting.splice(index, 1);
      busyKeys.add(next.key);
      running += 1;
      next.start();
    }
  };

  return (key, task) =>
    new Promise((resolve, reject) => {
      const start = () =>
        void Promise.resolve()
          .then(task)
          .then(resolve, reject)
          .finally(() => {
            busyKeys.delete(key);
            running -= 1;
            startWhatCan();
          });
      waiting.push({ key, start });
      startWhatCan();
    });
}

/** The limiter key of a feed location: its host for URLs, the path itself for files. */
export function toHostKey(location: string): string {
  try {
    const url = new URL(location);
    if (url.protocol === "http:" || url.protocol === "https:") return url.host.toLowerCase();
  } catch {
    // Not a URL: a file path.
  }
  return `file:${location}`;
}

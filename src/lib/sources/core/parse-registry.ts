/**
 * Schema of `content/sources.yaml`. A bad entry fails with one line naming the file, the entry and
 * the field, so whoever edits the registry knows what to fix without reading code.
 */
import iconv from "iconv-lite";
import { z } from "zod";
import { LANGS } from "../../../config/locales.ts";
import type { FeedSource } from "../definitions.ts";

const HTTP_URL = /^https?:\/\//i;
// Any other scheme (`ftp:`, `javascript:`) is neither a feed URL nor a path; `C:` is a drive letter.
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]+:/i;

/** Whether a registry `url` is fetched over HTTP (otherwise it is a file path). */
export function isHttpUrl(url: string): boolean {
  return HTTP_URL.test(url);
}

function isFeedLocation(value: string): boolean {
  if (!isHttpUrl(value)) return !OTHER_SCHEME.test(value);
  try {
    return new URL(value).hostname !== "";
  } catch {
    return false;
  }
}

const text = () =>
  z
    .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
    .trim()
    .min(1, { error: "must not be empty" });

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => (issue.input === undefined ? "is required" : `must be one of ${values.join(", ")}`),
  });

const sourceEntry = z.strictObject(
  {
    id: text().regex(/^[a-z0-9-]+$/, { error: "must use only a-z, 0-9 and - (such as hespress-fr)" }),
    name: text(),
    url: text().refine(isFeedLocation, { error: "must be an http(s) URL or a file path" }),
    lang: oneOf(LANGS).optional(),
    country: text()
      .regex(/^[A-Z]{2}$/, { error: "must be an ISO 3166-1 alpha-2 code such as MA" })
      .optional(),
    kind: oneOf(["news", "status"]),
    charset: text()
      .refine((label) => iconv.encodingExists(label), { error: "is not a charset iconv-lite knows" })
      .optional(),
    enabled: z.boolean({ error: "must be true or false" }).default(true),
    services: z
      .array(
        text().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be gazetteer ids such as cloudflare" }),
        {
          error: "must be a list of gazetteer ids",
        },
      )
      .optional(),
  },
  { error: "must be a mapping with id, name, url and kind" },
);

const registryFile = z.strictObject(
  { sources: z.array(sourceEntry, { error: "must be a list" }) },
  { error: "must be a mapping with a sources list" },
);

type Path = readonly PropertyKey[];

/** One line: `content/sources.yaml: sources[3] (id "le360"): url must be an http(s) URL or a file path`. */
export function formatRegistryError(file: string, data: unknown, path: Path, message: string): string {
  const [list, index, ...rest] = path;
  if (list !== "sources" || typeof index !== "number") {
    return `${file}: ${path.length > 0 ? `${path.map(String).join(".")} ` : ""}${message}`;
  }
  const entry: unknown = (data as { sources?: unknown[] } | undefined)?.sources?.[index];
  const id = (entry as { id?: unknown } | undefined)?.id;
  const name = typeof id === "string" ? ` (id "${id}")` : "";
  const field = rest.length > 0 ? `${rest.map(String).join(".")} ` : "";
  return `${file}: sources[${index}]${name}: ${field}${message}`;
}

function toMessage(issue: z.core.$ZodIssue): string {
  // Unknown keys are reported on the entry; name them, since the entry has no such field to point at.
  if (issue.code === "unrecognized_keys")
    return `has unknown field ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
  return issue.message;
}

/**
 * Validates a parsed `sources.yaml`; relative file paths go through `resolvePath` (the infra joins
 * them to the yaml's folder). Throws a one-line Error on the first problem.
 */
export function parseRegistry(
  data: unknown,
  file: string,
  resolvePath: (path: string) => string = (path) => path,
): FeedSource[] {
  const result = registryFile.safeParse(data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      formatRegistryError(file, data, issue?.path ?? [], issue ? toMessage(issue) : "is invalid"),
    );
  }
  const firstIndex = new Map<string, number>();
  result.data.sources.forEach((source, index) => {
    const earlier = firstIndex.get(source.id);
    if (earlier !== undefined) {
      throw new Error(
        formatRegistryError(file, data, ["sources", index, "id"], `is already used by sources[${earlier}]`),
      );
    }
    firstIndex.set(source.id, index);
  });
  return result.data.sources.map((source) => ({
    ...source,
    url: isHttpUrl(source.url) ? source.url : resolvePath(source.url),
  }));
}

/**
 * Schemas for `content/services.yaml` and `content/countries.yaml`, and the checks across entries
 * (unique ids, groups that exist). Errors are one line naming the file, the entry and the field.
 */
import { z } from "zod";
import type { Country, Gazetteer, Service } from "../definitions.ts";
import { SERVICE_CATEGORIES } from "../definitions.ts";

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;

const text = () =>
  z
    .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
    .trim()
    .min(1, { error: "must not be empty" });

const localized = z.strictObject(
  { fr: text(), ar: text(), en: text() },
  { error: (issue) => (issue.input === undefined ? "is required" : "must be a map of fr, ar and en names") },
);
const textList = z.array(text(), { error: "must be a list of strings" }).default([]);
const countryCode = text().regex(COUNTRY_CODE, { error: "must be an ISO 3166-1 alpha-2 code such as MA" });

const serviceEntry = z.strictObject({
  id: text().regex(KEBAB_CASE, { error: "must be lowercase kebab-case such as maroc-telecom" }),
  category: z.enum(SERVICE_CATEGORIES, {
    error: (issue) =>
      issue.input === undefined ? "is required" : `must be one of ${SERVICE_CATEGORIES.join(", ")}`,
  }),
  group: text().optional(),
  country: countryCode.optional(),
  names: localized,
  aliases: textList,
  ambiguous: textList,
});

const countryEntry = z.strictObject({
  code: countryCode,
  names: localized,
  aliases: textList,
  timeZone: text().optional(),
});

/** Shape of `services.yaml`. */
export const servicesFileSchema = z.strictObject({
  services: z.array(serviceEntry, { error: "must be a list" }),
});
/** Shape of `countries.yaml`. */
export const countriesFileSchema = z.strictObject({
  countries: z.array(countryEntry, { error: "must be a list" }),
});

type Path = readonly PropertyKey[];

function describeEntry(data: unknown, path: Path): { where: string; rest: Path } {
  const [list, index, ...rest] = path;
  if (typeof list !== "string" || typeof index !== "number") return { where: "", rest: path };
  const entry: unknown = (data as Record<string, unknown[] | undefined>)[list]?.[index];
  const key = (entry as Record<string, unknown> | undefined)?.[list === "services" ? "id" : "code"];
  const name = typeof key === "string" ? ` (${list === "services" ? "id" : "code"} "${key}")` : "";
  return { where: `${list}[${index}]${name}`, rest };
}

// One line: `content/services.yaml: services[12] (id "orange-ma"): names.ar is required`.
function formatGazetteerError(file: string, data: unknown, path: Path, message: string): string {
  const { where, rest } = describeEntry(data, path);
  const field = rest.length > 0 ? `${rest.map(String).join(".")} ` : "";
  return `${file}: ${where ? `${where}: ` : ""}${field}${message}`;
}

function parseFile<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(formatGazetteerError(file, data, issue?.path ?? [], issue?.message ?? "is invalid"));
}

function checkCrossReferences(services: Service[], countries: Country[], files: GazetteerFiles): void {
  const fail = (file: string, data: object, path: Path, message: string): never => {
    throw new Error(formatGazetteerError(file, data, path, message));
  };
  const countryCodes = new Set<string>();
  countries.forEach((country, index) => {
    if (countryCodes.has(country.code))
      fail(files.countries, { countries }, ["countries", index, "code"], "is a duplicate");
    countryCodes.add(country.code);
  });
  const byId = new Map<string, Service>();
  services.forEach((service, index) => {
    if (byId.has(service.id)) fail(files.services, { services }, ["services", index, "id"], "is a duplicate");
    byId.set(service.id, service);
  });
  services.forEach((service, index) => {
    const path = ["services", index];
    const group = service.group === undefined ? undefined : byId.get(service.group);
    if (service.group !== undefined && group?.category !== "group") {
      fail(
        files.services,
        { services },
        [...path, "group"],
        `"${service.group}" is not the id of a category: group entry`,
      );
    }
    if (service.country !== undefined && !countryCodes.has(service.country)) {
      fail(
        files.services,
        { services },
        [...path, "country"],
        `"${service.country}" is not in ${files.countries}`,
      );
    }
  });
}

/** File names shown in error messages. */
export interface GazetteerFiles {
  services: string;
  countries: string;
}

/** Validates both parsed YAML documents into a `Gazetteer`; throws a one-line Error on the first problem. */
export function parseGazetteer(
  servicesData: unknown,
  countriesData: unknown,
  files: GazetteerFiles,
): Gazetteer {
  const countries = parseFile(countriesFileSchema, countriesData, files.countries).countries.map(
    (entry): Country => ({ ...entry }),
  );
  const services = parseFile(servicesFileSchema, servicesData, files.services).services.map(
    ({ ambiguous, ...entry }): Service => ({ ...entry, ambiguousAliases: ambiguous }),
  );
  checkCrossReferences(services, countries, files);
  return { services, countries };
}

import type { Incident } from "../../definitions.ts";

/** What one override entry did. `unchanged` means it was already in effect: re-runs are quiet. */
export interface OverrideOutcome {
  /** Position of the entry in the file, from 0. */
  index: number;
  kind: "merge" | "split" | "rename" | "set";
  status: "applied" | "unchanged" | "ignored";
  message: string;
}

/** An entry's result before it is tied to its index and kind. */
export type Verdict = Pick<OverrideOutcome, "status" | "message">;

/** The incidents being edited and the former slugs that lead to them. */
export class OverrideState {
  incidents: Incident[];
  /** Former slug → incident id. */
  readonly aliases: Map<string, string>;

  constructor(incidents: readonly Incident[], aliases: Iterable<readonly [string, string]>) {
    this.incidents = [...incidents];
    this.aliases = new Map(aliases);
  }

  /** The incident a slug names now, else the one it used to name. */
  find(slug: string): Incident | undefined {
    const id = this.aliases.get(slug);
    return (
      this.incidents.find((incident) => incident.slug === slug) ??
      (id === undefined ? undefined : this.incidents.find((incident) => incident.id === id))
    );
  }

  /** Puts `next` where the incident with the same id was. */
  replace(next: Incident): void {
    this.incidents = this.incidents.map((incident) => (incident.id === next.id ? next : incident));
  }

  /** Removes an incident; its slug and the slugs that led to it now lead to `heir`. */
  retire(incident: Incident, heir: Incident): void {
    this.incidents = this.incidents.filter((other) => other.id !== incident.id);
    for (const [slug, id] of this.aliases) if (id === incident.id) this.aliases.set(slug, heir.id);
    this.aliases.set(incident.slug, heir.id);
  }
}

/** The entry changed the incidents. */
export const applied = (message: string): Verdict => ({ status: "applied", message });
/** The entry was already in effect (a re-run). */
export const unchanged = (message: string): Verdict => ({ status: "unchanged", message });
/** The entry could not be applied; the message says why, for the editor. */
export const ignored = (message: string): Verdict => ({ status: "ignored", message });

/** `"a", "b"` for messages. */
export const quote = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(", ");

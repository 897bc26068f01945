import type { IncidentAlias } from "../curate/definitions.ts";
import type { AtlasDatabase } from "./open-database.ts";

/**
 * Every former slug and the incident it leads to, by slug. A database opened read-only before the
 * aliases migration ran has no table yet: it has no aliases.
 */
export function readIncidentAliases(db: AtlasDatabase): IncidentAlias[] {
  const table = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'incident_aliases'`)
    .get();
  if (!table) return [];
  const rows = db.prepare(`SELECT slug, incident_id FROM incident_aliases ORDER BY slug`).all() as {
    slug: string;
    incident_id: string;
  }[];
  return rows.map((row) => ({ slug: row.slug, incidentId: row.incident_id }));
}

/**
 * Makes the stored aliases exactly `aliases`, in one transaction. Each must lead to a stored
 * incident; deleting an incident deletes its aliases.
 */
export function writeIncidentAliases(db: AtlasDatabase, aliases: readonly IncidentAlias[]): void {
  const insert = db.prepare(`INSERT INTO incident_aliases (slug, incident_id) VALUES (?, ?)`);
  db.transaction(() => {
    db.prepare(`DELETE FROM incident_aliases`).run();
    aliases.forEach((alias) => insert.run(alias.slug, alias.incidentId));
  }).immediate();
}

import Database from "better-sqlite3";
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { MIGRATIONS } from "./migrations.ts";

export type AtlasDatabase = Database.Database;

/** Default database file, git-ignored. `ATLAS_DB` or `--db` override it. */
export const DEFAULT_DB_FILE = "data/atlas.sqlite";

/**
 * Opens (creating if needed) the atlas database in WAL mode and brings its schema up to date.
 * `:memory:` gives a throw-away database with the real migrations, for tests.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): AtlasDatabase {
  if (options.readonly && !existsSync(file)) throw new Error(`no database at ${file}`);
  if (file !== ":memory:" && !options.readonly) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  // A second process waits for the writer instead of failing with SQLITE_BUSY.
  db.pragma("busy_timeout = 10000");
  if (options.readonly) return db;
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  migrate(db);
  return db;
}

/** Runs the migrations this database has not seen yet, each in its own transaction. */
export function migrate(db: AtlasDatabase): number {
  const current = db.pragma("user_version", { simple: true }) as number;
  MIGRATIONS.slice(current).forEach((sql, offset) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + offset + 1}`);
    }).immediate();
  });
  return MIGRATIONS.length - current;
}

import { cpSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { projectPath } from "../project-root.ts";

/** Built by src/launcher/build.mjs (npm ci's `prepare`): a created and migrated embedded database. */
export const PGLITE_TEMPLATE_DIR = projectPath("dist", "pglite-template");

/** The file whose presence makes a directory a database (openDatabase creates one where it is missing). */
export const PG_VERSION_FILE = "PG_VERSION";

/** A DATA_DIR that holds no database yet: opening it creates one (the slow first start). */
export function isNewDataDir(dataDir: string): boolean {
  return !existsSync(join(dataDir, PG_VERSION_FILE));
}

/**
 * Fills an empty DATA_DIR from the template: a copy takes a fraction of a second where initdb and every migration take
 * seconds. PG_VERSION is copied last, so a copy cut short (a crash) leaves a directory that is still seen as empty and
 * copied again on the next start. False when there is no template (a tree that was never built).
 */
export function copyPgliteTemplate(dataDir: string, templateDir: string = PGLITE_TEMPLATE_DIR): boolean {
  if (!existsSync(join(templateDir, PG_VERSION_FILE))) return false;
  for (const name of readdirSync(templateDir)) {
    if (name !== PG_VERSION_FILE) cpSync(join(templateDir, name), join(dataDir, name), { recursive: true });
  }
  cpSync(join(templateDir, PG_VERSION_FILE), join(dataDir, PG_VERSION_FILE));
  return true;
}

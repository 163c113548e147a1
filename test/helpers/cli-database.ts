import { join } from "node:path";
import { cloneTemplateDatabase, dropDatabase, withDatabaseName } from "./test-database-names.ts";

export type CliDatabase = { env: { DATABASE_URL: string } | { DATA_DIR: string }; drop(): Promise<void> };

/**
 * The database the CLI runs of one test file share, never another file's: on PostgreSQL (TEST_DATABASE_URL) a
 * database of its own cloned from this run's migrated template and dropped by `drop`; on PGlite a DATA_DIR under
 * `dir`. Tests that expect "no HQ imported yet" must not meet rows another test file (or an earlier run) left.
 */
export async function cliDatabase(dir: string): Promise<CliDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return { env: { DATA_DIR: join(dir, "data") }, drop: async () => {} };
  const name = await cloneTemplateDatabase(url, "kargoruh_cli");
  return { env: { DATABASE_URL: withDatabaseName(url, name) }, drop: () => dropDatabase(url, name) };
}

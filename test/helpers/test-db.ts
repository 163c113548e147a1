import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "../../src/db/client.ts";
import { rowsOf } from "../../src/db/rows.ts";
import { cloneTemplateDatabase, dropDatabase, withDatabaseName } from "./test-database-names.ts";

export type TestDatabase = DatabaseHandle & {
  /** Empties every table, so each test starts from nothing without reopening the database. */
  reset(): Promise<void>;
  /** Row counts of every table: fuzz and refusal tests compare them before and after. */
  rowCounts(): Promise<Record<string, number>>;
};

/** A fresh, migrated database of its own: PGlite by default, PostgreSQL when TEST_DATABASE_URL is set. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  const handle = url ? await cloneTemplate(url) : await loadPgliteTemplate();
  return { ...handle, reset: () => truncateAll(handle), rowCounts: () => countRows(handle) };
}

async function loadPgliteTemplate(): Promise<DatabaseHandle> {
  const path = inject("pgliteTemplatePath");
  if (!path) return openDatabase({ memory: true });
  return openDatabase({ memory: true, loadDataDir: new Blob([readFileSync(path)]) });
}

async function cloneTemplate(url: string): Promise<DatabaseHandle> {
  const name = await cloneTemplateDatabase(url, "kargoruh_test");
  const handle = await openDatabase({ url: withDatabaseName(url, name) });
  return {
    ...handle,
    async close() {
      await handle.close();
      await dropDatabase(url, name);
    },
  };
}

async function userTables(handle: DatabaseHandle): Promise<string[]> {
  const result = await handle.db.execute(
    sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
  );
  return rowsOf<{ tablename: string }>(result).map((row) => row.tablename);
}

async function truncateAll(handle: DatabaseHandle): Promise<void> {
  const tables = await userTables(handle);
  if (tables.length === 0) return;
  const list = tables.map((name) => `"${name}"`).join(", ");
  await handle.db.execute(sql.raw(`truncate ${list} restart identity cascade`));
}

async function countRows(handle: DatabaseHandle): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await userTables(handle)) {
    const result = await handle.db.execute(sql.raw(`select count(*)::int as n from "${table}"`));
    counts[table] = rowsOf<{ n: number }>(result)[0]?.n ?? 0;
  }
  return counts;
}

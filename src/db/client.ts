import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { acquireDirectoryLock, type DirectoryLock } from "./directory-lock.ts";
import * as schema from "./schema.ts";

/** One type for both backends; a transaction is assignable to it, so queries take either. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle = {
  db: Database;
  backend: "pglite" | "postgres";
  close(): Promise<void>;
};

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../drizzle", import.meta.url));

export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true; loadDataDir?: Blob };

/** Opens the database, applies pending migrations, and returns it ready for use. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if ("url" in target) return openPostgres(target.url);
  if ("dataDir" in target) return openPgliteDirectory(target.dataDir);
  return openPgliteMemory(target.loadDataDir);
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const client = postgres(url, { max: 10, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema }) as unknown as Database;
  await migratePostgresOnce(url);
  return { db, backend: "postgres", close: () => client.end({ timeout: 5 }) };
}

/** Several instances may start together: one migrates while the others wait on the advisory lock. */
async function migratePostgresOnce(url: string): Promise<void> {
  const single = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await single`select pg_advisory_lock(727001)`;
    await migratePostgres(drizzlePostgres(single), { migrationsFolder: MIGRATIONS_FOLDER });
    await single`select pg_advisory_unlock(727001)`;
  } finally {
    await single.end({ timeout: 5 });
  }
}

async function openPgliteDirectory(dataDir: string): Promise<DatabaseHandle> {
  mkdirSync(dataDir, { recursive: true });
  // PGlite does not lock its directory and two processes on it corrupt it.
  const lock: DirectoryLock = acquireDirectoryLock(dataDir);
  try {
    const client = await PGlite.create({ dataDir });
    return await finishPglite(client, async () => {
      await client.close();
      lock.release();
    });
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openPgliteMemory(loadDataDir?: Blob): Promise<DatabaseHandle> {
  const client = await PGlite.create(loadDataDir ? { loadDataDir } : {});
  return finishPglite(client, () => client.close());
}

async function finishPglite(client: PGlite, close: () => Promise<void>): Promise<DatabaseHandle> {
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER });
  return { db, backend: "pglite", close };
}

import type { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import type { Database, DatabaseHandle } from "../../src/db/client.ts";
import * as schema from "../../src/db/schema.ts";

/**
 * The test database through a second drizzle instance on the same driver that records every statement it sends
 * (BEGIN and COMMIT are not statements drizzle logs): what a code path costs, in round trips.
 */
export function recordingDatabase(handle: DatabaseHandle): { db: Database; statements: string[] } {
  const statements: string[] = [];
  const logger = { logQuery: (text: string) => void statements.push(text) };
  const client = (handle.db as unknown as { $client: unknown }).$client;
  const db =
    handle.backend === "pglite"
      ? drizzlePglite(client as PGlite, { schema, logger })
      : drizzlePostgres(client as postgres.Sql, { schema, logger });
  return { db: db as unknown as Database, statements };
}

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { type Database, MIGRATIONS_FOLDER } from "../../src/db/client.ts";
import { writeAudit } from "../../src/db/queries/audit.ts";
import * as schema from "../../src/db/schema.ts";
import { chainIsIntact, verifyAuditChains } from "../../src/services/audit/verify-chain.ts";
import { asAdmin, withDatabaseName } from "../helpers/test-database-names.ts";

/** The migrations as they were before the audit chain: a database upgraded from there. */
function migrationsBeforeChain(): string {
  const folder = mkdtempSync(join(tmpdir(), "kargoruh-migrations-"));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const upTo = journal.entries.findIndex((entry) => entry.tag === "0010_audit_chain");
  journal.entries = journal.entries.slice(0, upTo);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

type Upgradable = { db: Database; migrate(folder: string): Promise<void>; close(): Promise<void> };

async function pgliteDatabase(): Promise<Upgradable> {
  const client = await PGlite.create();
  return {
    db: drizzlePglite(client, { schema }) as unknown as Database,
    migrate: (folder) => migratePglite(drizzlePglite(client), { migrationsFolder: folder }),
    close: () => client.close(),
  };
}

async function postgresDatabase(url: string): Promise<Upgradable> {
  const name = `kargoruh_upgrade_${process.pid}_${Date.now()}`;
  await asAdmin(url, (admin) => admin.unsafe(`create database ${name}`));
  const client = postgres(withDatabaseName(url, name), { max: 1, onnotice: () => {} });
  return {
    db: drizzlePostgres(client, { schema }) as unknown as Database,
    migrate: (folder) => migratePostgres(drizzlePostgres(client), { migrationsFolder: folder }),
    async close() {
      await client.end();
      await asAdmin(url, (admin) => admin.unsafe(`drop database if exists ${name} with (force)`));
    },
  };
}

describe("audit chain: a database upgraded with entries already in its log", () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it("the migration chains the existing entries of each HQ and of no HQ, verify passes, and new entries link on; an edit to an old entry shows", async () => {
    const url = process.env.TEST_DATABASE_URL;
    const database = url ? await postgresDatabase(url) : await pgliteDatabase();
    const before = migrationsBeforeChain();
    folders.push(before);
    try {
      await database.migrate(before);
      const db = database.db;
      await db.execute(
        sql`insert into headquarters (key, level, name, timezone, locale) values ('a', 'county', 'A', 'Asia/Tehran', 'fa'), ('b', 'county', 'B', 'Asia/Tehran', 'fa')`,
      );
      // Written as the application did before the chain: details of every JSON shape, times with microseconds.
      await db.execute(sql`insert into audit_log (hq_id, actor_person_id, actor_telegram_id, action, subject_type, subject_id, details, at) values
        (1, null, 7001, 'roster.imported', 'headquarters', '1', '{"changes": 3, "zwnj": "نیم‌فاصله", "nested": {"b": [1, 2.50, null], "a": true}}', '2026-11-01 08:00:00.123456+00'),
        (null, null, null, 'process.started', 'process', null, '{}', '2026-11-01 08:00:01+00'),
        (2, 5, 7002, 'meeting.convened', 'meeting', '9', '{"agenda": ["الف", "ب"]}', '2026-11-02 09:30:00+00'),
        (1, 5, 7002, 'minutes.signed', 'minutes_version', '3', '{"sha256": "ab"}', '2026-11-03 10:00:00+00')`);

      await database.migrate(MIGRATIONS_FOLDER);
      const upgraded = await verifyAuditChains(db);
      expect(upgraded.map((chain) => [chain.chain, chain.count, chainIsIntact(chain)])).toEqual([
        [0, 1, true],
        [1, 2, true],
        [2, 1, true],
      ]);

      await writeAudit(db, {
        hqId: 1,
        action: "meeting.convened",
        subjectType: "meeting",
        subjectId: 10,
        details: { after: "upgrade" },
        at: new Date("2026-12-01T08:00:00Z"),
      });
      expect((await verifyAuditChains(db, 1))[0]).toMatchObject({ count: 3, broken: null });

      await db.execute(sql`update audit_log set details = '{"changes": 4}' where action = 'roster.imported'`);
      const edited = (await verifyAuditChains(db, 1))[0]!;
      expect(edited.broken).toMatchObject({ kind: "altered", entry: { action: "roster.imported", seq: 1 } });
    } finally {
      await database.close();
    }
  }, 180_000);
});

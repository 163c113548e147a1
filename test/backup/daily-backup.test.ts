import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { archiveKindOfFile } from "../../src/backup/archive.ts";
import {
  backupJobHandlers,
  DAILY_BACKUP_KIND,
  ensureDailyBackup,
  nextBackupAt,
} from "../../src/backup/daily-backup-job.ts";
import { pgliteClientOf, snapshotPglite } from "../../src/backup/pglite-snapshot.ts";
import type { BackupSource } from "../../src/backup/take-backup.ts";
import { rowsOf } from "../../src/db/rows.ts";
import { jobs } from "../../src/db/schema.ts";
import { createJobRunner } from "../../src/delivery/job-runner.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";
import { withDatabaseName } from "../helpers/test-database-names.ts";

const ZONE = "Asia/Tehran";
/** 2026-12-07 02:00 in Tehran. */
const NIGHT = new Date("2026-12-06T22:30:00Z");
const DAY = 24 * 60 * 60 * 1000;

describe("daily backups through the job runner (BACKUP_DIR, BACKUP_KEEP)", () => {
  let database: TestDatabase;
  let dir: string;
  let source: BackupSource;
  const errors: string[] = [];
  const log = { info: () => {}, warn: () => {}, error: (message: string) => void errors.push(message) };

  beforeAll(async () => {
    database = await createTestDatabase();
    const client = pgliteClientOf(database);
    if (client) source = { kind: "pglite", snapshot: () => snapshotPglite(client) };
    else {
      const name = rowsOf<{ name: string }>(await database.db.execute(sql`select current_database() as name`))[0]!.name;
      source = { kind: "postgres", url: withDatabaseName(process.env.TEST_DATABASE_URL!, name) };
    }
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.reset();
    errors.length = 0;
    dir = mkdtempSync(join(tmpdir(), "kargoruh-daily-"));
    return () => rmSync(dir, { recursive: true, force: true });
  });

  function runnerAt(now: Date, backupSource: BackupSource, keep = 2) {
    return createJobRunner({
      db: database.db,
      handlers: backupJobHandlers({ source: backupSource, settings: { dir, keep }, zone: ZONE }),
      clock: () => now,
      log,
    });
  }

  it("runs at 03:00 where the HQ is, writes an archive of the database's kind, re-arms for the next day, and keeps only the newest BACKUP_KEEP", async () => {
    expect(nextBackupAt(NIGHT, ZONE).toISOString()).toBe("2026-12-06T23:30:00.000Z");
    await ensureDailyBackup(database.db, NIGHT, ZONE);
    await ensureDailyBackup(database.db, NIGHT, ZONE);
    expect(await database.db.select().from(jobs).where(eq(jobs.kind, DAILY_BACKUP_KIND))).toHaveLength(1);
    expect((await runnerAt(NIGHT, source).runOnce()).claimed).toBe(0);

    writeFileSync(join(dir, "notes.txt"), "an operator's file");
    for (let day = 0; day < 3; day++) {
      const at = new Date(nextBackupAt(NIGHT, ZONE).getTime() + day * DAY + 60_000);
      expect(await runnerAt(at, source).runOnce()).toMatchObject({ claimed: 1, failed: 0 });
    }
    const files = readdirSync(dir).sort();
    expect(files).toEqual(
      ["kargoruh-20261207T233100Z", "kargoruh-20261208T233100Z", "notes.txt"].map((name, i) =>
        i < 2 ? `${name}.${source.kind === "pglite" ? "pglite.tar.gz" : "pgdump"}` : name,
      ),
    );
    expect(archiveKindOfFile(join(dir, files[1]!))).toBe(source.kind === "pglite" ? "pglite" : "pg_dump");
    const [job] = await database.db.select().from(jobs).where(eq(jobs.kind, DAILY_BACKUP_KIND));
    expect(job).toMatchObject({ status: "pending", runAt: new Date("2026-12-09T23:30:00Z") });
    expect(errors).toEqual([]);
  });

  it("a failed backup is an error in the log and is tried again in an hour; the daily backups go on", async () => {
    await ensureDailyBackup(database.db, NIGHT, ZONE);
    const at = new Date(nextBackupAt(NIGHT, ZONE).getTime() + 60_000);
    const broken: BackupSource = { kind: "pglite", snapshot: () => Promise.reject(new Error("disk full")) };
    expect(await runnerAt(at, broken).runOnce()).toMatchObject({ claimed: 1, failed: 0 });
    expect(errors).toEqual(["backup: failed; trying again in an hour"]);
    const [job] = await database.db.select().from(jobs).where(eq(jobs.kind, DAILY_BACKUP_KIND));
    expect(job).toMatchObject({ status: "pending", runAt: new Date(at.getTime() + 60 * 60_000) });
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(dir)).toBe(true);
  });
});

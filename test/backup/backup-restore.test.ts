import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SnapshotServer, serveSnapshots } from "../../src/backup/control-socket.ts";
import { pgliteClientOf, snapshotPglite, unpackPgliteArchive } from "../../src/backup/pglite-snapshot.ts";
import { type DatabaseHandle, openDatabase } from "../../src/db/client.ts";
import { writeAudit } from "../../src/db/queries/audit.ts";
import { rowsOf } from "../../src/db/rows.ts";
import { silentLogger } from "../../src/logger.ts";
import { signMinutes } from "../../src/services/minutes/minutes.ts";
import { BotHarness } from "../helpers/bot-harness.ts";
import { ENDED, HOUR, recordedSession } from "../helpers/recorded-session.ts";
import { SECRETARY } from "../helpers/rosters.ts";
import { asAdmin, withDatabaseName } from "../helpers/test-database-names.ts";

const REPO = new URL("../..", import.meta.url).pathname;

type CliRun = { code: number | null; stdout: string; stderr: string };

/** `npm run cli -- …` as a separate process, as an operator runs it beside the bot. */
function cli(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
      cwd: REPO,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "silent", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    // A command that hangs fails the test with what it printed, instead of timing the whole file out.
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

async function count(db: DatabaseHandle["db"], table: "audit_log" | "minutes_versions"): Promise<number> {
  return Number(rowsOf<{ n: number | string }>(await db.execute(sql.raw(`select count(*) as n from ${table}`)))[0]!.n);
}

/** Audit entries written one transaction after another until stopped: a bot at work while the backup is taken. */
function keepWriting(db: DatabaseHandle["db"], hqId: number): { stop(): Promise<number> } {
  let running = true;
  let written = 0;
  const loop = (async () => {
    while (running) {
      await db.transaction(async (tx) => {
        await writeAudit(tx, {
          hqId,
          action: "test.activity",
          subjectType: "test",
          subjectId: written,
          details: { n: written },
          at: new Date(),
        });
      });
      written++;
      // Updates reach a bot as I/O events; a loop of in-process PGlite calls alone would never let I/O run.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return written;
    },
  };
}

describe("the record survives the machine (issue 10 part 9)", () => {
  const work = mkdtempSync(join(tmpdir(), "kargoruh-backup-"));
  let h: BotHarness;
  let hqId: number;
  beforeAll(async () => {
    // A real record to carry: a meeting whose minutes are signed, with its audit entries.
    h = await BotHarness.create();
    const session = await recordedSession(h);
    h.clock.set(new Date(ENDED.getTime() + HOUR));
    const signed = await signMinutes(h.services, session.ids[SECRETARY]!, session.minutesId);
    if (signed.kind !== "signed") throw new Error(signed.kind);
    hqId = Number(
      rowsOf<{ hq_id: number }>(await h.database.db.execute(sql`select hq_id from minutes limit 1`))[0]!.hq_id,
    );
  }, 120_000);
  afterAll(async () => {
    await h.close();
    rmSync(work, { recursive: true, force: true });
  });

  it.skipIf(Boolean(process.env.TEST_DATABASE_URL))(
    "PGlite: a backup taken while the bot runs and writes, restored into a new directory, verifies: audit chain intact, every minutes hash matching",
    async () => {
      // The bot's data directory, holding the record above; the bot has it open (and locked) and serves snapshots.
      const dataDir = join(work, "data");
      await unpackPgliteArchive(await snapshotPglite(pgliteClientOf(h.database)!), dataDir);
      const bot = await openDatabase({ dataDir });
      let server: SnapshotServer | null = null;
      try {
        server = await serveSnapshots(dataDir, () => snapshotPglite(pgliteClientOf(bot)!), silentLogger);
        const activity = keepWriting(bot.db, hqId);
        const file = join(work, "record.tar.gz");
        const backup = await cli(["backup", file, "--lang", "en"], { DATA_DIR: dataDir });
        const written = await activity.stop();
        expect(backup.stderr).toBe("");
        expect(backup.stdout).toContain("The bot is running on this database, so it took the snapshot itself");
        expect(backup.stdout).toContain(`Backup written: ${file}`);
        expect(backup.code).toBe(0);
        expect(written).toBeGreaterThan(0);

        const restoredDir = join(work, "restored");
        const restore = await cli(["restore", file, "--lang", "en"], { DATA_DIR: restoredDir });
        expect(restore.stderr).toBe("");
        expect(restore.code).toBe(0);
        expect(restore.stdout).toMatch(/HQ "[^"]+": the audit log is intact \(\d+ entries/);
        expect(restore.stdout).toContain(
          "Signed minutes: each of the 1 versions still gives the hash recorded at signing.",
        );

        // The copy is the record as of one moment: a prefix of the bot's chain, with the minutes.
        const copy = await openDatabase({ dataDir: restoredDir });
        try {
          expect(await count(copy.db, "minutes_versions")).toBe(1);
          expect(await count(copy.db, "audit_log")).toBeLessThanOrEqual(await count(bot.db, "audit_log"));
        } finally {
          await copy.close();
        }
        expect(readdirSync(restoredDir)).not.toContain("kargoruh.lock");

        // While the bot runs, `audit verify` checks a snapshot it hands over.
        const verify = await cli(["audit", "verify", "--lang", "en"], { DATA_DIR: dataDir });
        expect(verify.code).toBe(0);
        expect(verify.stdout).toContain("a snapshot was taken from it just now and checked");

        // A restore under the running bot is refused, and so is one over a directory with a record, unless --force.
        const underBot = await cli(["restore", file, "--force", "--lang", "en"], { DATA_DIR: dataDir });
        expect(underBot.code).toBe(1);
        expect(underBot.stderr).toContain("The bot is running on");
        const over = await cli(["restore", file, "--lang", "fa"], { DATA_DIR: restoredDir });
        expect(over.code).toBe(1);
        expect(over.stderr).toContain("خالی نیست؛ بنابراین چیزی بازگردانده نشد");
        const forced = await cli(["restore", file, "--force", "--lang", "en"], { DATA_DIR: restoredDir });
        expect(forced.code).toBe(0);
        expect(forced.stdout).toMatch(/The previous contents are kept in .*restored\.replaced-/);
      } finally {
        await server?.close();
        await bot.close();
      }
    },
    420_000,
  );

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "PostgreSQL: pg_dump while the bot writes, restored into an empty database, verifies; a non-empty target is refused without --force",
    async () => {
      const url = process.env.TEST_DATABASE_URL!;
      const source = rowsOf<{ name: string }>(await h.database.db.execute(sql`select current_database() as name`))[0]!
        .name;
      const target = `kargoruh_restore_${process.pid}`;
      await asAdmin(url, (admin) => admin.unsafe(`drop database if exists ${target} with (force)`));
      await asAdmin(url, (admin) => admin.unsafe(`create database ${target}`));
      try {
        const activity = keepWriting(h.database.db, hqId);
        const file = join(work, "record.pgdump");
        const backup = await cli(["backup", file, "--lang", "en"], { DATABASE_URL: withDatabaseName(url, source) });
        await activity.stop();
        expect(backup.stderr).toBe("");
        expect(backup.code).toBe(0);

        const restore = await cli(["restore", file, "--lang", "en"], { DATABASE_URL: withDatabaseName(url, target) });
        expect(restore.stderr).toBe("");
        expect(restore.code).toBe(0);
        expect(restore.stdout).toMatch(/the audit log is intact/);
        expect(restore.stdout).toContain(
          "Signed minutes: each of the 1 versions still gives the hash recorded at signing.",
        );

        const again = await cli(["restore", file, "--lang", "en"], { DATABASE_URL: withDatabaseName(url, target) });
        expect(again.code).toBe(1);
        expect(again.stderr).toContain("PostgreSQL (DATABASE_URL) is not empty, so nothing was restored");
        const pgliteFile = join(work, "not-for-postgres.tar.gz");
        writeFileSync(pgliteFile, Buffer.from([0x1f, 0x8b, 0, 0]));
        const wrong = await cli(["restore", pgliteFile, "--force", "--lang", "en"], {
          DATABASE_URL: withDatabaseName(url, target),
        });
        expect(wrong.code).toBe(1);
        expect(wrong.stderr).toContain("the file is an embedded (PGlite) backup");
      } finally {
        await asAdmin(url, (admin) => admin.unsafe(`drop database if exists ${target} with (force)`));
      }
    },
    420_000,
  );

  it("every error exits non-zero with its reason on stderr, in the user's language", async () => {
    const noFile = await cli(["backup"], { DATA_DIR: join(work, "nothing"), LANG: "fa_IR.UTF-8" });
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain("نام فایل مقصد را بنویسید");
    const noDatabase = await cli(["backup", join(work, "x.tar.gz"), "--lang", "en"], {
      DATA_DIR: join(work, "nothing"),
    });
    expect(noDatabase.code).toBe(1);
    expect(noDatabase.stderr).toContain("There is no database in");
    expect(existsSync(join(work, "nothing"))).toBe(false);
    const missing = await cli(["restore", join(work, "missing.tar.gz"), "--lang", "en"], {
      DATA_DIR: join(work, "fresh"),
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Could not read the backup file");
  }, 120_000);
});

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../../src/db/client.ts";
import { rowsOf } from "../../src/db/rows.ts";
import { headquarters } from "../../src/db/schema.ts";

async function showSharedBuffers(handle: DatabaseHandle): Promise<string> {
  return rowsOf<{ shared_buffers: string }>(await handle.db.execute(sql`show shared_buffers`))[0]!.shared_buffers;
}

async function lastCheckpoint(handle: DatabaseHandle): Promise<string> {
  return rowsOf<{ lsn: string }>(
    await handle.db.execute(sql`select checkpoint_lsn::text as lsn from pg_control_checkpoint()`),
  )[0]!.lsn;
}

// The embedded database in a directory, as the bot keeps it; PostgreSQL runs have their own server.
describe.skipIf(process.env.TEST_DATABASE_URL)("PGlite in a DATA_DIR", () => {
  let root: string;
  let dataDir: string;
  const steps: string[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "kargoruh-pglite-dir-"));
    dataDir = join(root, "data");
    // A new directory: created and migrated in a child process, then opened as on any restart.
    const handle = await openDatabase({ dataDir }, { onStep: (step) => steps.push(step) });
    try {
      await handle.db
        .insert(headquarters)
        .values({ key: "dir", level: "county", name: "Dir", timezone: "Asia/Tehran", locale: "fa" });
    } finally {
      await handle.close();
    }
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("creates a new directory, migrates it, and opens it again with what was written", async () => {
    expect(steps).toEqual(["create", "start", "migrate"]);
    const reopenSteps: string[] = [];
    const handle = await openDatabase({ dataDir }, { onStep: (step) => reopenSteps.push(step) });
    try {
      expect(reopenSteps).toEqual(["start", "migrate"]);
      expect(await handle.db.select({ key: headquarters.key }).from(headquarters)).toEqual([{ key: "dir" }]);
      expect(await showSharedBuffers(handle)).toBe("16MB");
    } finally {
      await handle.close();
    }
    expect(existsSync(join(dataDir, "kargoruh.lock"))).toBe(false);
  }, 60_000);

  it("writes a checkpoint on its own while it runs, so a crash replays little write-ahead log", async () => {
    const handle = await openDatabase({ dataDir, checkpointEveryMs: 300 });
    try {
      const before = await lastCheckpoint(handle);
      await handle.db
        .insert(headquarters)
        .values({ key: "wal", level: "county", name: "WAL", timezone: "Asia/Tehran", locale: "fa" });
      let after = before;
      for (let tries = 0; tries < 100 && after === before; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        after = await lastCheckpoint(handle);
      }
      expect(after).not.toBe(before);
    } finally {
      await handle.close();
    }
  }, 60_000);

  it("refuses a directory PGlite cannot initialise, with the reason, and leaves it unlocked", async () => {
    const blocked = join(root, "blocked");
    mkdirSync(blocked);
    // A file where initdb must create the directory `base`.
    writeFileSync(join(blocked, "base"), "not a directory");
    // From the built template when there is one (dist/, made by npm ci), by initdb otherwise: the same refusal.
    await expect(openDatabase({ dataDir: blocked })).rejects.toThrow(
      /Creating the embedded database in .*blocked failed \((exit code 1\): .*ErrnoError|copying the built template\): .*base)/s,
    );
    expect(existsSync(join(blocked, "kargoruh.lock"))).toBe(false);
    expect(existsSync(join(blocked, "PG_VERSION"))).toBe(false);
  }, 120_000);
});

describe("PGlite in memory", () => {
  it.skipIf(process.env.TEST_DATABASE_URL)("runs with the same start flags as the directory database", async () => {
    const handle = await openDatabase({ memory: true });
    try {
      expect(await showSharedBuffers(handle)).toBe("16MB");
    } finally {
      await handle.close();
    }
  });
});

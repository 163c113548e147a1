import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { projectPath } from "../project-root.ts";
import { retryTransactionsOnConnectionLoss } from "./connection-loss.ts";
import { acquireDirectoryLock, type DirectoryLock } from "./directory-lock.ts";
import { copyPgliteTemplate, isNewDataDir } from "./pglite-template.ts";
import * as schema from "./schema.ts";
import { precompiledPgliteWasm } from "./pglite-wasm.ts";

/** One type for both backends; a transaction is assignable to it, so queries take either. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle = {
  db: Database;
  backend: "pglite" | "postgres";
  close(): Promise<void>;
};

export const MIGRATIONS_FOLDER = projectPath("drizzle");

/**
 * PGlite's own start flags with a smaller buffer pool. PostgreSQL zeroes its whole `shared_buffers` inside the WASM
 * heap when it starts, so PGlite's default of 128 MB is 128 MB of resident memory from the first second. 16 MB holds a
 * county's whole database; on the 500 MB country-scale database (bench P3) the interactive queries measured the same
 * and only the bulk generation was slower.
 */
export const PGLITE_START_PARAMS: readonly string[] = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

/**
 * PGlite runs PostgreSQL in single-user mode: there is no checkpointer, so without this the write-ahead log grows
 * for as long as the process runs, and a restart after a crash replays all of it. Every 5 minutes, as a PostgreSQL
 * server's own `checkpoint_timeout` does.
 */
export const PGLITE_CHECKPOINT_EVERY_MS = 5 * 60_000;

export type DatabaseTarget =
  | { url: string }
  | { dataDir: string; checkpointEveryMs?: number }
  | { memory: true; loadDataDir?: Blob };

/** Steps of opening, with their durations: start-up diagnosis (bench P4). "create" is a new directory's. */
export type OpenStep = "create" | "start" | "migrate";
export type OpenOptions = { onStep?: (step: OpenStep, ms: number) => void };

/** Opens the database, applies pending migrations, and returns it ready for use. */
export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<DatabaseHandle> {
  if ("url" in target) return openPostgres(target.url);
  if ("dataDir" in target)
    return openPgliteDirectory(target.dataDir, target.checkpointEveryMs ?? PGLITE_CHECKPOINT_EVERY_MS, timer(options));
  return openPgliteMemory(target.loadDataDir, timer(options));
}

type Timer = <T>(step: OpenStep, work: () => Promise<T>) => Promise<T>;

function timer(options: OpenOptions): Timer {
  return async (step, work) => {
    const start = performance.now();
    const result = await work();
    options.onStep?.(step, performance.now() - start);
    return result;
  };
}

/**
 * How long postgres.js waits before reopening a connection the server dropped, by how many drops in a row. Its own
 * default grows to 10–20 s after a dozen (a restart that cut the whole pool), and every query waits that long; a
 * second at most keeps a press answered while the server is back.
 */
export function reconnectDelaySeconds(dropsInARow: number): number {
  return Math.min(0.05 * 2 ** dropsInARow, 1);
}

/**
 * The server ends a session that sits inside a transaction this long without sending anything. Our transactions are
 * milliseconds of statements (signing, with its PDF, is the longest); one that stalls (a client whose connection
 * broke mid-reply) would otherwise hold its row locks — a meeting's, the shared send budget's — and every press and
 * send behind them, for as long as the process lives. Ended, its work is rolled back and tried again
 * (connection-loss.ts).
 */
export const IDLE_IN_TRANSACTION_LIMIT_MS = 10_000;

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const client = postgres(url, {
    max: 10,
    onnotice: () => {},
    backoff: reconnectDelaySeconds,
    connection: { idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_LIMIT_MS },
  });
  const db = retryTransactionsOnConnectionLoss(drizzlePostgres(client, { schema }) as unknown as Database);
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

async function openPgliteDirectory(dataDir: string, checkpointEveryMs: number, time: Timer): Promise<DatabaseHandle> {
  mkdirSync(dataDir, { recursive: true });
  // PGlite does not lock its directory and two processes on it corrupt it.
  const lock: DirectoryLock = acquireDirectoryLock(dataDir);
  try {
    if (isNewDataDir(dataDir)) {
      // A copy of the built template when there is one; initdb and every migration otherwise.
      await time("create", async () => {
        if (!copyFromTemplate(dataDir)) await createInChildProcess(dataDir);
      });
    }
    const wasm = await precompiledPgliteWasm();
    const client = await time("start", () =>
      PGlite.create({ dataDir, startParams: [...PGLITE_START_PARAMS], ...(wasm ? { pgliteWasmModule: wasm } : {}) }),
    );
    let stopCheckpoints = async () => {};
    const handle = await finishPglite(client, time, async () => {
      await stopCheckpoints();
      await client.close();
      lock.release();
    });
    stopCheckpoints = checkpointPeriodically(client, checkpointEveryMs);
    return handle;
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** The template's copy, or false without one; a copy that fails says so in the same words as a failed initdb. */
function copyFromTemplate(dataDir: string): boolean {
  try {
    return copyPgliteTemplate(dataDir);
  } catch (error) {
    throw new Error(
      `Creating the embedded database in ${dataDir} failed (copying the built template): ${(error as Error).message}`,
    );
  }
}

const resolveModule = createRequire(import.meta.url).resolve;
/** What the child needs, as paths: it is plain node, without the tsx loader. */
const CHILD_MODULES = {
  pglite: resolveModule("@electric-sql/pglite"),
  drizzle: resolveModule("drizzle-orm/pglite"),
  migrator: resolveModule("drizzle-orm/pglite/migrator"),
};

/**
 * Run by `node -e` with one JSON argument: initdb (PGlite.create on an empty directory), the same drizzle migrations
 * openDatabase runs, a clean close. It stops at its next chance if the process that started it (and holds the
 * directory's lock) goes away. WASM is compiled by V8's baseline tier only: this runs most of PostgreSQL once, so
 * optimizing it is wasted work on two cores (initdb ≈15% faster); an unknown flag is only a warning on stderr.
 */
const CREATE_SCRIPT = `
require("node:v8").setFlagsFromString("--liftoff-only");
process.stdin.on("end", () => process.exit(1)).resume();
const { modules, dataDir, startParams, migrationsFolder } = JSON.parse(process.argv[1]);
const { PGlite } = require(modules.pglite);
const { drizzle } = require(modules.drizzle);
const { migrate } = require(modules.migrator);
(async () => {
  const db = await PGlite.create({ dataDir, startParams });
  await migrate(drizzle(db), { migrationsFolder });
  await db.close();
})().then(() => process.exit(0), (error) => { process.stderr.write(require("node:util").inspect(error)); process.exit(1); });
`;

/**
 * A new directory is created and migrated in a child process. PGlite runs initdb in a second WASM instance and copies
 * its result in through a tarball, and the migrations' DDL fills caches too; in the bot's own process that left about
 * 500 MB that V8 does not hand back to the system (870 MB resident after a fresh start, against 420 MB after a
 * restart). In a child all of it goes when it exits, and the bot then opens the directory as on any restart.
 */
async function createInChildProcess(dataDir: string): Promise<void> {
  const args = JSON.stringify({
    modules: CHILD_MODULES,
    dataDir,
    startParams: PGLITE_START_PARAMS,
    migrationsFolder: MIGRATIONS_FOLDER,
  });
  const child = spawn(process.execPath, ["-e", CREATE_SCRIPT, args], { stdio: ["pipe", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-4000);
  });
  const exit = await new Promise<string | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) =>
      resolve(code === 0 ? null : code === null ? `signal ${signal}` : `exit code ${code}`),
    );
  });
  if (exit) throw new Error(`Creating the embedded database in ${dataDir} failed (${exit}): ${stderr.trim()}`);
}

/** A CHECKPOINT every `everyMs`; the returned function stops them and waits for one under way. */
function checkpointPeriodically(client: PGlite, everyMs: number): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const interval = setInterval(() => {
    // PGlite queues it behind any open transaction. A failure surfaces as an unhandled rejection, which main logs.
    running = client.query("checkpoint");
  }, everyMs);
  interval.unref();
  return async () => {
    clearInterval(interval);
    await running.catch(() => {});
  };
}

async function openPgliteMemory(loadDataDir: Blob | undefined, time: Timer): Promise<DatabaseHandle> {
  const client = await time("start", () =>
    PGlite.create({ startParams: [...PGLITE_START_PARAMS], ...(loadDataDir ? { loadDataDir } : {}) }),
  );
  return finishPglite(client, time, () => client.close());
}

async function finishPglite(client: PGlite, time: Timer, close: () => Promise<void>): Promise<DatabaseHandle> {
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  await time("migrate", () => migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER }));
  return { db, backend: "pglite", close };
}

/**
 * Shared pieces of the benchmarks: statistics, timers, the result table, the databases each benchmark runs on
 * (embedded PGlite, or a throw-away PostgreSQL database), and EXPLAIN through the raw driver.
 *
 * Every target is a ratio or a bound measured within one run; absolute numbers move with the machine's load.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import { and, eq, inArray } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { Api } from "grammy";
import postgres from "postgres";
import { type Database, type DatabaseHandle, openDatabase } from "../src/db/client.ts";
import * as schema from "../src/db/schema.ts";
import { committees, headquarters, people } from "../src/db/schema.ts";
import { createOutboxWorker } from "../src/delivery/outbox-worker.ts";
import { validateRoster } from "../src/domain/roster.ts";
import { silentLogger } from "../src/logger.ts";
import { createI18n, translatorOf } from "../src/i18n.ts";
import { type ServiceDeps, SYSTEM_ACTOR, type Translate } from "../src/services/shared/deps.ts";
import { conveneMeeting } from "../src/services/convening/convene.ts";
import { importRoster } from "../src/services/roster/import-roster.ts";

export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BENCH_TOKEN = "777000111:AAEmulatorTokenForKargoruhBench";

let translator: Translate | undefined;
/** One translator for the whole run: building it parses both locale files. */
export function translate(): Translate {
  translator ??= translatorOf(createI18n());
  return translator;
}

// ─── statistics and timers ──────────────────────────────────────────────────────────────────────

export const now = (): number => performance.now();

/** Nearest-rank percentile of `values` (0 < p ≤ 100); NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export type Summary = { n: number; p50: number; p99: number; max: number; mean: number };

export function summarize(values: readonly number[]): Summary {
  const total = values.reduce((sum, v) => sum + v, 0);
  return {
    n: values.length,
    p50: percentile(values, 50),
    p99: percentile(values, 99),
    max: values.length ? Math.max(...values) : Number.NaN,
    mean: values.length ? total / values.length : Number.NaN,
  };
}

/** Runs `fn` and returns its result with the milliseconds it took. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = now();
  const result = await fn();
  return { result, ms: now() - start };
}

/** Polls `check` every `intervalMs` until it holds; false when `timeoutMs` passed first. */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  intervalMs = 50,
): Promise<boolean> {
  const deadline = now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (now() >= deadline) return false;
    await sleep(intervalMs);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const fmt = (value: number, digits = 1): string =>
  Number.isFinite(value) ? (Number.isInteger(value) ? String(value) : value.toFixed(digits)) : "—";

// ─── results ────────────────────────────────────────────────────────────────────────────────────

export type Result = {
  bench: "P1" | "P2" | "P2b" | "P3" | "P4" | "P5";
  backend: "pglite" | "postgres" | "-";
  metric: string;
  /** The measured value, in `unit`; null when not measured (skipped or failed). */
  value: number | null;
  unit: string;
  /** Human-readable target, e.g. "≥ 0.5× raw" or "< 20 ms"; "" for an informational row. */
  target: string;
  /** value against the target's bound, where the target is a ratio or a bound (value / bound). */
  ratio: number | null;
  /** null: informational, no target. */
  pass: boolean | null;
  note?: string;
};

export type Reporter = { add(result: Result): void; note(line: string): void };

export function createReporter(): Reporter & { results: Result[]; notes: string[] } {
  const results: Result[] = [];
  const notes: string[] = [];
  return {
    results,
    notes,
    add(result) {
      results.push(result);
      const verdict = result.pass === null ? "" : result.pass ? " ✓" : " ✗";
      const value =
        result.value === null ? "—" : `${fmt(result.value, result.value >= 100 ? 0 : 2)} ${result.unit}`.trim();
      process.stdout.write(
        `  [${result.bench} ${result.backend}] ${result.metric}: ${value}${result.target ? ` (target ${result.target})` : ""}${verdict}\n`,
      );
    },
    note(line) {
      notes.push(line);
      process.stdout.write(`  ${line}\n`);
    },
  };
}

/** Value must stay at or below `bound`. */
export function atMost(
  bench: Result["bench"],
  backend: Result["backend"],
  metric: string,
  value: number,
  bound: number,
  unit: string,
  target: string,
  note?: string,
): Result {
  return {
    bench,
    backend,
    metric,
    value,
    unit,
    target,
    ratio: bound === 0 ? null : value / bound,
    pass: value <= bound,
    note,
  };
}

/** Value must reach at least `bound`. */
export function atLeast(
  bench: Result["bench"],
  backend: Result["backend"],
  metric: string,
  value: number,
  bound: number,
  unit: string,
  target: string,
  note?: string,
): Result {
  return { bench, backend, metric, value, unit, target, ratio: value / bound, pass: value >= bound, note };
}

export function info(
  bench: Result["bench"],
  backend: Result["backend"],
  metric: string,
  value: number | null,
  unit: string,
  note?: string,
): Result {
  return { bench, backend, metric, value, unit, target: "", ratio: null, pass: null, note };
}

export function printTable(results: readonly Result[]): string {
  const header = ["bench", "backend", "metric", "value", "target", "ratio", "pass"];
  const rows = results.map((r) => [
    r.bench,
    r.backend,
    r.metric,
    r.value === null ? "—" : `${fmt(r.value, Math.abs(r.value) >= 100 ? 0 : 2)} ${r.unit}`.trim(),
    r.target || "",
    r.ratio === null ? "" : `${fmt(r.ratio, 2)}×`,
    r.pass === null
      ? r.note?.startsWith("skipped") || r.note?.startsWith("failed")
        ? r.note.split(":")[0]!
        : ""
      : r.pass
        ? "PASS"
        : "FAIL",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => [...row[i]!].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c + " ".repeat(widths[i]! - [...c].length)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

// ─── databases ──────────────────────────────────────────────────────────────────────────────────

export type Backend = { kind: "pglite" } | { kind: "postgres"; url: string };

export function backendsFromEnv(env: NodeJS.ProcessEnv = process.env): Backend[] {
  const url = env.BENCH_DATABASE_URL || env.TEST_DATABASE_URL;
  return url ? [{ kind: "pglite" }, { kind: "postgres", url }] : [{ kind: "pglite" }];
}

export type BenchDatabase = DatabaseHandle & {
  /** The PostgreSQL database's URL, for a bot process started on it; undefined on PGlite. */
  url?: string;
  /** Closes the database and removes whatever it left behind (temp directory, PostgreSQL database). */
  dispose(): Promise<void>;
};

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * A fresh, migrated database for one benchmark: PGlite in memory (or in a temp directory with `onDisk`, which is
 * how the bot runs), or a new `kargoruh_bench_<random>` database on the PostgreSQL server, dropped on dispose.
 */
export async function openBenchDatabase(backend: Backend, options: { onDisk?: boolean } = {}): Promise<BenchDatabase> {
  if (backend.kind === "pglite") {
    if (!options.onDisk) {
      const handle = await openDatabase({ memory: true });
      return { ...handle, dispose: () => handle.close() };
    }
    const dir = mkdtempSync(join(tmpdir(), "kargoruh-bench-"));
    try {
      const handle = await openDatabase({ dataDir: join(dir, "data") });
      return {
        ...handle,
        async dispose() {
          try {
            await handle.close();
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      };
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }
  const name = `kargoruh_bench_${randomBytes(6).toString("hex")}`;
  const admin = postgres(backend.url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const drop = async () => {
    const dropper = postgres(backend.url, { max: 1, onnotice: () => {} });
    try {
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
    } finally {
      await dropper.end({ timeout: 5 });
    }
  };
  try {
    const url = withDatabaseName(backend.url, name);
    const handle = await openDatabase({ url });
    return {
      ...handle,
      url,
      async dispose() {
        try {
          await handle.close();
        } finally {
          await drop();
        }
      },
    };
  } catch (error) {
    await drop();
    throw error;
  }
}

/** The driver under drizzle: PGlite or a postgres.js pool. */
export type RawClient = { kind: "pglite"; client: PGlite } | { kind: "postgres"; client: postgres.Sql };

export function rawClientOf(handle: DatabaseHandle): RawClient {
  const client = (handle.db as unknown as { $client: unknown }).$client;
  return handle.backend === "pglite"
    ? { kind: "pglite", client: client as PGlite }
    : { kind: "postgres", client: client as postgres.Sql };
}

export type RawQuery = { sql: string; params: unknown[] };

class Rollback extends Error {}

/**
 * `EXPLAIN (ANALYZE, COSTS OFF)` of a query, inside a transaction that is rolled back, so a claiming UPDATE changes
 * nothing. Returns the plan's lines.
 */
export async function explainAnalyze(raw: RawClient, query: RawQuery): Promise<string[]> {
  const text = `explain (analyze, costs off) ${query.sql}`;
  if (raw.kind === "pglite") {
    const client = raw.client;
    await client.query("begin");
    try {
      const result = await client.query<Record<string, string>>(text, query.params);
      return result.rows.map((row) => Object.values(row)[0] ?? "");
    } finally {
      await client.query("rollback");
    }
  }
  let lines: string[] = [];
  try {
    await raw.client.begin(async (tx) => {
      const rows = await tx.unsafe(text, query.params as postgres.ParameterOrJSON<never>[]);
      lines = rows.map((row) => String(Object.values(row)[0] ?? ""));
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return lines;
}

/** Tables a plan reads with a sequential scan. */
export function seqScannedTables(plan: readonly string[]): string[] {
  const tables = new Set<string>();
  for (const line of plan) {
    const match = /Seq Scan on (\w+)/.exec(line);
    if (match) tables.add(match[1]!);
  }
  return [...tables];
}

// ─── scenarios ──────────────────────────────────────────────────────────────────────────────────

export type BenchRosterOptions = {
  hqKey: string;
  /** Telegram ids of this roster start above it; chat ids are derived from it, so rosters never collide. */
  base: number;
  /** Seats of the working group, chair and secretary included. */
  seats: number;
};

/** Telegram ids of the seat holders, chair first and secretary second. */
export function holdersOf(options: BenchRosterOptions): number[] {
  return Array.from({ length: options.seats }, (_, i) => options.base + 10 + i);
}

export const groupChatOf = (options: BenchRosterOptions): number => -1_003_000_000_000 - options.base;
export const secretariatChatOf = (options: BenchRosterOptions): number => -1_002_000_000_000 - options.base;

/** A roster file (as `roster import` reads it) with one working group of `seats` held seats; every fifth reads English. */
export function benchRoster(options: BenchRosterOptions) {
  const holders = holdersOf(options);
  return {
    headquarters: {
      key: options.hqKey,
      level: "county",
      name: "ستاد بازآفرینی پایدار شهرستان سنجش",
      locale: "fa",
      secretariat_chat_id: secretariatChatOf(options),
      staff: [{ telegram_id: options.base + 1, name: "کارشناس دبیرخانه" }],
    },
    committees: [
      { key: "council", template: "council" },
      {
        key: "physical",
        template: "physical",
        chat_id: groupChatOf(options),
        members: holders.map((telegramId, i) => ({
          seat: i === 0 ? "فرماندار" : i === 1 ? "رئیس اداره میراث فرهنگی" : `عضو ${i - 1}`,
          role: i === 0 ? "chair" : i === 1 ? "secretary" : "member",
          telegram_id: telegramId,
          name: `عضو شماره ${i + 1}`,
          ...(i % 5 === 4 ? { locale: "en" } : {}),
        })),
      },
    ],
  };
}

export type SeededCommittee = {
  committeeId: number;
  /** Person id by Telegram id, for every seat holder. */
  personIds: Map<number, number>;
  options: BenchRosterOptions;
};

/** Imports the roster through the real importer and looks up what the benchmark needs from it. */
export async function seedCommittee(services: ServiceDeps, options: BenchRosterOptions): Promise<SeededCommittee> {
  const roster = validateRoster(benchRoster(options));
  if (!roster.ok) throw new Error(`bench roster not valid: ${JSON.stringify(roster.issues).slice(0, 500)}`);
  await importRoster(services, roster.roster, SYSTEM_ACTOR);
  const [committee] = await services.db
    .select({ id: committees.id })
    .from(committees)
    .innerJoin(headquarters, eq(headquarters.id, committees.hqId))
    .where(and(eq(headquarters.key, options.hqKey), eq(committees.key, "physical")));
  if (!committee) throw new Error(`bench roster ${options.hqKey}: committee not imported`);
  const holders = holdersOf(options);
  const rows = await services.db
    .select({ id: people.id, telegramId: people.telegramId })
    .from(people)
    .where(inArray(people.telegramId, holders));
  const personIds = new Map(rows.map((row) => [row.telegramId!, row.id]));
  return { committeeId: committee.id, personIds, options };
}

/** The secretary convenes through the real service; throws unless the meeting was convened. */
export async function convene(services: ServiceDeps, seeded: SeededCommittee, startsAt: Date): Promise<number> {
  const secretary = seeded.personIds.get(holdersOf(seeded.options)[1]!)!;
  const result = await conveneMeeting(services, secretary, {
    committeeId: seeded.committeeId,
    startsAt,
    place: "دفتر فرماندار",
    agenda: ["بررسی طرح‌های بازآفرینی", "بودجه پیشنهادی"],
    fridayConfirmed: true,
  });
  if (result.kind !== "convened") throw new Error(`convening failed: ${result.kind}`);
  return result.meetingId;
}

/**
 * Sends everything the outbox holds to the emulator, as the worker does, until nothing is due. The worker keeps real
 * time; rows fall due by the services' clock, which a benchmark may have set ahead of real time.
 */
export async function drainOutbox(services: ServiceDeps, apiRoot: string, maxBatches = 100): Promise<number> {
  const offset = Math.max(0, services.clock().getTime() - Date.now());
  const worker = createOutboxWorker({
    db: services.db,
    api: new Api(BENCH_TOKEN, { apiRoot }),
    clock: () => new Date(Date.now() + offset),
    log: silentLogger,
  });
  let sent = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const result = await worker.runOnce();
    sent += result.sent;
    if (result.claimed === 0) break;
  }
  await worker.stop();
  return sent;
}

/** A second drizzle instance over the same driver that hands every statement to `onQuery` before sending it. */
export function loggingDatabase(handle: DatabaseHandle, onQuery: (query: RawQuery) => void): Database {
  const logger = { logQuery: (text: string, params: unknown[]) => onQuery({ sql: text, params }) };
  const raw = rawClientOf(handle);
  const db =
    raw.kind === "pglite"
      ? drizzlePglite(raw.client, { schema, logger })
      : drizzlePostgres(raw.client, { schema, logger });
  return db as unknown as Database;
}

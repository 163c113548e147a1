/**
 * `npm run bench`: P1–P5 in order on embedded PGlite, and on PostgreSQL too when BENCH_DATABASE_URL (or
 * TEST_DATABASE_URL) is set; prints one table and writes it to the git-ignored bench/tmp/, so a run leaves the tree
 * clean. `npm run bench -- --save` replaces the committed bench/results.json with a whole run's figures.
 *
 * `npm run bench -- P1 P3` runs only those (bench/tmp/results-P1-P3.json). Every benchmark bounds itself in count and time, talks only to
 * 127.0.0.1, and removes its temp directories, child processes and PostgreSQL databases.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { arch, cpus, platform, release, totalmem, type } from "node:os";
import { dirname, join } from "node:path";
import { runP1 } from "./p1-vote-path.ts";
import { runP2 } from "./p2-fan-out.ts";
import { runP2Running } from "./p2-running-process.ts";
import { runP2b } from "./p2b-busy-group.ts";
import { runP3 } from "./p3-country-scale.ts";
import { runP4, runP4Postgres } from "./p4-start-up.ts";
import { runP5 } from "./p5-concurrent-updates.ts";
import {
  type Backend,
  backendsFromEnv,
  createReporter,
  fmt,
  now,
  printTable,
  REPO_ROOT,
  type Reporter,
  type Result,
} from "./support.ts";

type Bench = {
  id: Result["bench"];
  title: string;
  /** Backends it runs on. */
  backends: (all: Backend[]) => Backend[];
  run: (backend: Backend, reporter: Reporter) => Promise<void>;
};

const BENCHES: Bench[] = [
  { id: "P1", title: "vote path", backends: (all) => all, run: runP1 },
  { id: "P2", title: "fan-out", backends: (all) => all, run: runP2 },
  {
    id: "P2",
    title: "fan-out in the running process",
    backends: (all) => all.filter((b) => b.kind === "postgres"),
    run: runP2Running,
  },
  { id: "P2b", title: "busy group beside a fan-out", backends: (all) => all, run: runP2b },
  { id: "P3", title: "country scale", backends: (all) => all, run: runP3 },
  {
    id: "P4",
    title: "start-up",
    backends: (all) => all.filter((b) => b.kind === "pglite"),
    run: (_backend, reporter) => runP4(reporter),
  },
  {
    id: "P4",
    title: "start-up on PostgreSQL",
    backends: (all) => all.filter((b) => b.kind === "postgres"),
    run: runP4Postgres,
  },
  { id: "P5", title: "concurrent updates", backends: (all) => all.filter((b) => b.kind === "postgres"), run: runP5 },
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const save = args.includes("--save");
  const wanted = new Set(args.filter((arg) => arg !== "--save").map((arg) => arg.toUpperCase()));
  const isWanted = (id: string) => wanted.has(id.toUpperCase());
  const backends = backendsFromEnv();
  const reporter = createReporter();
  const startedAt = new Date();
  if (!backends.some((b) => b.kind === "postgres")) {
    reporter.note("PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to run P1–P3 on it too)");
  }
  for (const bench of BENCHES) {
    if (wanted.size > 0 && !isWanted(bench.id)) continue;
    for (const backend of bench.backends(backends)) {
      process.stdout.write(`\n${bench.id} ${bench.title} on ${backend.kind}\n`);
      const start = now();
      try {
        await bench.run(backend, reporter);
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        process.stdout.write(`  ${bench.id} ${backend.kind} failed: ${message}\n`);
        reporter.add({
          bench: bench.id,
          backend: backend.kind,
          metric: "run",
          value: null,
          unit: "",
          target: "",
          ratio: null,
          pass: false,
          note: `failed: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      process.stdout.write(`  (${fmt((now() - start) / 1000)} s)\n`);
    }
    if (
      bench.id !== "P4" &&
      !backends.some((b) => b.kind === "postgres") &&
      (wanted.size === 0 || isWanted(bench.id))
    ) {
      reporter.add({
        bench: bench.id,
        backend: "postgres",
        metric: "all",
        value: null,
        unit: "",
        target: "",
        ratio: null,
        pass: null,
        note: "skipped: no BENCH_DATABASE_URL / TEST_DATABASE_URL",
      });
    }
  }

  const table = printTable(reporter.results);
  process.stdout.write(`\n${table}\n`);
  process.stdout.write('ratio: P1 = bot rate ÷ raw rate; elsewhere value ÷ bound (below 1× is within a "<" target).\n');
  for (const result of reporter.results) {
    if (result.note && !result.note.startsWith("skipped"))
      process.stdout.write(`  ${result.bench} ${result.backend} ${result.metric}: ${result.note}\n`);
  }
  const cpuList = cpus();
  const output = {
    time: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      os: `${type()} ${release()}`,
      platform: platform(),
      arch: arch(),
      cpus: cpuList.length,
      cpuModel: cpuList[0]?.model ?? "unknown",
      memoryMb: Math.round(totalmem() / 1024 / 1024),
      node: process.version,
      backends: backends.map((b) => b.kind),
    },
    results: reporter.results,
    notes: reporter.notes,
    table,
  };
  // bench/results.json holds a whole run and changes only when asked (--save); anything else goes to bench/tmp/.
  if (save && wanted.size > 0)
    process.stderr.write("--save keeps bench/results.json a whole run: this partial run goes to bench/tmp/\n");
  const name = wanted.size === 0 ? "results.json" : `results-${[...wanted].sort().join("-")}.json`;
  const path = save && wanted.size === 0 ? join(REPO_ROOT, "bench/results.json") : join(REPO_ROOT, "bench/tmp", name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(output, null, 2)}\n`);
  process.stdout.write(`\nwritten: ${path}\n`);
}

await main();
// Anything a benchmark left open (a socket in keep-alive, a timer) must not keep the run alive.
process.exit(process.exitCode ?? 0);

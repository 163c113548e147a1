/**
 * P4, start-up: the real entry point against the emulator as `npm start` runs it — `node src/launcher/launch.mjs main`,
 * i.e. the build check and then plain node on dist/app (built by `npm ci`), without npm's own process in front.
 *
 * - fresh: an empty DATA_DIR to polling, i.e. until the emulator answers the first getUpdates (an update is queued
 *   beforehand, so that first long poll is answered, and recorded, the moment it arrives); twice, on two directories;
 * - restart: the same, on the database the first run left, after a roster and a convened meeting were added, and again
 *   after the presses below; the figures are the medians of the two;
 * - RSS from /proc/<pid>/status after a few idle seconds, and again after 1,000 RSVP presses fed through polling;
 * - each start's CPU time (user + system, a new directory's child process included) and its split at getMe: before it, node, tsx,
 *   the app's modules and the database; after it, the command menus, delivery and the first getUpdates.
 *
 * Diagnoses, not targets (each measured twice, alternating, since the machine's load moves absolute times):
 * - the start-up's phases, one by one in a process like the bot's: node with the tsx loader, the app's modules (tsx
 *   cache warm, and cold as on the first start after install), PGlite's WASM compile and instantiation, a new
 *   directory's creation (initdb and the migrations, in a child process), PostgreSQL's start, the migrations (only a
 *   check by then on a new directory);
 * - the same restart through the TypeScript loader on src/ (how `npm start` ran before dist/): what the build saves;
 * - `npm start` itself: its time to polling and the resident memory of its whole process tree (npm, the tsx CLI,
 *   esbuild's service, the bot);
 * - PGlite alone in a bare node process on the existing directory: with the bot's start flags, with PGlite's default
 *   ones (shared_buffers 128 MB), and with relaxedDurability, to tell the embedded database's share from the bot's.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { openDatabase, PGLITE_START_PARAMS } from "../src/db/client.ts";
import { encodeCallback, type RsvpAnswer } from "../src/domain/callback-data.ts";
import type { ServiceDeps } from "../src/services/shared/deps.ts";
import { BotApiEmulator, type EmuMessage, type EmuUser } from "../src/sandbox/bot-api/emulator.ts";
import { LAUNCHER } from "./running-bot.ts";
import {
  atMost,
  type Backend,
  BENCH_TOKEN,
  convene,
  fmt,
  holdersOf,
  info,
  openBenchDatabase,
  REPO_ROOT,
  type Reporter,
  seedCommittee,
  sleep,
  translate,
  waitUntil,
} from "./support.ts";

export type P4Options = {
  idleMs: number;
  loadUpdates: number;
  startTimeoutMs: number;
  loadTimeoutMs: number;
  /** Runs of each diagnosis (alternating between its variants); 0 skips the diagnoses. */
  diagnosisRuns: number;
};

export const P4_DEFAULTS: P4Options = {
  idleMs: 5000,
  loadUpdates: 1000,
  startTimeoutMs: 60_000,
  loadTimeoutMs: 180_000,
  diagnosisRuns: 2,
};

const DAY = 24 * 60 * 60 * 1000;
const STOP_GRACE_MS = 15_000;
const TSX_LOADER = pathToFileURL(createRequire(join(REPO_ROOT, "package.json")).resolve("tsx")).href;
const MAIN = join(REPO_ROOT, "src/main.ts");
const visitor: EmuUser = { id: 424_242, first_name: "Visitor", language_code: "en" };

const children = new Set<ChildProcess>();
// If the benchmark itself dies, no bot is left polling or holding the directory.
process.once("exit", () => {
  for (const child of children) {
    if (child.pid !== undefined && child.spawnargs[0] === "npm") killGroup(child.pid, "SIGKILL");
    child.kill("SIGKILL");
  }
});

type Bot = { child: ChildProcess; output: () => string; exited: Promise<number | null>; group: boolean };

/** `command` is the node arguments (the tsx loader and main.ts by default), or `npm start` run in a group of its own. */
function startBot(
  env: Record<string, string>,
  command: { node: string[] } | "npm start" = { node: [LAUNCHER, "main"] },
): Bot {
  const baseEnv = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env };
  const child =
    command === "npm start"
      ? spawn("npm", ["start", "--silent"], {
          cwd: REPO_ROOT,
          env: { ...baseEnv, npm_config_update_notifier: "false" },
          stdio: ["ignore", "pipe", "pipe"],
          detached: true,
        })
      : spawn(process.execPath, command.node, { cwd: REPO_ROOT, env: baseEnv, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-8000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<number | null>((resolve) => {
    child.once("close", (code) => {
      children.delete(child);
      resolve(code);
    });
    child.once("error", () => resolve(null));
  });
  return { child, output: () => output, exited, group: command === "npm start" };
}

async function stopBot(bot: Bot): Promise<void> {
  if (bot.group) return stopGroup(bot);
  if (bot.child.exitCode !== null || bot.child.signalCode !== null) return;
  bot.child.kill("SIGTERM");
  const timer = setTimeout(() => bot.child.kill("SIGKILL"), STOP_GRACE_MS);
  await bot.exited;
  clearTimeout(timer);
}

/** `npm start`: SIGTERM to the whole group, then wait until none of it is left (the bot holds the directory's lock). */
async function stopGroup(bot: Bot): Promise<void> {
  const pgid = bot.child.pid!;
  killGroup(pgid, "SIGTERM");
  if (!(await waitUntil(() => groupPids(pgid).length === 0, STOP_GRACE_MS, 100))) killGroup(pgid, "SIGKILL");
  await waitUntil(() => groupPids(pgid).length === 0, STOP_GRACE_MS, 100);
  await bot.exited;
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

/** /proc/<pid>/stat, the fields after the command name (field 3, the state, is [0]); null once the process is gone. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** Processes of a process group (Linux /proc). */
function groupPids(pgid: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  return entries
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      const fields = statFields(pid);
      return fields !== null && fields[0] !== "Z" && Number(fields[2]) === pgid;
    });
}

/** Resident and peak resident memory in MB, from /proc (Linux); null elsewhere. */
function memoryOf(pid: number | undefined): { rss: number; peak: number } | null {
  if (pid === undefined) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
    return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds a process used so far, user + system, with its waited-for children (a new directory's); null elsewhere. */
function cpuSecondsOf(pid: number | undefined): number | null {
  const fields = pid === undefined ? null : statFields(pid);
  if (!fields) return null;
  // utime, stime, cutime, cstime: fields 14–17 of /proc/<pid>/stat.
  return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / CLOCK_TICKS;
}

type Started = { bot: Bot; ms: number; getMeMs: number | null; cpuSeconds: number | null };

/** Milliseconds from spawning to the first getUpdates the emulator answers, split at getMe (bot.init). */
async function timeToPolling(
  emulator: BotApiEmulator,
  env: Record<string, string>,
  timeoutMs: number,
  command?: Parameters<typeof startBot>[1],
): Promise<Started> {
  emulator.clearCalls();
  // Queued first, so the first long poll is answered at once and lands in the record.
  emulator.pushUpdate(emulator.userMessage(visitor, "/help"));
  const polled = emulator.waitFor((call) => call.method === "getUpdates", timeoutMs, { onlyNew: true });
  const startedAt = Date.now();
  const bot = startBot(env, command);
  const early = bot.exited.then((code) => {
    throw new Error(`the bot exited (code ${code}) before polling:\n${bot.output()}`);
  });
  try {
    const call = await Promise.race([polled, early]);
    const cpuSeconds = bot.group ? null : cpuSecondsOf(bot.child.pid);
    const getMe = emulator.calls.find((c) => c.method === "getMe");
    return { bot, ms: call.time - startedAt, getMeMs: getMe ? getMe.time - startedAt : null, cpuSeconds };
  } catch (error) {
    await stopBot(bot);
    throw error;
  }
}

type Run = { started: Started; memory: { rss: number; peak: number } | null };

async function idleAndStop(started: Started, idleMs: number): Promise<Run> {
  await sleep(idleMs);
  const memory = memoryOf(started.bot.child.pid);
  await stopBot(started.bot);
  return { started, memory };
}

function describeStart(started: Started): string {
  const parts = [];
  if (started.getMeMs !== null)
    parts.push(
      `spawn → getMe ${fmt(started.getMeMs, 0)} ms, getMe → first getUpdates ${fmt(started.ms - started.getMeMs, 0)} ms`,
    );
  if (started.cpuSeconds !== null) parts.push(`CPU ${fmt(started.cpuSeconds, 1)} s`);
  return parts.join("; ");
}

export async function runP4(reporter: Reporter, options: P4Options = P4_DEFAULTS): Promise<void> {
  const emulator = await BotApiEmulator.start({ token: BENCH_TOKEN });
  const dir = mkdtempSync(join(tmpdir(), "kargoruh-bench-start-"));
  const dataDir = join(dir, "data");
  const env = { BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.url, DATA_DIR: dataDir, LOG_LEVEL: "warn" };
  let bot: Bot | undefined;
  try {
    // Two fresh starts: on the directory the rest goes on with, and on a second one thrown away.
    const fresh: Run[] = [];
    for (const directory of [dataDir, join(dir, "data-fresh-2")]) {
      const started = await timeToPolling(emulator, { ...env, DATA_DIR: directory }, options.startTimeoutMs);
      bot = started.bot;
      fresh.push(await idleAndStop(started, options.idleMs));
      bot = undefined;
    }

    // What a deployment has by its second start: a roster and a convened meeting, written while the bot is stopped.
    const meeting = await seedDataDir(dataDir);

    // Restarts: the first delivers the invitations and takes the presses; the second comes after them.
    const restart: Run[] = [];
    const first = await timeToPolling(emulator, env, options.startTimeoutMs);
    bot = first.bot;
    const invitations = new Map<number, EmuMessage>();
    const delivered = await waitUntil(
      () => {
        for (const telegramId of meeting.holders) {
          const message = emulator
            .sent(telegramId)
            .find((m) => JSON.stringify(m.reply_markup ?? {}).includes(`rsvp:${meeting.meetingId}:`));
          if (message) invitations.set(telegramId, message);
        }
        return invitations.size === meeting.holders.length;
      },
      30_000,
      100,
    );
    if (!delivered)
      throw new Error(
        `the restarted bot delivered ${invitations.size} of ${meeting.holders.length} invitations in 30 s`,
      );
    await sleep(options.idleMs);
    restart.push({ started: first, memory: memoryOf(bot.child.pid) });

    // P1-like load through polling: members pressing their invitation's buttons, answers alternating.
    emulator.clearCalls();
    const lastAnswer = new Map<number, RsvpAnswer>();
    for (let i = 0; i < options.loadUpdates; i++) {
      const telegramId = meeting.holders[i % meeting.holders.length]!;
      const answer: RsvpAnswer = lastAnswer.get(telegramId) === "attending" ? "not_attending" : "attending";
      lastAnswer.set(telegramId, answer);
      const user: EmuUser = { id: telegramId, first_name: `عضو ${telegramId}`, language_code: "fa" };
      emulator.pushUpdate(
        emulator.callback(
          user,
          invitations.get(telegramId)!,
          encodeCallback({ action: "rsvp", meetingId: meeting.meetingId, answer }),
        ),
      );
    }
    const loadStart = Date.now();
    const answered = () => emulator.calls.filter((call) => call.method === "answerCallbackQuery").length;
    const finished = await waitUntil(() => answered() >= options.loadUpdates, options.loadTimeoutMs, 100);
    const loadSeconds = (Date.now() - loadStart) / 1000;
    const loadRate = answered() / loadSeconds;
    const loaded = memoryOf(bot.child.pid);
    await stopBot(bot);
    bot = undefined;

    const second = await timeToPolling(emulator, env, options.startTimeoutMs);
    bot = second.bot;
    restart.push(await idleAndStop(second, options.idleMs));
    bot = undefined;

    const ms = (runs: Run[]) => runs.map((run) => run.started.ms);
    const rss = (runs: Run[]) => runs.map((run) => run.memory?.rss ?? Number.NaN);
    const peaks = (runs: Run[]) => runs.map((run) => run.memory?.peak ?? Number.NaN);
    const starts = (runs: Run[]) => runs.map((run, i) => `run ${i + 1}: ${describeStart(run.started)}`).join("; ");
    reporter.add(
      atMost(
        "P4",
        "pglite",
        "fresh DATA_DIR to polling",
        median(ms(fresh)),
        5000,
        "ms",
        "< 5000 ms",
        `median of ${list(ms(fresh), 0)} ms (spawn → first getUpdates answered; migrations included); ${starts(fresh)}`,
      ),
    );
    reporter.add(
      atMost(
        "P4",
        "pglite",
        "restart on the existing DATA_DIR to polling",
        median(ms(restart)),
        1000,
        "ms",
        "< 1000 ms",
        `median of ${list(ms(restart), 0)} ms (before and after the presses); ${starts(restart)}`,
      ),
    );
    if (fresh.every((run) => run.memory)) {
      reporter.add(
        atMost(
          "P4",
          "pglite",
          "RSS idle after the fresh start",
          median(rss(fresh)),
          250,
          "MB",
          "< 250 MB",
          `runs ${list(rss(fresh), 0)} MB; peak (VmHWM) ${list(peaks(fresh), 0)} MB`,
        ),
      );
      reporter.add(
        atMost(
          "P4",
          "pglite",
          "RSS idle after the restart",
          median(rss(restart)),
          250,
          "MB",
          "< 250 MB",
          `runs ${list(rss(restart), 0)} MB (before and after the presses)`,
        ),
      );
    }
    reporter.add(
      info(
        "P4",
        "pglite",
        `${options.loadUpdates} RSVP presses through polling`,
        loadRate,
        "upd/s",
        finished ? `${loadSeconds.toFixed(1)} s` : `only ${answered()} answered in ${loadSeconds.toFixed(0)} s`,
      ),
    );
    if (loaded) {
      reporter.add(
        atMost(
          "P4",
          "pglite",
          `RSS after ${options.loadUpdates} presses`,
          loaded.rss,
          250,
          "MB",
          "< 250 MB",
          `peak (VmHWM) ${loaded.peak.toFixed(0)} MB`,
        ),
      );
    } else {
      reporter.note("P4: RSS not measured (no /proc on this system)");
    }
    rmSync(join(dir, "data-fresh-2"), { recursive: true, force: true });

    if (options.diagnosisRuns > 0) {
      await phasesDiagnosis(reporter, dir, dataDir, options.diagnosisRuns);
      await precompiledDiagnosis(reporter, emulator, env, options);
      await npmStartDiagnosis(reporter, emulator, env, options);
      await pgliteAloneDiagnosis(reporter, dir, dataDir, options.diagnosisRuns);
    }
  } finally {
    if (bot) await stopBot(bot);
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Start-up phase by phase, in a process started like the bot (node with the tsx loader), up to a migrated database:
 * the same modules main.ts imports, then PGlite's WASM compile and instantiation (`noInitDb`, so no PostgreSQL yet),
 * then openDatabase with its own steps timed (a new directory's creation, PostgreSQL's start — the WASM module is cached
 * by then — and the migrations). Prints JSON: milliseconds per phase and the RSS at the end.
 */
const PHASES_SCRIPT = `
const boot = performance.now();
const { readFileSync } = await import("node:fs");
const { pathToFileURL } = await import("node:url");
const root = pathToFileURL(process.env.REPO_ROOT);
const imports = [...readFileSync(new URL("src/main.ts", root), "utf8").matchAll(/from "(\\.\\/[^"]+)"/g)].map((m) => m[1]);
let t = performance.now();
for (const specifier of imports) await import(new URL(specifier, new URL("src/", root)).href);
const modules = performance.now() - t;
const { PGlite } = await import("@electric-sql/pglite");
t = performance.now();
await PGlite.create({ noInitDb: true });
const wasm = performance.now() - t;
const { openDatabase } = await import(new URL("src/db/client.ts", root).href);
const steps = {};
const database = await openDatabase({ dataDir: process.env.DATA_DIR }, { onStep: (step, ms) => { steps[step] = ms; } });
const rss = Number(/VmRSS:\\s+(\\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? "NaN") / 1024;
await database.close();
process.stdout.write(JSON.stringify({ boot, modules, wasm, ...steps, rss }));
process.exit(0);
`;

type Phases = {
  boot: number;
  modules: number;
  wasm: number;
  create?: number;
  start: number;
  migrate: number;
  rss: number;
};

async function runPhases(dataDir: string, coldTsxCache: boolean): Promise<Phases> {
  const extra: Record<string, string> = { REPO_ROOT, DATA_DIR: dataDir };
  if (coldTsxCache) extra.TSX_DISABLE_CACHE = "1";
  return JSON.parse(
    await runNodeScript(["--import", TSX_LOADER, "--input-type=module", "-e", PHASES_SCRIPT], extra),
  ) as Phases;
}

async function phasesDiagnosis(reporter: Reporter, dir: string, existingDir: string, runs: number): Promise<void> {
  const fresh: Phases[] = [];
  const existing: Phases[] = [];
  const cold: Phases[] = [];
  for (let run = 0; run < runs; run++) {
    fresh.push(await runPhases(join(dir, `phases-fresh-${run}`), false));
    existing.push(await runPhases(existingDir, false));
    cold.push(await runPhases(existingDir, true));
  }
  const line = (label: string, of: Phases[], phases: (keyof Phases)[]) => {
    const names: Record<keyof Phases, string> = {
      boot: "node + tsx loader",
      modules: "app modules",
      wasm: "WASM compile + instantiate",
      create: "create: initdb + migrations (child process)",
      start: "PostgreSQL start",
      migrate: "migrations",
      rss: "RSS",
    };
    const cells = phases.map((phase) => `${names[phase]} ${of.map((p) => fmt(p[phase] ?? Number.NaN, 0)).join("/")}`);
    const totals = of.map((p) =>
      phases.filter((phase) => phase !== "rss").reduce((sum, phase) => sum + (p[phase] ?? 0), 0),
    );
    reporter.note(
      `P4 phases, ${label} (ms, run ${of.map((_, i) => i + 1).join("/")}): ${cells.join(" · ")} MB · total ${totals.map((ms) => fmt(ms, 0)).join("/")} ms`,
    );
  };
  line("fresh DATA_DIR", fresh, ["boot", "modules", "wasm", "create", "start", "migrate", "rss"]);
  line("existing DATA_DIR", existing, ["boot", "modules", "wasm", "start", "migrate", "rss"]);
  line("existing DATA_DIR, tsx cache cold (first start after install)", cold, [
    "boot",
    "modules",
    "wasm",
    "start",
    "migrate",
    "rss",
  ]);
}

async function precompiledDiagnosis(
  reporter: Reporter,
  emulator: BotApiEmulator,
  env: Record<string, string>,
  options: P4Options,
): Promise<void> {
  const variants = [
    { name: "TypeScript loader on src/ (npm start before dist/)", node: ["--import", TSX_LOADER, MAIN] },
    { name: "dist/app by plain node (npm start now)", node: [LAUNCHER, "main"] },
  ];
  const results = new Map<string, { ms: number[]; rss: number[]; cpu: number[] }>();
  for (let run = 0; run < options.diagnosisRuns; run++) {
    for (const variant of variants) {
      const started = await timeToPolling(emulator, env, options.startTimeoutMs, { node: variant.node });
      await sleep(Math.min(options.idleMs, 3000));
      const memory = memoryOf(started.bot.child.pid);
      await stopBot(started.bot);
      const result = results.get(variant.name) ?? { ms: [], rss: [], cpu: [] };
      result.ms.push(started.ms);
      result.rss.push(memory?.rss ?? Number.NaN);
      result.cpu.push(started.cpuSeconds ?? Number.NaN);
      results.set(variant.name, result);
    }
  }
  for (const [name, result] of results) {
    reporter.add(
      info(
        "P4",
        "pglite",
        `diagnosis: restart to polling, ${name}`,
        median(result.ms),
        "ms",
        `runs ${list(result.ms, 0)} ms; RSS idle ${list(result.rss, 0)} MB; CPU ${list(result.cpu, 1)} s`,
      ),
    );
  }
}

async function npmStartDiagnosis(
  reporter: Reporter,
  emulator: BotApiEmulator,
  env: Record<string, string>,
  options: P4Options,
): Promise<void> {
  const ms: number[] = [];
  const trees: string[] = [];
  const totals: number[] = [];
  for (let run = 0; run < options.diagnosisRuns; run++) {
    const started = await timeToPolling(emulator, env, options.startTimeoutMs, "npm start");
    await sleep(Math.min(options.idleMs, 3000));
    const members = groupPids(started.bot.child.pid!).map((pid) => ({
      name: commandOf(pid),
      rss: memoryOf(pid)?.rss ?? 0,
    }));
    await stopBot(started.bot);
    ms.push(started.ms);
    totals.push(members.reduce((sum, m) => sum + m.rss, 0));
    trees.push(members.map((m) => `${m.name} ${fmt(m.rss, 0)}`).join(" + "));
  }
  reporter.add(
    info(
      "P4",
      "pglite",
      "diagnosis: restart to polling through `npm start`",
      median(ms),
      "ms",
      `runs ${list(ms, 0)} ms`,
    ),
  );
  reporter.add(
    info(
      "P4",
      "pglite",
      "diagnosis: RSS of the whole `npm start` tree, idle",
      median(totals),
      "MB",
      `runs ${list(totals, 0)} MB; ${trees[0]} MB`,
    ),
  );
}

function commandOf(pid: number): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    const program = args[0]?.split("/").pop() ?? String(pid);
    if (program === "sh" || program === "bash") return program;
    if (args.some((arg) => arg.includes("esbuild"))) return "esbuild";
    if (args.some((arg) => arg.includes("npm"))) return "npm";
    if (args[1]?.endsWith("/tsx") || args[1]?.endsWith("/cli.mjs")) return "tsx CLI";
    if (args.some((arg) => arg.endsWith("main.ts") || arg.endsWith("launch.mjs"))) return "bot";
    return program;
  } catch {
    return String(pid);
  }
}

/**
 * PGlite.create on `dataDir` in a bare node process, then 200 single-row autocommitted inserts: milliseconds to open,
 * milliseconds for the inserts, RSS once open.
 */
const ALONE_SCRIPT = `
const { readFileSync } = await import("node:fs");
const { PGlite } = await import("@electric-sql/pglite");
const options = JSON.parse(process.env.PGLITE_OPTIONS);
const start = performance.now();
const db = await PGlite.create({ dataDir: process.env.DATA_DIR, ...options });
await db.query("select 1");
const ms = performance.now() - start;
const rss = Number(/VmRSS:\\s+(\\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? "NaN") / 1024;
await db.exec("create table if not exists bench_p4_alone (id serial primary key, at timestamptz not null default now())");
const writes = performance.now();
for (let i = 0; i < 200; i++) await db.query("insert into bench_p4_alone default values");
const insertMs = performance.now() - writes;
await db.exec("drop table bench_p4_alone");
await db.close();
process.stdout.write(JSON.stringify({ ms, rss, insertMs }));
`;

async function pgliteAlone(
  dataDir: string,
  options: Record<string, unknown>,
): Promise<{ ms: number; rss: number; insertMs: number }> {
  const out = await runNodeScript(["--input-type=module", "-e", ALONE_SCRIPT], {
    DATA_DIR: dataDir,
    PGLITE_OPTIONS: JSON.stringify(options),
  });
  return JSON.parse(out) as { ms: number; rss: number; insertMs: number };
}

async function pgliteAloneDiagnosis(reporter: Reporter, dir: string, existingDir: string, runs: number): Promise<void> {
  const ours = { startParams: [...PGLITE_START_PARAMS] };
  const variants = [
    { name: "the bot's start flags (shared_buffers 16 MB)", options: ours },
    { name: "PGlite's default flags (shared_buffers 128 MB)", options: {} },
    { name: "the bot's flags + relaxedDurability", options: { ...ours, relaxedDurability: true } },
  ];
  const results = new Map<string, { ms: number[]; rss: number[]; insertMs: number[] }>();
  for (let run = 0; run < runs; run++) {
    for (const variant of variants) {
      const measured = await pgliteAlone(existingDir, variant.options);
      const result = results.get(variant.name) ?? { ms: [], rss: [], insertMs: [] };
      result.ms.push(measured.ms);
      result.rss.push(measured.rss);
      result.insertMs.push(measured.insertMs);
      results.set(variant.name, result);
    }
  }
  for (const [name, result] of results) {
    reporter.add(
      info(
        "P4",
        "pglite",
        `diagnosis: PGlite alone, open the existing data dir, ${name}`,
        median(result.ms),
        "ms",
        `runs ${list(result.ms, 0)} ms; RSS ${list(result.rss, 0)} MB; 200 inserts ${list(result.insertMs, 0)} ms`,
      ),
    );
  }
  const created = await pgliteAlone(join(dir, "pglite-alone"), ours);
  reporter.add(
    info(
      "P4",
      "pglite",
      "diagnosis: PGlite alone, create an empty data dir (initdb in-process)",
      created.ms,
      "ms",
      `RSS ${fmt(created.rss, 0)} MB in a bare node process`,
    ),
  );
}

/** Runs node with `args` in the repository, returns its stdout; throws with its output on failure or after 120 s. */
async function runNodeScript(args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    err = (err + chunk.toString("utf8")).slice(-4000);
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  clearTimeout(timer);
  children.delete(child);
  if (code !== 0)
    throw new Error(`node ${args.slice(0, 2).join(" ")} … exited with ${code}: ${(err || out).slice(-2000)}`);
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function list(values: number[], digits: number): string {
  return values.map((value) => fmt(value, digits)).join("/");
}

/** Imports a 9-seat roster and convenes a meeting in two weeks, directly on the stopped bot's DATA_DIR. */
async function seedDataDir(dataDir: string): Promise<{ meetingId: number; holders: number[] }> {
  const database = await openDatabase({ dataDir });
  try {
    const services: ServiceDeps = { db: database.db, clock: () => new Date(), t: translate() };
    const seeded = await seedCommittee(services, { hqKey: "bench-start", base: 400_000, seats: 9 });
    const meetingId = await convene(services, seeded, new Date(Date.now() + 14 * DAY));
    return { meetingId, holders: holdersOf(seeded.options) };
  } finally {
    await database.close();
  }
}

/**
 * The same start on PostgreSQL: twice on a migrated database (the first start migrates a new one, so it is not
 * counted), the RSS after a few idle seconds, against the server deployment's memory target.
 */
export async function runP4Postgres(
  backend: Backend,
  reporter: Reporter,
  options: P4Options = P4_DEFAULTS,
): Promise<void> {
  if (backend.kind !== "postgres") return;
  const database = await openBenchDatabase(backend);
  const emulator = await BotApiEmulator.start({ token: BENCH_TOKEN });
  try {
    const env = {
      BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.url,
      DATABASE_URL: database.url!,
      LOG_LEVEL: "warn",
    };
    const runs: Run[] = [];
    for (let run = 0; run < 2; run++)
      runs.push(await idleAndStop(await timeToPolling(emulator, env, options.startTimeoutMs), options.idleMs));
    const ms = runs.map((run) => run.started.ms);
    const rss = runs.map((run) => run.memory?.rss ?? Number.NaN);
    reporter.add(
      atMost(
        "P4",
        "postgres",
        "restart to polling",
        median(ms),
        1000,
        "ms",
        "< 1000 ms",
        `runs ${list(ms, 0)} ms; ${runs.map((run) => describeStart(run.started)).join("; ")}`,
      ),
    );
    reporter.add(atMost("P4", "postgres", "RSS idle", median(rss), 120, "MB", "< 120 MB", `runs ${list(rss, 0)} MB`));
  } finally {
    await emulator.stop();
    await database.dispose();
  }
}

/**
 * P4, start-up: the real `node --import tsx src/main.ts` against the emulator, as `npm start` runs it.
 *
 * - fresh: an empty DATA_DIR to polling, i.e. until the emulator answers the first getUpdates (an update is queued
 *   beforehand, so that first long poll is answered, and recorded, the moment it arrives);
 * - restart: the same, on the database the first run left, after a roster and a convened meeting were added;
 * - RSS from /proc/<pid>/status after a few idle seconds, and again after 1,000 RSVP presses fed through polling;
 * - a diagnosis, not a target: PGlite alone in a bare Node process (no tsx, no bot), creating a data directory and
 *   then opening it again, to tell the embedded database's share of the time and memory from the bot's.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { openDatabase } from "../src/db/client.ts";
import { encodeCallback, type RsvpAnswer } from "../src/domain/callback-data.ts";
import type { ServiceDeps } from "../src/services/deps.ts";
import { BotApiEmulator, type EmuMessage, type EmuUser } from "../test/helpers/bot-api-emulator.ts";
import {
  atMost,
  BENCH_TOKEN,
  convene,
  holdersOf,
  info,
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
};

export const P4_DEFAULTS: P4Options = { idleMs: 5000, loadUpdates: 1000, startTimeoutMs: 60_000, loadTimeoutMs: 180_000 };

const DAY = 24 * 60 * 60 * 1000;
const STOP_GRACE_MS = 15_000;
const TSX_LOADER = pathToFileURL(createRequire(join(REPO_ROOT, "package.json")).resolve("tsx")).href;
const visitor: EmuUser = { id: 424_242, first_name: "Visitor", language_code: "en" };

const children = new Set<ChildProcess>();
// If the benchmark itself dies, no bot is left polling or holding the directory.
process.once("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

type Bot = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function startBot(env: Record<string, string>): Bot {
  const child = spawn(process.execPath, ["--import", TSX_LOADER, join(REPO_ROOT, "src/main.ts")], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
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
  return { child, output: () => output, exited };
}

async function stopBot(bot: Bot): Promise<void> {
  if (bot.child.exitCode !== null || bot.child.signalCode !== null) return;
  bot.child.kill("SIGTERM");
  const timer = setTimeout(() => bot.child.kill("SIGKILL"), STOP_GRACE_MS);
  await bot.exited;
  clearTimeout(timer);
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

/** Milliseconds from spawning to the first getUpdates the emulator answers. */
async function timeToPolling(emulator: BotApiEmulator, env: Record<string, string>, timeoutMs: number): Promise<{ bot: Bot; ms: number }> {
  emulator.clearCalls();
  // Queued first, so the first long poll is answered at once and lands in the record.
  emulator.pushUpdate(emulator.userMessage(visitor, "/help"));
  const polled = emulator.waitFor((call) => call.method === "getUpdates", timeoutMs, { onlyNew: true });
  const startedAt = Date.now();
  const bot = startBot(env);
  const early = bot.exited.then((code) => {
    throw new Error(`src/main.ts exited (code ${code}) before polling:\n${bot.output()}`);
  });
  try {
    const call = await Promise.race([polled, early]);
    return { bot, ms: call.time - startedAt };
  } catch (error) {
    await stopBot(bot);
    throw error;
  }
}

export async function runP4(reporter: Reporter, options: P4Options = P4_DEFAULTS): Promise<void> {
  const emulator = await BotApiEmulator.start({ token: BENCH_TOKEN });
  const dir = mkdtempSync(join(tmpdir(), "kargoruh-bench-start-"));
  const dataDir = join(dir, "data");
  const env = { BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.url, DATA_DIR: dataDir, LOG_LEVEL: "warn" };
  let bot: Bot | undefined;
  try {
    const fresh = await timeToPolling(emulator, env, options.startTimeoutMs);
    bot = fresh.bot;
    reporter.add(atMost("P4", "pglite", "fresh DATA_DIR to polling", fresh.ms, 5000, "ms", "< 5000 ms", "spawn → first getUpdates answered; migrations included"));
    await sleep(options.idleMs);
    const idleFresh = memoryOf(bot.child.pid);
    await stopBot(bot);

    // What a deployment has by its second start: a roster and a convened meeting, written while the bot is stopped.
    const meeting = await seedDataDir(dataDir);

    const restart = await timeToPolling(emulator, env, options.startTimeoutMs);
    bot = restart.bot;
    reporter.add(atMost("P4", "pglite", "restart on the existing DATA_DIR to polling", restart.ms, 2000, "ms", "< 2000 ms"));
    const invitations = new Map<number, EmuMessage>();
    const delivered = await waitUntil(
      () => {
        for (const telegramId of meeting.holders) {
          const message = emulator.sent(telegramId).find((m) => JSON.stringify(m.reply_markup ?? {}).includes(`rsvp:${meeting.meetingId}:`));
          if (message) invitations.set(telegramId, message);
        }
        return invitations.size === meeting.holders.length;
      },
      30_000,
      100,
    );
    if (!delivered) throw new Error(`the restarted bot delivered ${invitations.size} of ${meeting.holders.length} invitations in 30 s`);
    await sleep(options.idleMs);
    const idle = memoryOf(bot.child.pid);
    if (idleFresh) reporter.add(atMost("P4", "pglite", "RSS idle after the fresh start", idleFresh.rss, 200, "MB", "< 200 MB"));
    if (idle) reporter.add(atMost("P4", "pglite", "RSS idle after the restart", idle.rss, 200, "MB", "< 200 MB"));

    // P1-like load through polling: members pressing their invitation's buttons, answers alternating.
    emulator.clearCalls();
    const lastAnswer = new Map<number, RsvpAnswer>();
    for (let i = 0; i < options.loadUpdates; i++) {
      const telegramId = meeting.holders[i % meeting.holders.length]!;
      const answer: RsvpAnswer = lastAnswer.get(telegramId) === "attending" ? "not_attending" : "attending";
      lastAnswer.set(telegramId, answer);
      const user: EmuUser = { id: telegramId, first_name: `عضو ${telegramId}`, language_code: "fa" };
      emulator.pushUpdate(emulator.callback(user, invitations.get(telegramId)!, encodeCallback({ action: "rsvp", meetingId: meeting.meetingId, answer })));
    }
    const loadStart = Date.now();
    const answered = () => emulator.calls.filter((call) => call.method === "answerCallbackQuery").length;
    const finished = await waitUntil(() => answered() >= options.loadUpdates, options.loadTimeoutMs, 100);
    const loadSeconds = (Date.now() - loadStart) / 1000;
    const loaded = memoryOf(bot.child.pid);
    reporter.add(
      info("P4", "pglite", `${options.loadUpdates} RSVP presses through polling`, answered() / loadSeconds, "upd/s", finished ? `${loadSeconds.toFixed(1)} s` : `only ${answered()} answered in ${loadSeconds.toFixed(0)} s`),
    );
    if (loaded) {
      reporter.add(atMost("P4", "pglite", `RSS after ${options.loadUpdates} presses`, loaded.rss, 200, "MB", "< 200 MB", `peak (VmHWM) ${loaded.peak.toFixed(0)} MB`));
    } else {
      reporter.note("P4: RSS not measured (no /proc on this system)");
    }
    await stopBot(bot);

    const alone = join(dir, "pglite-alone");
    for (const step of ["create an empty data dir", "open the existing data dir"]) {
      const measured = await pgliteAlone(alone);
      reporter.add(info("P4", "pglite", `diagnosis: PGlite alone, ${step}`, measured.ms, "ms", `RSS ${measured.rss.toFixed(0)} MB in a bare node process`));
    }
  } finally {
    if (bot) await stopBot(bot);
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PGlite.create on `dataDir` in a fresh `node` process: milliseconds and RSS (MB) once it is ready. */
async function pgliteAlone(dataDir: string): Promise<{ ms: number; rss: number }> {
  const script = [
    'import { readFileSync } from "node:fs";',
    'import { PGlite } from "@electric-sql/pglite";',
    "const start = performance.now();",
    "const db = await PGlite.create({ dataDir: process.env.DATA_DIR });",
    'await db.query("select 1");',
    "const ms = performance.now() - start;",
    'const rss = Number(/VmRSS:\\s+(\\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? "NaN") / 1024;',
    "await db.close();",
    "process.stdout.write(JSON.stringify({ ms, rss }));",
  ].join("\n");
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  clearTimeout(timer);
  children.delete(child);
  if (code !== 0) throw new Error(`PGlite alone exited with ${code}: ${out.slice(-2000)}`);
  return JSON.parse(out) as { ms: number; rss: number };
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

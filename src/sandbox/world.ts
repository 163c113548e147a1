import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { BotStartError, type RunningBot, startBotProcess } from "../bot-process.ts";
import { parseConfig } from "../config.ts";
import { validateRoster } from "../domain/roster.ts";
import type { Logger } from "../logger.ts";
import type { Translate } from "../services/shared/deps.ts";
import { SYSTEM_ACTOR } from "../services/shared/deps.ts";
import { exportRoster, UnknownHeadquartersError } from "../services/roster/export-roster.ts";
import { importRoster } from "../services/roster/import-roster.ts";
import { BotApiEmulator, type EmuUser } from "./bot-api/emulator.ts";
import { keepChatHistory, loadChatHistory } from "./chat-history.ts";
import { createMovableClock, type MovableClock } from "./clock.ts";
import { buildDirectory, type Directory } from "./directory.ts";
import { SAMPLE_COUNTY_KEY, SAMPLE_PROVINCE_KEY, sampleCountyRoster, sampleProvinceRoster } from "./sample-county.ts";

/** The emulator, the bot on it and the clock they share: what the page talks to. Reset makes a new one. */
export type SandboxWorld = {
  emulator: BotApiEmulator;
  bot: RunningBot;
  clock: MovableClock;
  /** The people and chats of the sample HQs as the database has them now. */
  directory: () => Promise<Directory>;
  userOf: (personId: number, directory: Directory) => EmuUser | undefined;
  /** The county's roster in the import format (Export). */
  exportCounty: () => Promise<Record<string, unknown>>;
  stop: () => Promise<void>;
};

export type WorldOptions = { dataDir: string; log: Logger; logLevel: string; t: Translate };

/** Starts the emulator and the bot (src/bot-process.ts, as `npm start` runs it) on it; loads the sample on first start. */
export async function startWorld(options: WorldOptions): Promise<SandboxWorld> {
  const emulator = await BotApiEmulator.start({ enforceLimits: true, requireStart: true });
  // The chats as they were when the sandbox last stopped (before the bot edits any of their messages).
  const history = loadChatHistory(emulator, options.dataDir);
  if (history.error) options.log.warn("sandbox chats not restored", { error: history.error });
  const clock = keptClock(options.dataDir);
  // The bot's own HTTP server serves the HQ overview Mini App (/overview) that the web chat opens in a pane.
  const httpPort = await freePort();
  // The same configuration `npm start` reads, with the Bot API root at the emulator.
  const config = parseConfig({
    BOT_TOKEN: emulator.token,
    TELEGRAM_API_ROOT: emulator.url,
    DATA_DIR: options.dataDir,
    LOG_LEVEL: options.logLevel,
    START_TIMEOUT_SECONDS: "10",
    PORT: String(httpPort),
    // The bot's own HTTP server (the overview) on this machine only, like the page.
    HOST: "127.0.0.1",
    WEB_APP_BASE_URL: `http://127.0.0.1:${httpPort}`,
  });
  let bot: RunningBot;
  try {
    bot = await startBotProcess(config, options.log, { clock: clock.now });
  } catch (error) {
    await emulator.stop();
    throw error;
  }
  const services = bot.services;
  const loaded = async (key: string) => {
    try {
      return await exportRoster(services.db, key);
    } catch (error) {
      if (error instanceof UnknownHeadquartersError) return undefined;
      throw error;
    }
  };
  if ((await loaded(SAMPLE_COUNTY_KEY)) === undefined) {
    // First start: the sample comes in as a clerk's file would, through the roster import.
    for (const input of [sampleProvinceRoster(), sampleCountyRoster()]) {
      const checked = validateRoster(input);
      if (!checked.ok) throw new BotStartError(`the sample roster is not valid: ${JSON.stringify(checked.issues)}`);
      await importRoster(services, checked.roster, SYSTEM_ACTOR);
    }
  }
  const labels = {
    officer: (role: "chair" | "secretary", committee: string) => options.t("fa", `sandbox-role-${role}`, { committee }),
    secretariat: (hq: string) => options.t("fa", "sandbox-secretariat", { hq }),
  };
  const directory = async () => {
    const rosters = [await loaded(SAMPLE_PROVINCE_KEY), await loaded(SAMPLE_COUNTY_KEY)].filter((r) => r !== undefined);
    const found = buildDirectory(rosters, labels);
    // Every group and secretariat has the bot in it; a person's private chat opens only when they press Start on the
    // page (or write to the bot), so until then the bot cannot reach them (403), as on Telegram.
    for (const chat of found.chats) emulator.registerChat({ id: chat.id, type: "supergroup", title: chat.title });
    return found;
  };
  await directory();
  const kept = keepChatHistory(emulator, options.dataDir, (error) => options.log.warn("sandbox chats", { error }));
  return {
    emulator,
    bot,
    clock,
    directory,
    userOf: (personId, found) => {
      const person = found.people.find((p) => p.id === personId);
      return person && { id: person.id, first_name: person.name, language_code: person.locale };
    },
    exportCounty: async () => (await loaded(SAMPLE_COUNTY_KEY)) ?? {},
    stop: async () => {
      await bot.stop();
      kept.stop();
      await emulator.stop();
    },
  };
}

/** How far the page moved the clock, kept beside the database: a restart does not take the county back in time. */
export const CLOCK_FILE = "sandbox-clock.json";

function keptClock(dataDir: string): MovableClock {
  const path = join(dataDir, CLOCK_FILE);
  let saved = 0;
  try {
    saved = Number((JSON.parse(readFileSync(path, "utf8")) as { offsetMs?: unknown }).offsetMs);
  } catch {
    // No file yet (first start, or after Reset): the real time.
  }
  const clock = createMovableClock(Date.now, saved);
  return {
    ...clock,
    advance: (ms) => {
      clock.advance(ms);
      writeFileSync(path, JSON.stringify({ offsetMs: clock.offsetMs() }));
    },
  };
}

/** A port nothing listens on now, for the bot's HTTP server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A Reset that failed: why, and the world that runs now instead (the previous database, or a fresh one). */
export class ResetFailedError extends Error {
  constructor(
    readonly reason: unknown,
    readonly world: SandboxWorld,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/**
 * Reset: the data directory goes, and the sample county comes back on a fresh database. If that fails partway, a bot
 * is started again on whatever the directory holds then (the previous database if it was not deleted, else a fresh
 * one; if that fails too, on a directory emptied again), so the sandbox is not left without one; ResetFailedError
 * carries it and the first failure.
 */
export async function resetWorld(
  world: SandboxWorld,
  options: WorldOptions,
  start: (options: WorldOptions) => Promise<SandboxWorld> = startWorld,
): Promise<SandboxWorld> {
  if (!isDatabaseDirectory(options.dataDir)) {
    throw new Error(`${options.dataDir} does not hold an embedded database only; the sandbox does not delete it`);
  }
  await world.stop();
  try {
    await rm(options.dataDir, { recursive: true, force: true });
    return await start(options);
  } catch (reason) {
    let recovered: SandboxWorld;
    try {
      recovered = await start(options);
    } catch {
      // What the directory held could not be opened either: a fresh sample county, the last resort.
      await rm(options.dataDir, { recursive: true, force: true });
      recovered = await start(options);
    }
    throw new ResetFailedError(reason, recovered);
  }
}

/**
 * Only a directory that is an embedded database (PostgreSQL's PG_VERSION in it) is deleted, never the project, the
 * home directory or the file system's root, whatever SANDBOX_DATA_DIR says.
 */
function isDatabaseDirectory(dir: string): boolean {
  const path = resolve(dir);
  const forbidden = new Set([resolve("/"), resolve(homedir()), resolve(process.cwd())]);
  return !forbidden.has(path) && existsSync(join(path, "PG_VERSION"));
}

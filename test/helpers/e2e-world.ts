import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { stringify } from "yaml";
import { createRunDatabase, type RunDatabase } from "../faults/helpers.ts";
import { BotApiEmulator, type EmuChatRef, type EmulatorOptions } from "../../src/sandbox/bot-api/emulator.ts";
import { type BotProcess, type ChildEnv, type CliResult, runCli, startBotProcess } from "./process.ts";

/**
 * The world of an end-to-end test file that runs the real processes: a temporary directory, a database of its own
 * (a PGlite DATA_DIR, or a PostgreSQL database cloned from the migrated template when TEST_DATABASE_URL is set), and
 * the Bot API emulator with the group chats registered — made in beforeAll; in afterAll the processes are killed,
 * the emulator stopped, the database dropped and the directory removed.
 */

export type E2eWorldOptions = {
  /** Names the run's temporary directory and database. */
  name: string;
  /**
   * The emulator's token, `requireStart` to refuse (403), like Telegram, a private chat that never pressed Start, and
   * `platform: "bale"` to run the bot with PLATFORM=bale against the emulator's Bale mode.
   */
  emulator: EmulatorOptions;
  /** The group chats the emulator knows: the committees' and the secretariat's. */
  chats?: EmuChatRef[];
};

export type E2eWorld = ReturnType<typeof e2eWorld>;

/** Call at the top of a describe; the world's directory, database and emulator exist from its beforeAll on. */
export function e2eWorld(options: E2eWorldOptions) {
  let run: RunDatabase | undefined;
  let emulator: BotApiEmulator | undefined;
  /** The bots this world started: only these are stopped in its afterAll, so two worlds may run side by side. */
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    run = await createRunDatabase(`e2e-${options.name}`);
    emulator = await BotApiEmulator.start(options.emulator);
    for (const chat of options.chats ?? []) emulator.registerChat(chat);
  });

  afterAll(async () => {
    // Children first: a bot still polling holds the directory and the database. The CLI's runs have ended; any other
    // child of the file is stopped by process.ts's own afterAll.
    await Promise.all(bots.map((bot) => bot.stop("SIGKILL")));
    await emulator?.stop();
    await run?.drop();
  });

  const made = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the e2e world is made in beforeAll");
    return value;
  };

  /** The children's environment: the run's database, info logs, the CLI in Persian, and `extra`. */
  const env = (extra: ChildEnv = {}): ChildEnv => ({
    ...made(run).env,
    LOG_LEVEL: "info",
    LANG: "fa_IR.UTF-8",
    ...extra,
  });
  /** env() with the emulator as Telegram (or Bale, in its Bale mode): what `npm start` and `roster invites` need. */
  const telegramEnv = (): ChildEnv =>
    env({
      BOT_TOKEN: made(emulator).token,
      TELEGRAM_API_ROOT: made(emulator).url,
      ...(made(emulator).platform === "bale" ? { PLATFORM: "bale" } : {}),
    });
  /** `npm run cli -- …args` on the run's database. */
  const cli = (args: string[], childEnv: ChildEnv = env()): Promise<CliResult> => runCli(args, childEnv);

  return {
    /** The run's temporary directory. */
    get tmp(): string {
      return made(run).tmp;
    },
    /** PGlite only: the bot's DATA_DIR. */
    get dataDir(): string | undefined {
      return made(run).env.DATA_DIR;
    },
    get emu(): BotApiEmulator {
      return made(emulator);
    },
    env,
    telegramEnv,
    cli,
    /** Writes `roster` as roster.yaml in the run's directory and imports it with the CLI. */
    importRoster(roster: unknown): Promise<CliResult> {
      const file = join(made(run).tmp, "roster.yaml");
      writeFileSync(file, stringify(roster));
      return cli(["roster", "import", file]);
    },
    /** `npm start` against the emulator; resolves once the bot polls. */
    async startBot(timeoutMs = 60_000): Promise<BotProcess> {
      const bot = startBotProcess({ env: telegramEnv() });
      bots.push(bot);
      await bot.waitForLog('"message":"polling"', timeoutMs);
      return bot;
    },
  };
}

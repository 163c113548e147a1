import { BotStartError, type RunningBot, startBotProcess } from "./bot-process.ts";
import { ConfigError, MISSING_TOKEN_MESSAGE, parseConfig, SANDBOX_HINT } from "./config.ts";
import { isDatabaseDriverFault } from "./db/driver-faults.ts";
import { loadDotEnv } from "./env-file.ts";
import { createLogger } from "./logger.ts";

/** The bot's process: config → the composition root (src/bot-process.ts) → graceful shutdown on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  loadDotEnv();
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // Without a token, the sandbox is the way to see the bot.
    return fail(error.message.includes(MISSING_TOKEN_MESSAGE) ? `${error.message}\n${SANDBOX_HINT}` : error.message);
  }
  const log = createLogger(config.logLevel);
  guardProcess(log);
  let running: RunningBot;
  try {
    running = await startBotProcess(config, log);
  } catch (error) {
    if (error instanceof BotStartError) return fail(error.message);
    throw error;
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("stopping", { signal });
    const deadline = setTimeout(() => process.exit(1), 10_000);
    deadline.unref();
    await running.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

/** A cut database connection is survivable (the pool reconnects); anything else unexpected stops the process. */
function guardProcess(log: ReturnType<typeof createLogger>): void {
  process.on("uncaughtException", (error) => {
    if (isDatabaseDriverFault(error)) {
      log.error("database connection fault; carrying on, the pool reconnects", { error });
      return;
    }
    log.error("uncaught exception; stopping", { error });
    process.exit(1);
  });
  process.on("unhandledRejection", (reason) => {
    log.error("unhandled rejection", { error: reason instanceof Error ? reason : String(reason) });
  });
}

function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}

await main();

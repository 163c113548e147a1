import { BotStartError } from "../bot-process.ts";
import { ConfigError } from "../config.ts";
import { createI18n, translatorOf } from "../i18n.ts";
import { createLogger } from "../logger.ts";
import { parseSandboxConfig } from "./config.ts";
import { createSandboxServer } from "./web/server.ts";
import { ResetFailedError, resetWorld, type SandboxWorld, startWorld } from "./world.ts";

/**
 * `npm run sandbox`: the Bot API emulator, the bot on it (the code `npm start` runs) and a web chat in which anyone on
 * this machine can be anyone of a sample county. For trying and training; it never talks to Telegram.
 */
async function sandbox(): Promise<void> {
  let config: ReturnType<typeof parseSandboxConfig>;
  try {
    config = parseSandboxConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const log = createLogger(config.logLevel);
  const t = translatorOf(createI18n());
  const options = { dataDir: config.dataDir, log, logLevel: config.logLevel, t };
  let world: SandboxWorld;
  try {
    world = await startWorld(options);
  } catch (error) {
    if (error instanceof BotStartError) return fail(error.message);
    throw error;
  }
  let resetting: Promise<SandboxWorld> | undefined;
  const server = createSandboxServer({
    world: () => world,
    reset: async () => {
      resetting ??= resetWorld(world, options).finally(() => {
        resetting = undefined;
      });
      try {
        world = await resetting;
      } catch (error) {
        // The bot that runs instead; the page says what failed.
        if (error instanceof ResetFailedError) world = error.world;
        throw error;
      }
      return world;
    },
    t,
  });
  server.on("error", (error: NodeJS.ErrnoException) => {
    fail(
      error.code === "EADDRINUSE"
        ? `Port ${config.port} is in use: set SANDBOX_PORT to a free port.`
        : `The sandbox page could not start: ${error.message}`,
    );
    void world.stop().then(() => process.exit(1));
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    process.stdout.write(
      `Sandbox ready: http://${config.host}:${port}\n(for trying and training, not for real data: anyone who can open the page can act as anyone)\n`,
    );
  });
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    const deadline = setTimeout(() => process.exit(1), 10_000);
    deadline.unref();
    server.closeAllConnections();
    server.close();
    await world.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
}

function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}

await sandbox();

import { z } from "zod";
import { ConfigError } from "../config.ts";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const environment = z.object({
  SANDBOX_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default("./sandbox-data")),
  SANDBOX_PORT: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: "SANDBOX_PORT must be a port number from 1 to 65535 (0: any free port)" })
      .int({ error: "SANDBOX_PORT must be a port number from 1 to 65535 (0: any free port)" })
      .min(0, { error: "SANDBOX_PORT must be a port number from 1 to 65535 (0: any free port)" })
      .max(65535, { error: "SANDBOX_PORT must be a port number from 1 to 65535 (0: any free port)" })
      .default(8080),
  ),
  SANDBOX_HOST: z.preprocess(emptyAsUndefined, z.string().min(1).default("127.0.0.1")),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z
      .enum(["debug", "info", "warn", "error", "silent"], {
        error: "LOG_LEVEL must be one of debug, info, warn, error, silent",
      })
      .default("warn"),
  ),
});

export type SandboxConfig = {
  dataDir: string;
  port: number;
  /** 127.0.0.1 unless set: whoever can open the page can act as anyone. */
  host: string;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
};

/** `npm run sandbox`'s settings, read once like src/config.ts reads the bot's. */
export function parseSandboxConfig(env: Record<string, string | undefined>): SandboxConfig {
  const parsed = environment.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message).join("\n"));
  const e = parsed.data;
  return { dataDir: e.SANDBOX_DATA_DIR, port: e.SANDBOX_PORT, host: e.SANDBOX_HOST, logLevel: e.LOG_LEVEL };
}

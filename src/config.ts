import { IANAZone } from "luxon";
import { z } from "zod";
import { PLATFORM_NAMES, type PlatformName, platformNamed } from "./platform/platform.ts";

const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A form (conversation) left unanswered this long closes without recording anything. */
export const DEFAULT_FORM_TIMEOUT_MINUTES = 30;

/** Two weeks of daily backups. */
const DEFAULT_BACKUP_KEEP = 14;

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

/** A whole number within bounds, refused with one sentence that names the variable and its range. */
function wholeNumber(error: string, min: number, max: number) {
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

export const MISSING_TOKEN_MESSAGE =
  "BOT_TOKEN is not set. Ask @BotFather in Telegram for a token (/newbot), then put BOT_TOKEN=<token> in the environment or in a .env file next to package.json.";

/** Said after MISSING_TOKEN_MESSAGE by `npm start`: the bot can be tried without Telegram. */
export const SANDBOX_HINT =
  "To try the bot without Telegram, run npm run sandbox: a web chat with a sample county at http://127.0.0.1:8080 (for trying and training, not for real data).";

const botToken = z.preprocess(
  emptyAsUndefined,
  z
    .string({
      error: MISSING_TOKEN_MESSAGE,
    })
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, {
      error: "BOT_TOKEN does not look like a token from @BotFather (digits, a colon, then letters and digits).",
    }),
);

const environment = z.object({
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL must start with postgres:// or postgresql://" })
      .optional(),
  ),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default("./data")),
  PLATFORM: z.preprocess(
    emptyAsUndefined,
    z.enum(PLATFORM_NAMES, { error: "PLATFORM must be telegram or bale" }).default("telegram"),
  ),
  BOT_API_ROOT: z.preprocess(
    emptyAsUndefined,
    z.url({ error: "BOT_API_ROOT must be a URL such as https://api.telegram.org or https://tapi.bale.ai" }).optional(),
  ),
  /** BOT_API_ROOT's former name, still read when BOT_API_ROOT is not set. */
  TELEGRAM_API_ROOT: z.preprocess(
    emptyAsUndefined,
    z.url({ error: "TELEGRAM_API_ROOT must be a URL such as https://api.telegram.org" }).optional(),
  ),
  BOT_MODE: z.preprocess(
    emptyAsUndefined,
    z.enum(["polling", "webhook"], { error: "BOT_MODE must be polling or webhook" }).default("polling"),
  ),
  WEBHOOK_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, error: "WEBHOOK_URL must be an https URL such as https://bot.example.org/telegram" })
      .optional(),
  ),
  WEBHOOK_SECRET: optionalString,
  PORT: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ error: "PORT must be a port number" }).int().min(1).max(65535).optional(),
  ),
  /** The address the HTTP server listens on; all of the machine's addresses when unset. */
  HOST: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[0-9A-Za-z.:-]+$/, { error: "HOST must be an address such as 127.0.0.1, or a host name" })
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  ),
  DEFAULT_TIMEZONE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default("Asia/Tehran")
      .refine((zone) => IANAZone.isValidZone(zone), {
        error: "DEFAULT_TIMEZONE must be a time zone name such as Asia/Tehran",
      }),
  ),
  START_TIMEOUT_SECONDS: z.preprocess(
    emptyAsUndefined,
    wholeNumber("START_TIMEOUT_SECONDS must be a whole number of seconds between 5 and 3600", 5, 3600).default(60),
  ),
  FORM_TIMEOUT_MINUTES: z.preprocess(
    emptyAsUndefined,
    wholeNumber("FORM_TIMEOUT_MINUTES must be a whole number of minutes between 1 and 1440", 1, 1440).default(
      DEFAULT_FORM_TIMEOUT_MINUTES,
    ),
  ),
  WEB_APP_BASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({
        protocol: /^https?$/,
        error:
          "WEB_APP_BASE_URL must be the https address the bot's HTTP server is reached at, such as https://bot.example.org",
      })
      .optional(),
  ),
  BACKUP_DIR: optionalString,
  BACKUP_KEEP: z.preprocess(
    emptyAsUndefined,
    wholeNumber(
      "BACKUP_KEEP must be how many daily backups to keep, a whole number from 1 to 3650",
      1,
      3650,
    ).optional(),
  ),
});

type Environment = z.output<typeof environment>;

const OFFICIAL_API_HOST = "api.telegram.org";

/** BOT_API_ROOT, else its former name TELEGRAM_API_ROOT, else the platform's own Bot API; no trailing slash. */
function apiRootOf(env: Environment): string {
  const root = env.BOT_API_ROOT ?? env.TELEGRAM_API_ROOT ?? platformNamed(env.PLATFORM).defaultApiRoot;
  return root.replace(/\/+$/, "");
}

function checkBackup(env: Environment, ctx: z.RefinementCtx): void {
  if (env.BACKUP_KEEP !== undefined && !env.BACKUP_DIR) {
    ctx.addIssue({
      code: "custom",
      path: ["BACKUP_DIR"],
      message: "BACKUP_KEEP is set but BACKUP_DIR is not: name the folder the daily backups go to",
    });
  }
}

/** Telegram opens Mini Apps over HTTPS only; plain http is for this machine (the sandbox, a local test). */
function checkWebApp(env: Environment, ctx: z.RefinementCtx): void {
  if (!env.WEB_APP_BASE_URL?.startsWith("http:")) return;
  const host = new URL(env.WEB_APP_BASE_URL).hostname;
  if (!["127.0.0.1", "localhost", "[::1]"].includes(host)) {
    ctx.addIssue({
      code: "custom",
      path: ["WEB_APP_BASE_URL"],
      message:
        "WEB_APP_BASE_URL must be an https URL: Telegram opens Mini Apps only over HTTPS (http only for 127.0.0.1)",
    });
  }
}

function checkWebhook(env: Environment, ctx: z.RefinementCtx): void {
  if (env.BOT_MODE !== "webhook") return;
  if (!env.WEBHOOK_URL)
    ctx.addIssue({ code: "custom", path: ["WEBHOOK_URL"], message: "WEBHOOK_URL is required when BOT_MODE=webhook" });
  // Telegram's own Bot API sends webhooks only over HTTPS; a local Bot API server (BOT_API_ROOT) also posts to http.
  if (env.WEBHOOK_URL?.startsWith("http:") && new URL(apiRootOf(env)).hostname === OFFICIAL_API_HOST) {
    ctx.addIssue({
      code: "custom",
      path: ["WEBHOOK_URL"],
      message:
        "WEBHOOK_URL must be an https URL: Telegram sends webhooks only over HTTPS (http works only with a local Bot API server set in BOT_API_ROOT)",
    });
  }
  // Bale's own Bot API posts webhooks to ports 443 and 88 only.
  const bale = platformNamed("bale");
  if (env.PLATFORM === "bale" && env.WEBHOOK_URL && apiRootOf(env) === bale.defaultApiRoot) {
    const url = new URL(env.WEBHOOK_URL);
    if (!["443", "88"].includes(url.port || (url.protocol === "https:" ? "443" : "80"))) {
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_URL"],
        message: "WEBHOOK_URL must use port 443 or 88: Bale sends webhooks to no other port",
      });
    }
  }
  if (!env.WEBHOOK_SECRET || !/^[A-Za-z0-9_-]{16,256}$/.test(env.WEBHOOK_SECRET)) {
    ctx.addIssue({
      code: "custom",
      path: ["WEBHOOK_SECRET"],
      message: "WEBHOOK_SECRET is required when BOT_MODE=webhook: 16 to 256 characters of A-Z, a-z, 0-9, _ and -",
    });
  }
}

export type Config = {
  botToken: string;
  database: { url: string } | { dataDir: string };
  /** Which messenger's Bot API the bot talks to (PLATFORM): see src/platform/. */
  platform: PlatformName;
  /** BOT_API_ROOT (or TELEGRAM_API_ROOT), else the platform's default. */
  botApiRoot: string;
  mode: { kind: "polling" } | { kind: "webhook"; url: string; secret: string };
  /**
   * Webhook mode and the HQ overview always listen (default 8080); otherwise /healthz and /metrics are served only
   * when PORT is set.
   */
  port: number | undefined;
  /** HOST: where the HTTP server listens; undefined is every address. */
  host: string | undefined;
  logLevel: LogLevel;
  /** The time zone of an HQ whose roster names none. */
  defaultTimezone: string;
  /** How long a start keeps trying to reach the Bot API before it exits with a sentence. */
  startTimeoutMs: number;
  formTimeoutMinutes: number;
  /** WEB_APP_BASE_URL without a trailing slash: the HQ overview Mini App is at `${webAppBaseUrl}/overview`. */
  webAppBaseUrl: string | undefined;
  /** BACKUP_DIR set: a backup every day at 03:00 (DEFAULT_TIMEZONE) into `dir`, the newest `keep` kept. */
  backup: { dir: string; keep: number } | undefined;
};

export class ConfigError extends Error {}

/** What the CLI needs: the database, and the token only for commands that talk to Telegram. */
export type CliConfig = Omit<Config, "botToken" | "mode"> & { botToken: string | undefined };

/** Parsed once at start-up; no other module reads process.env. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  return parse(env, true) as Config;
}

export function parseCliConfig(env: Record<string, string | undefined>): CliConfig {
  return parse(env, false);
}

function parse(env: Record<string, string | undefined>, tokenRequired: boolean): Config | CliConfig {
  const token = tokenRequired ? botToken : botToken.optional();
  const parsed = environment
    .extend({ BOT_TOKEN: token })
    .superRefine(checkWebhook)
    .superRefine(checkBackup)
    .superRefine(checkWebApp)
    .safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => issue.message);
    throw new ConfigError(lines.join("\n"));
  }
  const e = parsed.data;
  return {
    botToken: e.BOT_TOKEN as string,
    database: e.DATABASE_URL ? { url: e.DATABASE_URL } : { dataDir: e.DATA_DIR },
    platform: e.PLATFORM,
    botApiRoot: apiRootOf(e),
    mode:
      e.BOT_MODE === "webhook"
        ? { kind: "webhook", url: e.WEBHOOK_URL!, secret: e.WEBHOOK_SECRET! }
        : { kind: "polling" },
    port: e.PORT ?? (e.BOT_MODE === "webhook" || e.WEB_APP_BASE_URL ? 8080 : undefined),
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    defaultTimezone: e.DEFAULT_TIMEZONE,
    startTimeoutMs: e.START_TIMEOUT_SECONDS * 1000,
    formTimeoutMinutes: e.FORM_TIMEOUT_MINUTES,
    webAppBaseUrl: e.WEB_APP_BASE_URL?.replace(/\/+$/, ""),
    backup: e.BACKUP_DIR ? { dir: e.BACKUP_DIR, keep: e.BACKUP_KEEP ?? DEFAULT_BACKUP_KEEP } : undefined,
  };
}

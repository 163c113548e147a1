import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { Update } from "grammy/types";
import { stringify } from "yaml";
import { type DatabaseHandle, openDatabase } from "../../src/db/client.ts";
import { formatTime, isFriday, localDateOf, toJalali } from "../../src/domain/calendar.ts";
import { toPersianDigits } from "../../src/domain/text.ts";
import { rowsOf } from "../../src/db/rows.ts";
import type { Database } from "../../src/db/client.ts";
import type { BotApiEmulator, EmuMessage } from "../../src/sandbox/bot-api/emulator.ts";
import { type BotProcess, type ChildEnv, runCli, startBotProcess } from "../helpers/process.ts";
import { cloneTemplateDatabase, dropDatabase, withDatabaseName } from "../helpers/test-database-names.ts";
import { freePort } from "./free-port.ts";

/**
 * Shared plumbing of the fault-injection suite: a database of its own for the real process (a PGlite DATA_DIR, or a
 * PostgreSQL database cloned from the migrated template when TEST_DATABASE_URL is set), row counts, waiting, buttons.
 */

export const PG_URL = process.env.TEST_DATABASE_URL || undefined;
export const WEBHOOK_SECRET = "faults_webhook_secret_0123456789";

export type RunDatabase = {
  /** DATA_DIR or DATABASE_URL, for the child processes. */
  env: ChildEnv;
  /** PostgreSQL only: the URL of this run's database. */
  url: string | undefined;
  /** The database name (PostgreSQL) for pg_stat_activity. */
  name: string | undefined;
  tmp: string;
  /**
   * Opens the database from the test process. On PGlite only while no bot process holds the directory (a lock left
   * by a killed process is taken over); close it before starting one again.
   */
  open(): Promise<DatabaseHandle>;
  drop(): Promise<void>;
};

export async function createRunDatabase(prefix: string): Promise<RunDatabase> {
  const tmp = mkdtempSync(join(tmpdir(), `kargoruh-faults-${prefix}-`));
  if (PG_URL) {
    const name = await cloneTemplateDatabase(PG_URL, "kargoruh_faults");
    const url = withDatabaseName(PG_URL, name);
    return {
      env: { DATABASE_URL: url },
      url,
      name,
      tmp,
      open: () => openDatabase({ url }),
      async drop() {
        await dropDatabase(PG_URL, name);
        rmSync(tmp, { recursive: true, force: true });
      },
    };
  }
  const dataDir = join(tmp, "data");
  return {
    env: { DATA_DIR: dataDir },
    url: undefined,
    name: undefined,
    tmp,
    open: () => openDatabase({ dataDir }),
    async drop() {
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export async function rowCountsOf(db: Database): Promise<Record<string, number>> {
  const tables = rowsOf<{ tablename: string }>(
    await db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`),
  ).map((row) => row.tablename);
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] =
      rowsOf<{ n: number }>(await db.execute(sql.raw(`select count(*)::int as n from "${table}"`)))[0]?.n ?? 0;
  }
  return counts;
}

/** Every table but the ones each update or refusal legitimately adds to. */
export function withoutLogs(counts: Record<string, number>, also: string[] = []): Record<string, number> {
  const rest = { ...counts };
  for (const table of ["audit_log", "processed_updates", ...also]) delete rest[table];
  return rest;
}

/** Tables whose counts differ. */
export function changedTables(before: Record<string, number>, after: Record<string, number>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (table) => before[table] !== after[table],
  );
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check` every `everyMs` until it returns something other than undefined/false; bounded by `timeoutMs`. */
export async function until<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 30_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

type Button = { text: string; callback_data?: string };

export const textOf = (message: EmuMessage): string => message.text ?? message.caption ?? "";

export const buttonsOf = (message: EmuMessage): Button[] =>
  ((message.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []).flat();

export function buttonData(message: EmuMessage, text: string): string {
  const button = buttonsOf(message).find((b) => b.text.includes(text));
  if (!button?.callback_data)
    throw new Error(`no button "${text}" on: ${JSON.stringify(textOf(message).slice(0, 200))}`);
  return button.callback_data;
}

export type Seat = {
  seat: string;
  role: "chair" | "secretary" | "member";
  telegram_id: number;
  name: string;
  locale?: "fa" | "en";
};

export type RosterSpec = {
  hqKey: string;
  secretariatChatId: number;
  groupChatId: number;
  staffId: number;
  seats: Seat[];
  /** Zero lets a test on the real clock convene minutes ahead. */
  noticeDays?: number;
};

/** A roster file (YAML) with one HQ and one working group. */
export function rosterYaml(spec: RosterSpec): string {
  return stringify(rosterObject(spec));
}

/** The same roster as data, for importing in the test's own process. */
export function rosterObject(spec: RosterSpec) {
  return {
    headquarters: {
      key: spec.hqKey,
      level: "county",
      name: `ستاد بازآفرینی پایدار ${spec.hqKey}`,
      timezone: "Asia/Tehran",
      locale: "fa",
      secretariat_chat_id: spec.secretariatChatId,
      staff: [{ telegram_id: spec.staffId, name: "کارشناس دبیرخانه", locale: "fa" }],
    },
    committees: [
      {
        key: "faults",
        title: { fa: "کارگروه آزمون خطا", en: "Fault test working group" },
        chat_id: spec.groupChatId,
        rules: { notice_days: spec.noticeDays ?? 0, proposal_days: 0 },
        members: spec.seats.map((s) => ({
          seat: s.seat,
          role: s.role,
          telegram_id: s.telegram_id,
          name: s.name,
          ...(s.locale ? { locale: s.locale } : {}),
        })),
      },
    ],
  };
}

/** Chair, secretary and `members` members with telegram ids from `base`. */
export function seatsOf(base: number, members: number): Seat[] {
  return [
    { seat: "فرماندار", role: "chair", telegram_id: base + 1, name: "رئیس کارگروه" },
    { seat: "رئیس اداره میراث فرهنگی", role: "secretary", telegram_id: base + 2, name: "دبیر کارگروه" },
    ...Array.from(
      { length: members },
      (_, i): Seat => ({ seat: `Seat ${i + 1}`, role: "member", telegram_id: base + 3 + i, name: `Member ${i + 1}` }),
    ),
  ];
}

export async function importRosterWithCli(tmp: string, yaml: string, env: ChildEnv): Promise<void> {
  const file = join(tmp, `roster-${randomBytes(4).toString("hex")}.yaml`);
  writeFileSync(file, yaml);
  const result = await runCli(["roster", "import", file], env, { timeoutMs: 120_000 });
  if (result.code !== 0) throw new Error(`roster import failed (${result.code}): ${result.stderr}\n${result.stdout}`);
}

/** The real process in polling mode, waited for until it polls. */
export async function startPollingBot(emu: BotApiEmulator, env: ChildEnv): Promise<BotProcess> {
  const bot = startBotProcess({ env: { ...env, BOT_TOKEN: emu.token, TELEGRAM_API_ROOT: emu.url, LOG_LEVEL: "info" } });
  await bot.waitForLog('"message":"polling"', 90_000);
  return bot;
}

export type WebhookBot = { process: BotProcess; url: string; port: number };

/** The real process in webhook mode on a port of its own; resolves once it has set its webhook. */
export async function startWebhookBot(
  emu: BotApiEmulator,
  env: ChildEnv,
  secret = WEBHOOK_SECRET,
): Promise<WebhookBot> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/telegram/hook`;
  const bot = startBotProcess({
    env: {
      ...env,
      BOT_TOKEN: emu.token,
      TELEGRAM_API_ROOT: emu.url,
      LOG_LEVEL: "info",
      BOT_MODE: "webhook",
      WEBHOOK_URL: url,
      WEBHOOK_SECRET: secret,
      PORT: String(port),
    },
  });
  await bot.waitForLog('"message":"webhook set"', 90_000);
  return { process: bot, url, port };
}

/** POSTs an update to a webhook the way Telegram does; `secret` undefined sends no header. */
export async function postUpdate(
  url: string,
  update: Update,
  secret: string | undefined = WEBHOOK_SECRET,
): Promise<number> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (secret !== undefined) headers["x-telegram-bot-api-secret-token"] = secret;
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify(update) });
  await response.text();
  return response.status;
}

/** The answer given to a callback query, once it has been given. */
export async function callbackAnswer(emu: BotApiEmulator, id: string, timeoutMs = 30_000): Promise<string> {
  await until(`the answer to callback ${id}`, () => emu.callbackAnswers.has(id), timeoutMs, 20);
  return String((emu.callbackAnswers.get(id) as { text?: unknown }).text ?? "");
}

/** Sends per chat, for "who got what how many times". */
export function countBy<T>(items: T[], key: (item: T) => string | number): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

const ZONE = "Asia/Tehran";

/** A whole minute at least `aheadMs` from now that is not a Friday in Tehran (no "convene on a holiday?" question). */
export function meetingStart(aheadMs: number): Date {
  let at = new Date(Math.ceil((Date.now() + aheadMs) / 60_000) * 60_000);
  while (isFriday(at, ZONE)) at = new Date(at.getTime() + 24 * 60 * 60 * 1000);
  return at;
}

/** The one-liner a Tehran secretary types: Jalali date and time in Persian digits, a place, agenda lines. */
export function conveneCommand(startsAt: Date, agenda: string[] = ["بررسی طرح‌های میراث"]): string {
  const { jy, jm, jd } = toJalali(localDateOf(startsAt, ZONE));
  const pad = (n: number) => String(n).padStart(2, "0");
  const header = toPersianDigits(`${jy}/${pad(jm)}/${pad(jd)} ${formatTime(startsAt, "en", ZONE)}`);
  return `/convene ${header} دفتر فرماندار\n${agenda.map((item) => `- ${item}`).join("\n")}`;
}

import { Api, type Bot, type Middleware } from "grammy";
import { createJobRunner, type JobRunResult } from "../../src/delivery/job-runner.ts";
import { createOutboxWorker } from "../../src/delivery/outbox-worker.ts";
import { liveMessagesOn } from "../../src/delivery/start-delivery.ts";
import { jobHandlers } from "../../src/services/shared/jobs.ts";
import { reportUnreachable } from "../../src/services/shared/unreachable.ts";
import type { Update } from "grammy/types";
import { createBot } from "../../src/bot/create-bot.ts";
import type { BotContext } from "../../src/bot/context.ts";
import { silentLogger } from "../../src/logger.ts";
import { type Platform, platformNamed } from "../../src/platform/platform.ts";
import type { ServiceDeps } from "../../src/services/shared/deps.ts";
import {
  BotApiEmulator,
  type EmuChatRef,
  type EmulatorOptions,
  type EmuMessage,
  type EmuUser,
} from "../../src/sandbox/bot-api/emulator.ts";
import { serviceDeps, TestClock } from "./services.ts";
import { createTestDatabase, type TestDatabase } from "./test-db.ts";

export const TEST_TOKEN = "123456:TEST-token-for-the-local-emulator";

/**
 * The real bot, fed updates with handleUpdate, talking to the local Bot API emulator over HTTP: replies made
 * inside conversations go through the same emulator, so nothing escapes the record.
 */
export class BotHarness {
  private constructor(
    readonly database: TestDatabase,
    readonly emulator: BotApiEmulator,
    readonly clock: TestClock,
    readonly services: ServiceDeps,
    public bot: Bot<BotContext>,
    private readonly extraFeatures: Middleware<BotContext>[],
  ) {
    this.platform = BotHarness.platformOf(emulator);
  }

  /** The bot's platform follows the emulator's: an emulator in Bale mode gets a bot built for Bale. */
  private static platformOf(emulator: BotApiEmulator): Platform {
    return platformNamed(emulator.platform);
  }

  /** The bot's platform, shared with deliver()'s worker as one process shares it (what it learned of pins, menus). */
  platform: Platform;

  private static buildBot(
    services: ServiceDeps,
    emulator: BotApiEmulator,
    extraFeatures: Middleware<BotContext>[],
    platform: Platform,
  ) {
    return createBot({
      services,
      log: silentLogger,
      token: TEST_TOKEN,
      apiRoot: emulator.url,
      platform,
      botInfo: emulator.botInfo,
      extraFeatures,
    });
  }

  /** A new bot instance on the same database and emulator: what a process restart looks like. */
  restart(): void {
    this.platform = BotHarness.platformOf(this.emulator);
    this.bot = BotHarness.buildBot(this.services, this.emulator, this.extraFeatures, this.platform);
  }

  static async create(
    start = "2026-11-28T08:00:00Z",
    extraFeatures: Middleware<BotContext>[] = [],
    emulatorOptions: EmulatorOptions = {},
  ): Promise<BotHarness> {
    const database = await createTestDatabase();
    const emulator = await BotApiEmulator.start({ token: TEST_TOKEN, ...emulatorOptions });
    const clock = new TestClock(new Date(start));
    const services = serviceDeps(database, clock);
    const harness = new BotHarness(database, emulator, clock, services, undefined as never, extraFeatures);
    harness.bot = BotHarness.buildBot(services, emulator, extraFeatures, harness.platform);
    return harness;
  }

  /**
   * Sends everything the outbox holds to the emulator, as the worker would. The worker keeps real time (Telegram's
   * rate limits are real), while the services' clock stays under the test's control.
   */
  async deliver(): Promise<number> {
    // Rows fall due by the services' clock, which a test may have moved ahead of real time.
    const offset = Math.max(0, this.clock.now().getTime() - Date.now());
    const api = new Api(TEST_TOKEN, { apiRoot: this.emulator.url });
    const platform = this.platform;
    for (const transformer of platform.apiTransformers()) api.config.use(transformer);
    const worker = createOutboxWorker({
      db: this.database.db,
      api,
      limits: platform.sendLimits,
      liveMessages: liveMessagesOn(platform, this.database.db),
      clock: () => new Date(Date.now() + offset),
      log: silentLogger,
      onPersonUnreachable: (row, reason) => reportUnreachable(this.services, row, reason),
    });
    let sent = 0;
    for (;;) {
      const result = await worker.runOnce();
      sent += result.sent;
      if (result.claimed === 0) return sent;
    }
  }

  /** Runs the jobs due at the test clock's current time. */
  runJobs(): Promise<JobRunResult> {
    return createJobRunner({
      db: this.database.db,
      handlers: jobHandlers(this.services),
      clock: this.clock.now,
      log: silentLogger,
    }).runOnce();
  }

  /** Feeds one update and returns what the bot sent while handling it. */
  async handle(update: Update): Promise<EmuMessage[]> {
    const before = this.emulator.sent().length;
    await this.bot.handleUpdate(update);
    return this.emulator.sent().slice(before);
  }

  say(user: EmuUser, text: string, chat?: EmuChatRef): Promise<EmuMessage[]> {
    return this.handle(this.emulator.userMessage(user, text, chat));
  }

  /** Text of everything the bot sent while handling `text`, joined. */
  async replyTo(user: EmuUser, text: string, chat?: EmuChatRef): Promise<string> {
    return (await this.say(user, text, chat)).map((m) => m.text ?? m.caption ?? "").join("\n---\n");
  }

  press(user: EmuUser, message: EmuMessage, data: string): Promise<EmuMessage[]> {
    return this.handle(this.emulator.callback(user, message, data));
  }

  /** The row count of every table but the update log: a refused press still counts as a processed update. */
  async stateCounts(): Promise<Record<string, number>> {
    const { processed_updates: _, ...rest } = await this.database.rowCounts();
    return rest;
  }

  /** The text of every callback answer the bot gave since the last `clearCalls`, in order. */
  callbackAnswerTexts(): string[] {
    return [...this.emulator.callbackAnswers.values()].map((a) => (a as { text?: string }).text ?? "");
  }

  async reset(): Promise<void> {
    await this.database.reset();
    this.emulator.clearCalls();
    // Who has opened the bot is the emulator's state too: each test starts with nobody.
    this.emulator.startedChats.clear();
    this.emulator.blockedChats.clear();
  }

  async close(): Promise<void> {
    await this.emulator.stop();
    await this.database.close();
  }
}

/** The inline buttons of a message the bot sent. */
export function buttonsOf(message: EmuMessage): { text: string; callback_data: string }[] {
  const markup = message.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? []).flat();
}

/** The payload of the button whose label contains `text`; a missing button fails the test with the buttons there were. */
export function buttonData(message: EmuMessage, text: string): string {
  const button = buttonsOf(message).find((b) => b.text.includes(text));
  if (!button) throw new Error(`no button "${text}" in: ${JSON.stringify(buttonsOf(message))}`);
  return button.callback_data;
}

/** The texts (or captions) of several messages, one after the other: what a person reads after one action. */
export const textsOf = (messages: EmuMessage[]): string =>
  messages.map((m) => m.text ?? m.caption ?? "").join("\n---\n");

export const persian = (id: number, first_name = `کاربر ${id}`): EmuUser => ({ id, first_name, language_code: "fa" });
export const english = (id: number, first_name = `User ${id}`): EmuUser => ({ id, first_name, language_code: "en" });

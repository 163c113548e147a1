import type { BotApiEmulator, EmuChatRef, EmuMessage, EmuUser } from "../../src/sandbox/bot-api/emulator.ts";
import { buttonData } from "./bot-harness.ts";
import type { BotProcess } from "./process.ts";

/**
 * How the end-to-end tests talk to the real bot process through the Bot API emulator: send a message, press a button,
 * wait for what a chat receives. The bot answers some requests directly and sends other messages through its outbox,
 * so a reply may arrive before or after an outbox message to the same chat: wait for a message by its content
 * (`sayAndFind`, `firstWith`, `until`), not by its position, whenever both can reach the chat.
 */

export type E2eDriverOptions = {
  /** The emulator and the bot process are made in beforeAll or in a test, so they are looked up on every call. */
  emulator: () => BotApiEmulator;
  bot: () => BotProcess | undefined;
  /** The committee's group chat, for messages sent `inGroup`. */
  group?: EmuChatRef;
  /** How long a reply or a condition is waited for (default 30 s). */
  timeoutMs?: number;
};

export const textOf = (message: EmuMessage): string => message.text ?? message.caption ?? "";

/** The deep-link token of the first `?start=` link in a text ("" when there is none). */
export const tokenIn = (text: string): string => /\?start=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";

/**
 * The code of a signed copy of the minutes: its last 64-hex string — the signed text above it also carries the audit
 * chain's head, another SHA-256.
 */
export const minutesCodeOf = (text: string): string | undefined => [...text.matchAll(/\b[0-9a-f]{64}\b/g)].at(-1)?.[0];

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type E2eDriver = ReturnType<typeof e2eDriver>;

/** The driver's functions are plain closures, so a test file may destructure them once at the top of its describe. */
export function e2eDriver(options: E2eDriverOptions) {
  const timeout = options.timeoutMs ?? 30_000;
  const emu = options.emulator;

  /** An error that carries the emulator's recent calls and the bot's output, which is what explains a failure. */
  function failure(message: string): Error {
    return new Error(`${message}\n${emu().describeRecentCalls(30)}\n${options.bot()?.describe() ?? ""}`);
  }

  function chatOf(user: EmuUser, inGroup: boolean): number {
    if (!inGroup) return user.id;
    if (!options.group) throw new Error("this e2e driver was made without a group chat");
    return options.group.id;
  }

  function push(user: EmuUser, text: string, inGroup: boolean): void {
    emu().pushUpdate(inGroup ? emu().groupMessage(user, options.group!, text) : emu().userMessage(user, text));
  }

  /** Polls `check` until it returns something other than undefined/false. */
  async function until<T>(what: string, check: () => T | undefined | false, timeoutMs = timeout): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw failure(`${what}: not within ${timeoutMs} ms`);
      await sleep(100);
    }
  }

  /**
   * `user` sends `text` (privately, or in the group chat); resolves with the next `replies` messages to that chat.
   * Only for requests whose answers are all direct replies: nothing from the outbox may reach the chat meanwhile.
   */
  async function exchange(user: EmuUser, text: string, replies = 1, inGroup = false): Promise<EmuMessage[]> {
    const chatId = chatOf(user, inGroup);
    const before = emu().sent(chatId).length;
    push(user, text, inGroup);
    const all = await emu()
      .waitForSent(chatId, before + replies, timeout)
      .catch((error: Error) => {
        throw failure(error.message);
      });
    return all.slice(before, before + replies);
  }

  /** `exchange`, with the replies' texts joined. */
  async function say(user: EmuUser, text: string, replies = 1, inGroup = false): Promise<string> {
    return (await exchange(user, text, replies, inGroup)).map(textOf).join("\n---\n");
  }

  /** The first message to `chatId` after the first `since` whose text matches `match`, waited for. */
  function nextWith(
    what: string,
    chatId: number,
    since: number,
    match: RegExp | string,
    timeoutMs = timeout,
  ): Promise<EmuMessage> {
    const matches = (m: EmuMessage) => (typeof match === "string" ? textOf(m).includes(match) : match.test(textOf(m)));
    return until(what, () => emu().sent(chatId).slice(since).find(matches), timeoutMs);
  }

  /**
   * `user` sends `text` and the answer is the first message to that chat afterwards that matches `match`: for requests
   * whose reply races with outbox messages to the same chat (the secretary's own copy of what they sent everyone).
   */
  async function sayAndFind(user: EmuUser, text: string, match: RegExp | string, inGroup = false): Promise<EmuMessage> {
    const chatId = chatOf(user, inGroup);
    const before = emu().sent(chatId).length;
    push(user, text, inGroup);
    return nextWith(`the answer to "${text.slice(0, 40)}"`, chatId, before, match);
  }

  /**
   * `user` sends `text` whose answer is an edit of a message already in the chat (a vote closed: its message becomes
   * the result); resolves with that message as it reads once it matches.
   */
  async function sayAndAwaitEdit(
    user: EmuUser,
    text: string,
    message: EmuMessage,
    match: string,
    inGroup = false,
  ): Promise<EmuMessage> {
    push(user, text, inGroup);
    return until(`"${text.slice(0, 40)}" turning its message into "${match.slice(0, 40)}"`, () => {
      const now = current(message);
      return textOf(now).includes(match) ? now : undefined;
    });
  }

  /** `user` presses the button of `message` whose text contains `buttonText`; resolves with the callback's answer. */
  async function press(user: EmuUser, message: EmuMessage, buttonText: string): Promise<string> {
    const update = emu().callback(user, message, buttonData(message, buttonText));
    const id = update.callback_query!.id;
    emu().pushUpdate(update);
    await until(`the answer to ${user.id}'s press of "${buttonText}"`, () => emu().callbackAnswers.has(id));
    return (emu().callbackAnswers.get(id) as { text?: string }).text ?? "";
  }

  /** Presses a button and resolves with the next message the bot sends to `user` privately. */
  async function pressForReply(user: EmuUser, message: EmuMessage, buttonText: string): Promise<EmuMessage> {
    const before = emu().sent(user.id).length;
    await press(user, message, buttonText);
    const all = await emu()
      .waitForSent(user.id, before + 1, timeout)
      .catch((error: Error) => {
        throw failure(error.message);
      });
    return all[before]!;
  }

  /** Presses a button and resolves with the first message to `chatId` afterwards that matches `match`. */
  async function pressAndFind(
    user: EmuUser,
    message: EmuMessage,
    buttonText: string,
    chatId: number,
    match: RegExp | string,
  ): Promise<EmuMessage> {
    const before = emu().sent(chatId).length;
    await press(user, message, buttonText);
    return nextWith(`what follows ${user.id}'s press of "${buttonText}"`, chatId, before, match);
  }

  /** The messages the bot has sent to `chatId` whose text contains `needle`. */
  const sentWith = (chatId: number, needle: string) =>
    emu()
      .sent(chatId)
      .filter((m) => textOf(m).includes(needle));

  /** The first message to `chatId` containing `needle`, waited for. */
  const firstWith = (what: string, chatId: number, needle: string, timeoutMs?: number) =>
    until(what, () => sentWith(chatId, needle)[0], timeoutMs);

  /** A message as the chat shows it now (edits applied). */
  const current = (message: EmuMessage) =>
    emu()
      .messagesIn(message.chat_id)
      .find((m) => m.message_id === message.message_id)!;

  /** B9: the draft minutes reach `secretary`, who signs them; the signing reply is waited for. Returns the draft. */
  async function signDraftMinutes(secretary: EmuUser): Promise<EmuMessage> {
    const draft = await firstWith(`the draft reaches ${secretary.id}`, secretary.id, "پیش‌نویس صورتجلسه");
    await press(secretary, draft, "امضا و ارسال");
    // The secretary is a member too: the reply and their own signed copy race each other.
    await until("the signing reply", () =>
      emu()
        .sent(secretary.id)
        .find((m) => /✅ صورتجلسه شماره [۰-۹]+\/۱ امضا شد/.test(textOf(m))),
    );
    return draft;
  }

  return {
    failure,
    signDraftMinutes,
    until,
    exchange,
    say,
    sayAndFind,
    sayAndAwaitEdit,
    press,
    pressForReply,
    pressAndFind,
    sentWith,
    firstWith,
    current,
  };
}

/** A seat holder in an end-to-end roster: who they are in the emulator, their seat and whether they read English. */
export type E2ePerson = {
  user: EmuUser;
  seat: string;
  role: "chair" | "secretary" | "member";
  name: string;
  en?: boolean;
};

/** The roster's one county HQ, in Persian, with its secretariat chat and its staff (who approve, with no province). */
export function countyHeadquarters(
  hq: { key: string; name: string },
  timezone: string,
  secretariatChatId: number,
  staff: { telegram_id: number; name: string; locale?: "fa" | "en" }[],
) {
  return {
    key: hq.key,
    level: "county",
    name: hq.name,
    timezone,
    locale: "fa",
    secretariat_chat_id: secretariatChatId,
    staff,
  };
}

/**
 * A working group of `people` in the roster. The bylaw's 7 days' notice and 7 days for proposals cannot be waited out
 * here: the bot is a real process on the real clock, which a test cannot move. With both at 0 the meeting may be
 * convened a few minutes ahead and its proposal deadline is its start, and the test waits for it like the members do.
 */
export function e2eCommittee(
  key: string,
  title: { fa: string; en: string },
  chatId: number,
  people: readonly E2ePerson[],
) {
  return {
    key,
    title,
    chat_id: chatId,
    rules: { notice_days: 0, proposal_days: 0 },
    members: people.map((p) => ({
      seat: p.seat,
      role: p.role,
      telegram_id: p.user.id,
      name: p.name,
      ...(p.en ? { locale: "en" } : {}),
    })),
  };
}

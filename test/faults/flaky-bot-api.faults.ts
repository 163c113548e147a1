import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetings, outbox } from "../../src/db/schema.ts";
import { fromJalali, zonedInstant } from "../../src/domain/calendar.ts";
import { SYSTEM_ACTOR } from "../../src/services/shared/deps.ts";
import { importRoster } from "../../src/services/roster/import-roster.ts";
import { BotApiEmulator, type EmuUser, type RecordedCall } from "../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, persian } from "../helpers/bot-harness.ts";
import { type BotProcess, killAllProcesses } from "../helpers/process.ts";
import { nineSeatRoster, SECRETARY, validRoster } from "../helpers/rosters.ts";
import { translate } from "../helpers/services.ts";
import {
  conveneCommand,
  createRunDatabase,
  importRosterWithCli,
  meetingStart,
  type RunDatabase,
  rosterYaml,
  seatsOf,
  startPollingBot,
  textOf,
  until,
} from "./helpers.ts";

/**
 * Fault 3: 20 % of the Bot API's answers to sends are 429 (retry_after 1) or 502 (the emulator's seeded faults), on
 * top of Telegram's own limits enforced by the emulator. Every outgoing message still arrives, no chat is sent to
 * before its retry_after has elapsed (checked on the recorded call times), and no group gets more than 20 a minute.
 */

const BASE = 50_000;
const SEATS = seatsOf(BASE, 18); // 20 seats
const SECRETARIAT_CHAT = -1005000000001;
const GROUP_CHAT = -1005000000002;
/** More meetings than a group may be told about in one minute. */
const MEETINGS = 22;
const SEND_METHODS = new Set(["sendMessage", "sendDocument", "editMessageText", "editMessageReplyMarkup"]);

type Violation = { chatId: number; refused: string; next: string; waitedMs: number; retryAfterMs: number };

const describeCall = (call: RecordedCall) =>
  `#${call.seq} ${call.method} ${JSON.stringify(String(call.params.text ?? "").slice(0, 40))}`;

/** Calls to a chat made before the retry_after of an earlier 429 to the same chat had elapsed. */
function retryAfterViolations(calls: RecordedCall[]): Violation[] {
  const violations: Violation[] = [];
  const paused = new Map<number, { call: RecordedCall; until: number; retryAfterMs: number }>();
  for (const call of calls) {
    if (!SEND_METHODS.has(call.method)) continue;
    const chatId = Number(call.params.chat_id);
    const pause = paused.get(chatId);
    // A call answered at `time` was made at most then; made before the pause ended means the client did not wait.
    if (pause && call.time < pause.until) {
      violations.push({
        chatId,
        refused: describeCall(pause.call),
        next: describeCall(call),
        waitedMs: call.time - pause.call.time,
        retryAfterMs: pause.retryAfterMs,
      });
    }
    const retryAfter = call.error?.parameters?.retry_after;
    if (call.status === 429 && typeof retryAfter === "number")
      paused.set(chatId, { call, until: call.time + retryAfter * 1000, retryAfterMs: retryAfter * 1000 });
  }
  return violations;
}

describe("fault 3: 20 % of Bot API calls answered 429 or 502", () => {
  let emu: BotApiEmulator;
  let run: RunDatabase;
  let bot: BotProcess | undefined;
  const users: EmuUser[] = SEATS.map((s) => ({ id: s.telegram_id, first_name: s.name, language_code: "fa" }));
  const secretary = users[1]!;

  beforeAll(async () => {
    emu = await BotApiEmulator.start({
      token: "777000303:AAEmulatorTokenForKargoruhFaultsThree",
      requireStart: true,
      enforceLimits: true,
      faults: { rate: 0.2, kinds: ["429", "502"], seed: 20_260_503 },
    });
    emu.registerChat({ id: GROUP_CHAT, type: "supergroup", title: "کارگروه آزمون خطا" });
    emu.registerChat({ id: SECRETARIAT_CHAT, type: "supergroup", title: "دبیرخانه" });
    run = await createRunDatabase("flaky");
    await importRosterWithCli(
      run.tmp,
      rosterYaml({
        hqKey: "faults-flaky",
        secretariatChatId: SECRETARIAT_CHAT,
        groupChatId: GROUP_CHAT,
        staffId: BASE,
        seats: SEATS,
      }),
      run.env,
    );
  });
  afterAll(async () => {
    await killAllProcesses();
    await emu?.stop();
    await run?.drop();
  });

  it("100 % of the invitations arrive, retry_after is obeyed, no group over 20 messages a minute", async () => {
    bot = await startPollingBot(emu, run.env);
    for (const user of users) emu.pushUpdate(emu.userMessage(user, "/start"));
    await until("the greetings", () => users.every((u) => emu.sent(u.id).length >= 1), 120_000, 200);

    // The secretary convenes 22 meetings, a day apart (Fridays skipped), one after another.
    const starts: Date[] = [];
    for (
      let ahead = 3 * 60 * 60 * 1000;
      starts.length < MEETINGS;
      ahead = starts.at(-1)!.getTime() - Date.now() + 24 * 60 * 60 * 1000
    ) {
      starts.push(meetingStart(ahead));
    }
    for (const [i, startsAt] of starts.entries()) {
      const before = emu.sent(secretary.id).length;
      emu.pushUpdate(emu.userMessage(secretary, conveneCommand(startsAt, [`موضوع ${i + 1}`])));
      await until(
        `the answer to convening #${i + 1}`,
        () => emu.sent(secretary.id).length > before || undefined,
        60_000,
        50,
      );
    }

    // Each meeting: every seat privately, the group and the secretariat — each (chat, meeting) once at least.
    const expected: { chatId: number; topic: string }[] = [];
    for (let i = 0; i < MEETINGS; i++) {
      for (const chatId of [...users.map((u) => u.id), GROUP_CHAT, SECRETARIAT_CHAT])
        expected.push({ chatId, topic: `موضوع ${i + 1}` });
    }
    const has = (e: { chatId: number; topic: string }) =>
      emu.sent(e.chatId).some((m) => textOf(m).includes("دعوت‌نامه جلسه") && textOf(m).includes(e.topic));
    await until("every invitation", () => expected.every(has), 240_000, 1_000).catch(async (error: Error) => {
      const missing = expected.filter((e) => !has(e));
      await bot?.stop("SIGTERM");
      const handle = await run.open();
      const rows = await handle.db
        .select({
          chatId: outbox.chatId,
          status: outbox.status,
          attempts: outbox.attempts,
          lastError: outbox.lastError,
          next: outbox.nextAttemptAt,
        })
        .from(outbox);
      await handle.close();
      const unsent = rows.filter((r) => r.status !== "sent");
      throw new Error(
        `${error.message}: ${missing.length} missing, e.g. ${JSON.stringify(missing.slice(0, 5))}; outbox not sent: ${JSON.stringify(unsent.slice(0, 10))} (${unsent.length})\n${emu.describeRecentCalls(15)}`,
      );
    });

    const delivered = expected.filter(has).length;
    const stats = emu.stats();
    const violations = retryAfterViolations(emu.calls);
    // The outbox worker's sends here are the invitations; everything else is a direct reply (grammY's auto-retry).
    const isOutbox = (described: string) => described.includes("دعوت‌نامه جلسه");
    const withinOutbox = violations.filter((v) => isOutbox(v.refused) && isOutbox(v.next)).length;
    const withinReplies = violations.filter((v) => !isOutbox(v.refused) && !isOutbox(v.next)).length;
    const across = violations.length - withinOutbox - withinReplies;
    const refused429 = emu.calls.filter((c) => c.status === 429).length;
    console.log(
      `faults: flaky Bot API (20 % 429/502): ${delivered}/${expected.length} delivered, ${stats.faults} injected faults (429: ${stats.faultsByKind["429"]}, 502: ${stats.faultsByKind["502"]}), ${stats.rejected429} refused by the limits, ${refused429} answers of 429 in all, ${violations.length} sends before retry_after elapsed (outbox after outbox 429: ${withinOutbox}, reply after reply 429: ${withinReplies}, one path after the other's 429: ${across}), max ${stats.perGroupMaxPerMinute} msg/min to one group, max ${stats.perChatMaxPerSecond} msg/s to one chat`,
    );
    expect(delivered).toBe(expected.length);
    expect(stats.faults).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(stats.perGroupMaxPerMinute).toBeLessThanOrEqual(20);
    expect(stats.perGroupMaxPerMinute).toBeGreaterThan(0);
  });
});

describe("fault 3b: a reply that fails after the change committed", () => {
  let h: BotHarness;
  const DAY = 24 * 60 * 60 * 1000;
  const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
  beforeAll(async () => {
    // Every send fails for good (502 on each try), so the confirmation of a committed change cannot be delivered.
    h = await BotHarness.create(undefined, [], {
      faults: { rate: 1, kinds: ["502"], seed: 3, methods: ["sendMessage"] },
    });
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    await importRoster(h.services, validRoster(nineSeatRoster()), SYSTEM_ACTOR);
  });
  afterAll(() => h?.close());

  it("is not followed by 'your request was not recorded' when it was", async () => {
    await h.say(persian(SECRETARY), "/convene ۱۴۰۵/۰۹/۲۱ ۱۰:۰۰ دفتر فرماندار\n- بررسی طرح‌های میراث");
    const convened = await h.database.db.select({ id: meetings.id }).from(meetings);
    const apology = translate("fa", "error-generic");
    const told = h.emulator.calls.filter(
      (c) => c.method === "sendMessage" && c.params.chat_id === SECRETARY && c.params.text === apology,
    ).length;
    console.log(
      `faults: reply failed after commit: ${convened.length} meeting(s) recorded, "${apology}" attempted ${told} time(s)`,
    );
    expect(convened).toHaveLength(1);
    // The meeting exists: telling the secretary it was not recorded invites a second, duplicate convening.
    expect(told).toBe(0);
  });
});

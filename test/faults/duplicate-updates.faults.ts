import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../src/domain/calendar.ts";
import { SYSTEM_ACTOR } from "../../src/services/shared/deps.ts";
import { importRoster } from "../../src/services/roster/import-roster.ts";
import { BotApiEmulator, type EmuUser } from "../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, persian } from "../helpers/bot-harness.ts";
import { killAllProcesses } from "../helpers/process.ts";
import { MEMBERS, nineSeatRoster, SECRETARY, validRoster } from "../helpers/rosters.ts";
import { translate } from "../helpers/services.ts";
import {
  buttonData,
  createRunDatabase,
  importRosterWithCli,
  type RunDatabase,
  rosterYaml,
  rowCountsOf,
  seatsOf,
  startWebhookBot,
  textOf,
  until,
  sleep,
  type WebhookBot,
} from "./helpers.ts";

/**
 * Fault 1: the same update delivered three times — a polling batch re-run (bot.handleUpdate thrice, also after a
 * "restart") and a webhook retried by Telegram (the same update POSTed thrice to the real process) — has exactly one
 * effect (row counts) and one reply.
 */

const DAY = 24 * 60 * 60 * 1000;
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const ONE_LINER = "/convene ۱۴۰۵/۰۹/۲۱ ۱۰:۰۰ دفتر فرماندار\n- بررسی طرح‌های میراث";

describe("fault 1a: polling replay — bot.handleUpdate thrice", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    await importRoster(h.services, validRoster(nineSeatRoster()), SYSTEM_ACTOR);
    await h.say(persian(SECRETARY), ONE_LINER);
    await h.deliver();
  });
  afterAll(() => h?.close());

  /** Feeds the update three times (the third after a new bot instance, as after a crash) and counts what happened. */
  async function thrice(update: Update): Promise<{ replies: number; changed: Record<string, number> }> {
    const before = await h.database.rowCounts();
    const callsBefore = h.emulator.calls.length;
    await h.bot.handleUpdate(update);
    await h.bot.handleUpdate(update);
    h.restart();
    await h.bot.handleUpdate(update);
    const after = await h.database.rowCounts();
    const replies = h.emulator.calls
      .slice(callsBefore)
      .filter(
        (c) => c.ok && ["sendMessage", "sendDocument", "answerCallbackQuery", "editMessageText"].includes(c.method),
      ).length;
    const changed: Record<string, number> = {};
    for (const table of Object.keys(after))
      if (after[table] !== before[table]) changed[table] = after[table]! - before[table]!;
    return { replies, changed };
  }

  it("a /propose replayed: one proposal, one receipt", async () => {
    const member = persian(MEMBERS[2]!);
    const { replies, changed } = await thrice(h.emulator.userMessage(member, "/propose ساماندهی پیاده‌روها"));
    console.log(
      `faults: polling replay /propose ×3: ${changed.proposals ?? 0} proposal row(s), ${replies} reply(ies), rows changed ${JSON.stringify(changed)}`,
    );
    expect(changed.proposals).toBe(1);
    expect(changed.processed_updates).toBe(1);
    expect(replies).toBe(1);
  });

  it("an RSVP press replayed: one answer recorded (one audit row), one callback answer", async () => {
    const member = persian(MEMBERS[3]!);
    const invitation = h.emulator.sent(MEMBERS[3]!).find((m) => textOf(m).includes("دعوت‌نامه"))!;
    const update = h.emulator.callback(member, invitation, buttonData(invitation, "حضور دارم"));
    const { replies, changed } = await thrice(update);
    // One answerCallbackQuery and the one edit of the member's own invitation.
    console.log(
      `faults: polling replay RSVP ×3: ${changed.audit_log ?? 0} audit row(s), ${replies} Bot API reply call(s) (answer + edit)`,
    );
    expect(changed.audit_log).toBe(1);
    expect(replies).toBe(2);
    const answers = h.emulator.calls.filter(
      (c) => c.method === "answerCallbackQuery" && c.params.callback_query_id === update.callback_query!.id,
    );
    expect(answers).toHaveLength(1);
  });

  it("a /requestmeeting replayed: one request, one reply", async () => {
    const { replies, changed } = await thrice(
      h.emulator.userMessage(persian(MEMBERS[4]!), "/requestmeeting بررسی فوری طرح"),
    );
    console.log(
      `faults: polling replay /requestmeeting ×3: ${changed.meeting_requests ?? 0} request row(s), ${replies} reply(ies)`,
    );
    expect(changed.meeting_requests).toBe(1);
    expect(replies).toBe(1);
  });
});

describe("fault 1b: webhook retry — the same update POSTed thrice to the real process", () => {
  let emu: BotApiEmulator;
  let run: RunDatabase;
  let bot: WebhookBot | undefined;
  const BASE = 31_000;
  const seats = seatsOf(BASE, 4);
  const member: EmuUser = { id: seats[3]!.telegram_id, first_name: "Member", language_code: "en" };
  const stranger: EmuUser = { id: BASE + 900, first_name: "Stranger", language_code: "en" };

  beforeAll(async () => {
    emu = await BotApiEmulator.start({ token: "777000301:AAEmulatorTokenForKargoruhFaultsOne" });
    run = await createRunDatabase("dup");
    await importRosterWithCli(
      run.tmp,
      rosterYaml({
        hqKey: "faults-dup",
        secretariatChatId: -1003100000001,
        groupChatId: -1003100000002,
        staffId: BASE,
        seats,
      }),
      run.env,
    );
    bot = await startWebhookBot(emu, run.env);
  });
  afterAll(async () => {
    await killAllProcesses();
    await emu?.stop();
    await run?.drop();
  });

  async function counts(): Promise<Record<string, number>> {
    // PGlite: only one process may hold the directory, so the bot is paused for the count and started again.
    if (run.url) {
      const handle = await run.open();
      try {
        return await rowCountsOf(handle.db);
      } finally {
        await handle.close();
      }
    }
    await bot!.process.stop("SIGTERM");
    const handle = await run.open();
    try {
      return await rowCountsOf(handle.db);
    } finally {
      await handle.close();
      bot = await startWebhookBot(emu, run.env);
    }
  }

  it("sequential and concurrent redeliveries of /start and /requestmeeting: one row each, one reply each", async () => {
    const before = await counts();
    const start = emu.userMessage(stranger, "/start");
    const request = emu.userMessage(member, "/requestmeeting please convene about the budget");
    const statuses: number[] = [];
    // Telegram retries one after another when an answer is slow or lost…
    for (let i = 0; i < 3; i++) statuses.push((await emu.deliverToWebhook(start)).status);
    // …and a retry can race the first attempt.
    statuses.push(...(await Promise.all([0, 1, 2].map(async () => (await emu.deliverToWebhook(request)).status))));
    await until("the replies", () => emu.sent(stranger.id).length >= 1 && emu.sent(member.id).length >= 1, 30_000);
    await sleep(2_000); // a second reply, if there were one, would be on its way by now
    const after = await counts();
    const strangerReplies = emu.sent(stranger.id).length;
    const memberReplies = emu.sent(member.id).length;
    console.log(
      `faults: webhook retry ×3: /start → people +${after.people! - before.people!}, ${strangerReplies} reply; /requestmeeting (concurrent) → meeting_requests +${after.meeting_requests! - before.meeting_requests!}, ${memberReplies} reply; HTTP ${statuses.join(",")}`,
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(after.people! - before.people!).toBe(1);
    expect(after.meeting_requests! - before.meeting_requests!).toBe(1);
    expect(strangerReplies).toBe(1);
    expect(memberReplies).toBe(1);
    expect(textOf(emu.sent(member.id)[0]!)).toBe(translate("en", "request-sent"));
  });
});

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { probeCommandMenus } from "../../../src/bot/commands.ts";
import { findMeeting } from "../../../src/db/queries/meetings.ts";
import { meetings, votes } from "../../../src/db/schema.ts";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { silentLogger } from "../../../src/logger.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import type { EmuMessage } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, buttonData, buttonsOf, english, persian } from "../../helpers/bot-harness.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, nineSeatRoster, SECRETARY, validRoster } from "../../helpers/rosters.ts";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const group = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه کالبدی" };
const secretary = persian(SECRETARY, "دبیر");
const userOf = (id: number) => (id === 1003 ? english(id) : persian(id));

/**
 * Bale as reported at its worst: no pins and no command menu (501), and edits of messages with keyboards failing.
 * The bot degrades quietly: /help says it is the menu, the attendance message is posted anew on each change, and a
 * vote's tally that cannot be edited is sent as a new message that later tallies follow.
 */
describe("on a Bale without pins, command menu or keyboard edits: the bot degrades quietly", () => {
  let h: BotHarness;
  let meetingId: number;

  beforeAll(async () => {
    h = await BotHarness.create(undefined, [], {
      platform: "bale",
      bale: { notImplemented: ["pinChatMessage", "unpinChatMessage", "setMyCommands"], keyboardEditsFail: true },
    });
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.reset();
    h.restart(); // a new process: nothing learned of the platform yet
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    await importRoster(h.services, validRoster(nineSeatRoster()), SYSTEM_ACTOR);
    await h.say(secretary, "/convene ۱۴۰۵/۰۹/۲۱ ۱۰:۰۰ دفتر فرماندار\n- بررسی طرح‌های میراث", group);
    meetingId = (await h.database.db.select().from(meetings))[0]!.id;
    await h.deliver();
    h.clock.set(new Date(MEETING.getTime() - HOUR));
    h.emulator.clearCalls();
  });

  const callsOf = (method: string) => h.emulator.calls.filter((c) => c.method === method);
  const group_ = () => h.emulator.messagesIn(COMMITTEE_CHAT);

  it("setMyCommands refused as unsupported at start-up: /help says it is the menu, in Persian and English; /lang sets no menu", async () => {
    expect(h.platform.optional.commandMenu).toBe("unknown");
    expect(await h.replyTo(secretary, "/help")).not.toContain("منو");
    await probeCommandMenus(h.bot.api, h.services.t, h.platform.optional, silentLogger);
    expect(h.platform.optional.commandMenu).toBe("no");
    expect(callsOf("setMyCommands")).toHaveLength(1); // the first refusal ends the probe
    const fa = await h.replyTo(secretary, "/help");
    expect(fa).toContain("بله فرمان‌های این ربات را در منو نشان نمی‌دهد؛ همین پیام فهرست فرمان‌هاست.");
    expect(fa).toContain("‎/convene");
    expect(await h.replyTo(english(CHAIR, "Chair"), "/help")).toContain(
      "Bale does not show this bot's commands in a menu: this message is the menu.",
    );
    await h.say(secretary, "/lang en");
    expect(callsOf("setMyCommands")).toHaveLength(1);
  });

  it("a failure that is not 'unsupported' leaves the menu unknown and /help as it is", async () => {
    const telegramLike = await BotHarness.create(undefined, [], { platform: "bale" });
    try {
      await probeCommandMenus(
        telegramLike.bot.api,
        telegramLike.services.t,
        telegramLike.platform.optional,
        silentLogger,
      );
      expect(telegramLike.platform.optional.commandMenu).toBe("yes");
    } finally {
      await telegramLike.close();
    }
  });

  it("no pins: the attendance message is not pinned, the officer is told nothing, and each change posts it anew (the old one deleted)", async () => {
    const [live] = await h.say(secretary, "/startmeeting", group);
    expect(live!.text).toContain("حاضر: ۰ از ۹ عضو دارای حق رأی");
    expect(callsOf("pinChatMessage")).toHaveLength(1);
    expect(h.platform.optional.pin).toBe("no");
    expect(h.emulator.sent(SECRETARY).filter((m) => (m.text ?? "").includes("سنجاق"))).toEqual([]);

    await h.press(userOf(CHAIR), live!, buttonData(live!, "حاضرم"));
    await h.deliver();
    const afterFirst = (await findMeeting(h.database.db, meetingId))!.sessionMessageId!;
    expect(afterFirst).not.toBe(live!.message_id);
    const reposted = group_().find((m) => m.message_id === afterFirst)!;
    expect(reposted.text).toContain("حاضر: ۱ از ۹");
    expect(buttonsOf(reposted).map((b) => b.text)).toEqual(["✋ حاضرم"]);
    expect(
      group_().some((m) => m.message_id === live!.message_id),
      "the old one is deleted",
    ).toBe(false);
    expect(callsOf("editMessageText")).toHaveLength(0);

    // The new message's button works as the old one did, and the next change replaces it in turn.
    await h.press(userOf(SECRETARY), reposted, buttonData(reposted, "حاضرم"));
    await h.deliver();
    const afterSecond = (await findMeeting(h.database.db, meetingId))!.sessionMessageId!;
    expect(afterSecond).not.toBe(afterFirst);
    expect(group_().find((m) => m.message_id === afterSecond)!.text).toContain("حاضر: ۲ از ۹");
    expect(group_().filter((m) => (m.text ?? "").includes("از ۹ عضو دارای حق رأی"))).toHaveLength(1);
    // A second meeting start in the same process does not ask to pin again.
    expect(callsOf("pinChatMessage")).toHaveLength(1);
    // /endmeeting does not try to unpin what was never pinned.
    await h.say(secretary, "/endmeeting", group);
    expect(callsOf("unpinChatMessage")).toHaveLength(0);
  });

  it("a tally edit that fails goes out as a new message; the next tally follows the new one", async () => {
    const [live] = await h.say(secretary, "/startmeeting", group);
    for (const id of [CHAIR, SECRETARY, ...MEMBERS.slice(1, 5)]) {
      const current = h.emulator.messagesIn(COMMITTEE_CHAT).at(-1)!;
      await h.press(
        userOf(id),
        current.reply_markup ? current : live!,
        buttonData(current.reply_markup ? current : live!, "حاضرم"),
      );
      await h.deliver();
    }
    const [voteMessage] = await h.say(secretary, "/vote تصویب طرح بهسازی محله", group);
    const voteId = (await h.database.db.select().from(votes))[0]!.id;
    await h.press(userOf(CHAIR), voteMessage!, buttonData(voteMessage!, "موافق"));
    await h.deliver();
    const firstEdit = callsOf("editMessageText").at(-1)!;
    expect(firstEdit.error?.description).toBe("Bad Request: message can't be edited");
    const [vote] = await h.database.db.select().from(votes).where(eq(votes.id, voteId));
    expect(vote!.messageId).not.toBe(voteMessage!.message_id);
    const tally = group_().find((m) => m.message_id === vote!.messageId) as EmuMessage;
    expect(tally.text).toContain("موافق: ۱، مخالف: ۰، ممتنع: ۰");
    expect(buttonsOf(tally).map((b) => b.text)).toContain("✅ موافق");

    await h.press(userOf(SECRETARY), tally, buttonData(tally, "موافق"));
    await h.deliver();
    expect(callsOf("editMessageText").at(-1)!.params.message_id).toBe(vote!.messageId);
    const [after] = await h.database.db.select().from(votes).where(eq(votes.id, voteId));
    expect(group_().find((m) => m.message_id === after!.messageId)!.text).toContain("موافق: ۲، مخالف: ۰، ممتنع: ۰");
  });
});

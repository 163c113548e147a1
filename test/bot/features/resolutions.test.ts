import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findPersonByTelegramId } from "../../../src/db/queries/people.ts";
import { resolutionsOfMeeting, timelineOf } from "../../../src/db/queries/resolutions.ts";
import { seatsWithHolders } from "../../../src/db/queries/seats.ts";
import { signMinutes } from "../../../src/services/minutes/minutes.ts";
import { actOnResolution, assignResolution } from "../../../src/services/resolutions/resolutions.ts";
import type { EmuMessage } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, buttonData, buttonsOf, english, persian } from "../../helpers/bot-harness.ts";
import { type RecordedSession, recordedSession } from "../../helpers/recorded-session.ts";
import { CHAIR, MEMBERS, SECRETARY } from "../../helpers/rosters.ts";

const STAFF = 1000;
/** The owner seat's holder reads English; the secretary and the chair Persian. */
const OWNER = MEMBERS[0]!;
/** Three days after the recorded meeting (21 Azar 1405): less than a week away, so the owner is asked at once. */
const DUE = "2026-12-15";

describe("resolutions in chat: the owner's answers to the follow-up question (bylaw B11)", () => {
  let h: BotHarness;
  let session: RecordedSession;
  let resolutionId: number;

  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    session = await recordedSession(h);
    await signMinutes(h.services, session.ids[SECRETARY]!, session.minutesId);
    resolutionId = (await resolutionsOfMeeting(h.database.db, session.meetingId)).find((r) => r.passed)!.id;
    const staff = (await findPersonByTelegramId(h.database.db, STAFF))!;
    expect(await actOnResolution(h.services, staff.id, resolutionId, { kind: "approve" })).toEqual({
      kind: "done",
      status: "approved",
    });
    const seat = (await seatsWithHolders(h.database.db, [session.committeeId])).find(
      (s) => s.holder?.personId === session.ids[OWNER],
    )!;
    expect(await assignResolution(h.services, session.ids[SECRETARY]!, resolutionId, seat.id, DUE)).toEqual({
      kind: "assigned",
      askedNow: true,
    });
    await h.deliver();
    h.emulator.clearCalls();
  });

  const lastAnswer = () =>
    ([...h.emulator.callbackAnswers.values()].at(-1) as { text?: string } | undefined)?.text ?? "";
  const current = (message: EmuMessage) =>
    h.emulator.messagesIn(message.chat_id).find((m) => m.message_id === message.message_id)!;
  const statusNotices = (chatId: number) =>
    h.emulator
      .sent(chatId)
      .map((m) => m.text ?? "")
      .filter((text) => text.includes("وضعیت مصوبه"));

  async function question(): Promise<EmuMessage> {
    await h.runJobs();
    await h.deliver();
    const asked = h.emulator.sent(OWNER).filter((m) => m.text?.includes("📌 Follow-up of the resolution"));
    expect(asked, "the owner is asked once, at once").toHaveLength(1);
    return asked[0]!;
  }

  it("In progress keeps Done and Blocked on the question; Done then closes it; the officers learn each answer", async () => {
    const asked = await question();
    expect(asked.text).toContain("تصویب طرح ساماندهی");
    expect(asked.text).toContain("(due: ");
    expect(buttonsOf(asked).map((b) => b.text)).toEqual(["✅ Done", "⏳ In progress", "⛔ Blocked (with reason)"]);

    await h.press(english(OWNER), asked, buttonData(asked, "In progress"));
    expect(lastAnswer()).toBe("Recorded: in progress");
    expect(
      buttonsOf(current(asked)).map((b) => b.text),
      "the owner can still report the end here",
    ).toEqual(["✅ Done", "⛔ Blocked (with reason)"]);
    await h.deliver();
    for (const officer of [SECRETARY, CHAIR])
      expect(statusNotices(officer)).toEqual(["وضعیت مصوبه «تصویب طرح ساماندهی»: در حال اجرا. توضیح: —"]);

    // Only the owner (or an officer) reports: another member's press changes nothing.
    await h.press(persian(MEMBERS[2]!), current(asked), buttonData(current(asked), "Done"));
    expect(lastAnswer()).toContain("شما مجاز به این اقدام نیستید");
    expect(buttonsOf(current(asked))).toHaveLength(2);

    await h.press(english(OWNER), current(asked), buttonData(current(asked), "Done"));
    expect(lastAnswer()).toBe("Recorded: implemented");
    expect(buttonsOf(current(asked)), "implemented is the last answer").toEqual([]);
    await h.deliver();
    expect(statusNotices(SECRETARY)).toEqual([
      "وضعیت مصوبه «تصویب طرح ساماندهی»: در حال اجرا. توضیح: —",
      "وضعیت مصوبه «تصویب طرح ساماندهی»: اجرا شد. توضیح: —",
    ]);
    expect((await timelineOf(h.database.db, resolutionId)).map((e) => e.status)).toEqual([
      "awaiting_approval",
      "approved",
      "assigned",
      "in_progress",
      "implemented",
    ]);
    expect(await h.replyTo(english(OWNER), "/decisions")).toContain("تصویب طرح ساماندهی — implemented");
  });

  it("Done at once closes the question; an old In progress button pressed afterwards is refused and records nothing", async () => {
    const asked = await question();
    await h.press(english(OWNER), asked, buttonData(asked, "Done"));
    expect(lastAnswer()).toBe("Recorded: implemented");
    expect(buttonsOf(current(asked))).toEqual([]);
    await h.deliver();
    const before = await h.database.rowCounts();
    h.emulator.clearCalls();

    // The message as the owner's phone still showed it a moment ago, buttons included.
    await h.press(english(OWNER), asked, buttonData(asked, "In progress"));
    expect(lastAnswer()).toBe("This is not possible in the resolution's current state.");
    const { processed_updates: _a, ...after } = await h.database.rowCounts();
    const { processed_updates: _b, ...expected } = before;
    expect(after).toEqual(expected);
    await h.deliver();
    expect(statusNotices(SECRETARY)).toEqual([]);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { EmuMessage } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, english, persian } from "../../helpers/bot-harness.ts";
import { followThroughWorld, OTHER_STAFF, STAFF } from "../../helpers/follow-through-setup.ts";
import { CHAIR, MEMBERS, SECRETARY } from "../../helpers/rosters.ts";

const START = "2026-11-28T08:00:00Z"; // Saturday 7 Azar 1405, 11:30 in Tehran
const staff = persian(STAFF, "کارشناس");
const secretary = persian(SECRETARY, "دبیر");
const member = persian(MEMBERS[1]!);

const buttonsOf = (message: EmuMessage) =>
  (
    (message.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined)
      ?.inline_keyboard ?? []
  ).flat();
const buttonData = (message: EmuMessage, text: string) =>
  buttonsOf(message).find((b) => b.text.includes(text))!.callback_data;
const textOf = (messages: EmuMessage[]) => messages.map((m) => m.text ?? m.caption ?? "").join("\n---\n");

describe("sub-groups in chat (bylaw B5)", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create(START);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    // The world is built at the test's own time: orders named without a start begin on the day they are imported (B2).
    h.clock.set(START);
    await followThroughWorld(h);
    h.emulator.clearCalls();
  });

  /** Everything but the update log: a refused press still counts as a processed update. */
  const stateCounts = async () => {
    const { processed_updates: _, ...rest } = await h.database.rowCounts();
    return rest;
  };
  const callbackAnswers = () =>
    [...h.emulator.callbackAnswers.values()].map((a) => (a as { text?: string }).text ?? "");

  it("B5 in Persian: /subgroup asks for the duties, the staff member approves, the secretary is told; /me and /help keep working", async () => {
    expect(await h.replyTo(member, "/subgroup گروه کاری")).toContain("فقط دبیر یا رئیس کارگروه تشکیل کارگروه فرعی");
    expect(await h.replyTo(secretary, "/subgroup کارگروه فرعی بافت تاریخی")).toContain(
      "شرح وظایف کارگروه فرعی «کارگروه فرعی بافت تاریخی»",
    );
    expect(await h.replyTo(secretary, "شناسایی بناهای ارزشمند")).toContain("پیشنهاد شماره ۱");
    await h.deliver();
    const proposal = h.emulator.lastSent(STAFF)!;
    expect(proposal.text).toContain("شناسایی بناهای ارزشمند");
    const before = await stateCounts();
    await h.press(persian(OTHER_STAFF), proposal, buttonData(proposal, "تأیید"));
    await h.press(secretary, proposal, buttonData(proposal, "رد"));
    await h.press(staff, proposal, "sga:77");
    expect(await stateCounts()).toEqual(before);
    expect(callbackAnswers()).toContain(
      "فقط کارشناسان دبیرخانه ستادِ این کارگروه درباره کارگروه‌های فرعی آن تصمیم می‌گیرند.",
    );

    const approved = textOf(await h.press(staff, proposal, buttonData(proposal, "تأیید")));
    expect(approved).toContain("physical-sub1");
    expect(approved).toContain("هنوز عضوی ندارد");
    await h.press(staff, proposal, buttonData(proposal, "رد"));
    expect(callbackAnswers()).toContain("این پیشنهاد پیش‌تر تأیید شده است.");
    await h.deliver();
    expect(h.emulator.lastSent(SECRETARY)!.text).toContain("کارگروه فرعی «کارگروه فرعی بافت تاریخی»");

    expect(await h.replyTo(secretary, "/me")).toContain("دبیر");
    const help = await h.replyTo(secretary, "/help");
    expect(help).toContain("/subgroup");
    expect(help).toContain("/visit");
    expect(help).toContain("/report");
    expect(await h.replyTo(staff, "/help")).toContain("/refer");
    expect(await h.replyTo(secretary, "/meetings")).not.toContain("physical-sub1");
  });

  it("B5 in English: the title asked for, a rejection with its reason; a command mid-wizard closes it", async () => {
    const chair = english(CHAIR, "Chair");
    await h.say(chair, "/lang en");
    expect(await h.replyTo(chair, "/subgroup")).toContain("Send the title");
    const closed = await h.replyTo(chair, "/me");
    expect(closed).toContain("The unfinished form was closed");
    expect((await h.database.rowCounts()).subgroup_proposals).toBe(0);

    await h.say(chair, "/subgroup");
    expect(await h.replyTo(chair, "Credit follow-up group")).toContain("Send the duties");
    expect(await h.replyTo(chair, "Follow up the credit lines of the approved plans")).toContain(
      "Proposal number 1 was sent",
    );
    await h.deliver();
    const proposal = h.emulator.lastSent(STAFF)!;
    const clerk = english(STAFF, "Clerk");
    const [ask] = await h.press(clerk, proposal, buttonData(proposal, "رد"));
    expect(ask!.text).toContain("Write why the proposal is rejected");
    expect(await h.replyTo(clerk, "Overlaps with the parent group's duties")).toContain("The proposal was rejected");
    await h.deliver();
    expect(h.emulator.lastSent(CHAIR)!.text).toContain("Reason: Overlaps with the parent group's duties");
    expect(h.emulator.lastSent(SECRETARY)!.text).toContain("Overlaps with the parent group's duties");
  });
});

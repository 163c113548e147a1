import { describe, expect, it } from "vitest";
import { buttonData, english, persian, textsOf } from "../../helpers/bot-harness.ts";
import { useFollowThroughWorld, OTHER_STAFF, STAFF } from "../../helpers/follow-through-setup.ts";
import { CHAIR, MEMBERS, SECRETARY } from "../../helpers/rosters.ts";

const staff = persian(STAFF, "کارشناس");
const secretary = persian(SECRETARY, "دبیر");
const member = persian(MEMBERS[1]!);

describe("sub-groups in chat (bylaw B5)", () => {
  const w = useFollowThroughWorld();

  it("B5 in Persian: /subgroup asks for the duties, the staff member approves, the secretary is told; /me and /help keep working", async () => {
    expect(await w.h.replyTo(member, "/subgroup گروه کاری")).toContain("فقط دبیر یا رئیس کارگروه تشکیل کارگروه فرعی");
    expect(await w.h.replyTo(secretary, "/subgroup کارگروه فرعی بافت تاریخی")).toContain(
      "شرح وظایف کارگروه فرعی «کارگروه فرعی بافت تاریخی»",
    );
    expect(await w.h.replyTo(secretary, "شناسایی بناهای ارزشمند")).toContain("پیشنهاد شماره ۱");
    await w.h.deliver();
    const proposal = w.h.emulator.lastSent(STAFF)!;
    expect(proposal.text).toContain("شناسایی بناهای ارزشمند");
    const before = await w.h.stateCounts();
    await w.h.press(persian(OTHER_STAFF), proposal, buttonData(proposal, "تأیید"));
    await w.h.press(secretary, proposal, buttonData(proposal, "رد"));
    await w.h.press(staff, proposal, "sga:77");
    expect(await w.h.stateCounts()).toEqual(before);
    expect(w.h.callbackAnswerTexts()).toContain(
      "فقط کارشناسان دبیرخانه ستادِ این کارگروه درباره کارگروه‌های فرعی آن تصمیم می‌گیرند.",
    );

    const approved = textsOf(await w.h.press(staff, proposal, buttonData(proposal, "تأیید")));
    expect(approved).toContain("physical-sub1");
    expect(approved).toContain("هنوز عضوی ندارد");
    await w.h.press(staff, proposal, buttonData(proposal, "رد"));
    expect(w.h.callbackAnswerTexts()).toContain("این پیشنهاد پیش‌تر تأیید شده است.");
    await w.h.deliver();
    expect(w.h.emulator.lastSent(SECRETARY)!.text).toContain("کارگروه فرعی «کارگروه فرعی بافت تاریخی»");

    expect(await w.h.replyTo(secretary, "/me")).toContain("دبیر");
    const help = await w.h.replyTo(secretary, "/help");
    expect(help).toContain("/subgroup");
    expect(help).toContain("/visit");
    expect(help).toContain("/report");
    expect(await w.h.replyTo(staff, "/help")).toContain("/refer");
    expect(await w.h.replyTo(secretary, "/meetings")).not.toContain("physical-sub1");
  });

  it("B5 in English: the title asked for, a rejection with its reason; a command mid-wizard closes it", async () => {
    const chair = english(CHAIR, "Chair");
    await w.h.say(chair, "/lang en");
    expect(await w.h.replyTo(chair, "/subgroup")).toContain("Send the title");
    const closed = await w.h.replyTo(chair, "/me");
    expect(closed).toContain("The unfinished form was closed");
    expect((await w.h.database.rowCounts()).subgroup_proposals).toBe(0);

    await w.h.say(chair, "/subgroup");
    expect(await w.h.replyTo(chair, "Credit follow-up group")).toContain("Send the duties");
    expect(await w.h.replyTo(chair, "Follow up the credit lines of the approved plans")).toContain(
      "Proposal number 1 was sent",
    );
    await w.h.deliver();
    const proposal = w.h.emulator.lastSent(STAFF)!;
    const clerk = english(STAFF, "Clerk");
    const [ask] = await w.h.press(clerk, proposal, buttonData(proposal, "رد"));
    expect(ask!.text).toContain("Write why the proposal is rejected");
    expect(await w.h.replyTo(clerk, "Overlaps with the parent group's duties")).toContain("The proposal was rejected");
    await w.h.deliver();
    expect(w.h.emulator.lastSent(CHAIR)!.text).toContain("Reason: Overlaps with the parent group's duties");
    expect(w.h.emulator.lastSent(SECRETARY)!.text).toContain("Overlaps with the parent group's duties");
  });
});

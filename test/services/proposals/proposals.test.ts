import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { findPersonByTelegramId } from "../../../src/db/queries/people.ts";
import { conveneMeeting, type ConveneInput } from "../../../src/services/convening/convene.ts";
import { decideProposal, keepForNextMeeting, submitProposal } from "../../../src/services/proposals/proposals.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { seatedCommittee } from "../../helpers/recorded-session.ts";
import { COMMITTEE_CHAT, MEMBERS, SECRETARY } from "../../helpers/rosters.ts";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
/** Saturday 21 Azar 1405, 10:00 Tehran (2026-12-12 06:30 UTC). */
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");

describe("written proposals (bylaw B10)", () => {
  let h: BotHarness;
  const ids: Record<number, number> = {};
  let committeeId: number;

  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    const seated = await seatedCommittee(h);
    Object.assign(ids, seated.ids);
    committeeId = seated.committeeId;
  });

  const input = (over: Partial<ConveneInput> = {}): ConveneInput => ({
    committeeId,
    startsAt: MEETING,
    place: "دفتر فرماندار",
    agenda: ["بررسی طرح‌های میراث", "پیشنهاد بودجه ۱۴۰۶"],
    ...over,
  });
  const convene = async (over: Partial<ConveneInput> = {}, by = SECRETARY) =>
    conveneMeeting(h.services, ids[by]!, input(over));
  const convened = async () => {
    const result = await convene();
    if (result.kind !== "convened") throw new Error(result.kind);
    return result.meetingId;
  };

  it("B10 accepts a written proposal before the deadline with a receipt number and sends it to the secretary", async () => {
    const meetingId = await convened();
    await h.deliver();
    const first = await submitProposal(h.services, ids[MEMBERS[2]!]!, { meetingId, text: "ساماندهی پیاده‌رو" });
    const second = await submitProposal(h.services, ids[MEMBERS[3]!]!, { meetingId, text: "بازسازی حمام تاریخی" });
    expect(first.kind === "filed" && first.proposal.number).toBe(1);
    expect(second.kind === "filed" && second.proposal.number).toBe(2);
    await h.deliver();
    expect(h.emulator.lastSent(SECRETARY)!.text).toContain("بازسازی حمام تاریخی");
  });

  it("B10 refuses a proposal after the deadline, and keeps it for the next meeting only when asked", async () => {
    const meetingId = await convened();
    h.clock.set(new Date(MEETING.getTime() - 6 * DAY));
    const late = await submitProposal(h.services, ids[MEMBERS[2]!]!, { meetingId, text: "پیشنهاد دیرهنگام" });
    expect(late.kind).toBe("late");
    if (late.kind !== "late") return;
    expect(late.deadline).toEqual(new Date(MEETING.getTime() - 7 * DAY));
    expect((await keepForNextMeeting(h.services, ids[MEMBERS[3]!]!, late.proposal.id)).kind).toBe("not_yours");
    expect((await keepForNextMeeting(h.services, ids[MEMBERS[2]!]!, late.proposal.id)).kind).toBe("kept");
    const next = await convene({ startsAt: new Date(MEETING.getTime() + 14 * DAY) });
    expect(next).toMatchObject({ kind: "convened", heldProposals: 1 });
  });

  it("B10 a non-member cannot propose; an empty or oversized text is refused", async () => {
    const meetingId = await convened();
    const outsider = (await findPersonByTelegramId(h.database.db, 1000))!; // HQ staff, no seat
    expect((await submitProposal(h.services, outsider.id, { meetingId, text: "x" })).kind).toBe("not_member");
    expect((await submitProposal(h.services, ids[MEMBERS[0]!]!, { meetingId, text: "   " })).kind).toBe("empty");
    expect((await submitProposal(h.services, ids[MEMBERS[0]!]!, { meetingId, text: "x".repeat(5000) })).kind).toBe(
      "too_long",
    );
  });

  it("the secretary adds a proposal to the agenda or declines it with a reason; the final agenda goes out once", async () => {
    const meetingId = await convened();
    const a = await submitProposal(h.services, ids[MEMBERS[2]!]!, { meetingId, text: "پیشنهاد پذیرفتنی" });
    const b = await submitProposal(h.services, ids[MEMBERS[3]!]!, { meetingId, text: "پیشنهاد ردشدنی" });
    if (a.kind !== "filed" || b.kind !== "filed") throw new Error("not filed");
    expect((await decideProposal(h.services, ids[MEMBERS[0]!]!, a.proposal.id, { accept: true })).kind).toBe(
      "not_officer",
    );
    expect(
      (await decideProposal(h.services, ids[SECRETARY]!, b.proposal.id, { accept: false, reason: " " })).kind,
    ).toBe("reason_required");
    expect((await decideProposal(h.services, ids[SECRETARY]!, a.proposal.id, { accept: true })).kind).toBe("accepted");
    expect((await decideProposal(h.services, ids[SECRETARY]!, a.proposal.id, { accept: true })).kind).toBe(
      "already_decided",
    );
    expect(
      (
        await decideProposal(h.services, ids[SECRETARY]!, b.proposal.id, {
          accept: false,
          reason: "خارج از وظایف کارگروه",
        })
      ).kind,
    ).toBe("declined");
    await h.deliver();
    expect(h.emulator.lastSent(MEMBERS[3]!)!.text).toContain("خارج از وظایف کارگروه");
    h.emulator.clearCalls();
    h.clock.set(new Date(MEETING.getTime() - 7 * DAY + 1000));
    await h.runJobs();
    await h.deliver();
    const finalAgenda = h.emulator.lastSent(COMMITTEE_CHAT)!.text!;
    expect(finalAgenda).toContain("دستور جلسه نهایی");
    expect(finalAgenda).toContain("۳. پیشنهاد پذیرفتنی");
    expect(finalAgenda).not.toContain("پیشنهاد ردشدنی");
    expect(h.emulator.sent().length).toBe(11);
    h.clock.advance(HOUR);
    await h.runJobs();
    await h.deliver();
    expect(h.emulator.sent().length).toBe(11);
  });
});

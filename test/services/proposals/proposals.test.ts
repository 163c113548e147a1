import { describe, expect, it } from "vitest";
import { findPersonByTelegramId } from "../../../src/db/queries/people.ts";
import { decideProposal, keepForNextMeeting, submitProposal } from "../../../src/services/proposals/proposals.ts";
import { useConveningWorld } from "../../helpers/convening-world.ts";
import { DAY, HOUR, MEETING } from "../../helpers/recorded-session.ts";
import { COMMITTEE_CHAT, MEMBERS, SECRETARY } from "../../helpers/rosters.ts";

describe("written proposals (bylaw B10)", () => {
  const w = useConveningWorld();

  it("B10 accepts a written proposal before the deadline with a receipt number and sends it to the secretary", async () => {
    const meetingId = await w.convened();
    await w.h.deliver();
    const first = await submitProposal(w.h.services, w.ids[MEMBERS[2]!]!, { meetingId, text: "ساماندهی پیاده‌رو" });
    const second = await submitProposal(w.h.services, w.ids[MEMBERS[3]!]!, { meetingId, text: "بازسازی حمام تاریخی" });
    expect(first.kind === "filed" && first.proposal.number).toBe(1);
    expect(second.kind === "filed" && second.proposal.number).toBe(2);
    await w.h.deliver();
    expect(w.h.emulator.lastSent(SECRETARY)!.text).toContain("بازسازی حمام تاریخی");
  });

  it("B10 refuses a proposal after the deadline, and keeps it for the next meeting only when asked", async () => {
    const meetingId = await w.convened();
    w.h.clock.set(new Date(MEETING.getTime() - 6 * DAY));
    const late = await submitProposal(w.h.services, w.ids[MEMBERS[2]!]!, { meetingId, text: "پیشنهاد دیرهنگام" });
    expect(late.kind).toBe("late");
    if (late.kind !== "late") return;
    expect(late.deadline).toEqual(new Date(MEETING.getTime() - 7 * DAY));
    expect((await keepForNextMeeting(w.h.services, w.ids[MEMBERS[3]!]!, late.proposal.id)).kind).toBe("not_yours");
    expect((await keepForNextMeeting(w.h.services, w.ids[MEMBERS[2]!]!, late.proposal.id)).kind).toBe("kept");
    const next = await w.convene({ startsAt: new Date(MEETING.getTime() + 14 * DAY) });
    expect(next).toMatchObject({ kind: "convened", heldProposals: 1 });
  });

  it("B10 a non-member cannot propose; an empty or oversized text is refused", async () => {
    const meetingId = await w.convened();
    const outsider = (await findPersonByTelegramId(w.h.database.db, 1000))!; // HQ staff, no seat
    expect((await submitProposal(w.h.services, outsider.id, { meetingId, text: "x" })).kind).toBe("not_member");
    expect((await submitProposal(w.h.services, w.ids[MEMBERS[0]!]!, { meetingId, text: "   " })).kind).toBe("empty");
    expect((await submitProposal(w.h.services, w.ids[MEMBERS[0]!]!, { meetingId, text: "x".repeat(5000) })).kind).toBe(
      "too_long",
    );
  });

  it("the secretary adds a proposal to the agenda or declines it with a reason; the final agenda goes out once", async () => {
    const meetingId = await w.convened();
    const a = await submitProposal(w.h.services, w.ids[MEMBERS[2]!]!, { meetingId, text: "پیشنهاد پذیرفتنی" });
    const b = await submitProposal(w.h.services, w.ids[MEMBERS[3]!]!, { meetingId, text: "پیشنهاد ردشدنی" });
    if (a.kind !== "filed" || b.kind !== "filed") throw new Error("not filed");
    expect((await decideProposal(w.h.services, w.ids[MEMBERS[0]!]!, a.proposal.id, { accept: true })).kind).toBe(
      "not_officer",
    );
    expect(
      (await decideProposal(w.h.services, w.ids[SECRETARY]!, b.proposal.id, { accept: false, reason: " " })).kind,
    ).toBe("reason_required");
    expect((await decideProposal(w.h.services, w.ids[SECRETARY]!, a.proposal.id, { accept: true })).kind).toBe(
      "accepted",
    );
    expect((await decideProposal(w.h.services, w.ids[SECRETARY]!, a.proposal.id, { accept: true })).kind).toBe(
      "already_decided",
    );
    expect(
      (
        await decideProposal(w.h.services, w.ids[SECRETARY]!, b.proposal.id, {
          accept: false,
          reason: "خارج از وظایف کارگروه",
        })
      ).kind,
    ).toBe("declined");
    await w.h.deliver();
    expect(w.h.emulator.lastSent(MEMBERS[3]!)!.text).toContain("خارج از وظایف کارگروه");
    w.h.emulator.clearCalls();
    w.h.clock.set(new Date(MEETING.getTime() - 7 * DAY + 1000));
    await w.h.runJobs();
    await w.h.deliver();
    const finalAgenda = w.h.emulator.lastSent(COMMITTEE_CHAT)!.text!;
    expect(finalAgenda).toContain("دستور جلسه نهایی");
    expect(finalAgenda).toContain("۳. پیشنهاد پذیرفتنی");
    expect(finalAgenda).not.toContain("پیشنهاد ردشدنی");
    expect(w.h.emulator.sent().length).toBe(11);
    w.h.clock.advance(HOUR);
    await w.h.runJobs();
    await w.h.deliver();
    expect(w.h.emulator.sent().length).toBe(11);
  });
});

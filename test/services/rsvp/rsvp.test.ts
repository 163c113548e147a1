import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { conveneMeeting, type ConveneInput } from "../../../src/services/convening/convene.ts";
import { answerInvitation, rsvpReport } from "../../../src/services/rsvp/rsvp.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { seatedCommittee } from "../../helpers/recorded-session.ts";
import { MEMBERS, SECRETARY } from "../../helpers/rosters.ts";

/** Saturday 21 Azar 1405, 10:00 Tehran (2026-12-12 06:30 UTC). */
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");

describe("answers to invitations (bylaw B1, B3)", () => {
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

  it("RSVP is recorded, changeable until the meeting starts, and refused to the uninvited", async () => {
    const meetingId = await convened();
    expect((await answerInvitation(h.services, ids[MEMBERS[0]!]!, meetingId, "attending")).kind).toBe("recorded");
    const again = await answerInvitation(h.services, ids[MEMBERS[0]!]!, meetingId, "not_attending");
    expect(again).toMatchObject({ kind: "recorded", changed: true });
    expect((await answerInvitation(h.services, null, meetingId, "attending")).kind).toBe("not_invited");
    h.clock.set(new Date(MEETING.getTime() + 1));
    expect((await answerInvitation(h.services, ids[MEMBERS[1]!]!, meetingId, "attending")).kind).toBe("meeting_closed");
  });

  it("B3 the RSVP report expects quorum from attending and delegated seats (6 of 9)", async () => {
    const meetingId = await convened();
    for (const member of MEMBERS.slice(0, 5)) await answerInvitation(h.services, ids[member]!, meetingId, "attending");
    let report = await rsvpReport(h.database.db, ids[SECRETARY]!, meetingId, h.clock.now());
    expect(report.kind === "report" && report.tally).toMatchObject({
      attending: 5,
      quorumRequired: 6,
      quorumExpected: false,
      noAnswer: 4,
    });
    await answerInvitation(h.services, ids[MEMBERS[5]!]!, meetingId, "delegating");
    report = await rsvpReport(h.database.db, ids[SECRETARY]!, meetingId, h.clock.now());
    expect(report.kind === "report" && report.tally.quorumExpected).toBe(true);
    expect((await rsvpReport(h.database.db, ids[MEMBERS[0]!]!, meetingId, h.clock.now())).kind).toBe("not_officer");
  });
});

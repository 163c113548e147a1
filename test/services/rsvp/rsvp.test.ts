import { describe, expect, it } from "vitest";
import { answerInvitation, rsvpReport } from "../../../src/services/rsvp/rsvp.ts";
import { useConveningWorld } from "../../helpers/convening-world.ts";
import { MEETING } from "../../helpers/recorded-session.ts";
import { MEMBERS, SECRETARY } from "../../helpers/rosters.ts";

describe("answers to invitations (bylaw B1, B3)", () => {
  const w = useConveningWorld();

  it("RSVP is recorded, changeable until the meeting starts, and refused to the uninvited", async () => {
    const meetingId = await w.convened();
    expect((await answerInvitation(w.h.services, w.ids[MEMBERS[0]!]!, meetingId, "attending")).kind).toBe("recorded");
    const again = await answerInvitation(w.h.services, w.ids[MEMBERS[0]!]!, meetingId, "not_attending");
    expect(again).toMatchObject({ kind: "recorded", changed: true });
    expect((await answerInvitation(w.h.services, null, meetingId, "attending")).kind).toBe("not_invited");
    w.h.clock.set(new Date(MEETING.getTime() + 1));
    expect((await answerInvitation(w.h.services, w.ids[MEMBERS[1]!]!, meetingId, "attending")).kind).toBe(
      "meeting_closed",
    );
  });

  it("B3 the RSVP report expects quorum from attending and delegated seats (6 of 9)", async () => {
    const meetingId = await w.convened();
    for (const member of MEMBERS.slice(0, 5))
      await answerInvitation(w.h.services, w.ids[member]!, meetingId, "attending");
    let report = await rsvpReport(w.h.database.db, w.ids[SECRETARY]!, meetingId, w.h.clock.now());
    expect(report.kind === "report" && report.tally).toMatchObject({
      attending: 5,
      quorumRequired: 6,
      quorumExpected: false,
      noAnswer: 4,
    });
    await answerInvitation(w.h.services, w.ids[MEMBERS[5]!]!, meetingId, "delegating");
    report = await rsvpReport(w.h.database.db, w.ids[SECRETARY]!, meetingId, w.h.clock.now());
    expect(report.kind === "report" && report.tally.quorumExpected).toBe(true);
    expect((await rsvpReport(w.h.database.db, w.ids[MEMBERS[0]!]!, meetingId, w.h.clock.now())).kind).toBe(
      "not_officer",
    );
  });
});

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appointments } from "../../../src/db/schema.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import { rsvpReport } from "../../../src/services/rsvp/rsvp.ts";
import { checkIn, loadSession, startMeeting } from "../../../src/services/session/session.ts";
import { loadVote, openVote } from "../../../src/services/votes/votes.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { MEETING, seatedCommittee } from "../../helpers/recorded-session.ts";
import { MEMBERS, SECRETARY } from "../../helpers/rosters.ts";

describe("B2/B3 one voting base: a seat whose appointment ended stays a member agency in N but cannot be present", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  it("B3: a 9-seat committee with one term ended keeps N = 9 in the RSVP tally, the session and the vote: quorum 6, majority 5", async () => {
    const { ids, committeeId } = await seatedCommittee(h);
    await h.database.db
      .update(appointments)
      .set({ termEnd: "2026-11-30" })
      .where(eq(appointments.personId, ids[MEMBERS[6]!]!));
    const convened = await conveneMeeting(h.services, ids[SECRETARY]!, {
      committeeId,
      startsAt: MEETING,
      place: null,
      agenda: ["بررسی طرح"],
    });
    if (convened.kind !== "convened") throw new Error(convened.kind);
    const report = await rsvpReport(h.database.db, ids[SECRETARY]!, convened.meetingId, h.clock.now());
    if (report.kind !== "report") throw new Error(report.kind);
    expect(report.tally).toMatchObject({ votingSeats: 9, vacant: 1, quorumRequired: 6 });
    expect(report.base).toMatchObject({
      members: 9,
      filled: 8,
      quorumRequired: 6,
      yesRequired: 5,
      quorumReachable: true,
    });
    expect(report.termEnded.size).toBe(1);

    h.clock.set(new Date(MEETING.getTime() + 60_000));
    expect((await startMeeting(h.services, ids[SECRETARY]!, { committeeId })).kind).toBe("started");
    for (const member of [SECRETARY, ...MEMBERS.slice(0, 5)])
      await checkIn(h.services, ids[member]!, convened.meetingId);
    expect(await checkIn(h.services, ids[MEMBERS[6]!]!, convened.meetingId)).toMatchObject({ kind: "term_ended" });
    const session = (await loadSession(h.database.db, convened.meetingId))!;
    expect(session.summary).toMatchObject({
      votingSeats: 9,
      filledSeats: 8,
      presentVoting: 6,
      quorumRequired: 6,
      quorate: true,
    });
    const vote = await openVote(h.services, ids[SECRETARY]!, { committeeId, question: "پرسش", secret: false });
    if (vote.kind !== "opened") throw new Error(vote.kind);
    expect((await loadVote(h.database.db, vote.vote.voteId))!).toMatchObject({ votingSeats: 9, threshold: 5 });
  });
});

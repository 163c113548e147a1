import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appointments } from "../../../src/db/schema.ts";
import { conveneMeeting } from "../../../src/services/meetings/convene.ts";
import { checkIn, loadSession, startMeeting } from "../../../src/services/session/session.ts";
import { loadVote, openVote } from "../../../src/services/session/votes.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { MEETING, seatedCommittee } from "../../helpers/recorded-session.ts";
import { MEMBERS, SECRETARY } from "../../helpers/rosters.ts";

describe("B2 an ended appointment stops counting in the quorum and majority bases", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  it("a 9-seat committee with one term ended has a base of 8: quorum 6, majority 5", async () => {
    const { ids, committeeId } = await seatedCommittee(h);
    await h.database.db.update(appointments).set({ termEnd: "2026-11-30" }).where(eq(appointments.personId, ids[MEMBERS[6]!]!));
    const convened = await conveneMeeting(h.services, ids[SECRETARY]!, { committeeId, startsAt: MEETING, place: null, agenda: [] });
    if (convened.kind !== "convened") throw new Error(convened.kind);
    h.clock.set(new Date(MEETING.getTime() + 60_000));
    expect((await startMeeting(h.services, ids[SECRETARY]!, { committeeId })).kind).toBe("started");
    for (const member of [SECRETARY, ...MEMBERS.slice(0, 5)]) await checkIn(h.services, ids[member]!, convened.meetingId);
    const session = (await loadSession(h.database.db, convened.meetingId))!;
    expect(session.summary).toMatchObject({ votingSeats: 8, presentVoting: 6, quorumRequired: 6, quorate: true });
    const vote = await openVote(h.services, ids[SECRETARY]!, { committeeId, question: "پرسش", secret: false });
    if (vote.kind !== "opened") throw new Error(vote.kind);
    const view = (await loadVote(h.database.db, vote.vote.voteId))!;
    expect(view).toMatchObject({ votingSeats: 8, threshold: 5 });
  });
});

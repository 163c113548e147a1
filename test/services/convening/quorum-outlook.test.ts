import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appointments } from "../../../src/db/schema.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import { rsvpReport } from "../../../src/services/rsvp/rsvp.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { MEETING, seatedCommittee } from "../../helpers/recorded-session.ts";
import { MEMBERS, SECRETARY } from "../../helpers/rosters.ts";

describe("B3 before the meeting: the secretary learns when too few seats are filled for the quorum", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  async function convene(endedMembers: number) {
    const { ids, committeeId } = await seatedCommittee(h);
    const ended = MEMBERS.slice(0, endedMembers).map((m) => ids[m]!);
    if (ended.length > 0)
      await h.database.db
        .update(appointments)
        .set({ termEnd: "2026-11-30" })
        .where(inArray(appointments.personId, ended));
    const convened = await conveneMeeting(h.services, ids[SECRETARY]!, {
      committeeId,
      startsAt: MEETING,
      place: null,
      agenda: ["بررسی طرح"],
    });
    if (convened.kind !== "convened") throw new Error(convened.kind);
    return { convened, secretary: ids[SECRETARY]! };
  }

  it("B3: with 5 of 9 seats filled the quorum of 6 is out of reach, at /convene and in the RSVP status", async () => {
    const { convened, secretary } = await convene(4);
    expect(convened.quorum).toEqual({ members: 9, filled: 5, quorumRequired: 6, quorumReachable: false });
    const report = await rsvpReport(h.database.db, secretary, convened.meetingId, h.clock.now());
    if (report.kind !== "report") throw new Error(report.kind);
    expect(report.base).toMatchObject({ members: 9, filled: 5, quorumRequired: 6, quorumReachable: false });
    expect(report.termEnded.size).toBe(4);
    expect(report.tally).toMatchObject({ votingSeats: 9, vacant: 4, quorumRequired: 6, quorumExpected: false });
  });

  it("B3: with 6 of 9 seats filled the quorum can still be reached", async () => {
    const { convened } = await convene(3);
    expect(convened.quorum).toEqual({ members: 9, filled: 6, quorumRequired: 6, quorumReachable: true });
  });
});

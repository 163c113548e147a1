import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minutesOfMeeting } from "../../../src/db/queries/minutes.ts";
import { findPersonByTelegramId } from "../../../src/db/queries/people.ts";
import { committees } from "../../../src/db/schema.ts";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import { signMinutes } from "../../../src/services/minutes/minutes.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { endMeeting, startMeeting } from "../../../src/services/session/session.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { nineSeatRoster, SECRETARY, validRoster } from "../../helpers/rosters.ts";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
/** Saturday 21 Azar 1405, 10:00 Tehran: the last day of the secretary's order. */
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");

describe("B2: an officer whose order ended may not sign the minutes", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  it("B2: the secretary runs the meeting on the order's last day, and the next day may not sign; the refusal says why", async () => {
    await h.reset();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    const roster = nineSeatRoster();
    // 1403/09/21 → 1405/09/21: in force through the meeting's day.
    Object.assign(roster.committees[1]!.members![1]!, { term_start: "1403/09/21" });
    await importRoster(h.services, validRoster(roster), SYSTEM_ACTOR);
    const committeeId = (await h.database.db.select().from(committees).where(eq(committees.key, "physical")))[0]!.id;
    const secretary = (await findPersonByTelegramId(h.database.db, SECRETARY))!.id;
    const convened = await conveneMeeting(h.services, secretary, {
      committeeId,
      startsAt: MEETING,
      place: null,
      agenda: ["بررسی طرح"],
    });
    if (convened.kind !== "convened") throw new Error(convened.kind);
    h.clock.set(MEETING);
    expect((await startMeeting(h.services, secretary, { committeeId })).kind).toBe("started");
    h.clock.set(new Date(MEETING.getTime() + 2 * HOUR));
    expect((await endMeeting(h.services, secretary, committeeId)).kind).toBe("ended");
    const minutes = (await minutesOfMeeting(h.database.db, convened.meetingId))!;

    h.clock.set(new Date(MEETING.getTime() + DAY));
    const refused = await signMinutes(h.services, secretary, minutes.id);
    expect(refused).toMatchObject({
      kind: "order_not_in_force",
      lapsed: { role: "secretary", state: "ended", termEnd: "2026-12-12" },
    });
    const fa = h.services.t("fa", "officer-term-ended", {
      seat: "س",
      committee: "ک",
      role: "secretary",
      end: "شنبه ۲۱ آذر ۱۴۰۵",
      start: "",
    });
    expect(fa).toContain("تمدید حکم با دبیرخانه ستاد است");
    const en = h.services.t("en", "officer-term-ended", {
      seat: "S",
      committee: "C",
      role: "secretary",
      end: "Saturday 12 December 2026",
      start: "",
    });
    expect(en).toContain(
      "ended on Saturday 12 December 2026 (rule 2): until a new order is recorded you cannot act as this group's secretary",
    );

    // The same person, on the last day of the order, signs.
    h.clock.set(new Date(MEETING.getTime() + 4 * HOUR));
    expect((await signMinutes(h.services, secretary, minutes.id)).kind).toBe("signed");
  });
});

import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findPersonByTelegramId, updatePerson } from "../../../src/db/queries/people.ts";
import { committees, jobs } from "../../../src/db/schema.ts";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { runDailyPlanning } from "../../../src/services/shared/daily-planning.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import { rsvpReport } from "../../../src/services/rsvp/rsvp.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { planTermReminders, remindTerm } from "../../../src/services/terms/terms.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { MEETING } from "../../helpers/recorded-session.ts";
import { MEMBERS, nineSeatRoster, SECRETARY, validRoster } from "../../helpers/rosters.ts";

const STAFF = 1000;
/** The member whose order runs out: seat «عضو ۲». */
const MEMBER = MEMBERS[1]!;
const ZONE = "Asia/Tehran";
const tehran = (jy: number, jm: number, jd: number, hour: number, minute = 0) =>
  zonedInstant(fromJalali(jy, jm, jd), { hour, minute }, ZONE);

/** The nine-seat group with «عضو ۲»'s order starting on `termStart`: two years later it ends. */
function rosterWithTerm(termStart: string) {
  const roster = nineSeatRoster();
  Object.assign(roster.committees[1]!.members![3]!, { term_start: termStart });
  return validRoster(roster);
}

describe("appointment terms (bylaw B2)", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.reset();
    h.clock.set(tehran(1405, 8, 1, 10));
    // 1403/09/14: the order ends two Jalali years later, on 14 Azar 1405 (5 Dec 2026); the reminder is due on 14 Aban (5 Nov).
    await importRoster(h.services, rosterWithTerm("1403/09/14"), SYSTEM_ACTOR);
    for (const id of [STAFF, SECRETARY])
      await updatePerson(h.database.db, (await findPersonByTelegramId(h.database.db, id))!.id, {
        startedAt: h.clock.now(),
      });
  });

  const termJobs = () => h.database.db.select().from(jobs).where(like(jobs.dedupeKey, "term:%"));

  it("B2 staff and the secretary are reminded privately 30 days before a term ends, once", async () => {
    h.clock.set(tehran(1405, 8, 13, 23, 59));
    expect(await planTermReminders(h.services)).toBe(0);
    h.clock.set(tehran(1405, 8, 14, 7, 30));
    expect(await planTermReminders(h.services)).toBe(1);
    expect(await planTermReminders(h.services)).toBe(0);
    const [job] = await termJobs();
    expect(job).toMatchObject({ kind: "term_reminder", runAt: tehran(1405, 8, 14, 9) });
    expect(job!.dedupeKey).toMatch(/^term:\d+:2026-12-05$/);

    h.clock.set(tehran(1405, 8, 14, 8, 59));
    await h.runJobs();
    await h.deliver();
    expect(h.emulator.sent()).toEqual([]);
    h.clock.set(tehran(1405, 8, 14, 9));
    await h.runJobs();
    await h.deliver();
    const staffText = h.emulator.lastSent(STAFF)!.text!;
    expect(staffText).toContain("حکم عضو شماره ۲ (عضو ۲، کارگروه");
    expect(staffText).toContain("۱۴ آذر ۱۴۰۵ پایان می‌یابد (۳۰ روز دیگر)");
    expect(h.emulator.lastSent(SECRETARY)!.text).toContain("۳۰ روز دیگر");
    expect(h.emulator.sent(MEMBER)).toEqual([]);

    // The next days' passes and a re-run of the job add nothing.
    h.emulator.clearCalls();
    h.clock.set(tehran(1405, 8, 15, 9));
    await runDailyPlanning(h.services);
    await h.runJobs();
    await h.deliver();
    expect(h.emulator.sent().filter((m) => m.text?.includes("حکم"))).toEqual([]);
    expect(await termJobs()).toHaveLength(1);
  });

  it("B2 the reminder reads English for English-reading staff", async () => {
    await updatePerson(h.database.db, (await findPersonByTelegramId(h.database.db, STAFF))!.id, { locale: "en" });
    h.clock.set(tehran(1405, 9, 13, 9));
    await planTermReminders(h.services);
    await h.runJobs();
    await h.deliver();
    expect(h.emulator.lastSent(STAFF)!.text).toContain("ends on Saturday 5 December 2026 (in 1 day)");
  });

  it("B2 a new appointment order replaces the old reminder: the old one finds nothing to say", async () => {
    h.clock.set(tehran(1405, 8, 14, 7));
    await planTermReminders(h.services);
    const [job] = await termJobs();
    await importRoster(h.services, rosterWithTerm("1405/08/10"), SYSTEM_ACTOR);
    const termEnd = (job!.payload as { termEnd: string }).termEnd;
    expect(await remindTerm(h.services, (job!.payload as { appointmentId: number }).appointmentId, termEnd)).toBe(
      false,
    );
    expect(await planTermReminders(h.services)).toBe(0);
    await h.deliver();
    expect(h.emulator.sent().filter((m) => m.text?.includes("حکم"))).toEqual([]);
  });

  it("B2 a seat whose term ended stays in N (B3) but cannot be filled until reappointed, and staff hear it ended", async () => {
    h.clock.set(tehran(1405, 9, 7, 10));
    const [committee] = await h.database.db.select().from(committees).where(eq(committees.key, "physical"));
    const secretaryId = (await findPersonByTelegramId(h.database.db, SECRETARY))!.id;
    const convened = await conveneMeeting(h.services, secretaryId, {
      committeeId: committee!.id,
      startsAt: MEETING,
      place: "دفتر فرماندار",
      agenda: ["بودجه"],
    });
    if (convened.kind !== "convened") throw new Error(convened.kind);
    const report = await rsvpReport(h.database.db, secretaryId, convened.meetingId, h.clock.now());
    expect(report.kind === "report" && report.tally).toMatchObject({ votingSeats: 9, quorumRequired: 6, vacant: 1 });
    // Still invited: the order may be renewed in time.
    const memberId = (await findPersonByTelegramId(h.database.db, MEMBER))!.id;
    expect(report.kind === "report" && report.record.invitations.some((i) => i.personId === memberId)).toBe(true);

    expect(await planTermReminders(h.services)).toBe(1);
    await h.runJobs();
    await h.deliver();
    expect(h.emulator.lastSent(STAFF)!.text).toContain("پایان می‌یابد (۷ روز دیگر)");
    h.clock.set(tehran(1405, 9, 16, 9));
    const [job] = await termJobs();
    const { appointmentId, termEnd } = job!.payload as { appointmentId: number; termEnd: string };
    expect(await remindTerm(h.services, appointmentId, termEnd)).toBe(true);
    await h.deliver();
    expect(h.emulator.lastSent(STAFF)!.text).toContain("در شنبه ۱۴ آذر ۱۴۰۵ پایان یافته است. تا صدور حکم جدید");

    await importRoster(h.services, rosterWithTerm("1405/09/07"), SYSTEM_ACTOR);
    const renewed = await rsvpReport(h.database.db, secretaryId, convened.meetingId, h.clock.now());
    expect(renewed.kind === "report" && renewed.tally).toMatchObject({ votingSeats: 9, vacant: 0 });
  });
});

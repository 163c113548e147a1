import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { listAudit } from "../../../src/db/queries/audit.ts";
import { fieldVisits } from "../../../src/db/schema.ts";
import { cancelFieldVisit, cancellableVisits, checkVisitCancel } from "../../../src/services/field-visits/cancel.ts";
import {
  acceptProposedVisitDate,
  approveFieldVisit,
  checkVisitForStaff,
  proposeOtherVisitDate,
} from "../../../src/services/field-visits/field-visits.ts";
import { upcomingVisitsFor } from "../../../src/services/convening/listing.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { visitFixtures } from "../../helpers/field-visit-fixtures.ts";
import {
  type FollowThroughWorld,
  followThroughWorld,
  OTHER_SECRETARY,
  OTHER_STAFF,
  STAFF,
} from "../../helpers/follow-through-setup.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, nineSeatRoster, SECRETARIAT_CHAT, SECRETARY } from "../../helpers/rosters.ts";

const START = "2026-11-28T08:00:00Z"; // Saturday 7 Azar 1405, 11:30 in Tehran
const ZONE = "Asia/Tehran";
/** Wednesday 25 Azar 1405, 10:00 Tehran. */
const VISIT = zonedInstant(fromJalali(1405, 9, 25), { hour: 10, minute: 0 }, ZONE);
/** The chair of another group of the same HQ, and a member of this one. */
const FINANCE_CHAIR = MEMBERS[6]!;

describe("cancelling and withdrawing field visits (bylaw B15)", () => {
  let h: BotHarness;
  let w: FollowThroughWorld;
  beforeAll(async () => {
    h = await BotHarness.create(START);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    const roster = nineSeatRoster();
    // The sample roster's finance group, given a chat and a chair who also sits on the physical group.
    Object.assign(roster.committees.find((c) => c.key === "finance")!, {
      chat_id: -1001000000009,
      members: [{ seat: "رئیس امور اقتصادی", role: "chair", telegram_id: FINANCE_CHAIR, name: "عضو شماره ۷" }],
    });
    // Built at the test's time: orders named without a start begin on the day they are imported (B2).
    h.clock.set(START);
    w = await followThroughWorld(h, roster);
    h.emulator.clearCalls();
  });

  const { requested, approved } = visitFixtures(() => ({ h, w }));
  const status = async (id: number) =>
    (await h.database.db.select().from(fieldVisits).where(eq(fieldVisits.id, id)))[0]!.status;

  it("B15 the secretary cancels an approved visit with a reason: every member, the group, the HQ staff and the secretariat are told", async () => {
    const id = await approved();
    await h.deliver();
    h.emulator.clearCalls();
    expect(await checkVisitCancel(h.services, w.ids[SECRETARY]!, id)).toEqual({
      kind: "open",
      visit: {
        committee: { fa: expect.stringContaining("کالبدی"), en: expect.any(String) },
        startsAt: VISIT.getTime(),
        zone: ZONE,
        place: "محله سرچشمه",
      },
    });
    expect(await cancelFieldVisit(h.services, w.ids[SECRETARY]!, id, "  همزمانی با بازدید استاندار  ")).toEqual({
      kind: "cancelled",
      members: 9,
    });
    expect(await status(id)).toBe("cancelled");
    await h.deliver();
    for (const chat of [CHAIR, SECRETARY, ...MEMBERS.slice(1), COMMITTEE_CHAT, SECRETARIAT_CHAT, STAFF]) {
      const text = h.emulator.lastSent(chat)?.text ?? "";
      expect(text, `chat ${chat}`).toContain("❌ بازدید میدانی زیر از سوی دبیر کارگروه لغو شد.");
      expect(text, `chat ${chat}`).toContain("چهارشنبه ۲۵ آذر ۱۴۰۵، ساعت ۱۰:۰۰");
      expect(text, `chat ${chat}`).toContain("علت: همزمانی با بازدید استاندار");
    }
    expect(h.emulator.lastSent(MEMBERS[0]!)!.text).toContain(
      "The following field visit has been cancelled by دبیر کارگروه.\n",
    );
    expect(h.emulator.lastSent(MEMBERS[0]!)!.text).toContain("Reason: همزمانی با بازدید استاندار");
    expect(h.emulator.sent(OTHER_STAFF)).toHaveLength(0);
    const [audit] = await listAudit(h.database.db, { action: "field_visit.cancelled" });
    expect(audit).toMatchObject({
      actorPersonId: w.ids[SECRETARY],
      subjectId: String(id),
      details: { previousStatus: "approved", reason: "همزمانی با بازدید استاندار" },
    });
  });

  it("B15 the chair may cancel too; without a reason the messages carry none", async () => {
    const id = await approved();
    expect(await cancelFieldVisit(h.services, w.ids[CHAIR]!, id, "   ")).toEqual({ kind: "cancelled", members: 9 });
    await h.deliver();
    expect(h.emulator.lastSent(COMMITTEE_CHAT)!.text).toContain("از سوی رئیس کارگروه لغو شد");
    expect(h.emulator.lastSent(COMMITTEE_CHAT)!.text).not.toContain("علت:");
  });

  it("B15 refusals: not an officer, another group's officer, an HQ clerk, an unknown visit, a reason too long, already cancelled, already past — nothing recorded", async () => {
    const id = await approved();
    const before = await h.database.rowCounts();
    for (const who of [MEMBERS[0]!, FINANCE_CHAIR, OTHER_SECRETARY, STAFF]) {
      expect(await checkVisitCancel(h.services, w.ids[who]!, id), `person ${who}`).toEqual({ kind: "not_officer" });
      expect(await cancelFieldVisit(h.services, w.ids[who]!, id, null), `person ${who}`).toEqual({
        kind: "not_officer",
      });
    }
    expect(await cancelFieldVisit(h.services, w.ids[SECRETARY]!, 999, null)).toEqual({ kind: "unknown" });
    expect(await checkVisitCancel(h.services, w.ids[SECRETARY]!, 999)).toEqual({ kind: "unknown" });
    expect(await cancelFieldVisit(h.services, w.ids[SECRETARY]!, id, "ع".repeat(501))).toEqual({
      kind: "too_long",
      max: 500,
    });
    h.clock.set(new Date(VISIT.getTime() + 60_000));
    expect(await cancelFieldVisit(h.services, w.ids[SECRETARY]!, id, null)).toEqual({
      kind: "in_past",
      zone: ZONE,
      now: VISIT.getTime() + 60_000,
    });
    expect(await h.database.rowCounts()).toEqual(before);
    expect(await status(id)).toBe("approved");

    h.clock.set(START);
    expect((await cancelFieldVisit(h.services, w.ids[SECRETARY]!, id, null)).kind).toBe("cancelled");
    const afterCancel = await h.database.rowCounts();
    expect(await cancelFieldVisit(h.services, w.ids[CHAIR]!, id, null)).toEqual({ kind: "already_cancelled" });
    expect(await checkVisitCancel(h.services, w.ids[SECRETARY]!, id)).toEqual({ kind: "already_cancelled" });
    expect(await h.database.rowCounts()).toEqual(afterCancel);
  });

  it("B15 a visit without a time can be cancelled all through its day, not after", async () => {
    const id = await approved({ time: null });
    h.clock.set(zonedInstant(fromJalali(1405, 9, 25), { hour: 16, minute: 0 }, ZONE));
    expect((await checkVisitCancel(h.services, w.ids[SECRETARY]!, id)).kind).toBe("open");
    h.clock.set(zonedInstant(fromJalali(1405, 9, 26), { hour: 0, minute: 1 }, ZONE));
    expect((await checkVisitCancel(h.services, w.ids[SECRETARY]!, id)).kind).toBe("in_past");
  });

  it("B15 withdrawing a request not yet approved tells only the HQ: staff and the secretariat; their buttons then say it was cancelled", async () => {
    const id = await requested();
    await h.deliver();
    h.emulator.clearCalls();
    expect(await cancelFieldVisit(h.services, w.ids[SECRETARY]!, id, null)).toEqual({ kind: "cancelled", members: 0 });
    await h.deliver();
    expect(
      h.emulator
        .sent()
        .map((m) => m.chat_id)
        .sort(),
    ).toEqual([SECRETARIAT_CHAT, STAFF].sort());
    expect(h.emulator.lastSent(STAFF)!.text).toContain("↩️ درخواست بازدید میدانی زیر از سوی دبیر کارگروه پس گرفته شد");
    expect(await approveFieldVisit(h.services, w.ids[STAFF]!, id)).toEqual({
      kind: "already_decided",
      status: "cancelled",
    });
    expect(await checkVisitForStaff(h.services, w.ids[STAFF]!, id)).toEqual({
      kind: "already_decided",
      status: "cancelled",
    });
  });

  it("B15 the secretary answers a proposed date by withdrawing: the proposed date counts, and Accept is refused afterwards", async () => {
    const id = await requested({ date: fromJalali(1405, 9, 10) });
    const proposed = { date: fromJalali(1405, 9, 28), time: { hour: 11, minute: 30 } };
    expect((await proposeOtherVisitDate(h.services, w.ids[STAFF]!, id, proposed)).kind).toBe("proposed");
    h.clock.set(zonedInstant(fromJalali(1405, 9, 15), { hour: 9, minute: 0 }, ZONE)); // the first date has passed
    expect(await checkVisitCancel(h.services, w.ids[SECRETARY]!, id)).toMatchObject({
      kind: "open",
      visit: { startsAt: zonedInstant(proposed.date, proposed.time, ZONE).getTime() },
    });
    await h.deliver();
    h.emulator.clearCalls();
    expect(await cancelFieldVisit(h.services, w.ids[SECRETARY]!, id, "تغییر برنامه")).toEqual({
      kind: "cancelled",
      members: 0,
    });
    await h.deliver();
    expect(h.emulator.lastSent(STAFF)!.text).toContain("شنبه ۲۸ آذر ۱۴۰۵، ساعت ۱۱:۳۰");
    expect(h.emulator.lastSent(STAFF)!.text).toContain("علت: تغییر برنامه");
    expect(h.emulator.sent(MEMBERS[1]!)).toHaveLength(0);
    expect(await acceptProposedVisitDate(h.services, w.ids[SECRETARY]!, id)).toEqual({
      kind: "already_decided",
      status: "cancelled",
    });
    expect(await status(id)).toBe("cancelled");
  });

  it("B15 /cancelvisit lists the led groups' visits still open, soonest first; members see upcoming approved visits only", async () => {
    const late = await approved({ date: fromJalali(1405, 9, 28), place: "بازار قدیم" });
    const pending = await requested();
    const moved = await requested({ date: fromJalali(1405, 9, 9) });
    await proposeOtherVisitDate(h.services, w.ids[STAFF]!, moved, { date: fromJalali(1405, 9, 30), time: null });
    const gone = await approved({ date: fromJalali(1405, 9, 20) });
    await cancelFieldVisit(h.services, w.ids[SECRETARY]!, gone, null);
    const today = await approved({ date: fromJalali(1405, 9, 7), time: null });
    const tomorrow = await approved({ date: fromJalali(1405, 9, 8), time: { hour: 9, minute: 0 } });

    const list = await cancellableVisits(h.database.db, w.ids[CHAIR]!, h.clock.now());
    expect(list.kind === "visits" && list.visits.map((v) => [v.id, v.status])).toEqual([
      [today, "approved"],
      [tomorrow, "approved"],
      [pending, "requested"],
      [late, "approved"],
      [moved, "other_date_proposed"],
    ]);
    expect(await cancellableVisits(h.database.db, w.ids[MEMBERS[0]!]!, h.clock.now())).toEqual({ kind: "not_officer" });
    expect(await cancellableVisits(h.database.db, w.ids[FINANCE_CHAIR]!, h.clock.now())).toEqual({
      kind: "visits",
      visits: [],
    });

    const forMember = await upcomingVisitsFor(h.database.db, w.ids[MEMBERS[2]!]!, h.clock.now());
    expect(forMember.map((v) => v.id)).toEqual([today, tomorrow, late]);
    expect(forMember[0]).toMatchObject({ place: "محله سرچشمه", zone: ZONE, committeeTitleEn: expect.any(String) });
    expect(await upcomingVisitsFor(h.database.db, w.ids[STAFF]!, h.clock.now())).toEqual([]);
    expect(await upcomingVisitsFor(h.database.db, w.ids[OTHER_SECRETARY]!, h.clock.now())).toEqual([]);

    h.clock.set(zonedInstant(fromJalali(1405, 9, 8), { hour: 9, minute: 1 }, ZONE));
    expect((await upcomingVisitsFor(h.database.db, w.ids[MEMBERS[2]!]!, h.clock.now())).map((v) => v.id)).toEqual([
      late,
    ]);
  });
});

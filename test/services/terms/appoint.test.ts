import { and, asc, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seatsWithHolders } from "../../../src/db/queries/seats.ts";
import { appointments, auditLog, inviteTokens, seats } from "../../../src/db/schema.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { appointOverview, appointSeats } from "../../../src/services/terms/listing.ts";
import { appointNewcomer, renewTerm } from "../../../src/services/terms/appoint.ts";
import { issueSeatInvites, redeemSeatInvite } from "../../../src/services/roster/invites.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import { rsvpReport } from "../../../src/services/rsvp/rsvp.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { checkIn, loadSession, startMeeting } from "../../../src/services/session/session.ts";
import { loadVote, openVote } from "../../../src/services/votes/votes.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { type FollowThroughWorld, followThroughWorld, OTHER_STAFF, STAFF } from "../../helpers/follow-through-setup.ts";
import { MEETING } from "../../helpers/recorded-session.ts";
import { CHAIR, MEMBERS, nineSeatRoster, SECRETARIAT_CHAT, SECRETARY, validRoster } from "../../helpers/rosters.ts";

const START = "2026-11-28T08:00:00Z"; // Saturday 7 Azar 1405, 11:30 in Tehran
/** «عضو ۲»: the order ended on 21 Nov 2026. */
const ENDED_MEMBER = MEMBERS[1]!;
/** «عضو ۳»: the order ends on 10 Dec 2026, in 12 days. */
const ENDING_MEMBER = MEMBERS[2]!;
const VACANT_SEAT = "رئیس اداره برق";

/** The 9-seat group with one order ended, one ending within 30 days and a vacant seat. */
function rosterWithTerms() {
  const roster = nineSeatRoster();
  const members = roster.committees[1]!.members!;
  // Two-year orders counted in Jalali: 1403/08/30 → 1405/08/30 (2026-11-21), 1403/09/19 → 1405/09/19 (2026-12-10).
  Object.assign(members[3]!, { term_start: "1403/08/30" });
  Object.assign(members[4]!, { term_start: "1403/09/19" });
  members.push({ seat: VACANT_SEAT });
  return roster;
}

describe("reappointment by HQ staff: /appoint (bylaw B2)", () => {
  let h: BotHarness;
  let world: FollowThroughWorld;
  beforeAll(async () => {
    h = await BotHarness.create(START);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    h.clock.set(START);
    world = await followThroughWorld(h, rosterWithTerms());
    h.emulator.clearCalls();
  });

  const staffId = () => world.ids[STAFF]!;
  const seatOf = async (title: string) =>
    (await seatsWithHolders(h.database.db, [world.committeeId])).find((s) => s.title === title)!;
  const heldBy = async (telegramId: number) =>
    (await seatsWithHolders(h.database.db, [world.committeeId])).find(
      (s) => s.holder?.personId === world.ids[telegramId],
    )!;
  const refusals = async () =>
    (
      await h.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, "appointment.refused"))
        .orderBy(asc(auditLog.id))
    ).map((a) => a.details);
  const currentAppointments = () =>
    h.database.db.select().from(appointments).where(isNull(appointments.endedAt)).orderBy(asc(appointments.id));

  it("B2 staff see their committees, and the seats with ended orders first, then ending ones, then vacant seats", async () => {
    expect(await appointOverview(h.services, staffId())).toEqual({
      kind: "committees",
      severalHqs: false,
      committees: [
        {
          committeeId: world.committeeId,
          title: { fa: "کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی", en: expect.any(String) },
          hqName: "ستاد بازآفرینی پایدار شهرستان نمونه",
          attention: 2,
        },
      ],
    });
    const listing = await appointSeats(h.services, staffId(), world.committeeId);
    if (listing.kind !== "seats") throw new Error(listing.kind);
    expect(listing).toMatchObject({ today: "2026-11-28", defaultEnd: "2028-11-27", zone: "Asia/Tehran" });
    expect(listing.seats.slice(0, 4).map((s) => [s.title, s.standing, s.daysLeft])).toEqual([
      ["عضو ۲", "ended", -7],
      ["عضو ۳", "ending", 12],
      [VACANT_SEAT, "vacant", null],
      ["فرماندار", "in_force", 730],
    ]);
    expect(listing.seats).toHaveLength(10);
  });

  it("B2 renewing an ended order: a new order from today for two years; the seat, in N all along (B3), can again be filled, present and vote", async () => {
    const convened = await conveneMeeting(h.services, world.ids[SECRETARY]!, {
      committeeId: world.committeeId,
      startsAt: MEETING,
      place: null,
      agenda: ["بودجه"],
    });
    if (convened.kind !== "convened") throw new Error(convened.kind);
    const tally = async () => {
      const report = await rsvpReport(h.database.db, world.ids[SECRETARY]!, convened.meetingId, h.clock.now());
      if (report.kind !== "report") throw new Error(report.kind);
      return report.tally;
    };
    // N is the ten voting seats (the vacant one included); two are out of term on the meeting's day, so three cannot be filled.
    expect(await tally()).toMatchObject({ votingSeats: 10, quorumRequired: 7, vacant: 3 });

    const seat = await heldBy(ENDED_MEMBER);
    const result = await renewTerm(h.services, staffId(), {
      seatId: seat.id,
      holderPersonId: world.ids[ENDED_MEMBER]!,
    });
    expect(result).toEqual({
      kind: "renewed",
      seatTitle: "عضو ۲",
      committee: expect.any(Object),
      name: "عضو شماره ۲",
      termStart: "2026-11-28",
      termEnd: "2028-11-27",
      zone: "Asia/Tehran",
    });
    expect(await tally()).toMatchObject({ votingSeats: 10, quorumRequired: 7, vacant: 2 });
    // The old order is kept, ended; the new one is the seat's current order.
    const orders = (await h.database.db.select().from(appointments).where(eq(appointments.seatId, seat.id))).sort(
      (a, b) => a.id - b.id,
    );
    expect(orders.map((o) => [o.termEnd, o.endedAt === null])).toEqual([
      ["2026-11-21", false],
      ["2028-11-27", true],
    ]);
    const audit = await h.database.db.select().from(auditLog).where(eq(auditLog.action, "appointment.renewed"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorPersonId: staffId(),
      details: { seatId: seat.id, previousTermEnd: "2026-11-21", termEnd: "2028-11-27" },
    });

    // In session: the renewed seat can be present and helps make the quorum of 7 out of N = 10.
    h.clock.set(new Date(MEETING.getTime() + 60_000));
    expect((await startMeeting(h.services, world.ids[SECRETARY]!, { committeeId: world.committeeId })).kind).toBe(
      "started",
    );
    // Seven present, the renewed member among them; «عضو ۳»'s order has run out by the meeting's day.
    for (const member of [SECRETARY, CHAIR, MEMBERS[0]!, ENDED_MEMBER, MEMBERS[3]!, MEMBERS[4]!, MEMBERS[5]!])
      await checkIn(h.services, world.ids[member]!, convened.meetingId);
    expect((await loadSession(h.database.db, convened.meetingId))!.summary).toMatchObject({
      votingSeats: 10,
      quorumRequired: 7,
      quorate: true,
    });
    const vote = await openVote(h.services, world.ids[SECRETARY]!, {
      committeeId: world.committeeId,
      question: "پرسش",
      secret: false,
    });
    if (vote.kind !== "opened") throw new Error(vote.kind);
    expect(await loadVote(h.database.db, vote.vote.voteId)).toMatchObject({ votingSeats: 10, threshold: 6 });
  });

  it("B2 the secretariat chat, the group's secretary and the member are told of a renewal through the outbox", async () => {
    const seat = await heldBy(ENDING_MEMBER);
    await renewTerm(h.services, staffId(), {
      seatId: seat.id,
      holderPersonId: world.ids[ENDING_MEMBER]!,
      lastDay: "۱۴۰۷/۰۶/۳۱",
    });
    await h.deliver();
    expect(h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain("📋 حکم عضو شماره ۳ (عضو ۳، کارگروه ساماندهی کالبدی");
    expect(h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain(
      "از شنبه ۷ آذر ۱۴۰۵ تا پنج‌شنبه ۳۱ شهریور ۱۴۰۷ تمدید شد",
    );
    expect(h.emulator.lastSent(SECRETARY)!.text).toContain("📋 حکم عضو شماره ۳");
    expect(h.emulator.lastSent(ENDING_MEMBER)!.text).toContain("✅ حکم شما به‌عنوان نماینده «عضو ۳»");
    // The clerk who did it is answered directly, not by the outbox.
    expect(h.emulator.sent(STAFF)).toEqual([]);
  });

  it("B2 another last day may be typed, Jalali or Gregorian; a date that cannot be read, is not after today or is more than two years away changes nothing", async () => {
    const seat = await heldBy(ENDING_MEMBER);
    const renew = (lastDay: string) =>
      renewTerm(h.services, staffId(), { seatId: seat.id, holderPersonId: world.ids[ENDING_MEMBER]!, lastDay });
    const before = await h.database.rowCounts();
    expect(await renew("1405/13/01")).toEqual({
      kind: "bad_date",
      error: { code: "month_out_of_range", calendar: "jalali", month: 13 },
    });
    expect(await renew("فردا")).toEqual({ kind: "bad_date", error: { code: "date_format" } });
    expect(await renew("۱۴۰۵/۰۹/۰۱")).toEqual({ kind: "not_after_today", today: "2026-11-28", zone: "Asia/Tehran" });
    expect(await renew("2026-11-28")).toMatchObject({ kind: "not_after_today" });
    expect(await h.database.rowCounts()).toEqual(before);
    // B2: two years at most, counted in the calendar typed: today is 1405/09/07, so 1407/09/07 and 2028-11-28.
    expect(await renew("۱۴۰۷/۰۹/۰۸")).toEqual({
      kind: "longer_than_two_years",
      today: "2026-11-28",
      latestEnd: "2028-11-27",
      zone: "Asia/Tehran",
    });
    expect(await renew("2028-11-29")).toEqual({
      kind: "longer_than_two_years",
      today: "2026-11-28",
      latestEnd: "2028-11-28",
      zone: "Asia/Tehran",
    });
    expect(await renew("2030-01-01")).toMatchObject({ kind: "longer_than_two_years" });
    expect(await h.database.rowCounts()).toEqual(before);
    expect(await renew("2027-06-30")).toMatchObject({
      kind: "renewed",
      termStart: "2026-11-28",
      termEnd: "2027-06-30",
    });
    expect(
      await renewTerm(h.services, staffId(), {
        seatId: seat.id,
        holderPersonId: world.ids[ENDING_MEMBER]!,
        lastDay: "۱۴۰۷/۰۶/۳۱",
      }),
    ).toMatchObject({ termEnd: "2028-09-21" });
  });

  it("refused: not staff, staff of another HQ, an unknown or ended seat, an ended committee, a vacant seat, a seat that changed hands", async () => {
    const seat = await heldBy(ENDED_MEMBER);
    const holderPersonId = world.ids[ENDED_MEMBER]!;
    const before = await currentAppointments();
    const renewAs = (personId: number, seatId = seat.id, holder = holderPersonId) =>
      renewTerm(h.services, personId, { seatId, holderPersonId: holder });

    expect(await appointOverview(h.services, world.ids[SECRETARY]!)).toEqual({ kind: "not_staff" });
    expect(await appointSeats(h.services, world.ids[CHAIR]!, world.committeeId)).toEqual({ kind: "not_staff" });
    expect(await renewAs(world.ids[SECRETARY]!)).toEqual({ kind: "not_staff" });
    expect(await appointNewcomer(h.services, world.ids[MEMBERS[0]!]!, { seatId: seat.id, holderPersonId })).toEqual({
      kind: "not_staff",
    });

    expect(await appointSeats(h.services, world.ids[OTHER_STAFF]!, world.committeeId)).toEqual({ kind: "other_hq" });
    expect(await renewAs(world.ids[OTHER_STAFF]!)).toEqual({ kind: "other_hq" });
    expect(await appointNewcomer(h.services, world.ids[OTHER_STAFF]!, { seatId: seat.id, holderPersonId })).toEqual({
      kind: "other_hq",
    });
    // The other HQ's staff manage their own group.
    expect(await appointSeats(h.services, world.ids[OTHER_STAFF]!, world.otherCommitteeId)).toMatchObject({
      kind: "seats",
    });

    expect(await renewAs(staffId(), 99_999)).toEqual({ kind: "unknown_seat" });
    expect(await appointSeats(h.services, staffId(), 99_999)).toEqual({ kind: "unknown_committee" });
    expect(await renewAs(staffId(), seat.id, world.ids[CHAIR]!)).toEqual({ kind: "holder_changed" });
    expect(await appointNewcomer(h.services, staffId(), { seatId: seat.id, holderPersonId: null })).toEqual({
      kind: "holder_changed",
    });
    const vacant = await seatOf(VACANT_SEAT);
    expect(await renewTerm(h.services, staffId(), { seatId: vacant.id, holderPersonId })).toEqual({ kind: "vacant" });

    expect(await currentAppointments()).toEqual(before);
    expect((await h.database.rowCounts()).invite_tokens).toBe(0);
    expect(await refusals()).toEqual([
      { reason: "not_staff", attempted: "open" },
      { reason: "not_staff", attempted: "list" },
      { reason: "not_staff", attempted: "renew" },
      { reason: "not_staff", attempted: "replace" },
      { reason: "other_hq", attempted: "list" },
      { reason: "other_hq", attempted: "renew" },
      { reason: "other_hq", attempted: "replace" },
      { reason: "unknown_seat", attempted: "renew" },
      { reason: "unknown_committee", attempted: "list" },
      { reason: "holder_changed", attempted: "renew" },
      { reason: "holder_changed", attempted: "replace" },
      { reason: "vacant", attempted: "renew" },
    ]);
  });

  it("refused: a seat of a committee or a seat that left the roster", async () => {
    const seat = await heldBy(ENDED_MEMBER);
    const holderPersonId = world.ids[ENDED_MEMBER]!;
    // The HQ's new file drops «عضو ۲»'s seat first, then the whole group.
    const withoutSeat = rosterWithTerms();
    withoutSeat.committees[1]!.members!.splice(3, 1);
    await importRoster(h.services, validRoster(withoutSeat), SYSTEM_ACTOR);
    expect(await renewTerm(h.services, staffId(), { seatId: seat.id, holderPersonId })).toEqual({
      kind: "unknown_seat",
    });
    const withoutGroup = rosterWithTerms();
    withoutGroup.committees.splice(1, 1);
    await importRoster(h.services, validRoster(withoutGroup), SYSTEM_ACTOR);
    const chairSeat = (
      await h.database.db
        .select()
        .from(seats)
        .where(and(eq(seats.committeeId, world.committeeId), eq(seats.title, "فرماندار")))
    )[0]!;
    expect(await renewTerm(h.services, staffId(), { seatId: chairSeat.id, holderPersonId })).toEqual({
      kind: "committee_ended",
    });
    expect(await appointNewcomer(h.services, staffId(), { seatId: chairSeat.id, holderPersonId: null })).toEqual({
      kind: "committee_ended",
    });
    expect(await appointSeats(h.services, staffId(), world.committeeId)).toEqual({ kind: "committee_ended" });
    expect((await refusals()).map((r) => (r as { reason: string }).reason)).toEqual([
      "unknown_seat",
      "committee_ended",
      "committee_ended",
      "committee_ended",
    ]);
  });

  it("B2 appointing someone new ends the order, retires the seat's earlier link and issues a one-time link the newcomer opens", async () => {
    const seat = await heldBy(ENDED_MEMBER);
    // A link printed for the seat long ago (before the roster named its holder) must not take it now.
    await h.database.db
      .insert(inviteTokens)
      .values({ token: "old-link-for-the-seat-0001", kind: "seat", seatId: seat.id });
    const result = await appointNewcomer(h.services, staffId(), {
      seatId: seat.id,
      holderPersonId: world.ids[ENDED_MEMBER]!,
    });
    if (result.kind !== "invited") throw new Error(result.kind);
    expect(result).toMatchObject({
      seatTitle: "عضو ۲",
      endedHolder: "عضو شماره ۲",
      earlierLinksRevoked: true,
      electedRoleEnded: false,
    });
    expect((await seatOf("عضو ۲")).holder).toBeNull();
    // The CLI's invites list shows the new link for the seat, not the retired one.
    expect((await issueSeatInvites(h.services, "sample-county")).find((i) => i.seatTitle === "عضو ۲")!.token).toBe(
      result.token,
    );

    await h.deliver();
    expect(h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain("📋 حکم عضو شماره ۲ (عضو ۲، کارگروه ساماندهی کالبدی");
    expect(h.emulator.lastSent(SECRETARY)!.text).toContain("پیوند دعوت نماینده جدید صادر کرد");
    expect(h.emulator.lastSent(ENDED_MEMBER)!.text).toContain("حکم شما به‌عنوان نماینده «عضو ۲»");

    const newcomer = { id: 7777, first_name: "نماینده تازه", language_code: "fa" };
    expect(await redeemSeatInvite(h.services, newcomer, "old-link-for-the-seat-0001")).toEqual({ kind: "revoked" });
    expect(await redeemSeatInvite(h.services, newcomer, result.token)).toMatchObject({
      kind: "linked",
      seatTitle: "عضو ۲",
      termEnd: "2028-11-27",
    });
    expect((await seatOf("عضو ۲")).holder).toMatchObject({ telegramId: 7777, termStart: "2026-11-28" });
    // A second press on the stale form finds the seat changed.
    expect(
      await appointNewcomer(h.services, staffId(), { seatId: seat.id, holderPersonId: world.ids[ENDED_MEMBER]! }),
    ).toEqual({ kind: "holder_changed" });
    const actions = (await h.database.db.select().from(auditLog)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["appointment.ended", "invite.issued", "appointment.created"]));
  });

  it("B2 a vacant seat gets a link without a confirmation of anyone's order ending", async () => {
    const seat = await seatOf(VACANT_SEAT);
    const result = await appointNewcomer(h.services, staffId(), { seatId: seat.id, holderPersonId: null });
    expect(result).toMatchObject({ kind: "invited", endedHolder: null, earlierLinksRevoked: false });
    await h.deliver();
    expect(h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain("برای جایگاه بلاتصدی «رئیس اداره برق»");
  });

  it("B7 replacing a secretary the members elected ends the elected role: the members elect again", async () => {
    const seat = await heldBy(SECRETARY);
    await h.database.db
      .update(seats)
      .set({ roleElectedAt: new Date("2026-11-01T08:00:00Z") })
      .where(eq(seats.id, seat.id));
    const result = await appointNewcomer(h.services, staffId(), {
      seatId: seat.id,
      holderPersonId: world.ids[SECRETARY]!,
    });
    expect(result).toMatchObject({ kind: "invited", electedRoleEnded: true });
    expect(await seatOf(seat.title)).toMatchObject({ role: "member", roleElectedAt: null, holder: null });
    await h.deliver();
    // With no secretary left, the chair hears it for the group.
    expect(h.emulator.lastSent(CHAIR)!.text).toContain("با ‎/elect دبیر جدید را انتخاب کنند");
  });
});

import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listAudit } from "../../../src/db/queries/audit.ts";
import { findPersonByTelegramId } from "../../../src/db/queries/people.ts";
import { appointments, committees, invitations, people, seats } from "../../../src/db/schema.ts";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { BYLAW_DEFAULT_RULES } from "../../../src/domain/rules.ts";
import { votingBase } from "../../../src/domain/voting-base.ts";
import { appointNewcomer } from "../../../src/services/terms/appoint.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { redeemSeatInvite } from "../../../src/services/roster/invites.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import { invitedSeats } from "../../../src/services/shared/invited-seats.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { exportRoster } from "../../../src/services/roster/export-roster.ts";
import { councilRoster, GOVERNOR, HERITAGE, JUSTICE, MAYOR, VOCATIONAL } from "../../helpers/council-roster.ts";
import { validRoster } from "../../helpers/rosters.ts";
import { serviceDeps, TestClock } from "../../helpers/services.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db.ts";

const DAY = 24 * 60 * 60 * 1000;
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const NEW_MAYOR = 2013;

describe("Part A: the council's seats follow the groups' officers (services/council)", () => {
  let database: TestDatabase;
  const clock = new TestClock(new Date(MEETING.getTime() - 20 * DAY));
  const deps = () => serviceDeps(database, clock);
  const load = (input: unknown) => importRoster(deps(), validRoster(input), SYSTEM_ACTOR);

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.reset();
    clock.set(new Date(MEETING.getTime() - 20 * DAY));
    await load(councilRoster());
  });

  const personId = async (telegramId: number) => (await findPersonByTelegramId(database.db, telegramId))!.id;
  const council = async () => (await database.db.select().from(committees).where(eq(committees.key, "council")))[0]!;
  /** The council's current seats as [telegram id, role, title], in seat order. */
  async function members() {
    const rows = await database.db
      .select({ telegramId: people.telegramId, role: seats.role, title: seats.title })
      .from(seats)
      .innerJoin(appointments, and(eq(appointments.seatId, seats.id), isNull(appointments.endedAt)))
      .innerJoin(people, eq(people.id, appointments.personId))
      .where(and(eq(seats.committeeId, (await council()).id), isNull(seats.endedAt)))
      .orderBy(seats.position);
    return rows.map((r) => [r.telegramId, r.role, r.title]);
  }
  async function convene(by: number) {
    const result = await conveneMeeting(deps(), await personId(by), {
      committeeId: (await council()).id,
      startsAt: MEETING,
      place: null,
      agenda: ["برنامه اجرای مصوبات ستاد"],
    });
    if (result.kind !== "convened") throw new Error(result.kind);
    return result.meetingId;
  }
  const invitedPeople = async (meetingId: number) =>
    (
      await database.db
        .select({ personId: invitations.personId })
        .from(invitations)
        .where(eq(invitations.meetingId, meetingId))
    )
      .map((r) => r.personId)
      .sort();

  it("Part A: the council's members are the distinct people who chair or act as secretary of the top-level groups, one seat each", async () => {
    expect(await members()).toEqual([
      [GOVERNOR, "chair", "فرماندار"],
      [HERITAGE, "secretary", "رئیس اداره میراث فرهنگی"],
      [MAYOR, "member", "شهردار"],
      [VOCATIONAL, "member", "رئیس آموزش فنی و حرفه‌ای"],
      [JUSTICE, "member", "رئیس دادگستری"],
    ]);
  });

  it("Part A with B3: a council meeting invites one seat per person, so N is 5 people, not 8 offices", async () => {
    const invited = await invitedSeats(database.db, await council());
    expect(invited).toHaveLength(5);
    const base = votingBase(
      invited.map((s) => ({ voting: s.voting, filled: s.personId !== null })),
      BYLAW_DEFAULT_RULES,
    );
    expect(base).toMatchObject({ members: 5, quorumRequired: 4, yesRequired: 3 });
  });

  it("importing the same file again changes nothing in the council", async () => {
    const before = await database.rowCounts();
    expect((await load(councilRoster())).changes).toEqual([]);
    expect(await database.rowCounts()).toEqual(before);
  });

  it("Part A: when a group's secretary changes, membership follows from then on; a past meeting keeps who was a member then", async () => {
    const before = await convene(HERITAGE);
    clock.advance(DAY);
    const edited = councilRoster();
    // The mayor leaves both secretary seats: a new mayor takes social, the legal seat falls vacant.
    const social = edited.committees[2] as { members: Record<string, unknown>[] };
    social.members[1] = { seat: "شهردار", role: "secretary", telegram_id: NEW_MAYOR, name: "شهردار جدید" };
    const legal = edited.committees[4] as { members: Record<string, unknown>[] };
    legal.members[1] = { seat: "شهردار", role: "secretary", vacant: true };
    const report = await load(edited);
    expect(report.changes.map((c) => c.action)).toEqual(
      expect.arrayContaining(["council.member_left", "council.member_joined"]),
    );

    expect((await members()).map(([id]) => id)).toEqual([GOVERNOR, HERITAGE, NEW_MAYOR, VOCATIONAL, JUSTICE]);
    // History stays: the old mayor's council seat and order are ended, not deleted.
    const [oldSeat] = await database.db
      .select({ endedAt: seats.endedAt, appointmentEnded: appointments.endedAt })
      .from(seats)
      .innerJoin(appointments, eq(appointments.seatId, seats.id))
      .where(and(eq(seats.committeeId, (await council()).id), eq(appointments.personId, await personId(MAYOR))));
    expect(oldSeat).toEqual({ endedAt: clock.now(), appointmentEnded: clock.now() });

    expect(await invitedPeople(before)).toEqual(
      (await Promise.all([GOVERNOR, HERITAGE, MAYOR, VOCATIONAL, JUSTICE].map(personId))).sort(),
    );
    const after = await convene(HERITAGE);
    expect(await invitedPeople(after)).toEqual(
      (await Promise.all([GOVERNOR, HERITAGE, NEW_MAYOR, VOCATIONAL, JUSTICE].map(personId))).sort(),
    );
    const audit = (await listAudit(database.db, { limit: 1000 })).map((a) => a.action);
    expect(audit).toEqual(expect.arrayContaining(["council.member_left", "council.member_joined"]));
  });

  it("Part A: the roster may name the council's chair and secretary; without the names the default rule applies again", async () => {
    const named = councilRoster();
    Object.assign(named.committees[0]!, { chair: JUSTICE, secretary: MAYOR });
    await load(named);
    expect((await members()).filter(([, role]) => role !== "member")).toEqual([
      [MAYOR, "secretary", "شهردار"],
      [JUSTICE, "chair", "رئیس دادگستری"],
    ]);
    const exported = (await exportRoster(database.db, "sample-county")) as { committees: Record<string, unknown>[] };
    expect(exported.committees[0]).toMatchObject({ key: "council", chair: JUSTICE, secretary: MAYOR, members: [] });
    expect(exported.committees[0]!.derived_members).toHaveLength(5);
    expect((await load(exported)).changes).toEqual([]);

    await load(councilRoster());
    expect((await members()).filter(([, role]) => role !== "member").map(([id, role]) => [id, role])).toEqual([
      [GOVERNOR, "chair"],
      [HERITAGE, "secretary"],
    ]);
  });

  it("B2 with part A: /appoint replacing a group's secretary takes them off the council at once; the newcomer joins by the link", async () => {
    const staff = await personId(1000);
    const [heritageSeat] = await database.db
      .select({ id: seats.id })
      .from(seats)
      .innerJoin(committees, eq(committees.id, seats.committeeId))
      .where(and(eq(committees.key, "physical"), eq(seats.role, "secretary")));
    const result = await appointNewcomer(deps(), staff, {
      seatId: heritageSeat!.id,
      holderPersonId: await personId(HERITAGE),
    });
    if (result.kind !== "invited") throw new Error(result.kind);
    // The physical group has no secretary now, so the council has none until the newcomer takes the seat.
    expect((await members()).map(([id, role]) => [id, role])).toEqual([
      [GOVERNOR, "chair"],
      [MAYOR, "member"],
      [VOCATIONAL, "member"],
      [JUSTICE, "member"],
    ]);
    await redeemSeatInvite(deps(), { id: 2099, first_name: "دبیر جدید" }, result.token);
    expect((await members()).map(([id, role]) => [id, role])).toContainEqual([2099, "secretary"]);
  });

  it("a council seat cannot be renewed or replaced through /appoint: it follows the groups", async () => {
    const staff = await personId(1000);
    const [councilSeat] = await database.db
      .select({ id: seats.id })
      .from(seats)
      .where(eq(seats.committeeId, (await council()).id));
    const holder = await database.db
      .select({ personId: appointments.personId })
      .from(appointments)
      .where(and(eq(appointments.seatId, councilSeat!.id), isNull(appointments.endedAt)));
    expect(
      await appointNewcomer(deps(), staff, { seatId: councilSeat!.id, holderPersonId: holder[0]!.personId }),
    ).toEqual({ kind: "unknown_seat" });
  });
});

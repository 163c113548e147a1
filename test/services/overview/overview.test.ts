import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findPersonByTelegramId } from "../../../src/db/queries/people.ts";
import { committees, invitations, referrals, resolutions } from "../../../src/db/schema.ts";
import { overviewFor } from "../../../src/services/overview/overview.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { COUNTY_STAFF, conveneNextMeeting, importTestProvince, PROVINCE_STAFF } from "../../helpers/overview-world.ts";
import { DAY, ENDED, HOUR, MEETING, recordedSession, type RecordedSession } from "../../helpers/recorded-session.ts";
import { CHAIR, MEMBERS, nineSeatRoster, rosterInput, SECRETARY, validRoster } from "../../helpers/rosters.ts";

const OTHER_COUNTY_STAFF = 5000;

describe("the HQ overview (issue #15 part 3)", () => {
  let h: BotHarness;
  let session: RecordedSession;

  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  beforeEach(async () => {
    const roster = nineSeatRoster();
    (roster.headquarters as Record<string, unknown>).parent = "test-province";
    session = await recordedSession(h, roster);
    await importTestProvince(h);
    // A county of no province: nobody's overview but its own staff's.
    await importRoster(
      h.services,
      validRoster(rosterInput({ hqKey: "other-county", staffId: OTHER_COUNTY_STAFF, base: 5000 })),
      SYSTEM_ACTOR,
    );
  });

  const viewAs = (telegramId: number, languageCode?: string) =>
    overviewFor(h.database.db, { telegramId, ...(languageCode ? { languageCode } : {}) }, h.clock.now());

  it("shows the county staff every group of their HQ: next meeting and answers, minutes, resolutions, referrals, attendance", async () => {
    const db = h.database.db;
    const next = { meetingId: await conveneNextMeeting(h, session) };
    const answer = (personId: number, response: "attending" | "not_attending" | "delegating") =>
      db
        .update(invitations)
        .set({ response, respondedAt: h.clock.now() })
        .where(and(eq(invitations.meetingId, next.meetingId), eq(invitations.personId, personId)));
    await answer(session.ids[CHAIR]!, "attending");
    await answer(session.ids[MEMBERS[0]!]!, "attending");
    await answer(session.ids[MEMBERS[1]!]!, "not_attending");
    await answer(session.ids[MEMBERS[2]!]!, "delegating");
    // The passed resolution waits for approval and is past due; the one that failed owes nothing, due date or not.
    await db
      .update(resolutions)
      .set({ status: "awaiting_approval", dueDate: "2026-12-01" })
      .where(and(eq(resolutions.committeeId, session.committeeId), eq(resolutions.passed, true)));
    await db
      .update(resolutions)
      .set({ dueDate: "2026-12-01" })
      .where(and(eq(resolutions.committeeId, session.committeeId), eq(resolutions.passed, false)));
    const staff = (await findPersonByTelegramId(db, COUNTY_STAFF))!;
    await db.insert(referrals).values([
      {
        hqId: (await hqOf(session.committeeId))!,
        committeeId: session.committeeId,
        subject: "بررسی بافت فرسوده",
        dueDate: "2027-01-10",
        referredByPersonId: staff.id,
      },
      {
        hqId: (await hqOf(session.committeeId))!,
        committeeId: session.committeeId,
        subject: "گزارش آب",
        dueDate: "2026-12-01",
        referredByPersonId: staff.id,
      },
    ]);

    const result = await viewAs(COUNTY_STAFF);
    if (result.kind !== "overview") throw new Error(result.kind);
    expect(result.locale).toBe("fa");
    expect(result.hqs.map((hq) => hq.name)).toEqual(["ستاد بازآفرینی پایدار شهرستان نمونه"]);
    const [hq] = result.hqs;
    expect(hq!.quarter).toEqual({ kind: "quarterly", jy: 1405, quarter: 3 });
    expect(hq!.groups.map((g) => g.title.en)).toHaveLength(2);
    const group = hq!.groups.find((g) => g.committeeId === session.committeeId)!;
    expect(group.nextMeeting).toMatchObject({
      startsAt: new Date(MEETING.getTime() + 14 * DAY),
      inSession: false,
      rsvp: { attending: 2, notAttending: 1, delegating: 1, unanswered: 5 },
    });
    expect(group.lastMinutes).toMatchObject({ meetingStartsAt: MEETING, signedAt: null, standing: "awaiting" });
    expect(group.resolutions).toEqual({ awaitingApproval: 1, overdue: 1 });
    expect(group.referrals).toEqual([
      { subject: "گزارش آب", dueDate: "2026-12-01", overdue: true },
      { subject: "بررسی بافت فرسوده", dueDate: "2027-01-10", overdue: false },
    ]);
    // Seven of nine seats were in the room: the two absent agencies come first at 0.
    expect(group.attendance).toHaveLength(9);
    expect(group.attendance.slice(0, 2).map((a) => a.rate)).toEqual([0, 0]);
    expect(group.attendance.slice(2).every((a) => a.rate === 1 && a.meetings === 1)).toBe(true);
    // The finance group has no meetings yet: nothing to show, nothing invented.
    const finance = hq!.groups.find((g) => g.committeeId !== session.committeeId)!;
    expect(finance).toMatchObject({ nextMeeting: null, lastMinutes: null, referrals: [], attendance: [] });

    // Past the 48 hours, unsigned minutes are overdue.
    h.clock.set(new Date(ENDED.getTime() + 49 * HOUR));
    const later = await viewAs(COUNTY_STAFF);
    expect(
      later.kind === "overview" && later.hqs[0]!.groups.find((g) => g.committeeId === session.committeeId),
    ).toMatchObject({ lastMinutes: { standing: "overdue" } });
  });

  it("shows the province's staff the province and its counties, and no other county", async () => {
    const result = await viewAs(PROVINCE_STAFF);
    if (result.kind !== "overview") throw new Error(result.kind);
    expect(result.hqs.map((hq) => [hq.name, hq.level])).toEqual([
      ["ستاد بازآفرینی پایدار استان آزمون", "province"],
      ["ستاد بازآفرینی پایدار شهرستان نمونه", "county"],
    ]);
    expect(result.hqs[1]!.groups.some((g) => g.committeeId === session.committeeId)).toBe(true);
    const other = await viewAs(OTHER_COUNTY_STAFF);
    expect(other.kind === "overview" && other.hqs.map((hq) => hq.level)).toEqual(["county"]);
    expect(other.kind === "overview" && other.hqs[0]!.groups.some((g) => g.committeeId === session.committeeId)).toBe(
      false,
    );
  });

  it("refuses a secretary, a chair, a member and a stranger, in their language", async () => {
    expect(await viewAs(SECRETARY)).toEqual({ kind: "not_staff", locale: "fa" });
    expect(await viewAs(CHAIR)).toEqual({ kind: "not_staff", locale: "fa" });
    // Member Three reads English (the roster says so).
    expect(await viewAs(MEMBERS[0]!)).toEqual({ kind: "not_staff", locale: "en" });
    expect(await viewAs(999_999, "en-US")).toEqual({ kind: "not_staff", locale: "en" });
  });

  it("answers staff in English when their Telegram says English and they chose nothing", async () => {
    const result = await viewAs(COUNTY_STAFF, "en");
    expect(result.kind).toBe("overview");
    expect(result.locale).toBe("en");
  });

  async function hqOf(committeeId: number): Promise<number | undefined> {
    const [row] = await h.database.db.select().from(committees).where(eq(committees.id, committeeId));
    return row?.hqId;
  }
});

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { parseVisitText, parseVisitWhen } from "../../../src/domain/follow-through.ts";
import { committees, fieldVisits } from "../../../src/db/schema.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import {
  acceptProposedVisitDate,
  approveFieldVisit,
  proposeOtherVisitDate,
  requestFieldVisit,
} from "../../../src/services/field-visits/field-visits.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import type { EmuMessage } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { visitFixtures } from "../../helpers/field-visit-fixtures.ts";
import {
  type FollowThroughWorld,
  followThroughWorld,
  OTHER_SECRETARY,
  OTHER_STAFF,
  STAFF,
} from "../../helpers/follow-through-setup.ts";
import {
  CHAIR,
  COMMITTEE_CHAT,
  MEMBERS,
  nineSeatRoster,
  SECRETARIAT_CHAT,
  SECRETARY,
  validRoster,
} from "../../helpers/rosters.ts";

const START = "2026-11-28T08:00:00Z"; // Saturday 7 Azar 1405, 11:30 in Tehran
const ZONE = "Asia/Tehran";
const PLACE = "محله سرچشمه";
const PURPOSE = "بررسی وضعیت معابر و بناهای فرسوده";

const buttons = (m: EmuMessage) =>
  (
    (m.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined)
      ?.inline_keyboard ?? []
  ).flat();

describe("field visits coordinated with the HQ secretariat (bylaw B15)", () => {
  let h: BotHarness;
  let w: FollowThroughWorld;
  beforeAll(async () => {
    h = await BotHarness.create(START);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    // Built at the test's time: orders named without a start begin on the day they are imported (B2).
    h.clock.set(START);
    w = await followThroughWorld(h);
    h.emulator.clearCalls();
  });

  const { input, requested } = visitFixtures(() => ({ h, w }), PURPOSE);
  const visit = async (id: number) =>
    (await h.database.db.select().from(fieldVisits).where(eq(fieldVisits.id, id)))[0]!;

  it("B15 the request reaches the HQ staff with Approve / Propose another date, and the secretariat chat as a copy", async () => {
    const result = await requestFieldVisit(h.services, w.ids[SECRETARY]!, input());
    expect(result).toMatchObject({ kind: "requested", staff: 1 });
    await h.deliver();
    const forStaff = h.emulator.lastSent(STAFF)!;
    expect(forStaff.text).toContain("چهارشنبه ۲۵ آذر ۱۴۰۵، ساعت ۱۰:۰۰");
    expect(forStaff.text).toContain(PLACE);
    expect(forStaff.text).toContain(PURPOSE);
    expect(buttons(forStaff).map((b) => b.text)).toEqual(["✅ تأیید", "📅 پیشنهاد تاریخ دیگر"]);
    expect(h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain(PURPOSE);
    expect(buttons(h.emulator.lastSent(SECRETARIAT_CHAT)!)).toEqual([]);
    expect(h.emulator.sent(OTHER_STAFF)).toHaveLength(0);
    expect(h.emulator.sent(MEMBERS[0]!)).toHaveLength(0); // members hear of it once approved
  });

  it("B15 approval by the HQ's staff announces the visit to every member privately, the group chat and the secretariat", async () => {
    const id = await requested();
    const before = await h.database.rowCounts();
    expect(await approveFieldVisit(h.services, w.ids[MEMBERS[0]!]!, id)).toEqual({ kind: "not_staff" });
    expect(await approveFieldVisit(h.services, w.ids[SECRETARY]!, id)).toEqual({ kind: "not_staff" });
    expect(await approveFieldVisit(h.services, w.ids[OTHER_STAFF]!, id)).toEqual({ kind: "not_staff" });
    expect(await approveFieldVisit(h.services, w.ids[STAFF]!, 999)).toEqual({ kind: "unknown" });
    expect(await h.database.rowCounts()).toEqual(before);

    expect(await approveFieldVisit(h.services, w.ids[STAFF]!, id)).toEqual({ kind: "approved", members: 9 });
    expect(await approveFieldVisit(h.services, w.ids[STAFF]!, id)).toEqual({
      kind: "already_decided",
      status: "approved",
    });
    expect(await visit(id)).toMatchObject({ status: "approved", decidedByPersonId: w.ids[STAFF] });
    await h.deliver();
    for (const chat of [CHAIR, SECRETARY, ...MEMBERS, COMMITTEE_CHAT, SECRETARIAT_CHAT]) {
      expect(h.emulator.lastSent(chat)?.text, `chat ${chat}`).toMatch(
        /بازدید میدانی کارگروه|Field visit of the working group/,
      );
    }
    expect(h.emulator.lastSent(1003)!.text).toContain("Wednesday 16 December 2026, 10:00");
    expect(h.emulator.lastSent(COMMITTEE_CHAT)!.text).toContain("بند ۱۵ آیین‌نامه");
    expect(buttons(h.emulator.lastSent(MEMBERS[1]!)!)).toEqual([]); // no RSVP for a visit
  });

  it("B15 another date: the staff member proposes it, the secretary (or chair) accepts, and the visit is announced at that date", async () => {
    const id = await requested();
    const proposed = { date: fromJalali(1405, 9, 28), time: { hour: 11, minute: 30 } };
    const before = await h.database.rowCounts();
    expect(await proposeOtherVisitDate(h.services, w.ids[OTHER_STAFF]!, id, proposed)).toEqual({ kind: "not_staff" });
    expect(
      await proposeOtherVisitDate(h.services, w.ids[STAFF]!, id, { date: fromJalali(1405, 9, 1), time: null }),
    ).toMatchObject({ kind: "in_past" });
    expect(await acceptProposedVisitDate(h.services, w.ids[SECRETARY]!, id)).toEqual({
      kind: "already_decided",
      status: "requested",
    });
    expect(await h.database.rowCounts()).toEqual(before);

    expect(await proposeOtherVisitDate(h.services, w.ids[STAFF]!, id, proposed)).toMatchObject({ kind: "proposed" });
    expect(await approveFieldVisit(h.services, w.ids[STAFF]!, id)).toEqual({
      kind: "already_decided",
      status: "other_date_proposed",
    });
    await h.deliver();
    const offer = h.emulator.lastSent(SECRETARY)!;
    expect(offer.text).toContain("شنبه ۲۸ آذر ۱۴۰۵، ساعت ۱۱:۳۰");
    expect(buttons(offer).map((b) => b.text)).toEqual(["✅ پذیرش این تاریخ", "↩️ انصراف از درخواست"]);

    expect(await acceptProposedVisitDate(h.services, w.ids[MEMBERS[0]!]!, id)).toEqual({ kind: "not_officer" });
    expect(await acceptProposedVisitDate(h.services, w.ids[OTHER_SECRETARY]!, id)).toEqual({ kind: "not_officer" });
    expect(await acceptProposedVisitDate(h.services, w.ids[CHAIR]!, id)).toEqual({ kind: "approved", members: 9 });
    expect(await visit(id)).toMatchObject({
      status: "approved",
      startsAt: zonedInstant(proposed.date, proposed.time, ZONE),
    });
    await h.deliver();
    expect(h.emulator.lastSent(MEMBERS[3]!)!.text).toContain("شنبه ۲۸ آذر ۱۴۰۵، ساعت ۱۱:۳۰");
    expect(h.emulator.lastSent(STAFF)!.text).toContain("تاریخ پیشنهادی شما");
  });

  it("B15 a proposed date that has passed by the time the secretary answers is refused with the reason", async () => {
    const id = await requested();
    await proposeOtherVisitDate(h.services, w.ids[STAFF]!, id, {
      date: fromJalali(1405, 9, 10),
      time: { hour: 9, minute: 0 },
    });
    h.clock.set("2026-12-02T12:00:00Z");
    expect(await acceptProposedVisitDate(h.services, w.ids[SECRETARY]!, id)).toMatchObject({
      kind: "in_past",
      zone: ZONE,
    });
    expect((await visit(id)).status).toBe("other_date_proposed");
  });

  it("B15 refusals: not an officer, a past date (today without a time is fine), an HQ without staff, an ended group — nothing recorded", async () => {
    const before = await h.database.rowCounts();
    expect(await requestFieldVisit(h.services, w.ids[MEMBERS[0]!]!, input())).toEqual({ kind: "not_officer" });
    expect(await requestFieldVisit(h.services, w.ids[OTHER_SECRETARY]!, input())).toEqual({ kind: "not_officer" });
    expect(await requestFieldVisit(h.services, w.ids[STAFF]!, input())).toEqual({ kind: "not_officer" });
    expect(
      await requestFieldVisit(
        h.services,
        w.ids[SECRETARY]!,
        input({ date: fromJalali(1405, 9, 7), time: { hour: 11, minute: 0 } }),
      ),
    ).toMatchObject({ kind: "in_past" });
    expect(
      await requestFieldVisit(h.services, w.ids[SECRETARY]!, input({ date: fromJalali(1405, 9, 6), time: null })),
    ).toMatchObject({ kind: "in_past" });
    expect(await requestFieldVisit(h.services, w.ids[SECRETARY]!, input({ place: " " }))).toEqual({ kind: "empty" });
    expect(await requestFieldVisit(h.services, w.ids[SECRETARY]!, input({ purpose: "ب".repeat(1001) }))).toEqual({
      kind: "too_long",
      max: 1000,
    });
    expect(await requestFieldVisit(h.services, w.ids[SECRETARY]!, input({ committeeId: 999 }))).toEqual({
      kind: "committee_ended",
    });
    expect(await h.database.rowCounts()).toEqual(before);

    expect(
      await requestFieldVisit(h.services, w.ids[SECRETARY]!, input({ date: fromJalali(1405, 9, 7), time: null })),
    ).toMatchObject({ kind: "requested" });
    await h.deliver();
    expect(h.emulator.lastSent(STAFF)!.text).toContain("شنبه ۷ آذر ۱۴۰۵\n"); // a day, no time

    const roster = nineSeatRoster();
    roster.headquarters.staff = [];
    await importRoster(h.services, validRoster(roster), SYSTEM_ACTOR);
    const counts = await h.database.rowCounts();
    expect(await requestFieldVisit(h.services, w.ids[SECRETARY]!, input())).toEqual({ kind: "no_staff" });
    await h.database.db.update(committees).set({ endedAt: h.clock.now() }).where(eq(committees.id, w.committeeId));
    expect(await requestFieldVisit(h.services, w.ids[SECRETARY]!, input())).toEqual({ kind: "committee_ended" });
    expect((await h.database.rowCounts()).field_visits).toBe(counts.field_visits);
  });
});

describe("reading /visit (bylaw B15)", () => {
  it("B15 date, optional time, place and purpose, in any digits and with any dash or a new line", () => {
    expect(parseVisitText("۱۴۰۵/۰۹/۲۵ ۱۰:۰۰ محله سرچشمه — بررسی معابر")).toEqual({
      ok: true,
      value: {
        date: { year: 2026, month: 12, day: 16 },
        time: { hour: 10, minute: 0 },
        place: "محله سرچشمه",
        purpose: "بررسی معابر",
      },
    });
    expect(parseVisitText("2026-12-16 ساعت 9 Old bazaar - review the roofs")).toMatchObject({
      ok: true,
      value: { time: { hour: 9, minute: 0 }, place: "Old bazaar", purpose: "review the roofs" },
    });
    expect(parseVisitText("١٤٠٥/٠٩/٢٥ محله سر-چشمه\nبررسی معابر")).toMatchObject({
      ok: true,
      value: { time: null, place: "محله سر-چشمه", purpose: "بررسی معابر" },
    });
    // The month as a word (Persian review): the date is three words, and the place begins after them.
    expect(parseVisitText("۲۵ آذر ۱۴۰۵ ساعت ۱۰ محله سرچشمه — بررسی معابر")).toMatchObject({
      ok: true,
      value: { time: { hour: 10, minute: 0 }, place: "محله سرچشمه" },
    });
    expect(parseVisitText("۲۵ آذر ۱۴۰۵ محله سرچشمه — بررسی معابر")).toMatchObject({
      ok: true,
      value: { time: null, place: "محله سرچشمه" },
    });
  });

  it("B15 what is wrong is named", () => {
    expect(parseVisitText("")).toEqual({ ok: false, error: { code: "missing_date" } });
    expect(parseVisitText("1405/13/01 x — y")).toMatchObject({
      ok: false,
      error: { code: "date", error: { code: "month_out_of_range" } },
    });
    expect(parseVisitText("1405/09/25 25:00 x — y")).toMatchObject({
      ok: false,
      error: { code: "time", error: { code: "time_out_of_range" } },
    });
    expect(parseVisitText("1405/09/25 10:00")).toEqual({ ok: false, error: { code: "missing_place" } });
    expect(parseVisitText("1405/09/25 10:00 محله سرچشمه")).toEqual({ ok: false, error: { code: "missing_purpose" } });
    expect(parseVisitText(`1405/09/25 ${"م".repeat(201)} — y`)).toEqual({
      ok: false,
      error: { code: "place_too_long", max: 200 },
    });
    expect(parseVisitWhen("1405/09/28")).toEqual({
      ok: true,
      value: { date: { year: 2026, month: 12, day: 19 }, time: null },
    });
    expect(parseVisitWhen("1405/09/28 ساعت")).toMatchObject({ ok: false, error: { code: "time" } });
  });
});

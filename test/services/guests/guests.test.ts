import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { findPersonByTelegramId, updatePerson } from "../../../src/db/queries/people.ts";
import { committees, guests, meetings, outbox } from "../../../src/db/schema.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { decideGuest, guestsOf, redeemGuestLink, requestGuest } from "../../../src/services/guests/guests.ts";
import { standingAt } from "../../../src/services/session/standing.ts";
import { platformNamed, startLink } from "../../../src/platform/platform.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { CHAIR, MEMBERS, nineSeatRoster, rosterInput, SECRETARY, validRoster } from "../../helpers/rosters.ts";

const DAY = 24 * 60 * 60 * 1000;
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const COUNTY_STAFF = 1000;
const PROVINCE_STAFF = 2000;
/** Staff of a second county in the same deployment. */
const OTHER_STAFF = 1100;
const GUEST = { id: 6001, first_name: "نماینده", last_name: "هلال احمر", language_code: "fa" };
const BOT = "kargoruh_bot";
const LINK = (payload: string) => startLink(platformNamed("telegram"), BOT, payload);

function provinceRoster(staff: number[]) {
  return {
    headquarters: {
      key: "sample-province",
      level: "province",
      name: "ستاد بازآفرینی پایدار استان نمونه",
      locale: "fa",
      staff: staff.map((id) => ({ telegram_id: id, name: `کارشناس استان ${id}` })),
    },
    committees: [],
  };
}

describe("guests without a vote (bylaw B8)", () => {
  let h: BotHarness;
  const ids: Record<number, number> = {};
  let meetingId: number;

  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  async function setUp(options: { parent: boolean; provinceStaff?: number[] }) {
    await h.reset();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    if (options.parent)
      await importRoster(
        h.services,
        validRoster(provinceRoster(options.provinceStaff ?? [PROVINCE_STAFF])),
        SYSTEM_ACTOR,
      );
    const county = nineSeatRoster();
    if (options.parent) Object.assign(county.headquarters, { parent: "sample-province" });
    await importRoster(h.services, validRoster(county), SYSTEM_ACTOR);
    await importRoster(h.services, validRoster(rosterInput({ hqKey: "other-county", base: 100 })), SYSTEM_ACTOR);
    for (const telegramId of [
      CHAIR,
      SECRETARY,
      ...MEMBERS,
      COUNTY_STAFF,
      OTHER_STAFF,
      ...(options.parent ? (options.provinceStaff ?? [PROVINCE_STAFF]) : []),
    ]) {
      const person = (await findPersonByTelegramId(h.database.db, telegramId))!;
      await updatePerson(h.database.db, person.id, { startedAt: h.clock.now() });
      ids[telegramId] = person.id;
    }
    const [committee] = await h.database.db
      .select({ id: committees.id })
      .from(committees)
      .where(eq(committees.key, "physical"));
    const convened = await conveneMeeting(h.services, ids[SECRETARY]!, {
      committeeId: committee!.id,
      startsAt: MEETING,
      place: null,
      agenda: ["طرح مدیریت بحران"],
    });
    if (convened.kind !== "convened") throw new Error(convened.kind);
    meetingId = convened.meetingId;
  }

  const request = async (by = SECRETARY) =>
    requestGuest(h.services, ids[by]!, {
      meetingId,
      agency: "جمعیت هلال احمر",
      reason: "طرح مدیریت بحران بافت تاریخی",
    });
  const requested = async () => {
    const result = await request();
    if (result.kind !== "requested") throw new Error(result.kind);
    return result.guestId;
  };
  const guestRequestsTo = async (telegramId: number) =>
    (await h.database.db.select().from(outbox).where(eq(outbox.chatId, telegramId))).filter(
      (r) => r.purpose === "guest_request",
    );
  const tokenOf = async (guestId: number) =>
    (await h.database.db.select({ token: guests.token }).from(guests).where(eq(guests.id, guestId)))[0]!.token!;

  describe("a county with a provincial HQ", () => {
    beforeEach(() => setUp({ parent: true }));

    it("B8 the provincial HQ's staff receive Approve/Reject; on approval the secretary gets a one-time link", async () => {
      const result = await request();
      expect(result).toMatchObject({
        kind: "requested",
        approvingHq: "ستاد بازآفرینی پایدار استان نمونه",
        staffNotified: 1,
      });
      const [toProvince] = await guestRequestsTo(PROVINCE_STAFF);
      const payload = toProvince!.payload as {
        text: string;
        replyMarkup: { inline_keyboard: { callback_data: string }[][] };
      };
      expect(payload.text).toContain("جمعیت هلال احمر");
      expect(payload.replyMarkup.inline_keyboard.flat().map((b) => b.callback_data)).toEqual([
        `ga:${result.kind === "requested" && result.guestId}`,
        `gr:${result.kind === "requested" && result.guestId}`,
      ]);
      expect(await guestRequestsTo(COUNTY_STAFF)).toEqual([]);

      const guestId = result.kind === "requested" ? result.guestId : 0;
      expect(await decideGuest(h.services, ids[PROVINCE_STAFF]!, guestId, "approve", LINK)).toEqual({
        kind: "approved",
      });
      await h.deliver();
      const [approved, link] = h.emulator.sent(SECRETARY).slice(-2);
      expect(approved!.text).toContain("تأیید شد");
      expect(link!.text).toContain(`https://t.me/${BOT}?start=${await tokenOf(guestId)}`);
      expect(link!.text).toContain("مدعو بدون حق رأی");
    });

    it("B8 the guest opens the link once: registered without a vote, the invitation and agenda without buttons", async () => {
      const guestId = await requested();
      await decideGuest(h.services, ids[PROVINCE_STAFF]!, guestId, "approve", LINK);
      const token = await tokenOf(guestId);
      const opened = await redeemGuestLink(h.services, GUEST, token);
      expect(opened.kind).toBe("registered");
      expect(opened.kind === "registered" && opened.invitation).toContain("۱. طرح مدیریت بحران");
      expect(opened.kind === "registered" && opened.invitation).toContain("بدون حق رأی");
      const guestPerson = (await findPersonByTelegramId(h.database.db, GUEST.id))!;
      expect(await standingAt(h.database.db, meetingId, guestPerson.id)).toEqual({ kind: "guest", guestId });
      expect(await guestsOf(h.database.db, meetingId)).toMatchObject([
        { guestId, agency: "جمعیت هلال احمر", personId: guestPerson.id, name: "نماینده هلال احمر" },
      ]);
      expect((await redeemGuestLink(h.services, GUEST, token)).kind).toBe("already_registered");

      const before = await h.database.rowCounts();
      expect(await redeemGuestLink(h.services, { id: 6002, first_name: "دیگری" }, token)).toEqual({ kind: "used" });
      expect(await redeemGuestLink(h.services, { id: MEMBERS[1]!, first_name: "عضو" }, token)).toEqual({
        kind: "used",
      });
      expect(await h.database.rowCounts()).toEqual(before);

      await h.deliver();
      expect(h.emulator.lastSent(SECRETARY)!.text).toContain("پیوند را باز کرد");
      const [meeting] = await h.database.db.select().from(meetings).where(eq(meetings.id, meetingId));
      h.clock.set(new Date(meeting!.proposalDeadline.getTime() + 1000));
      await h.runJobs();
      await h.deliver();
      const finalAgenda = h.emulator.lastSent(GUEST.id)!;
      expect(finalAgenda.text).toContain("دستور جلسه نهایی");
      expect(finalAgenda.reply_markup).toBeUndefined();
    });

    it("B8 a member of the meeting cannot take a guest link", async () => {
      const guestId = await requested();
      await decideGuest(h.services, ids[PROVINCE_STAFF]!, guestId, "approve", LINK);
      const before = await h.database.rowCounts();
      expect(await redeemGuestLink(h.services, { id: MEMBERS[1]!, first_name: "عضو" }, await tokenOf(guestId))).toEqual(
        { kind: "member" },
      );
      expect(await h.database.rowCounts()).toEqual(before);
    });

    it("B8 staff of another HQ pressing Approve change nothing, the county's own staff included", async () => {
      const guestId = await requested();
      const before = await h.database.rowCounts();
      expect(await decideGuest(h.services, ids[OTHER_STAFF]!, guestId, "approve", LINK)).toEqual({
        kind: "not_staff",
        approvingHq: "ستاد بازآفرینی پایدار استان نمونه",
      });
      expect(await decideGuest(h.services, ids[COUNTY_STAFF]!, guestId, "approve", LINK)).toMatchObject({
        kind: "not_staff",
      });
      expect(await decideGuest(h.services, ids[SECRETARY]!, guestId, "approve", LINK)).toMatchObject({
        kind: "not_staff",
      });
      expect(await decideGuest(h.services, ids[PROVINCE_STAFF]!, 999_999, "approve", LINK)).toEqual({
        kind: "unknown_guest",
      });
      expect(await redeemGuestLink(h.services, GUEST, "AAAAAAAAAAAAAAAAAAAAAA")).toEqual({ kind: "unknown_token" });
      expect(await h.database.rowCounts()).toEqual(before);
    });

    it("B8 a rejection is reported to the requester and the request cannot be decided twice", async () => {
      const guestId = await requested();
      expect(await decideGuest(h.services, ids[PROVINCE_STAFF]!, guestId, "reject", LINK)).toEqual({
        kind: "rejected",
      });
      expect(await decideGuest(h.services, ids[PROVINCE_STAFF]!, guestId, "approve", LINK)).toEqual({
        kind: "already_decided",
        status: "rejected",
      });
      await h.deliver();
      expect(h.emulator.lastSent(SECRETARY)!.text).toContain("تأیید نشد");
      expect(await guestsOf(h.database.db, meetingId)).toEqual([]);
    });

    it("B8 only the secretary or the chair asks, before the meeting starts; nothing is written on a refusal", async () => {
      const before = await h.database.rowCounts();
      expect((await request(MEMBERS[2]!)).kind).toBe("not_officer");
      expect((await requestGuest(h.services, ids[SECRETARY]!, { meetingId, agency: "", reason: "x" })).kind).toBe(
        "agency_required",
      );
      expect((await requestGuest(h.services, ids[SECRETARY]!, { meetingId, agency: "x", reason: " " })).kind).toBe(
        "reason_required",
      );
      expect(
        (await requestGuest(h.services, ids[SECRETARY]!, { meetingId: 999_999, agency: "x", reason: "y" })).kind,
      ).toBe("unknown_meeting");
      h.clock.set(new Date(MEETING.getTime() + 1));
      expect((await request()).kind).toBe("meeting_closed");
      expect(await h.database.rowCounts()).toEqual(before);
      h.clock.set(new Date(MEETING.getTime() - DAY));
      expect((await request(CHAIR)).kind).toBe("requested");
    });
  });

  it("B8 without a provincial HQ the county's own staff approve", async () => {
    await setUp({ parent: false });
    const result = await request();
    expect(result).toMatchObject({ kind: "requested", approvingHq: "ستاد بازآفرینی پایدار شهرستان نمونه" });
    const guestId = result.kind === "requested" ? result.guestId : 0;
    expect(await guestRequestsTo(COUNTY_STAFF)).toHaveLength(1);
    expect(await decideGuest(h.services, ids[OTHER_STAFF]!, guestId, "approve", LINK)).toMatchObject({
      kind: "not_staff",
    });
    expect(await decideGuest(h.services, ids[COUNTY_STAFF]!, guestId, "approve", LINK)).toEqual({ kind: "approved" });
  });

  it("B8 a provincial HQ without staff leaves the decision to the county's own staff", async () => {
    await setUp({ parent: true, provinceStaff: [] });
    expect(await request()).toMatchObject({ kind: "requested", approvingHq: "ستاد بازآفرینی پایدار شهرستان نمونه" });
  });
});

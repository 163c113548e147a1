import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findPersonByTelegramId } from "../../../src/db/queries/people.ts";
import { resolutionsOfMeeting, timelineOf } from "../../../src/db/queries/resolutions.ts";
import { seatsWithHolders } from "../../../src/db/queries/seats.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { signMinutes } from "../../../src/services/minutes/minutes.ts";
import { decisionsFor } from "../../../src/services/resolutions/listing.ts";
import {
  actOnResolution,
  assignResolution,
  notifyHqResolution,
} from "../../../src/services/resolutions/resolutions.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { DAY, ENDED, type RecordedSession, recordedSession } from "../../helpers/recorded-session.ts";
import { MEMBERS, nineSeatRoster, SECRETARIAT_CHAT, SECRETARY, validRoster } from "../../helpers/rosters.ts";

const STAFF = 1000;
const PROVINCE_STAFF = 3000;

describe("resolutions: HQ approval to implementation (bylaw B11, B14)", () => {
  let h: BotHarness;
  let session: RecordedSession;
  let staffId: number;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    session = await recordedSession(h);
    staffId = (await findPersonByTelegramId(h.database.db, STAFF))!.id;
  });

  const resolutions = () => resolutionsOfMeeting(h.database.db, session.meetingId);
  const passedId = async () => (await resolutions()).find((r) => r.passed)!.id;
  const sign = () => signMinutes(h.services, session.ids[SECRETARY]!, session.minutesId);

  it("B11 nothing goes to the HQ before the minutes are signed; then passed resolutions await approval and failed ones close", async () => {
    expect((await resolutions()).map((r) => r.status)).toEqual(["recorded", "recorded"]);
    await sign();
    expect((await resolutions()).map((r) => [r.passed, r.status])).toEqual([
      [true, "awaiting_approval"],
      [false, "not_passed"],
    ]);
    await h.deliver();
    const request = h.emulator.sent(STAFF).find((m) => m.text?.includes("برای تأیید اجرا"));
    expect(request?.text).toContain("تصویب طرح ساماندهی");
    expect(h.emulator.sent(SECRETARIAT_CHAT).some((m) => m.text?.includes("برای تأیید اجرا"))).toBe(true);
  });

  it("B11 a county without a provincial HQ approves its own; members and the secretary may not approve", async () => {
    await sign();
    const id = await passedId();
    expect(await actOnResolution(h.services, session.ids[SECRETARY]!, id, { kind: "approve" })).toEqual({
      kind: "not_authorized",
    });
    expect(await actOnResolution(h.services, session.ids[MEMBERS[0]!]!, id, { kind: "approve" })).toEqual({
      kind: "not_authorized",
    });
    expect(await actOnResolution(h.services, staffId, id, { kind: "approve" })).toEqual({
      kind: "done",
      status: "approved",
    });
    expect(await actOnResolution(h.services, staffId, id, { kind: "approve" })).toEqual({ kind: "not_allowed" });
  });

  it("B11 with a provincial HQ above, only the province's staff decide", async () => {
    await importRoster(
      h.services,
      validRoster({
        headquarters: {
          key: "sample-province",
          level: "province",
          name: "ستاد استان",
          staff: [{ telegram_id: PROVINCE_STAFF, name: "کارشناس استان" }],
        },
      }),
      SYSTEM_ACTOR,
    );
    const county = nineSeatRoster();
    (county.headquarters as Record<string, unknown>).parent = "sample-province";
    await importRoster(h.services, validRoster(county), SYSTEM_ACTOR);
    await sign();
    const id = await passedId();
    expect(await actOnResolution(h.services, staffId, id, { kind: "approve" })).toEqual({ kind: "not_authorized" });
    const provinceStaff = (await findPersonByTelegramId(h.database.db, PROVINCE_STAFF))!;
    expect(await actOnResolution(h.services, provinceStaff.id, id, { kind: "return", comment: "  " })).toEqual({
      kind: "comment_required",
    });
    expect(
      await actOnResolution(h.services, provinceStaff.id, id, { kind: "return", comment: "ردیف بودجه مشخص نیست" }),
    ).toEqual({ kind: "done", status: "returned" });
    expect(await actOnResolution(h.services, session.ids[SECRETARY]!, id, { kind: "resubmit" })).toEqual({
      kind: "done",
      status: "awaiting_approval",
    });
    expect(await actOnResolution(h.services, provinceStaff.id, id, { kind: "approve" })).toEqual({
      kind: "done",
      status: "approved",
    });
    await h.deliver();
    expect(h.emulator.sent(SECRETARY).some((m) => m.text?.includes("ردیف بودجه مشخص نیست"))).toBe(true);
  });

  it("from the vote to implemented: owner, due date, monthly follow-up, the owner's answers as a timeline", async () => {
    await sign();
    const id = await passedId();
    await actOnResolution(h.services, staffId, id, { kind: "approve" });
    const seats = await seatsWithHolders(h.database.db, [session.committeeId]);
    const ownerSeat = seats.find((s) => s.holder?.personId === session.ids[MEMBERS[1]!])!;
    expect(await assignResolution(h.services, session.ids[MEMBERS[0]!]!, id, ownerSeat.id, null)).toEqual({
      kind: "not_officer",
    });
    expect(await assignResolution(h.services, session.ids[SECRETARY]!, id, ownerSeat.id, "2020-01-01")).toEqual({
      kind: "due_in_past",
    });
    expect(await assignResolution(h.services, session.ids[SECRETARY]!, id, ownerSeat.id, "2027-03-01")).toEqual({
      kind: "assigned",
      askedNow: false,
    });
    await h.deliver();
    const told = h.emulator.sent(MEMBERS[1]!).filter((m) => m.text?.includes("به جایگاه شما"));
    expect(told, "the owner learns at once what is theirs to do").toHaveLength(1);
    expect(told[0]!.text).toContain("مهلت اجرا: دوشنبه ۱۰ اسفند ۱۴۰۵");
    expect(told[0]!.text).toContain("هر ۳۰ روز");
    h.emulator.clearCalls();
    h.clock.set(new Date(ENDED.getTime() + 31 * DAY));
    await h.runJobs();
    await h.deliver();
    const question = h.emulator.sent(MEMBERS[1]!).find((m) => m.text?.includes("پیگیری اجرای مصوبه"));
    expect(question?.text).toContain("۱۴۰۵"); // the due date in the owner's calendar
    expect(
      await actOnResolution(h.services, session.ids[MEMBERS[2]!]!, id, { kind: "report", answer: "done" }),
    ).toEqual({ kind: "not_authorized" });
    expect(
      await actOnResolution(h.services, session.ids[MEMBERS[1]!]!, id, { kind: "report", answer: "blocked" }),
    ).toEqual({ kind: "reason_required" });
    expect(
      await actOnResolution(h.services, session.ids[MEMBERS[1]!]!, id, {
        kind: "report",
        answer: "blocked",
        note: "اعتبار نرسیده",
      }),
    ).toEqual({ kind: "done", status: "blocked" });
    expect(
      await actOnResolution(h.services, session.ids[MEMBERS[1]!]!, id, { kind: "report", answer: "in_progress" }),
    ).toEqual({ kind: "done", status: "in_progress" });
    expect(
      await actOnResolution(h.services, session.ids[MEMBERS[1]!]!, id, { kind: "report", answer: "done" }),
    ).toEqual({ kind: "done", status: "implemented" });
    const timeline = (await timelineOf(h.database.db, id)).map((e) => e.status);
    expect(timeline).toEqual(["awaiting_approval", "approved", "assigned", "blocked", "in_progress", "implemented"]);
    h.clock.set(new Date(ENDED.getTime() + 80 * DAY));
    expect((await h.runJobs()).claimed).toBe(0); // follow-ups stop once implemented
  });

  it("a due date less than a week away is asked about at once; a farther one a week before it, once", async () => {
    await sign();
    const id = await passedId();
    await actOnResolution(h.services, staffId, id, { kind: "approve" });
    const seats = await seatsWithHolders(h.database.db, [session.committeeId]);
    const ownerSeat = seats.find((s) => s.holder?.personId === session.ids[MEMBERS[1]!])!;
    const asked = () =>
      h.emulator
        .sent(MEMBERS[1]!)
        .filter((m) => m.text?.includes("پیگیری اجرای مصوبه"))
        .map((m) => m.text);
    const jobsThenDeliver = async () => {
      await h.runJobs();
      await h.deliver();
    };
    await h.deliver();
    h.emulator.clearCalls();

    // ENDED is 21 Azar 1405 (12 Dec 2026); due 24 Azar.
    expect(await assignResolution(h.services, session.ids[SECRETARY]!, id, ownerSeat.id, "2026-12-15")).toEqual({
      kind: "assigned",
      askedNow: true,
    });
    await jobsThenDeliver();
    expect(asked()).toHaveLength(1);
    expect(asked()[0]).toContain("مهلت: سه‌شنبه ۲۴ آذر ۱۴۰۵");
    await jobsThenDeliver();
    expect(asked(), "the week-before question is asked once").toHaveLength(1);

    // Given ten days instead: nothing now, the question on 24 Azar (a week before 1 Dey) at 09:00 in Tehran.
    expect(await assignResolution(h.services, session.ids[SECRETARY]!, id, ownerSeat.id, "2026-12-22")).toEqual({
      kind: "assigned",
      askedNow: false,
    });
    await jobsThenDeliver();
    expect(asked()).toHaveLength(1);
    h.clock.set(new Date("2026-12-15T05:29:00Z")); // 08:59 in Tehran
    await jobsThenDeliver();
    expect(asked(), "not in the night before the working morning").toHaveLength(1);
    h.clock.set(new Date("2026-12-15T05:30:00Z"));
    await jobsThenDeliver();
    expect(asked()).toHaveLength(2);
    expect(asked()[1]).toContain("۱ دی ۱۴۰۵");
  });

  it("an overdue resolution escalates to the secretary and the chair", async () => {
    await sign();
    const id = await passedId();
    await actOnResolution(h.services, staffId, id, { kind: "approve" });
    const seats = await seatsWithHolders(h.database.db, [session.committeeId]);
    await assignResolution(h.services, session.ids[SECRETARY]!, id, seats[3]!.id, "2026-12-20");
    await h.deliver();
    h.emulator.clearCalls();
    const escalated = () => h.emulator.sent(SECRETARY).some((m) => m.text?.includes("مهلت اجرای مصوبه"));
    h.clock.set(new Date("2026-12-21T05:00:00Z")); // 08:30 in Tehran, the day after the due date
    await h.runJobs();
    await h.deliver();
    expect(escalated()).toBe(false);
    h.clock.set(new Date("2026-12-21T05:30:00Z"));
    await h.runJobs();
    await h.deliver();
    expect(escalated()).toBe(true);
  });

  it("B14 an HQ resolution notified to a group is acknowledged by the secretary and then followed like any other", async () => {
    expect((await notifyHqResolution(h.services, session.ids[MEMBERS[0]!]!, "physical", "x")).kind).toBe("not_staff");
    expect((await notifyHqResolution(h.services, staffId, "nope", "x")).kind).toBe("unknown_committee");
    const notified = await notifyHqResolution(h.services, staffId, "physical", "ساماندهی معابر محله تا پایان سال");
    expect(notified.kind).toBe("notified");
    if (notified.kind !== "notified") return;
    expect(
      await actOnResolution(h.services, session.ids[MEMBERS[0]!]!, notified.resolutionId, { kind: "acknowledge" }),
    ).toEqual({ kind: "not_authorized" });
    expect(
      await actOnResolution(h.services, session.ids[SECRETARY]!, notified.resolutionId, { kind: "acknowledge" }),
    ).toEqual({ kind: "done", status: "approved" });
    const decisions = await decisionsFor(h.database.db, session.ids[MEMBERS[0]!]!);
    expect(decisions[0]!.rows.map((r) => r.status)).toContain("approved");
  });
});

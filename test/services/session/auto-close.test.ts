import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listAudit } from "../../../src/db/queries/audit.ts";
import { findMeeting } from "../../../src/db/queries/meetings.ts";
import { minutesOfMeeting } from "../../../src/db/queries/minutes.ts";
import { findPersonByTelegramId } from "../../../src/db/queries/people.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { autoCloseSession } from "../../../src/services/session/auto-close.ts";
import { checkIn, endMeeting, startMeeting } from "../../../src/services/session/session.ts";
import { openVote } from "../../../src/services/votes/votes.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { HOUR, MEETING, seatedCommittee } from "../../helpers/recorded-session.ts";
import { COMMITTEE_CHAT, MEMBERS, nineSeatRoster, SECRETARY, CHAIR, validRoster } from "../../helpers/rosters.ts";

describe("B9: the 48-hour clock does not wait for /endmeeting", () => {
  let h: BotHarness;
  let meetingId: number;
  let committeeId: number;
  const person = async (telegramId: number) => (await findPersonByTelegramId(h.database.db, telegramId))!.id;

  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  beforeEach(async () => {
    ({ committeeId } = await seatedCommittee(h));
    const convened = await conveneMeeting(h.services, await person(SECRETARY), {
      committeeId,
      startsAt: MEETING,
      place: null,
      agenda: ["بررسی طرح"],
    });
    if (convened.kind !== "convened") throw new Error(convened.kind);
    meetingId = convened.meetingId;
    h.clock.set(new Date(MEETING.getTime() + 5 * 60 * 1000));
    const started = await startMeeting(h.services, await person(SECRETARY), { committeeId });
    if (started.kind !== "started") throw new Error(started.kind);
    await h.deliver();
    h.emulator.clearCalls();
  });

  it("B9: a session left open is closed 6 hours after it started and the 48-hour clock starts then", async () => {
    h.clock.set(new Date(MEETING.getTime() + 6 * HOUR));
    await h.runJobs();
    expect((await findMeeting(h.database.db, meetingId))!.status).toBe("in_session");

    const closeAt = new Date(MEETING.getTime() + 5 * 60 * 1000 + 6 * HOUR);
    h.clock.set(closeAt);
    await h.runJobs();
    const meeting = (await findMeeting(h.database.db, meetingId))!;
    expect(meeting).toMatchObject({ status: "ended", endedAt: closeAt });
    expect((await minutesOfMeeting(h.database.db, meetingId))!.dueAt).toEqual(new Date(closeAt.getTime() + 48 * HOUR));
    const audit = await listAudit(h.database.db, { limit: 1000 });
    expect(audit.find((a) => a.action === "meeting.ended")).toMatchObject({
      actorPersonId: null,
      details: expect.objectContaining({ closedAutomatically: true }),
    });

    await h.deliver();
    const group = h.emulator.sent(COMMITTEE_CHAT).map((m) => m.text ?? "");
    expect(
      group.some(
        (t) =>
          t.includes("ربات آن را بست: هر جلسه ۶ ساعت پس از آغاز یا در نیمه‌شب به وقت ستاد") &&
          t.includes("(بند ۹ آیین‌نامه)"),
      ),
    ).toBe(true);
    expect(group.join("\n")).toContain("تا دوشنبه ۲۳ آذر ۱۴۰۵، ساعت ۱۶:۰۵ امضا و ارسال شود");
    expect(
      h.emulator
        .sent(SECRETARY)
        .some((m) => m.text?.includes("مهلت ۴۸ ساعته صورتجلسه (بند ۹ آیین‌نامه) از همین زمان آغاز شد")),
    ).toBe(true);

    // Once closed, the job has nothing more to do.
    expect(await autoCloseSession(h.services, meetingId)).toBe("not_in_session");
  });

  it("B9: under a group's own minutes hours the messages say the hours are the group's rule and give the bylaw's 48", async () => {
    const roster = nineSeatRoster();
    (roster.committees[1] as Record<string, unknown>).rules = { minutes_hours: 72 };
    await importRoster(h.services, validRoster(roster), SYSTEM_ACTOR);
    h.clock.set(new Date(MEETING.getTime() + 5 * 60 * 1000 + 6 * HOUR));
    expect(await autoCloseSession(h.services, meetingId)).toBe("closed");
    await h.deliver();
    const toSecretary = h.emulator
      .sent(SECRETARY)
      .map((m) => m.text ?? "")
      .join("\n");
    expect(toSecretary).toContain(
      "مهلت ۷۲ ساعته صورتجلسه (قاعده این کارگروه؛ آیین‌نامه در بند ۹ حداکثر ۴۸ ساعت می‌خواهد) از همین زمان آغاز شد",
    );
    expect(toSecretary).toContain(
      "طبق قاعده این کارگروه (۷۲ ساعت؛ آیین‌نامه در بند ۹ حداکثر ۴۸ ساعت می‌خواهد)، صورتجلسه باید تا",
    );
    expect(toSecretary).not.toContain("طبق بند ۹ آیین‌نامه");
  });

  it("B9: a session ended by /endmeeting before the set time is left as it ended", async () => {
    h.clock.set(new Date(MEETING.getTime() + 2 * HOUR));
    expect((await endMeeting(h.services, await person(SECRETARY), committeeId)).kind).toBe("ended");
    h.clock.set(new Date(MEETING.getTime() + 7 * HOUR));
    await h.runJobs();
    expect((await findMeeting(h.database.db, meetingId))!.endedAt).toEqual(new Date(MEETING.getTime() + 2 * HOUR));
    const ended = (await listAudit(h.database.db, { limit: 1000 })).filter((a) => a.action === "meeting.ended");
    expect(ended).toHaveLength(1);
  });

  it("B9: a vote still open at the set time is not cut short; the bot looks again half an hour later", async () => {
    for (const id of [CHAIR, SECRETARY, ...MEMBERS.slice(0, 5)]) await checkIn(h.services, await person(id), meetingId);
    const vote = await openVote(h.services, await person(SECRETARY), { committeeId, question: "پرسش", secret: false });
    expect(vote.kind).toBe("opened");
    h.clock.set(new Date(MEETING.getTime() + 5 * 60 * 1000 + 6 * HOUR));
    expect(await autoCloseSession(h.services, meetingId)).toBe("vote_open");
    expect((await findMeeting(h.database.db, meetingId))!.status).toBe("in_session");
    expect(
      (await listAudit(h.database.db, { limit: 1000 })).some((a) => a.action === "meeting.auto_close_deferred"),
    ).toBe(true);
  });
});

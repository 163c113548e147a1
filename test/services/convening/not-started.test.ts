import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listAudit } from "../../../src/db/queries/audit.ts";
import { findMeeting } from "../../../src/db/queries/meetings.ts";
import { findPersonByTelegramId } from "../../../src/db/queries/people.ts";
import { committees } from "../../../src/db/schema.ts";
import { fromJalali, zonedInstant } from "../../../src/domain/calendar.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import { cancelMeeting, rescheduleMeeting } from "../../../src/services/convening/manage.ts";
import { answerUnstartedMeeting } from "../../../src/services/convening/not-started.ts";
import { findCommitteeById } from "../../../src/db/queries/committees.ts";
import { findHeadquartersById } from "../../../src/db/queries/headquarters.ts";
import { figuresFor } from "../../../src/services/reports/reports.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { startMeeting } from "../../../src/services/session/session.ts";
import { BotHarness, buttonData, persian } from "../../helpers/bot-harness.ts";
import {
  CHAIR,
  COMMITTEE_CHAT,
  MEMBERS,
  nineSeatRoster,
  SECRETARIAT_CHAT,
  SECRETARY,
  validRoster,
} from "../../helpers/rosters.ts";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
/** Saturday 21 Azar 1405, 10:00 Tehran; asked on Sunday 22 Azar at 09:00 Tehran. */
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const ASK_AT = zonedInstant(fromJalali(1405, 9, 22), { hour: 9, minute: 0 }, "Asia/Tehran");

describe("B9/B13: a convened meeting that never started", () => {
  let h: BotHarness;
  let meetingId: number;
  let committeeId: number;
  const person = async (telegramId: number) => (await findPersonByTelegramId(h.database.db, telegramId))!.id;
  const questionsTo = (telegramId: number) => h.emulator.sent(telegramId).filter((m) => m.text?.includes("آغاز نشد"));

  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());

  beforeEach(async () => {
    await h.reset();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    await importRoster(h.services, validRoster(nineSeatRoster()), SYSTEM_ACTOR);
    committeeId = (await h.database.db.select().from(committees).where(eq(committees.key, "physical")))[0]!.id;
    const convened = await conveneMeeting(h.services, await person(SECRETARY), {
      committeeId,
      startsAt: MEETING,
      place: null,
      agenda: ["بررسی طرح"],
    });
    if (convened.kind !== "convened") throw new Error(convened.kind);
    meetingId = convened.meetingId;
    await h.deliver();
    h.emulator.clearCalls();
  });

  it("B9/B13: a meeting that never started is asked about the day after", async () => {
    h.clock.set(new Date(ASK_AT.getTime() - 60 * 1000));
    await h.runJobs();
    await h.deliver();
    expect(questionsTo(SECRETARY)).toHaveLength(0);

    h.clock.set(ASK_AT);
    await h.runJobs();
    await h.deliver();
    const [question] = questionsTo(SECRETARY);
    expect(question?.text).toContain("(بند ۹)");
    expect(buttonData(question!, "آغاز با تأخیر")).toBe(`nst:${meetingId}:s`);
    expect(buttonData(question!, "لغو جلسه")).toBe(`nst:${meetingId}:c`);
    expect(buttonData(question!, "ثبت برگزارنشدن")).toBe(`nst:${meetingId}:n`);
    // The secretary's order is in force: the chair is not asked as well, and the members never.
    expect(questionsTo(CHAIR)).toHaveLength(0);
    expect(questionsTo(MEMBERS[0]!)).toHaveLength(0);
  });

  it("B9/B13: a cancelled or started meeting is not asked", async () => {
    expect((await cancelMeeting(h.services, await person(SECRETARY), meetingId)).kind).toBe("cancelled");
    const second = await conveneMeeting(h.services, await person(SECRETARY), {
      committeeId,
      startsAt: new Date(MEETING.getTime() + HOUR),
      place: null,
      agenda: ["دستور"],
    });
    if (second.kind !== "convened") throw new Error(second.kind);
    h.clock.set(new Date(MEETING.getTime() + HOUR + 5 * 60 * 1000));
    expect((await startMeeting(h.services, await person(SECRETARY), { committeeId })).kind).toBe("started");
    h.clock.set(new Date(ASK_AT.getTime() + HOUR));
    await h.runJobs();
    await h.deliver();
    expect(questionsTo(SECRETARY)).toHaveLength(0);
  });

  it("B9/B13: a rescheduled meeting is asked about the day after its new date, not its old one", async () => {
    h.clock.set(new Date(MEETING.getTime() - 9 * DAY));
    const moved = new Date(MEETING.getTime() + 2 * DAY);
    expect((await rescheduleMeeting(h.services, await person(SECRETARY), meetingId, moved)).kind).toBe("rescheduled");
    h.clock.set(ASK_AT);
    await h.runJobs();
    await h.deliver();
    expect(questionsTo(SECRETARY)).toHaveLength(0);
    h.clock.set(new Date(ASK_AT.getTime() + 2 * DAY));
    await h.runJobs();
    await h.deliver();
    expect(questionsTo(SECRETARY)).toHaveLength(1);
  });

  it("B9/B13: only an officer with an order in force may answer", async () => {
    h.clock.set(ASK_AT);
    expect(await answerUnstartedMeeting(h.services, await person(MEMBERS[0]!), meetingId, "not_held")).toEqual({
      kind: "not_officer",
    });
    expect((await findMeeting(h.database.db, meetingId))!.status).toBe("scheduled");
    // Far past the secretary's two-year order, the seat gives no powers (B2).
    h.clock.set(new Date(ASK_AT.getTime() + 3 * 365 * DAY));
    const lapsed = await answerUnstartedMeeting(h.services, await person(SECRETARY), meetingId, "cancel");
    expect(lapsed).toMatchObject({ kind: "not_officer", lapsed: { role: "secretary", state: "ended" } });
    expect((await findMeeting(h.database.db, meetingId))!.status).toBe("scheduled");
  });

  it("B9/B13: recorded as not held, the group and the secretariat are told, and a second press says what was decided", async () => {
    h.clock.set(ASK_AT);
    expect(await answerUnstartedMeeting(h.services, await person(SECRETARY), meetingId, "not_held")).toEqual({
      kind: "recorded_not_held",
    });
    expect((await findMeeting(h.database.db, meetingId))!.status).toBe("not_held");
    const audit = await listAudit(h.database.db, { limit: 1000 });
    expect(audit.find((a) => a.action === "meeting.not_held")).toMatchObject({
      actorPersonId: await person(SECRETARY),
      subjectId: String(meetingId),
    });
    await h.deliver();
    expect(h.emulator.sent(COMMITTEE_CHAT).some((m) => m.text?.includes("برگزار نشد و به همین صورت ثبت شد"))).toBe(
      true,
    );
    expect(h.emulator.sent(SECRETARIAT_CHAT).some((m) => m.text?.includes("برگزار نشد و به همین صورت ثبت شد"))).toBe(
      true,
    );

    expect(await answerUnstartedMeeting(h.services, await person(CHAIR), meetingId, "cancel")).toEqual({
      kind: "already",
      answer: "not_held",
    });
    expect(await answerUnstartedMeeting(h.services, await person(CHAIR), meetingId, "start")).toEqual({
      kind: "already",
      answer: "not_held",
    });
    expect((await startMeeting(h.services, await person(CHAIR), { meetingId })).kind).toBe("ended");
  });

  it("B9/B13: a meeting recorded as not held appears in the quarterly report", async () => {
    h.clock.set(ASK_AT);
    await answerUnstartedMeeting(h.services, await person(SECRETARY), meetingId, "not_held");
    const committee = (await findCommitteeById(h.database.db, committeeId))!;
    const hq = (await findHeadquartersById(h.database.db, committee.hqId))!;
    const figures = await figuresFor(
      h.database.db,
      committee,
      hq,
      { kind: "quarterly", jy: 1405, quarter: 3 },
      h.clock.now(),
    );
    expect(figures).toMatchObject({ meetingsNotHeld: 1, meetingsHeld: 0 });
  });

  it("B9/B13: cancel gives the reason 'did not take place' to the members", async () => {
    h.clock.set(ASK_AT);
    expect(await answerUnstartedMeeting(h.services, await person(SECRETARY), meetingId, "cancel")).toEqual({
      kind: "cancelled",
    });
    const audit = await listAudit(h.database.db, { limit: 1000 });
    expect(audit.find((a) => a.action === "meeting.cancelled")).toMatchObject({
      details: { reason: "did_not_take_place" },
    });
    await h.deliver();
    expect(h.emulator.sent(MEMBERS[1]!).some((m) => m.text?.includes("لغو شد") && m.text.includes("برگزار نشد"))).toBe(
      true,
    );
    expect(await answerUnstartedMeeting(h.services, await person(SECRETARY), meetingId, "not_held")).toEqual({
      kind: "already",
      answer: "cancel",
    });
  });

  it("B9/B13: in the chat, 'start late' opens the session in the group and a later answer is told it has started", async () => {
    h.clock.set(ASK_AT);
    await h.runJobs();
    await h.deliver();
    const [question] = questionsTo(SECRETARY);
    await h.press(persian(SECRETARY, "دبیر"), question!, buttonData(question!, "آغاز با تأخیر"));
    expect((await findMeeting(h.database.db, meetingId))!.status).toBe("in_session");
    // The attendance message went to the group chat, as /startmeeting sends it; the question lost its buttons.
    expect(
      h.emulator
        .sent(COMMITTEE_CHAT)
        .some((m) => m.text?.includes("حاضرم") || JSON.stringify(m.reply_markup ?? "").includes("حاضرم")),
    ).toBe(true);
    expect(await answerUnstartedMeeting(h.services, await person(CHAIR), meetingId, "not_held")).toEqual({
      kind: "already",
      answer: "start",
    });
    expect((await findMeeting(h.database.db, meetingId))!.status).toBe("in_session");
  });
});

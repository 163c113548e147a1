import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPersonByTelegramId, updatePerson } from "../../../src/db/queries/people.ts";
import { resolutionsOfMeeting } from "../../../src/db/queries/resolutions.ts";
import { seatsWithHolders } from "../../../src/db/queries/seats.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import { minutesOfMeeting } from "../../../src/db/queries/minutes.ts";
import { signMinutes, viewDraft } from "../../../src/services/minutes/minutes.ts";
import { actOnResolution, assignResolution } from "../../../src/services/resolutions/resolutions.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import {
  confirmDelegation,
  createDelegation,
  decideDelegation,
  openDelegationLink,
} from "../../../src/services/delegations/delegations.ts";
import { checkIn, endMeeting, startMeeting } from "../../../src/services/session/session.ts";
import { castBallot, closeVote, openVote } from "../../../src/services/votes/votes.ts";
import { BotHarness, buttonsOf } from "../../helpers/bot-harness.ts";
import { DAY, HOUR, MEETING } from "../../helpers/recorded-session.ts";
import {
  CHAIR,
  COMMITTEE_CHAT,
  MEMBERS,
  nineSeatRoster,
  SECRETARIAT_CHAT,
  SECRETARY,
  validRoster,
} from "../../helpers/rosters.ts";

const DELEGATE = 8001;
const STAFF = 1000;

describe("from the session to implementation: attendance with a delegate → minutes → HQ approval → follow-up (B1, B3, B9, B11)", () => {
  let h: BotHarness;
  const ids: Record<number, number> = {};
  beforeAll(async () => {
    h = await BotHarness.create();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    await importRoster(h.services, validRoster(nineSeatRoster()), SYSTEM_ACTOR);
    for (const telegramId of [STAFF, CHAIR, SECRETARY, ...MEMBERS]) {
      const person = (await findPersonByTelegramId(h.database.db, telegramId))!;
      await updatePerson(h.database.db, person.id, { startedAt: h.clock.now() });
      ids[telegramId] = person.id;
    }
  });
  afterAll(() => h.close());

  it("runs the whole chain", async () => {
    const db = h.database.db;
    const committeeId = (await db.query.committees.findFirst({ where: (c, { eq }) => eq(c.key, "physical") }))!.id;
    const convened = await conveneMeeting(h.services, ids[SECRETARY]!, {
      committeeId,
      startsAt: MEETING,
      place: "دفتر فرماندار",
      agenda: ["طرح ساماندهی"],
    });
    if (convened.kind !== "convened") throw new Error(convened.kind);
    const meetingId = convened.meetingId;

    // B1: member 7 cannot come and names a delegate in writing; the secretary accepts.
    const absentee = MEMBERS[6]!;
    const created = await createDelegation(
      h.services,
      ids[absentee]!,
      meetingId,
      "آقای نمونه، معاون اداره، با اختیار کامل رأی",
    );
    if (created.kind !== "created") throw new Error(created.kind);
    const opened = await openDelegationLink(
      h.services,
      { id: DELEGATE, first_name: "نماینده", language_code: "fa" },
      created.token,
    );
    expect(opened.kind).toBe("opened");
    const delegatePerson = (await findPersonByTelegramId(db, DELEGATE))!;
    expect((await confirmDelegation(h.services, delegatePerson.id, created.delegation.delegationId)).kind).toBe(
      "confirmed",
    );
    expect((await decideDelegation(h.services, ids[SECRETARY]!, created.delegation.delegationId, true)).kind).toBe(
      "accepted",
    );

    // B3: the session opens on the day; 5 members and the delegate check in: 6 of 9, quorate.
    h.clock.set(new Date(MEETING.getTime() + 5 * 60 * 1000));
    expect((await startMeeting(h.services, ids[SECRETARY]!, { committeeId })).kind).toBe("started");
    await h.deliver();
    const privateCheckIn = h.emulator.sent(DELEGATE).find((m) => m.text?.includes("حاضرم"));
    expect(buttonsOf(privateCheckIn!).map((b) => b.callback_data)).toEqual([`ci:${meetingId}`]);
    for (const member of [SECRETARY, ...MEMBERS.slice(0, 4)])
      expect((await checkIn(h.services, ids[member]!, meetingId)).kind).toBe("checked_in");
    expect((await checkIn(h.services, delegatePerson.id, meetingId)).kind).toBe("checked_in");
    const vote = await openVote(h.services, ids[SECRETARY]!, {
      committeeId,
      question: "تصویب طرح ساماندهی",
      secret: false,
    });
    if (vote.kind !== "opened") throw new Error(vote.kind);
    for (const voter of [SECRETARY, ...MEMBERS.slice(0, 3)])
      await castBallot(h.services, { personId: ids[voter]!, telegramId: voter }, vote.vote.voteId, "yes");
    const principal = await castBallot(
      h.services,
      { personId: ids[absentee]!, telegramId: absentee },
      vote.vote.voteId,
      "yes",
    );
    expect(principal).toMatchObject({ kind: "refused", reason: "delegated" });
    await castBallot(h.services, { personId: delegatePerson.id, telegramId: DELEGATE }, vote.vote.voteId, "yes");
    const closed = await closeVote(h.services, ids[SECRETARY]!, { voteId: vote.vote.voteId });
    expect(closed).toMatchObject({ kind: "closed", outcome: { yes: 5, threshold: 5, passed: true } });

    // B9: ending the session opens the minutes and starts the 48-hour clock; the secretary gets the draft.
    h.clock.set(new Date(MEETING.getTime() + 2 * HOUR));
    expect((await endMeeting(h.services, ids[SECRETARY]!, committeeId)).kind).toBe("ended");
    const minutes = (await minutesOfMeeting(db, meetingId))!;
    expect(minutes.dueAt).toEqual(new Date(MEETING.getTime() + 50 * HOUR));
    await h.deliver();
    expect(h.emulator.sent(SECRETARY).some((m) => m.text?.includes("پیش‌نویس صورتجلسه"))).toBe(true);
    const draft = await viewDraft(db, h.services.t, ids[SECRETARY]!, minutes.id);
    expect(draft.kind === "draft" && draft.text).toContain(
      "حاضران: ۶ از ۹ عضو دارای حق رأی؛ حد نصاب ۶؛ جلسه رسمیت یافت.",
    );
    expect(draft.kind === "draft" && draft.text).toContain("نماینده (نماینده موقت");
    expect(draft.kind === "draft" && draft.text).toContain("موافق ۵، مخالف ۰، ممتنع ۰؛ حد لازم ۵");

    // Sign and send: members, the group and the HQ secretariat have it; the resolution goes to the HQ.
    h.emulator.clearCalls();
    const signed = await signMinutes(h.services, ids[SECRETARY]!, minutes.id);
    expect(signed.kind).toBe("signed");
    await h.deliver();
    for (const chat of [CHAIR, ...MEMBERS, COMMITTEE_CHAT, SECRETARIAT_CHAT]) {
      expect(
        h.emulator.sent(chat).some((m) => m.text?.includes("SHA-256")),
        `chat ${chat}`,
      ).toBe(true);
    }
    const [resolution] = await resolutionsOfMeeting(db, meetingId);
    expect(resolution!.status).toBe("awaiting_approval");
    expect(await actOnResolution(h.services, ids[STAFF]!, resolution!.id, { kind: "approve" })).toEqual({
      kind: "done",
      status: "approved",
    });
    const owner = (await seatsWithHolders(db, [committeeId])).find((s) => s.holder?.personId === ids[MEMBERS[0]!])!;
    expect(await assignResolution(h.services, ids[SECRETARY]!, resolution!.id, owner.id, null)).toEqual({
      kind: "assigned",
      askedNow: false,
    });
    expect(
      await actOnResolution(h.services, ids[MEMBERS[0]!]!, resolution!.id, { kind: "report", answer: "done" }),
    ).toEqual({ kind: "done", status: "implemented" });
  });
});

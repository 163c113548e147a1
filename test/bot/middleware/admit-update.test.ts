import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBot } from "../../../src/bot/create-bot.ts";
import { silentLogger } from "../../../src/logger.ts";
import { conveneMeeting } from "../../../src/services/convening/convene.ts";
import { checkIn, startMeeting } from "../../../src/services/session/session.ts";
import { BotHarness, buttonData, english, persian, TEST_TOKEN } from "../../helpers/bot-harness.ts";
import { HOUR, MEETING, seatedCommittee } from "../../helpers/recorded-session.ts";
import { CHAIR, COMMITTEE_CHAT, MEMBERS, SECRETARY } from "../../helpers/rosters.ts";
import { recordingDatabase } from "../../helpers/statement-log.ts";

/**
 * Every update starts with one statement that claims it (dedupe), loads the person who sent it and reads their wizard
 * state in the chat. The vote path is counted statement by statement: it is what issue #6's P1 benchmark measures.
 */
describe("an update is admitted in one statement", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  /** A second bot instance on the same database whose statements are recorded. */
  function countedBot() {
    const recorded = recordingDatabase(h.database);
    const bot = createBot({
      services: { ...h.services, db: recorded.db },
      log: silentLogger,
      token: TEST_TOKEN,
      apiRoot: h.emulator.url,
      botInfo: h.emulator.botInfo,
    });
    return { bot, statements: recorded.statements };
  }

  async function convened() {
    const seated = await seatedCommittee(h);
    const result = await conveneMeeting(h.services, seated.ids[SECRETARY]!, {
      committeeId: seated.committeeId,
      startsAt: MEETING,
      place: "دفتر فرماندار",
      agenda: ["بررسی طرح‌های بازآفرینی", "بودجه پیشنهادی"],
    });
    if (result.kind !== "convened") throw new Error(result.kind);
    await h.deliver();
    return { ...seated, meetingId: result.meetingId };
  }

  it("an RSVP press costs four statements: the admission, the meeting locked and read with the invitation, the audit chain's head locked, the answer written with its audit entry linked to it; a replay costs the admission", async () => {
    await convened();
    const invitation = h.emulator.lastSent(MEMBERS[1]!)!;
    const { bot, statements } = countedBot();
    const update = h.emulator.callback(persian(MEMBERS[1]!), invitation, buttonData(invitation, "حضور دارم"));
    await bot.handleUpdate(update);
    expect(statements).toHaveLength(4);
    expect(statements[0]).toMatch(
      /^with "claim" as \(insert into "processed_updates".* left join "people" .* left join "conversation_state" /,
    );
    expect(statements.slice(1).filter((s) => s.includes('"people"') || s.includes('"conversation_state"'))).toEqual([]);
    expect(statements[1]).toMatch(/^select .* from "meetings" .* for update of "meetings"$/);
    expect(statements[2]!.split(" (")[0]).toBe('insert into "audit_chain_heads"');
    expect(statements[3]).toMatch(
      /^with appended as \(insert into "audit_log" .*, alongside_0 as \(update "invitations" set "response" = \$\d+, "responded_at" = \$\d+ where "invitations"."id" = \$\d+\) update "audit_chain_heads" /,
    );
    // The redrawn invitation is the one delivered with the answer under it: the single read brought all it shows.
    expect(h.emulator.messagesIn(MEMBERS[1]!).at(-1)!.text).toBe(`${invitation.text}\n\nپاسخ شما: ✅ حضور دارم`);

    statements.length = 0;
    const answered = h.emulator.calls.length;
    await bot.handleUpdate(update);
    expect(statements).toHaveLength(1);
    expect(h.emulator.calls.length).toBe(answered);
  });

  it("the person comes with the claim: an English member is answered in English, a stranger is told they are not invited", async () => {
    await convened();
    const invitation = h.emulator.lastSent(MEMBERS[0]!)!;
    const { bot } = countedBot();
    const press = h.emulator.callback(english(MEMBERS[0]!), invitation, buttonData(invitation, "Attending"));
    await bot.handleUpdate(press);
    expect(h.emulator.callbackAnswers.get(press.callback_query!.id)).toMatchObject({
      text: "Your answer is recorded: ✅ Attending",
    });
    const stranger = h.emulator.callback(persian(4242), invitation, buttonData(invitation, "Attending"));
    await bot.handleUpdate(stranger);
    expect(h.emulator.callbackAnswers.get(stranger.callback_query!.id)).toMatchObject({
      text: "شما به این جلسه دعوت نشده‌اید؛ پاسخ ثبت نشد.",
      show_alert: true,
    });
  });

  it("a wizard open in the chat gets the next message from the state read with the claim, and keeps its state in the database", async () => {
    await convened();
    const member = persian(MEMBERS[2]!);
    const { bot, statements } = countedBot();
    await bot.handleUpdate(h.emulator.userMessage(member, "/propose"));
    expect((await h.database.rowCounts()).conversation_state).toBe(1);
    statements.length = 0;
    // The next message reaches the wizard through another instance, as after a restart or on a second server.
    const { bot: other, statements: otherStatements } = countedBot();
    await other.handleUpdate(h.emulator.userMessage(member, "ساماندهی پیاده‌روهای بافت تاریخی"));
    expect(otherStatements.filter((s) => s.startsWith('select "state" from "conversation_state"'))).toEqual([]);
    expect(h.emulator.lastSent(MEMBERS[2]!)!.text).toContain("با شماره ۱ ثبت");
    expect((await h.database.rowCounts()).conversation_state).toBe(0);
    expect((await h.database.rowCounts()).proposals).toBe(1);
  });

  it("B3 a ballot press costs four statements: the admission, one read for the vote and everything B1–B3 ask of the seat, the audit chain's head, and one write; a second press with the same choice writes nothing", async () => {
    const { ids, meetingId } = await convened();
    h.clock.set(new Date(MEETING.getTime() - HOUR));
    await startMeeting(h.services, ids[SECRETARY]!, { meetingId });
    for (const id of Object.values(ids)) await checkIn(h.services, id, meetingId);
    const group = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه" };
    const [voteMessage] = await h.say(persian(SECRETARY), "/vote تصویب طرح ساماندهی", group);
    const { bot, statements } = countedBot();
    await bot.handleUpdate(h.emulator.callback(persian(CHAIR), voteMessage!, buttonData(voteMessage!, "موافق")));
    expect(statements).toHaveLength(4);
    expect(statements[1]).toMatch(/^select .* from "votes" .* for update of "votes"$/);
    expect(statements[2]!.split(" (")[0]).toBe('insert into "audit_chain_heads"');
    // The ballot, its audit entry and the live tally's edit: one statement, after the head is locked.
    expect(statements[3]).toMatch(
      /^with appended as \(insert into "audit_log" .*, alongside_0 as \(insert into "ballots" .*, alongside_1 as \(insert into "outbox" .* update "audit_chain_heads" /,
    );
    const before = await h.database.rowCounts();
    statements.length = 0;
    await bot.handleUpdate(h.emulator.callback(persian(CHAIR), voteMessage!, buttonData(voteMessage!, "موافق")));
    // The admission and the vote's read, which shows the seat's ballot already there: no write.
    expect(statements).toHaveLength(2);
    expect(statements.filter((s) => /^(insert into|update|with appended)/.test(s))).toEqual([]);
    const after = await h.database.rowCounts();
    expect({ ...after, processed_updates: before.processed_updates }).toEqual(before);
  });
});

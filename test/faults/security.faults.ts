import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import type { Message, Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertPerson } from "../../src/db/queries/people.ts";
import {
  committees,
  delegations,
  guests,
  invitations,
  meetingRequests,
  meetings,
  people,
  proposals,
} from "../../src/db/schema.ts";
import { fromJalali, zonedInstant } from "../../src/domain/calendar.ts";
import { createHttpServer } from "../../src/http/server.ts";
import { createLogger } from "../../src/logger.ts";
import { Metrics } from "../../src/metrics.ts";
import { SYSTEM_ACTOR } from "../../src/services/shared/deps.ts";
import { importRoster } from "../../src/services/roster/import-roster.ts";
import type { EmuMessage, EmuUser } from "../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, english, persian } from "../helpers/bot-harness.ts";
import {
  CHAIR,
  COMMITTEE_CHAT,
  MEMBERS,
  nineSeatRoster,
  rosterInput,
  SECRETARY,
  validRoster,
} from "../helpers/rosters.ts";
import { translate } from "../helpers/services.ts";
import { buttonData, changedTables, postUpdate, textOf, withoutLogs } from "./helpers.ts";

/**
 * Fault 6: forged and replayed button data, strangers and plain members trying officers' actions, one HQ's people
 * acting on another HQ's records, webhook calls without the secret, anonymous admins. Nothing changes (row counts of
 * every table but audit_log and processed_updates) and every refusal is explained (a reply, a callback answer or an
 * audit row).
 */

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const ONE_LINER = "/convene ۱۴۰۵/۰۹/۲۱ ۱۰:۰۰ دفتر فرماندار\n- بررسی طرح‌های میراث";
const SESSION_BUILT = existsSync(new URL("../../src/services/session/session.ts", import.meta.url));

/** HQ B: the same small roster shifted by 100 (staff 1100, chair 1101, secretary 1102, member 1103). */
const B = { staff: 1100, chair: 1101, secretary: 1102, member: 1103, group: -1001000000102 };
const STRANGER = 9_999;
const DELEGATE = 5_001;
const GUEST = 7_001;
const group = { id: COMMITTEE_CHAT, type: "supergroup" as const, title: "کارگروه کالبدی" };

type Attempt = {
  label: string;
  changed: string[];
  explanation: string;
  by: "reply" | "callback answer" | "audit row" | "log line" | "nothing";
};

describe("fault 6: forged, replayed and unauthorized requests", () => {
  let h: BotHarness;
  const attempts: Attempt[] = [];
  const ids = { meetingA: 0, meetingB: 0, proposalA: 0, requestA: 0, committeeA: 0 };

  beforeAll(async () => {
    h = await BotHarness.create();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    await importRoster(h.services, validRoster(nineSeatRoster()), SYSTEM_ACTOR);
    await importRoster(h.services, validRoster(rosterInput({ hqKey: "county-b", base: 100 })), SYSTEM_ACTOR);
    for (const id of [CHAIR, SECRETARY, ...MEMBERS, B.staff, B.chair, B.secretary, B.member])
      await h.say(id === 1003 || id === B.member ? english(id) : persian(id), "/start");
    await h.say(persian(SECRETARY), ONE_LINER);
    await h.say(persian(B.secretary), ONE_LINER);
    await h.say(persian(MEMBERS[2]!), "/propose ساماندهی پیاده‌روها");
    await h.say(persian(MEMBERS[3]!), "/requestmeeting بررسی فوری طرح");
    await h.deliver();
    const all = await h.database.db
      .select({ id: meetings.id, committeeId: meetings.committeeId, hq: committees.key })
      .from(meetings)
      .innerJoin(committees, eq(committees.id, meetings.committeeId));
    const [a] = all.filter((m) => m.committeeId === all[0]!.committeeId);
    ids.meetingA = a!.id;
    ids.committeeA = a!.committeeId;
    ids.meetingB = all.find((m) => m.committeeId !== a!.committeeId)!.id;
    ids.proposalA = (await h.database.db.select({ id: proposals.id }).from(proposals))[0]!.id;
    ids.requestA = (await h.database.db.select({ id: meetingRequests.id }).from(meetingRequests))[0]!.id;
  });
  afterAll(async () => {
    const refused = attempts.filter((a) => a.changed.length === 0).length;
    const explained = attempts.filter((a) => a.by !== "nothing").length;
    const by = (kind: Attempt["by"]) => attempts.filter((a) => a.by === kind).length;
    console.log(
      `faults: security: ${attempts.length} unauthorized attempts, ${attempts.length - refused} state changes, ${explained} refusals explained (${by("reply")} by reply, ${by("callback answer")} by callback answer, ${by("audit row")} by audit row, ${by("log line")} by a log line, ${by("nothing")} unexplained)`,
    );
    for (const a of attempts.filter((a) => a.changed.length > 0 || a.by === "nothing")) {
      console.log(
        `faults: security: ${a.label}: changed ${JSON.stringify(a.changed)}, explained by ${a.by}: ${a.explanation.slice(0, 120)}`,
      );
    }
    await h?.close();
  });

  const somewhere = (user: EmuUser): Message =>
    ({
      message_id: 1,
      date: Math.floor(Date.now() / 1000),
      chat: { id: user.id, type: "private", first_name: user.first_name },
      text: "…",
    }) as Message;

  /** Feeds `update`, then checks that nothing changed and that the bot said why. */
  async function attempt(label: string, update: Update): Promise<Attempt> {
    const before = await h.database.rowCounts();
    const sentBefore = h.emulator.sent().length;
    const callsBefore = h.emulator.calls.length;
    await h.bot.handleUpdate(update);
    const after = await h.database.rowCounts();
    // What the person saw: new messages, and edits of the message whose button they pressed.
    const replies = [
      ...h.emulator.sent().slice(sentBefore).map(textOf),
      ...h.emulator.calls
        .slice(callsBefore)
        .filter((c) => c.ok && c.method === "editMessageText")
        .map((c) => String(c.params.text ?? "")),
    ].filter(Boolean);
    const answer = update.callback_query
      ? String((h.emulator.callbackAnswers.get(update.callback_query.id) as { text?: unknown } | undefined)?.text ?? "")
      : "";
    const audited = after.audit_log! - before.audit_log!;
    const result: Attempt = {
      label,
      changed: changedTables(withoutLogs(before), withoutLogs(after)),
      explanation: answer || replies.join(" | ") || (audited > 0 ? "audit row" : ""),
      by: answer ? "callback answer" : replies.length > 0 ? "reply" : audited > 0 ? "audit row" : "nothing",
    };
    attempts.push(result);
    return result;
  }

  function expectRefused(result: Attempt): void {
    // Soft: every case runs and every failing one is listed.
    expect.soft(result.changed, `${result.label}: tables changed`).toEqual([]);
    expect.soft(result.by, `${result.label}: the refusal says why`).not.toBe("nothing");
    expect
      .soft(result.explanation, `${result.label}: not an apology for a crash`)
      .not.toContain(translate("fa", "error-generic"));
    expect
      .soft(result.explanation, `${result.label}: not an apology for a crash`)
      .not.toContain(translate("en", "error-generic"));
  }

  it("forged callback data of every shape is refused", async () => {
    const member = persian(MEMBERS[1]!);
    const invitation = h.emulator.sent(MEMBERS[1]!).find((m) => textOf(m).includes("دعوت‌نامه"))!;
    const forged = [
      `rsvp:${ids.meetingA}:z`,
      "rsvp:abc:a",
      "rsvp:0:a",
      `rsvp:${ids.meetingA}:a:extra`,
      "rsvp:99999999999:a",
      "pa:-1",
      "mc:999999",
      "v:1:maybe",
      "x".repeat(64),
      "constructor:1",
      "__proto__:1",
      "lang:xx",
      "cw:ok",
      "mp:1:99999",
      "ci:999999",
      "rp:1:z",
    ];
    for (const data of forged)
      expectRefused(await attempt(`forged "${data}"`, h.emulator.callback(member, invitation, data)));
  });

  it("a replayed button (a decision already taken, an answer already given) changes nothing more", async () => {
    const secretary = persian(SECRETARY);
    const forSecretary = h.emulator
      .sent(SECRETARY)
      .find((m) => textOf(m).includes("ساماندهی پیاده‌روها") && m.reply_markup)!;
    const data = buttonData(forSecretary, "افزودن");
    await h.press(secretary, forSecretary, data); // the legitimate decision
    expectRefused(await attempt("replayed proposal accept", h.emulator.callback(secretary, forSecretary, data)));
    const member = persian(MEMBERS[1]!);
    const invitation = h.emulator.sent(MEMBERS[1]!).find((m) => textOf(m).includes("دعوت‌نامه"))!;
    const rsvp = buttonData(invitation, "حضور دارم");
    await h.press(member, invitation, rsvp);
    const replay = await attempt("replayed RSVP", h.emulator.callback(member, invitation, rsvp));
    expectRefused(replay);
  });

  it("a stranger in the group presses the invitation's buttons", async () => {
    const post = h.emulator.sent(COMMITTEE_CHAT).find((m) => textOf(m).includes("دعوت‌نامه"))!;
    for (const button of ["حضور دارم", "حضور ندارم", "نماینده"]) {
      expectRefused(
        await attempt(
          `stranger presses "${button}"`,
          h.emulator.callback(persian(STRANGER), post, buttonData(post, button)),
        ),
      );
    }
    expectRefused(
      await attempt(
        "stranger asks for the answers list",
        h.emulator.callback(persian(STRANGER), post, `rl:${ids.meetingA}`),
      ),
    );
    expectRefused(
      await attempt(
        "stranger confirms the cancellation",
        h.emulator.callback(persian(STRANGER), post, `mc:${ids.meetingA}`),
      ),
    );
  });

  it("a member uses the secretary's commands and buttons", async () => {
    const member = persian(MEMBERS[4]!);
    for (const text of [
      ONE_LINER,
      "/convene",
      "/cancel",
      "/rsvps",
      "/reschedule ۱۴۰۵/۰۹/۲۸ ۱۰:۰۰",
      "/startmeeting",
      "/vote تصویب",
      "/closevote",
      "/endmeeting",
      "/attendance",
      "/minutes",
      "/assign",
      "/notify همه",
    ]) {
      expectRefused(await attempt(`member sends ${text.split("\n")[0]}`, h.emulator.userMessage(member, text)));
    }
    for (const text of [ONE_LINER, "/startmeeting", "/vote تصویب"]) {
      expectRefused(
        await attempt(`member sends ${text.split("\n")[0]} in the group`, h.emulator.userMessage(member, text, group)),
      );
    }
    expectRefused(
      await attempt(
        "member confirms a cancellation",
        h.emulator.callback(member, somewhere(member), `mc:${ids.meetingA}`),
      ),
    );
    expectRefused(
      await attempt("member accepts a proposal", h.emulator.callback(member, somewhere(member), `pa:${ids.proposalA}`)),
    );
    expectRefused(
      await attempt("member declines a request", h.emulator.callback(member, somewhere(member), `rd:${ids.requestA}`)),
    );
    expectRefused(
      await attempt(
        "member opens the answers list",
        h.emulator.callback(member, somewhere(member), `rl:${ids.meetingA}`),
      ),
    );
  });

  it("HQ B's staff, secretary and member act on HQ A's meeting, proposal and request", async () => {
    const actors = [english(B.staff), persian(B.secretary), english(B.member)];
    const targets = [
      `mc:${ids.meetingA}`,
      `rl:${ids.meetingA}`,
      `rsvp:${ids.meetingA}:a`,
      `rsvp:${ids.meetingA}:d`,
      `pa:${ids.proposalA}`,
      `pk:${ids.proposalA}`,
      `pd:${ids.proposalA}`,
      `rc:${ids.requestA}`,
      `rd:${ids.requestA}`,
      `rq:${ids.committeeA}`,
      `sm:${ids.meetingA}`,
      `ci:${ids.meetingA}`,
      "ga:1",
      "gr:1",
      "da:1",
      "dr:1",
      "dv:1",
      "dc:1",
      "ms:1",
      "me:1",
      "mk:1",
      "mr:1",
      "ra:1",
      "rt:1",
      "rk:1",
      "rp:1:d",
    ];
    for (const actor of actors) {
      for (const data of targets) {
        // A form opened for someone who may not act (a conversation row) is a state change too: refuse before asking.
        expectRefused(
          await attempt(`HQ B ${actor.id} presses ${data}`, h.emulator.callback(actor, somewhere(actor), data)),
        );
        await h.say(actor, "/help"); // closes a form a button may have opened, so the next press starts clean
      }
    }
    const rows = await h.database.db
      .select({ response: invitations.response })
      .from(invitations)
      .where(eq(invitations.meetingId, ids.meetingA));
    expect(rows.every((r) => r.response === null || r.response === "attending")).toBe(true);
    expect((await h.database.db.select().from(meetings).where(eq(meetings.id, ids.meetingA)))[0]!.status).toBe(
      "scheduled",
    );
  });

  it("HQ B's chair who types the asked-for reason after a forged Decline does not decline HQ A's proposal", async () => {
    await h.say(persian(MEMBERS[5]!), "/propose پیشنهاد دوم");
    const [fresh] = await h.database.db
      .select({ id: proposals.id })
      .from(proposals)
      .where(eq(proposals.text, "پیشنهاد دوم"));
    const actor = persian(B.chair); // an HQ B officer with no form open
    await h.bot.handleUpdate(h.emulator.callback(actor, somewhere(actor), `pd:${fresh!.id}`));
    const before = await h.database.rowCounts();
    const [proposal] = await h.database.db
      .select({ status: proposals.status })
      .from(proposals)
      .where(eq(proposals.id, fresh!.id));
    const answer = await h.replyTo(actor, "این پیشنهاد رد می‌شود");
    const [still] = await h.database.db
      .select({ status: proposals.status })
      .from(proposals)
      .where(eq(proposals.id, fresh!.id));
    const after = await h.database.rowCounts();
    console.log(
      `faults: security: forged Decline of another HQ's proposal, reason typed → status ${proposal!.status} → ${still!.status}; answer "${answer.slice(0, 80)}"`,
    );
    expect(still!.status).toBe(proposal!.status);
    expect(
      changedTables(withoutLogs(before, ["conversation_state"]), withoutLogs(after, ["conversation_state"])),
    ).toEqual([]);
  });

  it("HQ B's secretary cannot read HQ A's meeting (time, place, agenda) through a forged calendar button", async () => {
    const actor = persian(B.secretary);
    const sentBefore = h.emulator.sent(B.secretary).length;
    const update = h.emulator.callback(actor, somewhere(actor), `ics:${ids.meetingA}`);
    await h.bot.handleUpdate(update);
    const leaked = h.emulator
      .sent(B.secretary)
      .slice(sentBefore)
      .filter((m) => m.upload?.content.toString("utf8").includes("بررسی طرح‌های میراث"));
    console.log(
      `faults: security: forged ics:<other HQ's meeting> → ${leaked.length} calendar file(s) with the other HQ's agenda sent`,
    );
    expect(leaked, "a forged ics: button discloses another HQ's meeting to anyone").toHaveLength(0);
  });

  it("anonymous group admins are refused role commands, with the reason", async () => {
    const admin = persian(SECRETARY);
    for (const text of [
      ONE_LINER,
      "/cancel",
      "/reschedule ۱۴۰۵/۰۹/۲۸ ۱۰:۰۰",
      "/startmeeting",
      "/vote تصویب",
      "/closevote",
      "/endmeeting",
      "/attendance",
    ]) {
      const result = await attempt(
        `anonymous admin sends ${text.split("\n")[0]}`,
        h.emulator.userMessage(admin, text, group, { asAnonymousAdmin: true }),
      );
      expectRefused(result);
      expect(result.explanation, result.label).toContain(translate("fa", "anonymous-admin"));
    }
  });

  it("webhook requests without the secret token, or with a wrong one, are refused and logged", async () => {
    const lines: string[] = [];
    const secret = "the_right_secret_0123456789";
    const server = createHttpServer({
      db: h.database.db,
      log: createLogger("info", (line) => lines.push(line)),
      metrics: new Metrics(),
      webhook: { path: "/hook", secret, handleUpdate: (update) => h.bot.handleUpdate(update) },
    }).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    try {
      for (const [label, token] of [
        ["no secret token", undefined],
        ["a wrong secret token", "the_wrong_secret_0123456789"],
        ["a prefix of the secret", secret.slice(0, -1)],
        ["the secret and more", `${secret}x`],
        ["an empty secret token", ""],
      ] as const) {
        const before = await h.database.rowCounts();
        const sentBefore = h.emulator.sent().length;
        const status = await postUpdate(
          url,
          h.emulator.userMessage(persian(SECRETARY), ONE_LINER.replace("۲۱ ۱۰:۰۰", "۲۲ ۱۰:۰۰")),
          token,
        );
        const after = await h.database.rowCounts();
        const refusedLogged = lines.filter((l) => l.includes("webhook request refused")).length;
        attempts.push({
          label: `webhook with ${label}`,
          changed: changedTables(before, after),
          explanation: `HTTP ${status}`,
          by: refusedLogged > 0 ? "log line" : "nothing",
        });
        expect(status, label).toBe(401);
        expect(changedTables(before, after), label).toEqual([]);
        expect(h.emulator.sent().length, label).toBe(sentBefore);
      }
      expect(lines.filter((l) => l.includes("webhook request refused"))).toHaveLength(5);
      expect(await postUpdate(url, h.emulator.userMessage(persian(MEMBERS[1]!), "/help"), secret)).toBe(200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it.skipIf(!SESSION_BUILT)("a guest votes, a delegate acts after the meeting: refused", async () => {
    h.clock.set(new Date(MEETING.getTime() - HOUR));
    const db = h.database.db;
    const personOf = async (telegramId: number) =>
      (await db.select({ id: people.id }).from(people).where(eq(people.telegramId, telegramId)))[0]!.id;
    const [committee] = await db.select().from(committees).where(eq(committees.id, ids.committeeA));
    const delegate = await insertPerson(db, {
      telegramId: DELEGATE,
      name: "نماینده شهرداری",
      startedAt: h.clock.now(),
    });
    const [seat] = await db
      .select({ seatId: invitations.seatId })
      .from(invitations)
      .where(and(eq(invitations.meetingId, ids.meetingA), eq(invitations.personId, await personOf(MEMBERS[6]!))));
    await db.insert(delegations).values({
      hqId: committee!.hqId,
      meetingId: ids.meetingA,
      seatId: seat!.seatId,
      principalPersonId: await personOf(MEMBERS[6]!),
      statement: "معرفی نماینده",
      token: "delegation-token-faults",
      delegatePersonId: delegate.id,
      status: "accepted",
    });
    const guest = await insertPerson(db, { telegramId: GUEST, name: "مهمان", startedAt: h.clock.now() });
    await db.insert(guests).values({
      hqId: committee!.hqId,
      approvingHqId: committee!.hqId,
      meetingId: ids.meetingA,
      agency: "اداره آموزش و پرورش",
      reason: "بند ۲",
      requestedByPersonId: await personOf(SECRETARY),
      status: "approved",
      guestPersonId: guest.id,
    });

    const [live] = await h.say(persian(SECRETARY), "/startmeeting", group);
    for (const id of [CHAIR, SECRETARY, ...MEMBERS.slice(1, 5), DELEGATE, GUEST])
      await h.press(persian(id), live!, buttonData(live!, "حاضرم"));
    const [vote] = await h.say(persian(SECRETARY), "/vote تصویب طرح بهسازی محله", group);
    expect(textOf(vote!), "the vote opened").toContain("رأی‌گیری");
    const guestVote = await attempt(
      "a guest votes",
      h.emulator.callback(persian(GUEST), vote!, buttonData(vote!, "موافق")),
    );
    expectRefused(guestVote);
    expect(guestVote.explanation).toBe(translate("fa", "ballot-guest"));

    await h.say(persian(SECRETARY), "/closevote", group);
    await h.say(persian(SECRETARY), "/endmeeting", group);
    h.clock.advance(3 * HOUR);
    const lateVote = await attempt(
      "a delegate votes after the meeting",
      h.emulator.callback(persian(DELEGATE), vote!, buttonData(vote!, "موافق")),
    );
    expectRefused(lateVote);
    const lateCheckIn = await attempt(
      "a delegate checks in after the meeting",
      h.emulator.callback(persian(DELEGATE), live as EmuMessage, `ci:${ids.meetingA}`),
    );
    expectRefused(lateCheckIn);
    const lateRsvp = await attempt(
      "a delegate answers the invitation after the meeting",
      h.emulator.callback(persian(DELEGATE), live as EmuMessage, `rsvp:${ids.meetingA}:a`),
    );
    expectRefused(lateRsvp);
    console.log(
      `faults: security (session): guest vote → "${guestVote.explanation}"; delegate after the meeting → "${lateVote.explanation}", "${lateCheckIn.explanation}", "${lateRsvp.explanation}"`,
    );
  });

  it.skipIf(SESSION_BUILT)("a guest votes, a delegate acts after the meeting", () => {
    console.log("faults: security: guest vote / delegate after the meeting: skipped: not built yet");
  });
});

import { and, eq, inArray } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitations, people } from "../../src/db/schema.ts";
import { BotApiEmulator, type EmuMessage, type EmuUser } from "../../src/sandbox/bot-api/emulator.ts";
import { type BotProcess, killAllProcesses } from "../helpers/process.ts";
import { translate } from "../helpers/services.ts";
import {
  buttonData,
  conveneCommand,
  createRunDatabase,
  importRosterWithCli,
  meetingStart,
  PG_URL,
  type RunDatabase,
  rosterYaml,
  seatsOf,
  sleep,
  startPollingBot,
  textOf,
  until,
} from "./helpers.ts";

/**
 * Fault 4: the PostgreSQL connections of the running bot are cut (pg_terminate_backend) between and during members'
 * button presses. The bot recovers without a restart; a press it could not record was answered "try again", and every
 * press answered "recorded" has its row.
 */

const BASE = 60_000;
const SEATS = seatsOf(BASE, 38); // 40 seats
const SECRETARIAT_CHAT = -1006000000001;
const GROUP_CHAT = -1006000000002;
/** 7 rounds of 5 presses: 35 of the 38 members; the last one presses once things are quiet again. */
const ROUNDS = 7;
const PER_ROUND = 5;

type Answer = "attending" | "not_attending";
const LABEL: Record<Answer, string> = { attending: "حضور دارم", not_attending: "حضور ندارم" };

describe.skipIf(!PG_URL)("fault 4: PostgreSQL connections cut while users press buttons", () => {
  let emu: BotApiEmulator;
  let run: RunDatabase;
  let bot: BotProcess | undefined;
  let admin: postgres.Sql;
  const users: EmuUser[] = SEATS.map((s) => ({ id: s.telegram_id, first_name: s.name, language_code: "fa" }));
  const secretary = users[1]!;
  const members = users.slice(2);

  beforeAll(async () => {
    emu = await BotApiEmulator.start({ token: "777000304:AAEmulatorTokenForKargoruhFaultsFour" });
    run = await createRunDatabase("cut");
    admin = postgres(PG_URL!, { max: 1, onnotice: () => {} });
    await importRosterWithCli(
      run.tmp,
      rosterYaml({
        hqKey: "faults-cut",
        secretariatChatId: SECRETARIAT_CHAT,
        groupChatId: GROUP_CHAT,
        staffId: BASE,
        seats: SEATS,
      }),
      run.env,
    );
  });
  afterAll(async () => {
    await killAllProcesses();
    await admin?.end();
    await emu?.stop();
    await run?.drop();
  });

  /** Every connection the bot has to its database, gone. */
  async function cut(): Promise<number> {
    const rows =
      await admin`select pg_terminate_backend(pid) as done from pg_stat_activity where datname = ${run.name!} and pid <> pg_backend_pid()`;
    return rows.length;
  }

  let pressed = 0;
  let reportedDeath = false;
  let terminated = 0;
  let slowestAnswerMs = 0;

  /** The answer to the press; fails at once, with the figure printed, if the bot process died meanwhile. */
  async function press(user: EmuUser, invitation: EmuMessage, answer: Answer): Promise<string> {
    const update = emu.callback(user, invitation, buttonData(invitation, LABEL[answer]));
    const id = update.callback_query!.id;
    const sentAt = performance.now();
    emu.pushUpdate(update);
    pressed++;
    try {
      await until(`the answer to ${user.id}'s press`, () => emu.callbackAnswers.has(id) || !bot?.running, 60_000, 20);
    } catch (error) {
      // A press never answered: the bot's own log says where it stopped.
      throw new Error(`${(error as Error).message}\n${bot?.describe() ?? ""}`);
    }
    slowestAnswerMs = Math.max(slowestAnswerMs, performance.now() - sentAt);
    if (!emu.callbackAnswers.has(id)) {
      if (reportedDeath) throw new Error("the bot process exited");
      reportedDeath = true;
      const crash =
        bot!.stderr.split("\n").find((line) => /^\w*Error|Unhandled|triggerUncaughtException/.test(line)) ?? "";
      console.log(
        `faults: PostgreSQL cut during presses: the bot process died (exit ${bot!.child.exitCode ?? bot!.child.signalCode}) after ${terminated} backends terminated and ${pressed} presses: ${crash.trim()}`,
      );
      throw new Error(
        `the bot process exited while its database connections were cut; it should have recovered:\n${bot!.describe()}`,
      );
    }
    return String((emu.callbackAnswers.get(id) as { text?: unknown }).text ?? "");
  }

  it("recovers without a restart; 'try again' for what was not recorded; every 'recorded' press has its row", async () => {
    bot = await startPollingBot(emu, run.env);
    const pid = bot.pid;
    for (const user of users) emu.pushUpdate(emu.userMessage(user, "/start"));
    await until("the greetings", () => users.every((u) => emu.sent(u.id).length >= 1), 60_000, 100);
    emu.pushUpdate(emu.userMessage(secretary, conveneCommand(meetingStart(3 * 60 * 60 * 1000))));
    const invitationOf = (user: EmuUser) => emu.sent(user.id).find((m) => textOf(m).includes("دعوت‌نامه جلسه"));
    await until("the invitations", () => members.every((u) => invitationOf(u) !== undefined), 90_000, 200);

    const recorded = (answer: Answer) =>
      translate("fa", "rsvp-recorded", { answer: translate("fa", `rsvp-${answer.replace("_", "-")}`) });
    const tryAgain = translate("fa", "error-generic");
    const outcomes: { user: EmuUser; answer: Answer; text: string }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      terminated += await cut(); // between presses
      const batch = members.slice(round * PER_ROUND, (round + 1) * PER_ROUND);
      const answers = batch.map((_, i): Answer => ((round + i) % 2 === 0 ? "attending" : "not_attending"));
      const pending = batch.map((user, i) => press(user, invitationOf(user)!, answers[i]!));
      // …and during them, at different moments each round.
      for (const pause of [round * 3, 10, 25]) {
        await sleep(pause);
        terminated += await cut();
      }
      const texts = await Promise.all(pending);
      for (const [i, user] of batch.entries()) outcomes.push({ user, answer: answers[i]!, text: texts[i]! });
    }

    const unexpected = outcomes.filter((o) => o.text !== recorded(o.answer) && o.text !== tryAgain);
    expect(unexpected.map((o) => `${o.user.id}: ${o.text}`)).toEqual([]);
    const failed = outcomes.filter((o) => o.text === tryAgain);

    // No more cuts: the same process answers every press again, and those told "try again" do so — a second or so
    // later, as a person would (a retry sent in the same millisecond as the last cut can still meet a connection whose
    // termination the pool has not processed yet; that press is answered "try again" too, which is right but is not
    // what this step measures).
    await sleep(1000);
    for (const o of failed)
      expect(await press(o.user, invitationOf(o.user)!, o.answer), bot.describe()).toBe(recorded(o.answer));
    const late = members[members.length - 1]!;
    expect(await press(late, invitationOf(late)!, "attending")).toBe(recorded("attending"));
    expect(bot.running, bot.describe()).toBe(true);
    expect(bot.pid).toBe(pid);

    const handle = await run.open();
    try {
      const rows = await handle.db
        .select({ telegramId: people.telegramId, response: invitations.response })
        .from(invitations)
        .innerJoin(people, eq(people.id, invitations.personId))
        .where(
          and(
            inArray(
              people.telegramId,
              outcomes.map((o) => o.user.id),
            ),
          ),
        );
      const responseOf = new Map(rows.map((r) => [Number(r.telegramId), r.response]));
      const acknowledged = outcomes.filter((o) => o.text === recorded(o.answer));
      const lost = acknowledged.filter((o) => responseOf.get(o.user.id) !== o.answer);
      console.log(
        `faults: PostgreSQL cut during presses: ${terminated} backends terminated over ${ROUNDS} rounds; ${outcomes.length} presses: ${acknowledged.length} "recorded", ${failed.length} "try again" (all recorded on the retry, no restart), ${lost.length} acknowledged but lost; slowest answer ${(slowestAnswerMs / 1000).toFixed(1)} s`,
      );
      expect(lost).toEqual([]);
      for (const o of failed) expect(responseOf.get(o.user.id)).toBe(o.answer);
    } finally {
      await handle.close();
    }
  });
});

describe.skipIf(PG_URL)("fault 4 on PGlite", () => {
  it("is skipped: PGlite runs inside the bot's process, there is no connection to cut", () => {
    console.log(
      "faults: PostgreSQL cut during presses: skipped on PGlite (embedded in the bot's process: no server connection to terminate; set TEST_DATABASE_URL)",
    );
  });
});

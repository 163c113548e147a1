import fc from "fast-check";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/bot/commands.ts";
import { fromJalali, zonedInstant } from "../../src/domain/calendar.ts";
import { SYSTEM_ACTOR } from "../../src/services/shared/deps.ts";
import { importRoster } from "../../src/services/roster/import-roster.ts";
import type { EmuUser } from "../../src/sandbox/bot-api/emulator.ts";
import { BotHarness, english, persian } from "../helpers/bot-harness.ts";
import { CHAIR, MEMBERS, nineSeatRoster, SECRETARY, validRoster } from "../helpers/rosters.ts";
import { translate } from "../helpers/services.ts";
import { changedTables, withoutLogs } from "./helpers.ts";

/**
 * Fault 7: every command and every wizard step fed random text, huge texts, emoji, RTL marks, wrong digits and
 * impossible dates (fast-check, fixed seed, bounded runs) through bot.handleUpdate. No crash (no "something went
 * wrong" apology), always an answer, and no rows beyond those the command writes when it succeeds.
 */

const DAY = 24 * 60 * 60 * 1000;
const MEETING = zonedInstant(fromJalali(1405, 9, 21), { hour: 10, minute: 0 }, "Asia/Tehran");
const SEED = 20_260_507;
const RUNS = 30;
const WIZARD_RUNS = 12;

// Telegram delivers valid UTF-8 only and never U+0000: neither lone surrogates nor NUL can arrive in a message.
const deliverable = (text: string) =>
  Array.from(text)
    .filter((ch) => {
      const code = ch.charCodeAt(0);
      return code !== 0 && !(ch.length === 1 && code >= 0xd800 && code <= 0xdfff);
    })
    .join("");

const DIGITS = { latin: "0123456789", persian: "۰۱۲۳۴۵۶۷۸۹", arabic: "٠١٢٣٤٥٦٧٨٩" };
const inDigits = (text: string, system: keyof typeof DIGITS) =>
  text.replace(/[0-9]/g, (d) => DIGITS[system][Number(d)]!);

const SAMPLES = [
  "",
  " ",
  "\n\n\n",
  "😀👨‍👩‍👧‍👦🏳️‍🌈",
  "\u200f\u202eمتن راست‌به‌چپ\u202c\u200e",
  "\u2066\u2067\u2068\u2069",
  "<b>bold</b> & <i>x</i> <a href='x'>",
  "*_`[]()~>#+-=|{}.!",
  "‎/help",
  "١٤٠٥/٠٩/٢١ ١٠:٠٠",
  "۱۴۰۵/۱۳/۴۰ ۲۵:۶۱",
  "2026-02-30 10:00",
  "1405/12/31 24:00",
  "0000/00/00 00:00",
  "9999999999/99/99 99:99",
  "-1/-1/-1",
  `1405/09/21 10:00 ${"🏛".repeat(300)}`,
  `- ${"بند ".repeat(1500)}`,
  "@kargoruh_bot",
  "null",
  "undefined",
  "__proto__",
  "' or 1=1; drop table people; --",
];

/** One fuzz input: random Unicode, samples, dates with any digits, or a huge text. */
const fuzzText: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 3, arbitrary: fc.constantFrom(...SAMPLES) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.integer({ min: -20, max: 3000 }),
          fc.integer({ min: -2, max: 40 }),
          fc.integer({ min: -2, max: 99 }),
          fc.integer({ min: -1, max: 99 }),
          fc.integer({ min: -1, max: 99 }),
          fc.constantFrom("/", "-", ".", " "),
          fc.constantFrom<keyof typeof DIGITS>("latin", "persian", "arabic"),
          fc.string({ unit: "grapheme", maxLength: 20 }),
        )
        .map(([y, m, d, hh, mm, sep, digits, rest]) =>
          inDigits(`${y}${sep}${m}${sep}${d} ${hh}:${mm} ${rest}`, digits),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom("ا", "😀", "\u202e", "۹", "a", " ", "\n", "- بند\n", "<&>"),
          fc.integer({ min: 5000, max: 6000 }),
        )
        .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
    },
  )
  .map(deliverable);

/** Tables a command may write when it succeeds (beyond audit_log and processed_updates, never compared). */
const WRITES: Record<string, string[]> = {
  start: ["people", "outbox"],
  propose: ["proposals", "outbox", "conversation_state"],
  requestmeeting: ["meeting_requests", "outbox"],
  convene: ["meetings", "agenda_items", "invitations", "outbox", "jobs", "conversation_state"],
  reschedule: ["outbox", "jobs"],
  delegate: ["delegations", "outbox", "conversation_state"],
  guest: ["guests", "outbox"],
  startmeeting: ["attendance", "outbox"],
  attendance: ["attendance", "outbox"],
  vote: ["votes", "ballots", "outbox"],
  closevote: ["outbox", "resolutions", "jobs"],
  endmeeting: ["minutes", "minutes_versions", "outbox", "jobs"],
  minutes: ["conversation_state"],
  assign: ["resolutions", "resolution_events", "outbox", "jobs", "conversation_state"],
  notify: ["resolutions", "resolution_events", "outbox", "jobs"],
  // Follow-through commands (being built alongside): a successful one files its report, referral, visit or election.
  quarterly: ["performance_reports", "outbox", "jobs"],
  monthly: ["performance_reports", "outbox", "jobs"],
  annualreport: ["performance_reports", "outbox", "jobs"],
  refer: ["referrals", "outbox", "jobs"],
  report: ["referrals", "performance_reports", "outbox"],
  visit: ["field_visits", "outbox"],
  subgroup: ["subgroup_proposals", "outbox"],
  elect: ["elections", "outbox"],
  closeelection: ["elections", "outbox"],
};
const OTHERWISE = ["conversation_state"];

type Finding = { input: string; problem: string };

describe("fault 7: fuzzing every command and wizard step", () => {
  let h: BotHarness;
  const findings: Finding[] = [];
  let updates = 0;
  const perCommand = new Map<string, number>();

  beforeAll(async () => {
    h = await BotHarness.create();
    h.clock.set(new Date(MEETING.getTime() - 10 * DAY));
    await importRoster(h.services, validRoster(nineSeatRoster()), SYSTEM_ACTOR);
    for (const id of [1000, CHAIR, SECRETARY, ...MEMBERS])
      await h.say(id === 1003 ? english(id) : persian(id), "/start");
    await h.say(persian(SECRETARY), "/convene ۱۴۰۵/۰۹/۲۱ ۱۰:۰۰ دفتر فرماندار\n- بررسی طرح‌های میراث");
    await h.deliver();
  });
  afterAll(async () => {
    const commands = [...perCommand.entries()].map(([c, n]) => `/${c}×${n}`).join(" ");
    console.log(
      `faults: fuzz: ${updates} updates (seed ${SEED}), ${findings.length} problems; per command: ${commands}`,
    );
    for (const f of findings.slice(0, 30))
      console.log(
        `faults: fuzz problem: ${f.problem} ← ${JSON.stringify(f.input.slice(0, 120))}${f.input.length > 120 ? `… (${f.input.length} chars)` : ""}`,
      );
    await h?.close();
  });

  const apologies = [translate("fa", "error-generic"), translate("en", "error-generic")];

  /** Feeds one update; returns what the person saw (messages, edits, the callback answer). */
  async function feed(update: Update): Promise<string[]> {
    updates++;
    const callsBefore = h.emulator.calls.length;
    await h.bot.handleUpdate(update);
    return h.emulator.calls
      .slice(callsBefore)
      .filter((c) => ["sendMessage", "sendDocument", "editMessageText", "answerCallbackQuery"].includes(c.method))
      .map((c) => String(c.params.text ?? c.params.caption ?? (c.method === "sendDocument" ? "[file]" : "")));
  }

  function check(input: string, seen: string[], expectAnswer: boolean): void {
    if (seen.some((text) => apologies.some((a) => text.includes(a))))
      findings.push({ input, problem: "the bot apologized: something went wrong" });
    else if (expectAnswer && seen.every((text) => text.trim() === ""))
      findings.push({ input, problem: "no answer at all" });
  }

  async function closeForms(user: EmuUser): Promise<void> {
    // A command closes an open form; the one a button waits for is left with its own Cancel.
    await feed(h.emulator.userMessage(user, "/help"));
    for (const data of ["cw:cancel", "pw:cancel", "mw:cancel", "dw:cancel", "aw:cancel"])
      await feed(
        h.emulator.callback(
          user,
          { message_id: 1, date: 0, chat: { id: user.id, type: "private", first_name: "x" } } as never,
          data,
        ),
      );
  }

  const actorOf = (command: string): EmuUser => {
    const spec = COMMANDS.find((c) => c.command === command);
    if (spec?.audience.includes("staff") && !spec.audience.includes("secretary")) return persian(1000);
    if (spec?.audience.some((a) => a === "secretary" || a === "chair")) return persian(SECRETARY);
    return persian(MEMBERS[1]!);
  };

  for (const spec of COMMANDS) {
    it(`/${spec.command} with random arguments`, async () => {
      const command = spec.command;
      const user = actorOf(command);
      const allowed = [...(WRITES[command] ?? []), ...OTHERWISE];
      await fc.assert(
        fc.asyncProperty(fuzzText, fc.boolean(), async (text, asPayload) => {
          const line =
            command === "start" && asPayload
              ? `/start ${text
                  .replace(/[^A-Za-z0-9_-]/g, "")
                  .padEnd(16, "x")
                  .slice(0, 64)}`
              : `/${command} ${text}`;
          const before = await h.database.rowCounts();
          const seen = await feed(h.emulator.userMessage(user, line));
          perCommand.set(command, (perCommand.get(command) ?? 0) + 1);
          check(line, seen, true);
          await closeForms(user);
          const after = await h.database.rowCounts();
          const unexpected = changedTables(withoutLogs(before), withoutLogs(after)).filter((t) => !allowed.includes(t));
          if (unexpected.length > 0)
            findings.push({ input: line, problem: `rows written in ${unexpected.join(", ")}` });
          return true;
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      expect(
        findings.filter((f) => f.input.startsWith(`/${command}`)).map((f) => `${f.problem} ← ${f.input.slice(0, 80)}`),
      ).toEqual([]);
    });
  }

  /** A wizard driven to each step with good answers, where one answer is replaced by fuzz. */
  async function wizard(
    name: string,
    user: EmuUser,
    opening: string,
    steps: string[],
    confirm?: string,
  ): Promise<void> {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: steps.length - 1 }), fuzzText, async (at, text) => {
        const before = await h.database.rowCounts();
        check(opening, await feed(h.emulator.userMessage(user, opening)), true);
        for (const [i, good] of steps.entries()) {
          const input = i === at ? text : good;
          // An empty message cannot be sent; a huge one is refused by Telegram's client, still fed here.
          check(`${name} step ${i + 1}: ${input}`, await feed(h.emulator.userMessage(user, input || "‌")), true);
        }
        if (confirm)
          check(
            `${name} confirm`,
            await feed(
              h.emulator.callback(
                user,
                { message_id: 1, date: 0, chat: { id: user.id, type: "private", first_name: "x" } } as never,
                confirm,
              ),
            ),
            false,
          );
        await closeForms(user);
        perCommand.set(`${name} wizard`, (perCommand.get(`${name} wizard`) ?? 0) + 1);
        const after = await h.database.rowCounts();
        // Never confirmed (or confirmed with a fuzzed step): no meeting, proposal or delegation may be left behind.
        const unexpected = changedTables(withoutLogs(before), withoutLogs(after)).filter(
          (t) => !(WRITES[name] ?? OTHERWISE).includes(t),
        );
        if (unexpected.length > 0)
          findings.push({ input: `${name} wizard: ${text}`, problem: `rows written in ${unexpected.join(", ")}` });
        return true;
      }),
      { seed: SEED, numRuns: WIZARD_RUNS, endOnFailure: true },
    );
  }

  it("every step of the /convene wizard", async () => {
    await wizard("convene", persian(CHAIR), "/convene", [
      "۱۴۰۵/۰۹/۲۸",
      "۱۰:۰۰",
      "دفتر فرماندار",
      "بررسی طرح‌ها",
      "بودجه",
    ]);
    expect(
      findings.filter((f) => f.input.startsWith("convene")).map((f) => `${f.problem} ← ${f.input.slice(0, 80)}`),
    ).toEqual([]);
  });

  it("the /propose and /delegate wizards' text steps", async () => {
    await wizard("propose", persian(MEMBERS[2]!), "/propose", ["متن پیشنهاد"]);
    await wizard("delegate", persian(MEMBERS[3]!), "/delegate", ["نامه معرفی نماینده", "ادامه"]);
    expect(
      findings.filter((f) => /^(propose|delegate)/.test(f.input)).map((f) => `${f.problem} ← ${f.input.slice(0, 80)}`),
    ).toEqual([]);
  });

  it("the /assign wizard's steps", async () => {
    await wizard("assign", persian(SECRETARY), "/assign", ["۱", "اداره برق", "۱۴۰۵/۱۰/۳۰"]);
    expect(
      findings.filter((f) => f.input.startsWith("assign")).map((f) => `${f.problem} ← ${f.input.slice(0, 80)}`),
    ).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proposals } from "../../src/db/schema.ts";
import { BotApiEmulator, type EmuUser } from "../../src/sandbox/bot-api/emulator.ts";
import { type BotProcess, killAllProcesses } from "../helpers/process.ts";
import {
  conveneCommand,
  countBy,
  createRunDatabase,
  importRosterWithCli,
  meetingStart,
  type RunDatabase,
  rosterYaml,
  seatsOf,
  startPollingBot,
  textOf,
  until,
} from "./helpers.ts";

/**
 * Fault 2c: `kill -9` while polled updates are in hand, then a restart. Telegram re-sends every update not yet
 * confirmed, and polling confirms an update only once it has been handled, so every proposal sent is recorded, and
 * once: the ones handled before the kill are skipped by their update claim when they come again.
 */

const BASE = 45_000;
const MEMBERS = 40;
const SEATS = seatsOf(BASE, MEMBERS);
const DAY = 24 * 60 * 60 * 1000;

describe("fault 2c: kill -9 with updates in hand", () => {
  let emu: BotApiEmulator;
  let run: RunDatabase;
  let bot: BotProcess | undefined;
  const users: EmuUser[] = SEATS.map((s) => ({ id: s.telegram_id, first_name: s.name, language_code: "fa" }));
  const secretary = users[SEATS.findIndex((s) => s.role === "secretary")]!;
  const members = users.filter((_, i) => SEATS[i]!.role === "member");

  beforeAll(async () => {
    // Latency keeps each update in hand for a while (its receipt is a Bot API call), so the kill finds many there.
    emu = await BotApiEmulator.start({ token: "777000305:AAEmulatorTokenForKargoruhFaultsKillInHand", latencyMs: 150 });
    run = await createRunDatabase("inhand");
    await importRosterWithCli(
      run.tmp,
      rosterYaml({
        hqKey: "faults-inhand",
        secretariatChatId: -1004500000001,
        groupChatId: -1004500000002,
        staffId: BASE,
        seats: SEATS,
      }),
      run.env,
    );
  });
  afterAll(async () => {
    await killAllProcesses();
    await emu?.stop();
    await run?.drop();
  });

  it("every proposal sent around the kill is recorded exactly once after the restart", async () => {
    bot = await startPollingBot(emu, run.env);
    // A meeting ten days ahead takes proposals (B10: until a week before it).
    emu.pushUpdate(emu.userMessage(secretary, conveneCommand(meetingStart(10 * DAY))));
    await until(
      "every member invited",
      () => members.every((m) => emu.sent(m.id).some((msg) => textOf(msg).includes("دعوت‌نامه"))),
      120_000,
      200,
    );
    const before = new Map(members.map((m) => [m.id, emu.sent(m.id).length]));
    const answered = (m: EmuUser) => emu.sent(m.id).length > before.get(m.id)!;
    const texts = members.map((_, i) => `طرح آزمون شماره ${i + 1}`);
    const ids = members.map((member, i) => emu.pushUpdate(emu.userMessage(member, `/propose ${texts[i]}`)));
    const lastId = ids.at(-1)!;
    // Kill as soon as the proposals have been fetched, while they are being handled.
    await until(
      "the proposals fetched",
      () => {
        const polls = emu.calls.filter((c) => c.method === "getUpdates" && c.ok);
        const fetched = polls.findIndex(
          (c) => Array.isArray(c.result) && (c.result as { update_id: number }[]).some((u) => u.update_id === lastId),
        );
        return fetched >= 0;
      },
      60_000,
      2,
    );
    bot.child.kill("SIGKILL");
    await bot.exited;
    const answeredBeforeKill = members.filter(answered).length;

    bot = await startPollingBot(emu, run.env);
    await until("a receipt for every member", () => members.every(answered), 120_000, 200);
    await bot.stop("SIGTERM");

    const handle = await run.open();
    try {
      const rows = await handle.db.select({ text: proposals.text }).from(proposals);
      const perText = countBy(rows, (r) => r.text);
      console.log(
        `faults: kill -9 with updates in hand: ${answeredBeforeKill}/${MEMBERS} answered before the kill, ${rows.length} proposals recorded after the restart`,
      );
      for (const text of texts) expect(perText.get(text), text).toBe(1);
      expect(rows).toHaveLength(MEMBERS);
    } finally {
      await handle.close();
    }
  });
});

/**
 * P2 in the running process: the same 500-member fan-out as P2, sent by the bot as users run it (bench/running-bot.ts:
 * what `npm start` runs, in polling mode) to the emulator with Telegram's limits enforced, on PostgreSQL (the bench
 * writes the convening into the database the bot uses; PGlite's directory belongs to the bot alone).
 *
 * The convening is committed by the bench, so the bot's worker finds it at its next regular look instead of being
 * nudged as after a convening made in the bot: the time is counted from the first send to the last (and from the
 * commit, for reference). Once 60 members have their invitation they press Attending at the same moment, while the
 * fan-out still runs: each press's answerCallbackQuery and the redraw of the member's copy are timed from the moment
 * the press was queued.
 */
import { and, eq, inArray } from "drizzle-orm";
import { outbox } from "../src/db/schema.ts";
import { encodeCallback } from "../src/domain/callback-data.ts";
import type { ServiceDeps } from "../src/services/shared/deps.ts";
import { BotApiEmulator, type EmuMessage } from "../src/sandbox/bot-api/emulator.ts";
import { type RunningBot, startRunningBot } from "./running-bot.ts";
import {
  atMost,
  type Backend,
  BENCH_TOKEN,
  convene,
  fmt,
  holdersOf,
  info,
  openBenchDatabase,
  type Reporter,
  seedCommittee,
  summarize,
  translate,
  waitUntil,
} from "./support.ts";

export type P2RunningOptions = { members: number; pressers: number; timeoutMs: number };
export const P2_RUNNING_DEFAULTS: P2RunningOptions = { members: 500, pressers: 60, timeoutMs: 120_000 };

const TELEGRAM_PER_SECOND = 30;
const DAY = 24 * 60 * 60 * 1000;

export async function runP2Running(
  backend: Backend,
  reporter: Reporter,
  options: P2RunningOptions = P2_RUNNING_DEFAULTS,
): Promise<void> {
  if (backend.kind !== "postgres") return;
  const database = await openBenchDatabase(backend);
  const emulator = await BotApiEmulator.start({ token: BENCH_TOKEN, enforceLimits: true, timeScale: 1 });
  let bot: RunningBot | undefined;
  try {
    const services: ServiceDeps = { db: database.db, clock: () => new Date(), t: translate() };
    const seeded = await seedCommittee(services, {
      hqKey: "bench-fanout-running",
      base: 600_000,
      seats: options.members,
    });
    bot = startRunningBot({
      BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.url,
      DATABASE_URL: database.url!,
      LOG_LEVEL: "warn",
    });
    await waitUntil(() => emulator.calls.some((call) => call.method === "getUpdates"), 90_000, 20);
    emulator.clearCalls();

    const meetingId = await convene(services, seeded, new Date(Date.now() + 14 * DAY));
    const committedAt = Date.now();
    const holders = holdersOf(seeded.options);
    const invitationOf = (telegramId: number): EmuMessage | undefined =>
      emulator.sent(telegramId).find((m) => JSON.stringify(m.reply_markup ?? {}).includes(`rsvp:${meetingId}:`));

    // The first `pressers` members (past the chair and secretary) press together once all of them have their copy.
    const pressers = holders.slice(2, 2 + options.pressers);
    await waitUntil(() => pressers.every((id) => invitationOf(id) !== undefined), options.timeoutMs, 20);
    const presses = pressers.map((telegramId) => {
      const update = emulator.callback(
        { id: telegramId, first_name: `عضو ${telegramId}`, language_code: "fa" },
        invitationOf(telegramId)!,
        encodeCallback({ action: "rsvp", meetingId, answer: "attending" }),
      );
      return { telegramId, queryId: update.callback_query!.id, update };
    });
    const pressedAt = Date.now();
    for (const press of presses) emulator.pushUpdate(press.update);

    const settled = async () => {
      const open = await services.db
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(eq(outbox.meetingId, meetingId), inArray(outbox.status, ["pending", "sending"])))
        .limit(1);
      return open.length === 0;
    };
    const finished = await waitUntil(settled, options.timeoutMs, 100);
    await waitUntil(() => presses.every((press) => emulator.callbackAnswers.has(press.queryId)), 10_000, 20);

    const answers: number[] = [];
    const redraws: number[] = [];
    for (const press of presses) {
      const answer = emulator.calls.find(
        (call) => call.method === "answerCallbackQuery" && String(call.params.callback_query_id) === press.queryId,
      );
      if (answer) answers.push(answer.time - pressedAt);
      const redraw = emulator.calls.find(
        (call) =>
          call.method === "editMessageText" &&
          call.ok &&
          call.params.chat_id === press.telegramId &&
          call.time >= pressedAt,
      );
      if (redraw) redraws.push(redraw.time - pressedAt);
    }
    const rows = await services.db
      .select({ chatId: outbox.chatId, status: outbox.status })
      .from(outbox)
      .where(eq(outbox.meetingId, meetingId));
    const sends = emulator.calls.filter((call) => call.method === "sendMessage");
    const accepted = sends.filter((call) => call.ok);
    const firstSend = Math.min(...accepted.map((call) => call.time));
    const lastSend = Math.max(...accepted.map((call) => call.time));
    let lost = 0;
    let duplicates = 0;
    for (const chatId of new Set(rows.map((row) => row.chatId))) {
      const copies = emulator
        .sent(chatId)
        .filter(
          (m) =>
            m.method === "sendMessage" && (m.chat_id < 0 || JSON.stringify(m.reply_markup ?? {}).includes("rsvp:")),
        );
      if (copies.length === 0) lost++;
      duplicates += Math.max(0, copies.length - 1);
    }
    const ideal = rows.length / TELEGRAM_PER_SECOND;
    const seconds = finished ? (lastSend - firstSend) / 1000 : options.timeoutMs / 1000;
    const name = "postgres" as const;
    reporter.add(
      atMost(
        "P2",
        name,
        `running process: fan-out of ${rows.length} messages`,
        seconds,
        1.05 * ideal,
        "s",
        `≤ ${fmt(1.05 * ideal, 2)} s (1.05 × ${rows.length}/30)`,
        `first to last send; from the commit ${fmt((lastSend - committedAt) / 1000, 2)} s (the worker's next regular look found it); ${sends.length - accepted.length} × 429 of ${sends.length}; ${options.pressers} presses during it`,
      ),
    );
    reporter.add(
      atMost(
        "P2",
        name,
        "running process: lost / duplicate messages",
        lost + duplicates + rows.filter((row) => row.status !== "sent").length,
        0,
        "",
        "0",
        `${lost} lost, ${duplicates} duplicates`,
      ),
    );
    const answer = summarize(answers);
    const redraw = summarize(redraws);
    reporter.add(
      atMost(
        "P2",
        name,
        `running process: ${options.pressers} Attending presses at once, answer p99`,
        answer.p99,
        300,
        "ms",
        "< 300 ms",
        `p50 ${fmt(answer.p50)} ms, n ${answer.n} of ${presses.length}`,
      ),
    );
    reporter.add(
      info(
        "P2",
        name,
        "running process: the pressed copy redrawn, p99",
        redraw.p99,
        "ms",
        `p50 ${fmt(redraw.p50)} ms, n ${redraw.n}; the redraw is an edit, paced with the fan-out's sends`,
      ),
    );
    process.stdout.write(
      `  P2 running: ${fmt(seconds, 2)} s for ${rows.length} (ideal ${fmt(ideal, 2)} s), answers p50 ${fmt(answer.p50)} / p99 ${fmt(answer.p99)} ms\n`,
    );
  } finally {
    if (bot) await bot.stop();
    await emulator.stop();
    await database.dispose();
  }
}

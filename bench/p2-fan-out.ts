/**
 * P2, fan-out: an invitation to a 500-member working group goes out through the real outbox worker to the emulator
 * with Telegram's limits enforced (30 msg/s overall, 1 msg/s per chat, 20 msg/min per group, 429 with retry_after
 * beyond them). Real time on both sides (timeScale 1): the worker's limiter runs on the wall clock.
 *
 * Phase A is the fan-out alone: time against 500/30 s, nothing lost or doubled, few 429s.
 * Phase B repeats it with members pressing RSVP through the bot while it runs (one press every 250 ms, each by a
 * member whose invitation has arrived): the replies' latency, and what the presses cost the fan-out. The bot's own
 * calls (the answer and the edit of the member's copy) go to the same emulator, so they share the global budget.
 * The time bound counts every message the convening sends: the 500 invitations plus the group post and the HQ
 * secretariat's copy (1.05 × 502/30 s). The worker is nudged after the convening commits, as the bot does after
 * every update.
 */
import { and, eq, inArray } from "drizzle-orm";
import { Api } from "grammy";
import type { Update } from "grammy/types";
import { createBot } from "../src/bot/create-bot.ts";
import { outbox } from "../src/db/schema.ts";
import { createOutboxWorker } from "../src/delivery/outbox-worker.ts";
import { createSendLimiter } from "../src/delivery/send-limiter.ts";
import { encodeCallback } from "../src/domain/callback-data.ts";
import { createLogger, silentLogger } from "../src/logger.ts";
import type { ServiceDeps } from "../src/services/shared/deps.ts";
import { BotApiEmulator, type EmuMessage, type RecordedCall } from "../src/sandbox/bot-api/emulator.ts";
import {
  atMost,
  type Backend,
  BENCH_TOKEN,
  convene,
  fmt,
  holdersOf,
  info,
  now,
  openBenchDatabase,
  type Reporter,
  type SeededCommittee,
  seedCommittee,
  sleep,
  summarize,
  translate,
  waitUntil,
} from "./support.ts";

export type P2Options = {
  members: number;
  pressIntervalMs: number;
  /** A phase that has not finished by then is reported as such. */
  phaseTimeoutMs: number;
};

export const P2_DEFAULTS: P2Options = { members: 500, pressIntervalMs: 250, phaseTimeoutMs: 90_000 };

const TELEGRAM_PER_SECOND = 30;
const DAY = 24 * 60 * 60 * 1000;

type Delivery = {
  /** Seconds from the convening's commit to the last accepted send. */
  seconds: number;
  rows: number;
  lost: number;
  duplicates: number;
  notSent: number;
  rejected429: number;
  attempts: number;
  globalPauses: number;
  finished: boolean;
};

export async function runP2(backend: Backend, reporter: Reporter, options: P2Options = P2_DEFAULTS): Promise<void> {
  const name = backend.kind;
  const database = await openBenchDatabase(backend);
  try {
    const services: ServiceDeps = { db: database.db, clock: () => new Date(), t: translate() };
    const importStart = now();
    const seeded = await seedCommittee(services, { hqKey: "bench-fanout", base: 300_000, seats: options.members });
    reporter.add(info("P2", name, `roster import (${options.members} seats)`, now() - importStart, "ms"));
    const firstDay = new Date(Date.now() + 14 * DAY);

    const alone = await fanOut(services, seeded, firstDay, options, { pressIntervalMs: null });
    const bound = 1.05 * (alone.rows / TELEGRAM_PER_SECOND);
    reporter.add(
      atMost(
        "P2",
        name,
        `fan-out of ${alone.rows} messages`,
        alone.seconds,
        bound,
        "s",
        `≤ ${fmt(bound, 2)} s (1.05 × ${alone.rows}/30)`,
        alone.finished
          ? `${alone.attempts} send attempts, ${alone.globalPauses} global pauses of all sends`
          : `not finished within ${options.phaseTimeoutMs / 1000} s`,
      ),
    );
    reportIntegrity(reporter, name, "", alone);

    const pressed = await fanOut(services, seeded, new Date(firstDay.getTime() + DAY), options, {
      pressIntervalMs: options.pressIntervalMs,
    });
    reporter.add(
      info(
        "P2",
        name,
        `fan-out with RSVP presses (${pressed.presses.full.length})`,
        pressed.seconds,
        "s",
        `${pressed.rejected429} × 429 of ${pressed.attempts} attempts; presses' edits ${pressed.edits.accepted} accepted, ${pressed.edits.rejected} × 429`,
      ),
    );
    reportIntegrity(reporter, name, " (with presses)", pressed);
    const answer = summarize(pressed.presses.answer);
    const full = summarize(pressed.presses.full);
    reporter.add(
      atMost(
        "P2",
        name,
        "reply to a press during fan-out, p99",
        answer.p99,
        1000,
        "ms",
        "< 1000 ms",
        `answerCallbackQuery; p50 ${fmt(answer.p50)} ms, n ${answer.n}`,
      ),
    );
    reporter.add(
      atMost(
        "P2",
        name,
        "whole press incl. edit of the copy, p99",
        full.p99,
        1000,
        "ms",
        "< 1000 ms",
        `p50 ${fmt(full.p50)} ms, n ${full.n}`,
      ),
    );
    if (pressed.presses.unanswered > 0)
      reporter.note(`P2 ${name}: ${pressed.presses.unanswered} presses got no answer within 10 s`);
  } finally {
    await database.dispose();
  }
}

function reportIntegrity(reporter: Reporter, name: Backend["kind"], suffix: string, delivery: Delivery): void {
  reporter.add(
    atMost(
      "P2",
      name,
      `lost messages${suffix}`,
      delivery.lost + delivery.notSent,
      0,
      "",
      "0",
      `${delivery.notSent} outbox rows not 'sent'`,
    ),
  );
  reporter.add(atMost("P2", name, `duplicate messages${suffix}`, delivery.duplicates, 0, "", "0"));
  const share = delivery.attempts === 0 ? 0 : (100 * delivery.rejected429) / delivery.attempts;
  reporter.add(
    atMost(
      "P2",
      name,
      `sends answered 429${suffix}`,
      share,
      1,
      "%",
      "≤ 1 %",
      `${delivery.rejected429} of ${delivery.attempts}`,
    ),
  );
}

type Presses = { answer: number[]; full: number[]; unanswered: number };

async function fanOut(
  services: ServiceDeps,
  seeded: SeededCommittee,
  startsAt: Date,
  options: P2Options,
  phase: { pressIntervalMs: number | null },
): Promise<Delivery & { presses: Presses; edits: { accepted: number; rejected: number } }> {
  const { pressIntervalMs } = phase;
  const emulator = await BotApiEmulator.start({ token: BENCH_TOKEN, enforceLimits: true, timeScale: 1 });
  let globalPauses = 0;
  const log = createLogger("warn", (line) => {
    if (line.includes("global flood limit")) globalPauses++;
  });
  // As main.ts wires them: one send budget for the worker and the bot's direct replies.
  const limiter = createSendLimiter();
  const worker = createOutboxWorker({
    db: services.db,
    api: new Api(BENCH_TOKEN, { apiRoot: emulator.url }),
    clock: () => new Date(),
    log,
    limiter,
  });
  const presses: Presses = { answer: [], full: [], unanswered: 0 };
  try {
    // As start-delivery.ts runs it: polled every 500 ms, at once again after a full batch.
    worker.start(500);
    const meetingId = await convene(services, seeded, startsAt);
    const committedAt = Date.now();
    worker.nudge();
    const settled = async () => {
      const open = await services.db
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(eq(outbox.meetingId, meetingId), inArray(outbox.status, ["pending", "sending"])))
        .limit(1);
      return open.length === 0;
    };

    let finished: boolean;
    if (pressIntervalMs === null) {
      finished = await waitUntil(settled, options.phaseTimeoutMs, 100);
    } else {
      const bot = createBot({
        services,
        log: silentLogger,
        token: BENCH_TOKEN,
        apiRoot: emulator.url,
        botInfo: emulator.botInfo,
        limiter,
        afterUpdate: () => worker.nudge(),
      });
      const pressed = new Set<number>();
      const inFlight = new Set<Promise<void>>();
      const deadline = now() + options.phaseTimeoutMs;
      let done = false;
      while (!done && now() < deadline) {
        const member = holdersOf(seeded.options).find(
          (id) => !pressed.has(id) && invitationIn(emulator, id, meetingId),
        );
        if (member !== undefined) {
          pressed.add(member);
          const press = pressAndMeasure(
            bot.handleUpdate.bind(bot),
            emulator,
            member,
            invitationIn(emulator, member, meetingId)!,
            meetingId,
            presses,
          );
          inFlight.add(press);
          void press.finally(() => inFlight.delete(press));
        }
        await sleep(pressIntervalMs);
        done = await settled();
      }
      finished = done;
      await Promise.race([Promise.allSettled([...inFlight]), sleep(30_000)]);
    }

    const rows = await services.db
      .select({ chatId: outbox.chatId, status: outbox.status })
      .from(outbox)
      .where(eq(outbox.meetingId, meetingId));
    const sends = emulator.calls.filter((call) => call.method === "sendMessage");
    const accepted = sends.filter((call) => call.ok);
    const lastSend = Math.max(...accepted.map((call) => call.time));
    const expected = new Set(rows.map((row) => row.chatId));
    let lost = 0;
    let duplicates = 0;
    for (const chatId of expected) {
      const invitations = emulator.sent(chatId).filter((m) => m.method === "sendMessage" && !isReply(m));
      if (invitations.length === 0) lost++;
      duplicates += Math.max(0, invitations.length - 1);
    }
    const edits = emulator.calls.filter((call) => call.method === "editMessageText");
    return {
      // Unfinished counts as the whole phase, so it can never pass the time target.
      seconds: finished && accepted.length > 0 ? (lastSend - committedAt) / 1000 : options.phaseTimeoutMs / 1000,
      rows: rows.length,
      lost,
      duplicates,
      notSent: rows.filter((row) => row.status !== "sent").length,
      rejected429: sends.filter((call) => call.status === 429).length,
      attempts: sends.length,
      globalPauses,
      finished,
      presses,
      edits: {
        accepted: edits.filter((call) => call.ok).length,
        rejected: edits.filter((call) => call.status === 429).length,
      },
    };
  } finally {
    await worker.stop();
    await emulator.stop();
  }
}

/** The member's copy of this meeting's invitation, once the worker delivered it. */
function invitationIn(emulator: BotApiEmulator, telegramId: number, meetingId: number): EmuMessage | undefined {
  return emulator.sent(telegramId).find((m) => JSON.stringify(m.reply_markup ?? {}).includes(`rsvp:${meetingId}:`));
}

/** Sends a bot makes while handling a press (e.g. an error reply) are not invitations. */
function isReply(message: EmuMessage): boolean {
  return !JSON.stringify(message.reply_markup ?? {}).includes("rsvp:") && message.chat_id > 0;
}

async function pressAndMeasure(
  handleUpdate: (update: Update) => Promise<void>,
  emulator: BotApiEmulator,
  telegramId: number,
  message: EmuMessage,
  meetingId: number,
  presses: Presses,
): Promise<void> {
  const update = emulator.callback(
    { id: telegramId, first_name: `عضو ${telegramId}`, language_code: "fa" },
    message,
    encodeCallback({ action: "rsvp", meetingId, answer: "attending" }),
  );
  const queryId = update.callback_query!.id;
  const answered = emulator
    .waitFor(
      (call: RecordedCall) => call.method === "answerCallbackQuery" && call.params.callback_query_id === queryId,
      10_000,
      { onlyNew: true },
    )
    .catch(() => null);
  const startedAt = Date.now();
  const start = now();
  await handleUpdate(update);
  presses.full.push(now() - start);
  const call = await answered;
  if (call) presses.answer.push(call.time - startedAt);
  else presses.unanswered++;
}

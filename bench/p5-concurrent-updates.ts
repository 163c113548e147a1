/**
 * P5, concurrent updates: 200 people in 20 group chats press buttons at the same moment, in rounds, against the real
 * running process (bench/running-bot.ts: what `npm start` runs) on PostgreSQL, once polling and once with a webhook.
 *
 * Twenty headquarters are imported, each with a working group of ten members in its own group chat and a meeting
 * convened in two weeks. The meeting's invitation in the group carries the RSVP buttons; every member presses one in
 * each round, alternating Attending and Not attending, so every press changes their answer. A round is 200 presses
 * queued at once (polling: all in the emulator's queue before the bot's next getUpdates; webhook: POSTed with 40
 * connections, Telegram's default max_connections); the next round starts once every press of the last is answered.
 *
 * - updates/s: presses ÷ time from the first round's start to the last answer;
 * - callback answer latency: from the press being queued (or POSTed) to its answerCallbackQuery at the emulator;
 * - lost or double-counted: every press answered exactly once, one `invitation.answered` audit row per press, and
 *   each person's stored answer is their last press.
 *
 * The emulator enforces no send limits here: answers to button presses are not rate-limited by Telegram, and these
 * presses send nothing else (the group post is not edited by an answer).
 */
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { availableParallelism } from "node:os";
import type { Message, Update } from "grammy/types";
import { auditLog, invitations, people } from "../src/db/schema.ts";
import { encodeCallback, type RsvpAnswer } from "../src/domain/callback-data.ts";
import type { ServiceDeps } from "../src/services/shared/deps.ts";
import { BotApiEmulator } from "../src/sandbox/bot-api/emulator.ts";
import { freePort } from "../test/faults/free-port.ts";
import { cpuSecondsOf, loadAverage, type RunningBot, startRunningBot } from "./running-bot.ts";
import {
  atLeast,
  atMost,
  type Backend,
  BENCH_TOKEN,
  convene,
  fmt,
  groupChatOf,
  holdersOf,
  info,
  openBenchDatabase,
  type Reporter,
  type SeededCommittee,
  seedCommittee,
  summarize,
  translate,
  waitUntil,
} from "./support.ts";

export type P5Options = {
  chats: number;
  membersPerChat: number;
  rounds: number;
  webhookConnections: number;
  roundTimeoutMs: number;
};

export const P5_DEFAULTS: P5Options = {
  chats: 20,
  membersPerChat: 10,
  rounds: 5,
  webhookConnections: 40,
  roundTimeoutMs: 60_000,
};

const DAY = 24 * 60 * 60 * 1000;
const WEBHOOK_SECRET = "p5-bench-webhook-secret-0123456789";

type Chat = { seeded: SeededCommittee; meetingId: number; post: Message };

export async function runP5(backend: Backend, reporter: Reporter, options: P5Options = P5_DEFAULTS): Promise<void> {
  if (backend.kind !== "postgres") return;
  for (const mode of ["polling", "webhook"] as const) {
    const database = await openBenchDatabase(backend);
    try {
      const services: ServiceDeps = { db: database.db, clock: () => new Date(), t: translate() };
      const chats: Chat[] = [];
      for (let i = 0; i < options.chats; i++) {
        const seeded = await seedCommittee(services, {
          hqKey: `bench-p5-${i}`,
          base: 500_000 + i * 1000,
          seats: options.membersPerChat,
        });
        const meetingId = await convene(services, seeded, new Date(Date.now() + 14 * DAY));
        chats.push({ seeded, meetingId, post: groupPost(seeded, meetingId) });
      }
      await pressRounds(mode, database.url!, services, chats, reporter, options);
    } finally {
      await database.dispose();
    }
  }
}

/** The convening's post in the group chat, as the emulator stores a message the bot sent there. */
function groupPost(seeded: SeededCommittee, meetingId: number): Message {
  const keyboard = (["attending", "not_attending"] as const).map((answer) => ({
    text: answer,
    callback_data: encodeCallback({ action: "rsvp", meetingId, answer }),
  }));
  return {
    message_id: 1,
    date: Math.floor(Date.now() / 1000),
    chat: { id: groupChatOf(seeded.options), type: "supergroup", title: `گروه ${seeded.options.hqKey}` },
    from: { id: 777000111, is_bot: true, first_name: "Kargoruh", username: "kargoruh_bench_bot" },
    text: "دعوت به جلسه",
    reply_markup: { inline_keyboard: [keyboard] },
  } as Message;
}

async function pressRounds(
  mode: "polling" | "webhook",
  databaseUrl: string,
  services: ServiceDeps,
  chats: Chat[],
  reporter: Reporter,
  options: P5Options,
): Promise<void> {
  const emulator = await BotApiEmulator.start({ token: BENCH_TOKEN });
  let bot: RunningBot | undefined;
  try {
    const env: Record<string, string> = {
      BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.url,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "warn",
    };
    let hook = "";
    if (mode === "webhook") {
      const port = await freePort();
      // Telegram's side of the webhook is the https URL; the bench POSTs to the bot's own port on the same path.
      hook = `http://127.0.0.1:${port}/telegram/hook`;
      Object.assign(env, {
        BOT_MODE: "webhook",
        WEBHOOK_URL: "https://bot.example.org/telegram/hook",
        WEBHOOK_SECRET,
        PORT: String(port),
        LOG_LEVEL: "info",
      });
    } else {
      env.LOG_LEVEL = "info";
    }
    bot = startRunningBot(env);
    await bot.waitForLog('"message":"ready"', 90_000);

    const latencies: number[] = [];
    const answersByQuery = new Map<string, number>();
    const lastAnswer = new Map<number, RsvpAnswer>();
    let presses = 0;
    let unanswered = 0;
    const started = performance.now();
    const cpuBefore = cpuSecondsOf(bot.child.pid);
    const loadBefore = loadAverage();
    for (let round = 0; round < options.rounds; round++) {
      const answer: RsvpAnswer = round % 2 === 0 ? "attending" : "not_attending";
      const round_: { update: Update; queryId: string; at: number }[] = [];
      for (const chat of chats) {
        for (const telegramId of holdersOf(chat.seeded.options)) {
          const update = emulator.callback(
            { id: telegramId, first_name: `عضو ${telegramId}`, language_code: "fa" },
            chat.post,
            encodeCallback({ action: "rsvp", meetingId: chat.meetingId, answer }),
          );
          round_.push({ update, queryId: update.callback_query!.id, at: 0 });
          lastAnswer.set(telegramId, answer);
        }
      }
      // Interleaved across chats, as a crowd's presses arrive.
      round_.sort((a, b) => (a.update.callback_query!.from.id % 1000) - (b.update.callback_query!.from.id % 1000));
      if (mode === "polling") {
        const at = Date.now();
        for (const press of round_) {
          press.at = at;
          emulator.pushUpdate(press.update);
        }
      } else {
        let next = 0;
        const connection = async () => {
          while (next < round_.length) {
            const press = round_[next++]!;
            press.at = Date.now();
            const response = await fetch(hook, {
              method: "POST",
              headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": WEBHOOK_SECRET },
              body: JSON.stringify(press.update),
            });
            await response.text();
          }
        };
        void Promise.all(Array.from({ length: options.webhookConnections }, connection));
      }
      presses += round_.length;
      const done = await waitUntil(
        () => round_.every((press) => emulator.callbackAnswers.has(press.queryId)),
        options.roundTimeoutMs,
        5,
      );
      for (const press of round_) {
        const call = emulator.calls.find(
          (c) => c.method === "answerCallbackQuery" && String(c.params.callback_query_id) === press.queryId,
        );
        if (call) latencies.push(call.time - press.at);
        else unanswered++;
      }
      if (!done) break;
    }
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = cpuSecondsOf(bot.child.pid);
    const loadAfter = loadAverage();
    for (const call of emulator.calls) {
      if (call.method !== "answerCallbackQuery") continue;
      const id = String(call.params.callback_query_id);
      answersByQuery.set(id, (answersByQuery.get(id) ?? 0) + 1);
    }
    const answeredTwice = [...answersByQuery.values()].filter((n) => n > 1).length;
    const check = await countEffects(services, chats, lastAnswer, options.rounds);
    const rate = presses / seconds;
    const latency = summarize(latencies);
    const name = "postgres" as const;
    reporter.add(
      atLeast(
        "P5",
        name,
        `${mode}: updates handled`,
        rate,
        1000,
        "upd/s",
        "≥ 1000 upd/s",
        `${presses} presses by ${lastAnswer.size} people in ${chats.length} group chats, ${options.rounds} rounds, ${fmt(seconds, 2)} s`,
      ),
    );
    reporter.add(
      atMost(
        "P5",
        name,
        `${mode}: callback answer p99`,
        latency.p99,
        300,
        "ms",
        "< 300 ms",
        `p50 ${fmt(latency.p50)} ms, max ${fmt(latency.max)} ms, n ${latency.n}`,
      ),
    );
    if (cpuBefore !== null && cpuAfter !== null) {
      const cpuMs = ((cpuAfter - cpuBefore) * 1000) / presses;
      reporter.add(
        info(
          "P5",
          name,
          `${mode}: the bot's CPU per press`,
          cpuMs,
          "ms",
          `${fmt(cpuAfter - cpuBefore, 2)} CPU s for ${presses} presses (the database's own CPU not included): ${fmt(1000 / cpuMs, 0)} presses/s per core at most; machine load average ${loadBefore ?? "?"} → ${loadAfter ?? "?"} on ${availableParallelism()} cores`,
        ),
      );
    }
    const lost = unanswered + check.missingAudit + check.wrongFinal;
    const doubled = answeredTwice + check.extraAudit;
    reporter.add(
      atMost(
        "P5",
        name,
        `${mode}: lost presses`,
        lost,
        0,
        "",
        "0",
        `${unanswered} unanswered, ${check.missingAudit} without their audit row, ${check.wrongFinal} people whose stored answer is not their last press`,
      ),
    );
    reporter.add(
      atMost(
        "P5",
        name,
        `${mode}: double-counted presses`,
        doubled,
        0,
        "",
        "0",
        `${answeredTwice} answered twice, ${check.extraAudit} audit rows beyond one per press`,
      ),
    );
    process.stdout.write(
      `  P5 ${mode}: ${fmt(rate, 0)} upd/s, answer p50 ${fmt(latency.p50)} / p99 ${fmt(latency.p99)} ms, lost ${lost}, doubled ${doubled}\n`,
    );
    const stopAt = performance.now();
    const code = await bot.stop();
    bot = undefined;
    reporter.add(info("P5", name, `${mode}: SIGTERM to exit`, performance.now() - stopAt, "ms", `exit code ${code}`));
  } finally {
    if (bot) await bot.stop();
    await emulator.stop();
  }
}

/** Audit rows of the answers against the presses, and each person's stored answer against their last press. */
async function countEffects(
  services: ServiceDeps,
  chats: Chat[],
  lastAnswer: Map<number, RsvpAnswer>,
  rounds: number,
): Promise<{ missingAudit: number; extraAudit: number; wrongFinal: number }> {
  const meetingIds = chats.map((chat) => chat.meetingId);
  const perMeeting = await services.db
    .select({ meetingId: sql<number>`(${auditLog.details}->>'meetingId')::int`, n: count() })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, "invitation.answered"),
        inArray(sql`(${auditLog.details}->>'meetingId')::int`, meetingIds),
      ),
    )
    .groupBy(sql`(${auditLog.details}->>'meetingId')::int`);
  const expectedPerMeeting = (lastAnswer.size / chats.length) * rounds;
  let missingAudit = 0;
  let extraAudit = 0;
  for (const meetingId of meetingIds) {
    const n = Number(perMeeting.find((row) => Number(row.meetingId) === meetingId)?.n ?? 0);
    missingAudit += Math.max(0, expectedPerMeeting - n);
    extraAudit += Math.max(0, n - expectedPerMeeting);
  }
  const stored = await services.db
    .select({ telegramId: people.telegramId, response: invitations.response })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(inArray(invitations.meetingId, meetingIds));
  let wrongFinal = 0;
  for (const [telegramId, answer] of lastAnswer) {
    const row = stored.find((s) => s.telegramId === telegramId);
    if (row?.response !== answer) wrongFinal++;
  }
  return { missingAudit, extraAudit, wrongFinal };
}

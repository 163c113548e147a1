/**
 * P2b, a busy group holds no one else's messages: the working group's chat is held at Telegram's 20 messages a minute
 * by a live session (a stream of session posts that outrank every invitation), and meanwhile the same committee is
 * convened (500 private invitations, the HQ secretariat's copy and the group's own post) and 100 people get answers
 * to what they just did (interactive replies, one every 100 ms). Everything goes through the real outbox worker to the
 * emulator with Telegram's limits enforced, in real time, with the send budget main.ts uses on that backend.
 *
 * - Messages to anyone but the busy group finish within the P2 bound computed as if the group did not exist: 1.05 × the
 *   sends the bot made to others in that time, plus the few the group legitimately had in it, at 30 a second.
 * - Interactive replies: from the commit to Telegram's answer, p99 < 1 s.
 * - The group never gets more than 20 messages in any rolling minute, and no send is answered 429.
 * - Every outbox row is delivered exactly once.
 *
 * The replies go to people outside this fan-out (members of other groups answering a wizard), so what is measured is
 * the queue in front of Telegram's global limit, not the one-second gap of a member's own chat.
 */
import { and, eq, inArray, ne } from "drizzle-orm";
import { Api } from "grammy";
import { enqueueMessages } from "../src/db/queries/outbox.ts";
import { outbox } from "../src/db/schema.ts";
import { createOutboxWorker } from "../src/delivery/outbox-worker.ts";
import { createSendLimiter, type SendLimiter } from "../src/delivery/send-limiter.ts";
import { createSharedSendLimiter } from "../src/delivery/shared-send-budget.ts";
import { REPLY_PURPOSE } from "../src/domain/delivery-lanes.ts";
import { silentLogger } from "../src/logger.ts";
import type { ServiceDeps } from "../src/services/shared/deps.ts";
import { BotApiEmulator, type RecordedCall } from "../src/sandbox/bot-api/emulator.ts";
import {
  atMost,
  type Backend,
  BENCH_TOKEN,
  convene,
  fmt,
  groupChatOf,
  info,
  openBenchDatabase,
  type Reporter,
  seedCommittee,
  sleep,
  summarize,
  translate,
  waitUntil,
} from "./support.ts";

export type P2bOptions = {
  members: number;
  /** Session posts queued for the group at the start: more than its 20 a minute, so it is held for the whole run. */
  groupPosts: number;
  replies: number;
  replyIntervalMs: number;
  timeoutMs: number;
};

export const P2B_DEFAULTS: P2bOptions = {
  members: 500,
  groupPosts: 25,
  replies: 100,
  replyIntervalMs: 100,
  timeoutMs: 90_000,
};

const TELEGRAM_PER_SECOND = 30;
const GROUP_PER_MINUTE = 20;
const DAY = 24 * 60 * 60 * 1000;
/** Private chats of the people getting replies: far from any roster's ids. */
const REPLY_CHATS = 9_100_000;

const isSend = (call: RecordedCall) => call.method === "sendMessage" || call.method === "sendDocument";
const chatOf = (call: RecordedCall) => Number(call.params.chat_id);

/** Most sends inside any window [t, t + width) that starts at a send. */
function busiestWindow(times: readonly number[], width: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let start = 0, end = 0; start < sorted.length; start++) {
    while (end < sorted.length && sorted[end]! < sorted[start]! + width) end++;
    most = Math.max(most, end - start);
  }
  return most;
}

export async function runP2b(backend: Backend, reporter: Reporter, options: P2bOptions = P2B_DEFAULTS): Promise<void> {
  const name = backend.kind;
  const database = await openBenchDatabase(backend);
  const emulator = await BotApiEmulator.start({ token: BENCH_TOKEN, enforceLimits: true, timeScale: 1 });
  // As main.ts chooses: the budget in the database on PostgreSQL, in memory on the embedded database.
  const limiter: SendLimiter = backend.kind === "postgres" ? createSharedSendLimiter(database.db) : createSendLimiter();
  const worker = createOutboxWorker({
    db: database.db,
    api: new Api(BENCH_TOKEN, { apiRoot: emulator.url }),
    clock: () => new Date(),
    log: silentLogger,
    limiter,
  });
  try {
    const services: ServiceDeps = { db: database.db, clock: () => new Date(), t: translate() };
    const seeded = await seedCommittee(services, { hqKey: "bench-busy-group", base: 400_000, seats: options.members });
    const group = groupChatOf(seeded.options);
    worker.start(500);

    // The live session: posts the group cannot have all of this minute, in a lane above every invitation.
    const sessionStart = Date.now();
    await enqueueMessages(
      database.db,
      Array.from({ length: options.groupPosts }, (_, i) => ({
        chatId: group,
        purpose: "vote_result",
        payload: { method: "sendMessage" as const, text: `نتیجهٔ رأی‌گیری ${i + 1}` },
      })),
    );
    worker.nudge();
    // The group has spent its minute when the convening comes, as after a session.
    await waitUntil(
      () =>
        emulator.calls.filter((call) => isSend(call) && call.ok && chatOf(call) === group).length >= GROUP_PER_MINUTE,
      30_000,
      20,
    );

    const meetingId = await convene(services, seeded, new Date(Date.now() + 14 * DAY));
    const committedAt = Date.now();
    worker.nudge();

    const replies = new Map<number, number>();
    for (let i = 0; i < options.replies; i++) {
      const chatId = REPLY_CHATS + i;
      await enqueueMessages(database.db, [
        { chatId, purpose: REPLY_PURPOSE, payload: { method: "sendMessage", text: "پاسخ شما ثبت شد." } },
      ]);
      replies.set(chatId, Date.now());
      worker.nudge();
      await sleep(options.replyIntervalMs);
    }

    const othersDone = await waitUntil(
      async () => {
        const open = await database.db
          .select({ id: outbox.id })
          .from(outbox)
          .where(and(inArray(outbox.status, ["pending", "sending"]), ne(outbox.chatId, group)))
          .limit(1);
        return open.length === 0;
      },
      options.timeoutMs,
      100,
    );

    const sends = emulator.calls.filter(isSend);
    const accepted = sends.filter((call) => call.ok);
    const toOthers = accepted.filter((call) => chatOf(call) !== group && call.time >= committedAt);
    const lastToOthers = Math.max(...toOthers.map((call) => call.time));
    const groupInWindow = accepted.filter(
      (call) => chatOf(call) === group && call.time >= committedAt && call.time <= lastToOthers,
    ).length;
    const seconds = othersDone && toOthers.length > 0 ? (lastToOthers - committedAt) / 1000 : options.timeoutMs / 1000;
    const bound = 1.05 * ((toOthers.length + groupInWindow) / TELEGRAM_PER_SECOND);
    reporter.add(
      atMost(
        "P2b",
        name,
        `${toOthers.length} messages to others while the group is held`,
        seconds,
        bound,
        "s",
        `≤ ${fmt(bound, 2)} s (1.05 × ${toOthers.length} + ${groupInWindow} group sends /30)`,
        othersDone
          ? `the group still had ${await pendingFor(database, group)} posts waiting at the end`
          : `not finished within ${options.timeoutMs / 1000} s`,
      ),
    );

    const replyLatency: number[] = [];
    let unanswered = 0;
    for (const [chatId, enqueuedAt] of replies) {
      const call = accepted.find((c) => chatOf(c) === chatId);
      if (call) replyLatency.push(call.time - enqueuedAt);
      else unanswered++;
    }
    const latency = summarize(replyLatency);
    reporter.add(
      atMost(
        "P2b",
        name,
        "interactive reply during fan-out, p99",
        latency.p99,
        1000,
        "ms",
        "< 1000 ms",
        `commit to Telegram; p50 ${fmt(latency.p50)} ms, n ${latency.n}${unanswered ? `, ${unanswered} never sent` : ""}`,
      ),
    );

    // The group's posts are let through at its pace until the end of the minute: wait for them all.
    await waitUntil(async () => (await pendingFor(database, group)) === 0, 75_000, 250);
    const groupTimes = emulator.calls
      .filter((call) => isSend(call) && call.ok && chatOf(call) === group)
      .map((call) => call.time);
    reporter.add(
      atMost(
        "P2b",
        name,
        "group's sends in any rolling minute",
        busiestWindow(groupTimes, 60_000),
        GROUP_PER_MINUTE,
        "",
        `≤ ${GROUP_PER_MINUTE}`,
        `${groupTimes.length} sends over ${fmt((Math.max(...groupTimes) - sessionStart) / 1000)} s`,
      ),
    );
    const rejectedCalls = emulator.calls.filter((call) => isSend(call) && call.status === 429);
    const rejectedInGroup = rejectedCalls.filter((call) => chatOf(call) === group).length;
    if (process.env.P2B_DEBUG) {
      for (const call of rejectedCalls) {
        const before = accepted.filter((c) => c.time > call.time - 1000 && c.time <= call.time).length;
        process.stdout.write(
          `429 chat ${chatOf(call)} at +${call.time - committedAt} ms, ${before} accepted in the second before: ${call.error?.description}\n`,
        );
      }
    }
    reporter.add(
      atMost(
        "P2b",
        name,
        "sends answered 429",
        rejectedCalls.length,
        0,
        "",
        "0",
        `of ${sends.length} attempts; ${rejectedInGroup} to the group`,
      ),
    );

    const rows = await database.db.select({ id: outbox.id, chatId: outbox.chatId, status: outbox.status }).from(outbox);
    const delivered = emulator.calls.filter((call) => isSend(call) && call.ok);
    const expected = new Map<number, number>();
    for (const row of rows) expected.set(row.chatId, (expected.get(row.chatId) ?? 0) + 1);
    let lost = rows.filter((row) => row.status !== "sent").length;
    if (process.env.P2B_DEBUG) {
      for (const row of rows.filter((r) => r.status !== "sent"))
        process.stdout.write(`not sent: ${JSON.stringify(row)}\n`);
    }
    let duplicates = 0;
    for (const [chatId, count] of expected) {
      const sent = delivered.filter((call) => chatOf(call) === chatId).length;
      lost += Math.max(0, count - sent);
      duplicates += Math.max(0, sent - count);
    }
    reporter.add(
      atMost("P2b", name, "lost messages", lost, 0, "", "0", `${rows.length} outbox rows (meeting ${meetingId})`),
    );
    reporter.add(atMost("P2b", name, "duplicate messages", duplicates, 0, "", "0"));
    reporter.add(
      info(
        "P2b",
        name,
        "invitations and copies",
        toOthers.length - replyLatency.length,
        "",
        `${options.members} members, the secretariat; ${options.replies} replies beside them`,
      ),
    );
  } finally {
    await worker.stop();
    await emulator.stop();
    await database.dispose();
  }
}

async function pendingFor(database: { db: ServiceDeps["db"] }, chatId: number): Promise<number> {
  const rows = await database.db.select({ status: outbox.status }).from(outbox).where(eq(outbox.chatId, chatId));
  return rows.filter((row) => row.status === "pending" || row.status === "sending").length;
}

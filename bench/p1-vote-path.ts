/**
 * P1, the vote path: button presses through the real bot (`bot.handleUpdate` with updates from the emulator's
 * builders: dedupe, person, authorization, the write and its audit row in one transaction, then the answer and the
 * edit over HTTP to the local emulator), against the raw limit of the same database in the same process: a bare
 * transaction with the same two writes and nothing else. For an RSVP press that is one invitation row updated and
 * one audit row inserted; for a ballot, one ballot row upserted and one audit row inserted. Between the two, the
 * service alone (authorization, the write and its audit row, called directly) shows where the rest of a press goes.
 *
 * The kinds of work run interleaved in rounds, so a slow moment on the machine hits all of them alike.
 *
 * Why the bot stays well under the raw rate: the raw transaction is BEGIN, three statements (the write, the audit
 * chain's head locked, the entry linked to it), COMMIT. A press sends the same three with its write riding in the
 * entry's statement, plus the update's claim (committed before any handler runs, so a redelivery on another instance
 * is refused before it can answer; the person and the wizard state ride in the same statement) and one read that
 * locks the meeting or the vote and brings all the decision and the answer need; then it answers over HTTP, an RSVP
 * press twice (the callback answer and the redraw of the member's copy, side by side), a ballot once. That is two
 * statements, one more commit and the HTTP calls above raw before grammY, i18n and the rendering of the answers. The
 * rows "claim alone" and "Bot API answered in-process" split the difference. PGlite parses and plans every statement
 * afresh, so the read, the widest statement, costs the most there; on PostgreSQL each committed write waits for a WAL
 * flush. The notes give each operation's CPU time in this process too, which moves less than wall time on a busy
 * machine (on PostgreSQL the server's share is not in it).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { and, count, eq, inArray } from "drizzle-orm";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { createBot } from "../src/bot/create-bot.ts";
import type { BotContext } from "../src/bot/context.ts";
import type { Database } from "../src/db/client.ts";
import { claimUpdate } from "../src/db/queries/processed-updates.ts";
import { insertVote } from "../src/db/queries/votes.ts";
import { writeAudit } from "../src/db/queries/audit.ts";
import { auditLog, ballots, invitations, meetings } from "../src/db/schema.ts";
import { encodeCallback, type RsvpAnswer } from "../src/domain/callback-data.ts";
import { silentLogger } from "../src/logger.ts";
import type { ServiceDeps } from "../src/services/shared/deps.ts";
import { answerInvitation } from "../src/services/rsvp/rsvp.ts";
import { BotApiEmulator, type EmuMessage, type EmuUser } from "../src/sandbox/bot-api/emulator.ts";
import { DAY, HOUR, MEETING } from "../test/helpers/recorded-session.ts";
import {
  type Backend,
  BENCH_TOKEN,
  convene,
  drainOutbox,
  fmt,
  groupChatOf,
  holdersOf,
  info,
  loggingDatabase,
  now,
  openBenchDatabase,
  REPO_ROOT,
  type Reporter,
  type SeededCommittee,
  seedCommittee,
  summarize,
  translate,
} from "./support.ts";

export type P1Options = {
  /** Measured operations per kind, split over the rounds. */
  perKind: number;
  rounds: number;
  warmUp: number;
  /** A round of one kind stops early after this long. */
  roundBudgetMs: number;
};

export const P1_DEFAULTS: P1Options = { perKind: 600, rounds: 3, warmUp: 30, roundBudgetMs: 60_000 };

/** The bot's share of the raw rate the issue asks for. */
const TARGET_RATIO = 0.5;

type Operation = () => Promise<void>;
/**
 * `offline`: the bot's press with the Bot API answered in-process, so press minus offline is its HTTP calls; `claim`:
 * the update's claim alone. `cpuMs` is this process's CPU time (PGlite runs in it): on a busy machine the CPU time of
 * an operation moves less than its wall time.
 */
type Kind = {
  name: string;
  role: "raw" | "service" | "bot" | "offline" | "claim";
  operation: Operation;
  samples: number[];
  elapsedMs: number;
  cpuMs: number;
  done: number;
};

const kind = (name: string, role: Kind["role"], operation: Operation): Kind => ({
  name,
  role,
  operation,
  samples: [],
  elapsedMs: 0,
  cpuMs: 0,
  done: 0,
});

const userOf = (telegramId: number): EmuUser => ({
  id: telegramId,
  first_name: `عضو ${telegramId}`,
  language_code: "fa",
});

export async function runP1(backend: Backend, reporter: Reporter, options: P1Options = P1_DEFAULTS): Promise<void> {
  const name = backend.kind;
  const database = await openBenchDatabase(backend);
  const emulator = await BotApiEmulator.start({ token: BENCH_TOKEN });
  try {
    let current = new Date(MEETING.getTime() - 10 * DAY);
    const services: ServiceDeps = { db: database.db, clock: () => new Date(current), t: translate() };

    // RSVP: a 9-seat working group invited to a meeting, each member holding the invitation message in their chat.
    const rsvp = await seedCommittee(services, { hqKey: "bench-rsvp", base: 100_000, seats: 9 });
    const rsvpMeeting = await convene(services, rsvp, MEETING);
    // The raw transactions and the service calls write to the invitations of meetings of their own, so they never
    // turn a press into a no-op.
    const rawMeeting = await convene(services, rsvp, new Date(MEETING.getTime() + DAY));
    const serviceMeeting = await convene(services, rsvp, new Date(MEETING.getTime() + 2 * DAY));
    // The presses without HTTP answer invitations of their own too: they leave the emulator's copies as they are.
    const offlineMeeting = await convene(services, rsvp, new Date(MEETING.getTime() + 3 * DAY));
    await drainOutbox(services, emulator.url);
    const invitationsOf = (meetingId: number) => {
      const messages = new Map<number, EmuMessage>();
      for (const telegramId of holdersOf(rsvp.options)) {
        const message = emulator
          .sent(telegramId)
          .find((m) => JSON.stringify(m.reply_markup ?? {}).includes(`rsvp:${meetingId}:`));
        if (!message) throw new Error(`P1: no invitation reached ${telegramId}`);
        messages.set(telegramId, message);
      }
      return messages;
    };
    const invitationMessages = invitationsOf(rsvpMeeting);
    const offlineMessages = invitationsOf(offlineMeeting);

    // Ballots: a second working group whose meeting is in session with an open vote, when the session code is there.
    const ballots = await prepareBallots(services, emulator, (at) => {
      current = at;
    });
    if (ballots.kind === "skipped") reporter.note(`P1 ${name}: ballot presses skipped: ${ballots.reason}`);

    const bot: Bot<BotContext> = createBot({
      services,
      log: silentLogger,
      token: BENCH_TOKEN,
      apiRoot: emulator.url,
      botInfo: emulator.botInfo,
    });
    const failures: string[] = [];

    const offline = botWithoutHttp({
      services,
      log: silentLogger,
      token: BENCH_TOKEN,
      apiRoot: emulator.url,
      botInfo: emulator.botInfo,
    });
    const viaEmulator = emulatorAnswers(emulator);

    const lastAnswer = new Map<number, RsvpAnswer>();
    const rsvpHolders = holdersOf(rsvp.options);
    let rsvpPresses = 0;
    const pressRsvp: Operation = async () => {
      const telegramId = rsvpHolders[rsvpPresses++ % rsvpHolders.length]!;
      const answer: RsvpAnswer = lastAnswer.get(telegramId) === "attending" ? "not_attending" : "attending";
      lastAnswer.set(telegramId, answer);
      const update = emulator.callback(
        userOf(telegramId),
        invitationMessages.get(telegramId)!,
        encodeCallback({ action: "rsvp", meetingId: rsvpMeeting, answer }),
      );
      await handleAndCheck(bot, viaEmulator, update, failures);
    };
    const offlineAnswers = new Map<number, RsvpAnswer>();
    let offlinePresses = 0;
    const pressRsvpOffline: Operation = async () => {
      const telegramId = rsvpHolders[offlinePresses++ % rsvpHolders.length]!;
      const answer: RsvpAnswer = offlineAnswers.get(telegramId) === "attending" ? "not_attending" : "attending";
      offlineAnswers.set(telegramId, answer);
      const update = emulator.callback(
        userOf(telegramId),
        offlineMessages.get(telegramId)!,
        encodeCallback({ action: "rsvp", meetingId: offlineMeeting, answer }),
      );
      await handleAndCheck(offline.bot, offline.answers, update, failures);
    };

    // The update's claim alone, as every update makes it: a new update id, the sender and their wizard state read.
    const claimant = rsvpHolders[0]!;
    let claims = 0;
    const claimAlone: Operation = async () => {
      const claimed = await claimUpdate(database.db, {
        updateId: 2_000_000_000 + claims++,
        now: services.clock(),
        telegramId: claimant,
        conversationKey: `${claimant}:${claimant}`,
      });
      if (!claimed.claimed || !claimed.person) failures.push(`claim ${claims}: not claimed`);
    };

    const serviceAnswers = new Map<number, RsvpAnswer>();
    let serviceCalls = 0;
    const answerByService: Operation = async () => {
      const telegramId = rsvpHolders[serviceCalls++ % rsvpHolders.length]!;
      const answer: RsvpAnswer = serviceAnswers.get(telegramId) === "attending" ? "not_attending" : "attending";
      serviceAnswers.set(telegramId, answer);
      const result = await answerInvitation(services, rsvp.personIds.get(telegramId)!, serviceMeeting, answer);
      if (result.kind !== "recorded" || !result.changed)
        failures.push(`service answer by ${telegramId}: ${result.kind}`);
    };

    const rawTargets: RawTarget[] = await database.db
      .select({
        id: invitations.id,
        hqId: meetings.hqId,
        meetingId: invitations.meetingId,
        seatId: invitations.seatId,
        personId: invitations.personId,
      })
      .from(invitations)
      .innerJoin(meetings, eq(meetings.id, invitations.meetingId))
      .where(eq(invitations.meetingId, rawMeeting));
    let rawAnswers = 0;
    const rawAnswer: Operation = async () => {
      const target = rawTargets[rawAnswers % rawTargets.length]!;
      const answer: RsvpAnswer = Math.floor(rawAnswers / rawTargets.length) % 2 === 0 ? "attending" : "not_attending";
      rawAnswers++;
      await bareAnswer(database.db, target, answer, services.clock());
    };
    // The raw ballots go to a closed vote of the raw meeting: never the open vote the bot's presses count on.
    const rawVote = await insertVote(database.db, {
      hqId: rawTargets[0]!.hqId,
      meetingId: rawMeeting,
      question: "raw ballots",
      status: "closed",
      openedByPersonId: rawTargets[0]!.personId!,
      openedAt: services.clock(),
    });
    let rawBallots = 0;
    const rawBallot: Operation = async () => {
      const target = rawTargets[rawBallots % rawTargets.length]!;
      const choice = Math.floor(rawBallots / rawTargets.length) % 2 === 0 ? "yes" : "no";
      rawBallots++;
      await bareBallot(database.db, rawVote.id, target, choice, services.clock());
    };

    const kinds: Kind[] = [
      kind("rsvp", "raw", rawAnswer),
      kind("rsvp", "service", answerByService),
      kind("rsvp", "bot", pressRsvp),
      kind("rsvp", "offline", pressRsvpOffline),
      kind("update", "claim", claimAlone),
    ];
    if (ballots.kind === "ready") {
      kinds.push(
        kind("ballot", "raw", rawBallot),
        kind("ballot", "service", ballots.cast(services, failures)),
        kind("ballot", "bot", ballots.press(bot, viaEmulator, failures)),
        kind("ballot", "offline", ballots.press(offline.bot, offline.answers, failures)),
      );
    }

    for (const work of kinds) for (let i = 0; i < options.warmUp; i++) await work.operation();
    const perRound = Math.ceil(options.perKind / options.rounds);
    for (let round = 0; round < options.rounds; round++) {
      for (const work of kinds) {
        const roundStart = now();
        const cpuStart = process.cpuUsage();
        for (let i = 0; i < perRound && now() - roundStart < options.roundBudgetMs; i++) {
          const start = now();
          await work.operation();
          work.samples.push(now() - start);
          work.done++;
        }
        work.elapsedMs += now() - roundStart;
        const cpu = process.cpuUsage(cpuStart);
        work.cpuMs += (cpu.user + cpu.system) / 1000;
      }
      // The recorded calls are the emulator's memory: keep only a round's worth.
      emulator.clearCalls();
    }

    await verifyWrites(
      database.db,
      rsvpMeeting,
      rsvpPresses,
      ballots.kind === "ready" ? ballots.voteId : null,
      failures,
    );
    if (failures.length > 0) {
      reporter.note(
        `P1 ${name}: ${failures.length} presses did not come back as recorded, e.g. ${failures.slice(0, 3).join("; ")}`,
      );
    }

    const rateOf = (work: Kind) => (work.done / work.elapsedMs) * 1000;
    const cpuOf = (work: Kind) => work.cpuMs / work.done;
    const timing = (work: Kind) => {
      const stats = summarize(work.samples);
      return `p50 ${fmt(stats.p50, 2)} ms, p99 ${fmt(stats.p99, 2)} ms, n ${work.done}; CPU ${fmt(cpuOf(work), 2)} ms/op`;
    };
    const RAW_LABELS: Record<string, string> = {
      rsvp: "raw tx (1 invitation update + 1 audit insert)",
      ballot: "raw tx (1 ballot upsert + 1 audit insert)",
    };
    for (const raw of kinds.filter((work) => work.role === "raw"))
      reporter.add(info("P1", name, RAW_LABELS[raw.name]!, rateOf(raw), "tx/s", timing(raw)));
    const claim = kinds.find((work) => work.role === "claim")!;
    reporter.add(
      info(
        "P1",
        name,
        "update claim alone (dedupe + person + wizard state, 1 statement)",
        rateOf(claim),
        "upd/s",
        timing(claim),
      ),
    );
    for (const path of kinds.filter((work) => work.role !== "raw" && work.role !== "claim")) {
      const raw = kinds.find((work) => work.role === "raw" && work.name === path.name)!;
      const rate = rateOf(path);
      const ratio = rate / rateOf(raw);
      const cpuRatio = cpuOf(raw) / cpuOf(path);
      if (path.role === "offline") {
        const label = `${path.name === "rsvp" ? "RSVP" : path.name} press via bot, Bot API answered in-process (no HTTP)`;
        reporter.add(
          info("P1", name, label, rate, "upd/s", `${fmt(ratio, 2)}× raw (CPU ${fmt(cpuRatio, 2)}×); ${timing(path)}`),
        );
        continue;
      }
      if (path.role === "service") {
        reporter.add(
          info(
            "P1",
            name,
            `${path.name} service alone, no bot (authorize + write + audit)`,
            rate,
            "tx/s",
            `${fmt(ratio, 2)}× raw (CPU ${fmt(cpuRatio, 2)}×); ${timing(path)}`,
          ),
        );
        continue;
      }
      const stats = summarize(path.samples);
      const label = path.name === "rsvp" ? "RSVP press via bot" : "ballot press via bot";
      reporter.add({
        bench: "P1",
        backend: name,
        metric: label,
        value: rate,
        unit: "upd/s",
        target: `≥ ${TARGET_RATIO}× raw`,
        ratio,
        pass: failures.length === 0 && ratio >= TARGET_RATIO,
        note: `${timing(path)}; CPU ${fmt(cpuRatio, 2)}× raw`,
      });
      reporter.add(info("P1", name, `${path.name} p50 per update`, stats.p50, "ms"));
      reporter.add(info("P1", name, `${path.name} p99 per update`, stats.p99, "ms"));
    }

    // Where a press's time goes: statements it sends (counted on a logging twin of the database) and HTTP calls.
    const statements: string[] = [];
    let transactions = 0;
    const failuresBefore = failures.length;
    const countingBot = createBot({
      services: {
        ...services,
        db: countingTransactions(
          loggingDatabase(database, (query) => statements.push(query.sql)),
          () => transactions++,
        ),
      },
      log: silentLogger,
      token: BENCH_TOKEN,
      apiRoot: emulator.url,
      botInfo: emulator.botInfo,
    });
    const perPress = async (operation: Operation) => {
      statements.length = 0;
      transactions = 0;
      emulator.clearCalls();
      await operation();
      return {
        statements: statements.length,
        transactions,
        calls: emulator.calls.map((call) => call.method).join(" + "),
      };
    };
    const rsvpCost = await perPress(async () => {
      const telegramId = rsvpHolders[0]!;
      const answer: RsvpAnswer = lastAnswer.get(telegramId) === "attending" ? "not_attending" : "attending";
      lastAnswer.set(telegramId, answer);
      const update = emulator.callback(
        userOf(telegramId),
        invitationMessages.get(telegramId)!,
        encodeCallback({ action: "rsvp", meetingId: rsvpMeeting, answer }),
      );
      await handleAndCheck(countingBot, viaEmulator, update, failures);
    });
    const apiSamples: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = now();
      await countingBot.api.answerCallbackQuery(`bench-${i}`);
      apiSamples.push(now() - start);
    }
    const apiNote = `one Bot API call p50 ${fmt(summarize(apiSamples).p50, 2)} ms`;
    const costNote = (cost: Awaited<ReturnType<typeof perPress>>) =>
      `plus BEGIN/COMMIT of ${cost.transactions} transaction(s); HTTP: ${cost.calls}`;
    reporter.add(
      info(
        "P1",
        name,
        "SQL statements per RSVP press (raw tx: 3)",
        rsvpCost.statements,
        "stmts",
        `${costNote(rsvpCost)}; ${apiNote}`,
      ),
    );
    if (ballots.kind === "ready") {
      const ballotCost = await perPress(ballots.press(countingBot, viaEmulator, failures));
      reporter.add(
        info(
          "P1",
          name,
          "SQL statements per ballot press (raw tx: 3)",
          ballotCost.statements,
          "stmts",
          costNote(ballotCost),
        ),
      );
    }
    if (failures.length > failuresBefore)
      reporter.note(`P1 ${name}: the counted presses failed: ${failures.slice(failuresBefore).join("; ")}`);
  } finally {
    await emulator.stop();
    await database.dispose();
  }
}

type RawTarget = { id: number; hqId: number; meetingId: number; seatId: number; personId: number | null };

/**
 * What the issue calls the raw limit of an RSVP press: its two writes (the audit entry appended to its HQ's chain as the
 * bot appends it), the same rows the bot writes, in one transaction
 * and nothing else: no dedupe, no person, no authorization, no read, no answer.
 */
async function bareAnswer(db: Database, target: RawTarget, answer: RsvpAnswer, at: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(invitations).set({ response: answer, respondedAt: at }).where(eq(invitations.id, target.id));
    await writeAudit(tx, {
      hqId: target.hqId,
      actorPersonId: target.personId,
      action: "bench.raw_answer",
      subjectType: "invitation",
      subjectId: String(target.id),
      details: {
        meetingId: target.meetingId,
        answer,
        previous: answer === "attending" ? "not_attending" : "attending",
      },
      at,
    });
  });
}

/** The raw limit of a ballot press: the seat's ballot upserted and its audit row, in one transaction. */
async function bareBallot(
  db: Database,
  voteId: number,
  target: RawTarget,
  choice: "yes" | "no",
  at: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(ballots)
      .values({ voteId, seatId: target.seatId, choice, castByPersonId: target.personId!, castAt: at })
      .onConflictDoUpdate({
        target: [ballots.voteId, ballots.seatId],
        set: { choice, castByPersonId: target.personId!, castAt: at },
      });
    await writeAudit(tx, {
      hqId: target.hqId,
      actorPersonId: target.personId,
      action: "bench.raw_ballot",
      subjectType: "vote",
      subjectId: String(voteId),
      details: { seatId: target.seatId, as: "member", choice },
      at,
    });
  });
}

/** The same database with every transaction it opens counted (the statement logger does not see BEGIN/COMMIT). */
function countingTransactions(db: Database, onTransaction: () => void): Database {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== "transaction") return Reflect.get(target, property, receiver);
      return (...args: Parameters<Database["transaction"]>) => {
        onTransaction();
        return target.transaction(...args);
      };
    },
  });
}

/** The callback answers a bot gave, taken once each. */
type Answers = { take(callbackQueryId: string): { text?: unknown; show_alert?: unknown } | undefined };

function emulatorAnswers(emulator: BotApiEmulator): Answers {
  return {
    take(id) {
      const answer = emulator.callbackAnswers.get(id);
      emulator.callbackAnswers.delete(id);
      return answer;
    },
  };
}

/**
 * The bot with every Bot API call answered in-process, ahead of its own transformers: a press costs everything but
 * its HTTP calls. The answers it gives are kept for the check.
 */
function botWithoutHttp(deps: Parameters<typeof createBot>[0]): { bot: Bot<BotContext>; answers: Answers } {
  const bot = createBot(deps);
  const given = new Map<string, { text?: unknown; show_alert?: unknown }>();
  bot.api.config.use(async (_prev, method, payload) => {
    if (method === "answerCallbackQuery") {
      const answer = payload as { callback_query_id: string; text?: unknown; show_alert?: unknown };
      given.set(answer.callback_query_id, answer);
    }
    return { ok: true, result: true as never };
  });
  return {
    bot,
    answers: {
      take(id) {
        const answer = given.get(id);
        given.delete(id);
        return answer;
      },
    },
  };
}

/** Feeds the press and checks that the person was answered with something other than the generic error. */
async function handleAndCheck(
  bot: Bot<BotContext>,
  answers: Answers,
  update: Update,
  failures: string[],
): Promise<void> {
  await bot.handleUpdate(update);
  const answer = answers.take(update.callback_query?.id ?? "");
  if (!answer) failures.push(`update ${update.update_id}: not answered`);
  else if (answer.show_alert === true) failures.push(`update ${update.update_id}: ${String(answer.text)}`);
}

async function verifyWrites(
  db: Database,
  meetingId: number,
  rsvpPresses: number,
  voteId: number | null,
  failures: string[],
): Promise<void> {
  const invitationIds = (
    await db.select({ id: invitations.id }).from(invitations).where(eq(invitations.meetingId, meetingId))
  ).map((row) => String(row.id));
  const [answered] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, "invitation.answered"), inArray(auditLog.subjectId, invitationIds)));
  if (answered?.n !== rsvpPresses) failures.push(`${rsvpPresses} RSVP presses but ${answered?.n} audit rows`);
  if (voteId === null) return;
  const [cast] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(
      and(
        inArray(auditLog.action, ["vote.ballot_cast", "vote.ballot_changed"]),
        eq(auditLog.subjectId, String(voteId)),
      ),
    );
  if (!cast || cast.n === 0) failures.push("no ballot was recorded");
}

type Ballots =
  | {
      kind: "ready";
      voteId: number;
      /** A press of the vote message's button through the bot. */
      press: (bot: Bot<BotContext>, answers: Answers, failures: string[]) => Operation;
      /** The same ballot through the service directly; presses and service calls share whose turn it is. */
      cast: (services: ServiceDeps, failures: string[]) => Operation;
    }
  | { kind: "skipped"; reason: string };

/**
 * A meeting in session with all nine present and an open vote whose message sits in the group chat. The session
 * code is loaded only when it is there and works.
 */
async function prepareBallots(
  services: ServiceDeps,
  emulator: BotApiEmulator,
  setClock: (at: Date) => void,
): Promise<Ballots> {
  if (!existsSync(join(REPO_ROOT, "src/services/votes/votes.ts")))
    return { kind: "skipped", reason: "src/services/votes/votes.ts is not there" };
  let seeded: SeededCommittee;
  try {
    const session = await import("../src/services/session/session.ts");
    const votes = await import("../src/services/votes/votes.ts");
    seeded = await seedCommittee(services, { hqKey: "bench-ballots", base: 200_000, seats: 9 });
    // Two days before the RSVP meeting, so that one stays open for answers while this one is in session.
    const startsAt = new Date(MEETING.getTime() - 2 * DAY);
    const meetingId = await convene(services, seeded, startsAt);
    await drainOutbox(services, emulator.url);
    setClock(new Date(startsAt.getTime() - HOUR));
    const holders = holdersOf(seeded.options);
    const secretary = seeded.personIds.get(holders[1]!)!;
    const started = await session.startMeeting(services, secretary, { meetingId });
    if (started.kind !== "started") return { kind: "skipped", reason: `startMeeting answered ${started.kind}` };
    for (const telegramId of holders) await session.checkIn(services, seeded.personIds.get(telegramId)!, meetingId);
    const opened = await votes.openVote(services, secretary, {
      committeeId: seeded.committeeId,
      question: "تصویب طرح ساماندهی بافت تاریخی",
      secret: false,
    });
    if (opened.kind !== "opened") return { kind: "skipped", reason: `openVote answered ${opened.kind}` };
    const voteId = opened.vote.voteId;
    const chatId = groupChatOf(seeded.options);
    const shown = votes.voteMessage(services.t, opened.hqLocale, opened.vote, true);
    const response = await fetch(`${emulator.url}/bot${BENCH_TOKEN}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chat_id: chatId, text: shown.text, reply_markup: shown.replyMarkup }),
    });
    const sent = (await response.json()) as { ok: boolean; result?: { message_id: number } };
    if (!sent.ok || !sent.result) return { kind: "skipped", reason: "the vote message could not be posted" };
    await votes.attachVoteMessage(services, voteId, chatId, sent.result.message_id, shown.text);
    const voteMessage = emulator.lastSent(chatId)!;
    const lastChoice = new Map<number, "yes" | "no">();
    let presses = 0;
    const nextBallot = () => {
      const telegramId = holders[presses++ % holders.length]!;
      const choice = lastChoice.get(telegramId) === "yes" ? "no" : "yes";
      lastChoice.set(telegramId, choice);
      return { telegramId, choice } as const;
    };
    return {
      kind: "ready",
      voteId,
      press: (bot, answers, failures) => async () => {
        const { telegramId, choice } = nextBallot();
        const update = emulator.callback(
          userOf(telegramId),
          voteMessage,
          encodeCallback({ action: "ballot", voteId, choice }),
        );
        await handleAndCheck(bot, answers, update, failures);
      },
      cast: (deps, failures) => async () => {
        const { telegramId, choice } = nextBallot();
        const result = await votes.castBallot(
          deps,
          { personId: seeded.personIds.get(telegramId)!, telegramId },
          voteId,
          choice,
        );
        if (result.kind !== "recorded" || result.change === "same")
          failures.push(`service ballot by ${telegramId}: ${JSON.stringify(result)}`);
      },
    };
  } catch (error) {
    return {
      kind: "skipped",
      reason: `the session code failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.ts";
import { rowsOf } from "../../src/db/rows.ts";
import { BotApiEmulator, type EmuUser } from "../../src/sandbox/bot-api/emulator.ts";
import { killAllProcesses } from "../helpers/process.ts";
import {
  countBy,
  createRunDatabase,
  importRosterWithCli,
  PG_URL,
  postUpdate,
  type RunDatabase,
  rosterYaml,
  seatsOf,
  sleep,
  startWebhookBot,
  textOf,
  until,
  type WebhookBot,
} from "./helpers.ts";

/**
 * Fault 5: two bot instances in webhook mode on one PostgreSQL, updates spread across both (some delivered to both),
 * and 10,000 due reminder jobs. Every job runs once and every reminder is sent once: no duplicates, no misses, counted
 * in the outbox (per job and person) and at the Bot API.
 */

const BASE = 70_000;
const MEMBERS = 498;
const SEATS = seatsOf(BASE, MEMBERS); // 500 seats
const SECRETARIAT_CHAT = -1007000000001;
const GROUP_CHAT = -1007000000002;
const JOBS = 10_000;
const STRANGERS = 120;
/** Of the strangers' updates, this many are delivered to both instances at once, as a redelivery would be. */
const TO_BOTH = 40;

const count = (rows: unknown) => rowsOf<{ n: number }>(rows)[0]?.n ?? 0;

describe.skipIf(!PG_URL)("fault 5: two webhook instances on one PostgreSQL, 10,000 due reminder jobs", () => {
  let emu: BotApiEmulator;
  let run: RunDatabase;
  let handle: DatabaseHandle;
  const bots: WebhookBot[] = [];

  beforeAll(async () => {
    emu = await BotApiEmulator.start({ token: "777000305:AAEmulatorTokenForKargoruhFaultsFive" });
    run = await createRunDatabase("two");
    await importRosterWithCli(
      run.tmp,
      rosterYaml({
        hqKey: "faults-two",
        secretariatChatId: SECRETARIAT_CHAT,
        groupChatId: GROUP_CHAT,
        staffId: BASE,
        seats: SEATS,
      }),
      run.env,
    );
    handle = await run.open();
  });
  afterAll(async () => {
    await killAllProcesses();
    await handle?.close();
    await emu?.stop();
    await run?.drop();
  });

  /** 10,000 scheduled meetings, each with one unanswered invitation (members in turn) and its due "1 day before" reminder. */
  async function scheduleDueReminders(): Promise<void> {
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`
        with officer as (
          select c.id as committee_id, c.hq_id, a.person_id
          from committees c join seats s on s.committee_id = c.id join appointments a on a.seat_id = s.id and a.ended_at is null
          where c.key = 'faults' and s.role = 'secretary'
        )
        insert into meetings (hq_id, committee_id, status, starts_at, proposal_deadline, convened_by_person_id, convened_at)
        select o.hq_id, o.committee_id, 'scheduled', now() + interval '2 days' + g * interval '1 minute',
               now() + interval '2 days' + g * interval '1 minute', o.person_id, now()
        from officer o, generate_series(1, ${JOBS}) g`);
      await tx.execute(sql`
        with held as (
          select s.id as seat_id, a.person_id, row_number() over (order by s.id) - 1 as k, count(*) over () as n
          from seats s join committees c on c.id = s.committee_id join appointments a on a.seat_id = s.id and a.ended_at is null
          where c.key = 'faults' and s.role = 'member'
        ), numbered as (select id, row_number() over (order by id) - 1 as k from meetings)
        insert into invitations (meeting_id, seat_id, person_id)
        select m.id, h.seat_id, h.person_id from numbered m join held h on h.k = m.k % h.n`);
      await tx.execute(sql`
        insert into jobs (kind, payload, run_at, dedupe_key)
        select 'rsvp_1d', jsonb_build_object('meetingId', id), now() - interval '1 minute', 'meeting:' || id || ':rsvp_1d' from meetings`);
    });
  }

  it("0 duplicates, 0 misses: outbox rows per job and person, audit rows per job, and sends at the Bot API", async () => {
    bots.push(await startWebhookBot(emu, run.env), await startWebhookBot(emu, run.env));
    const began = Date.now();
    await scheduleDueReminders();

    // Meanwhile people talk to the bot; the load balancer spreads them, and a redelivery may land on the other one.
    const strangers: EmuUser[] = Array.from({ length: STRANGERS }, (_, i) => ({
      id: BASE + 5_000 + i,
      first_name: `Visitor ${i}`,
      language_code: "en",
    }));
    const statuses: number[] = [];
    for (const [i, stranger] of strangers.entries()) {
      const update = emu.userMessage(stranger, "/start");
      if (i < TO_BOTH) statuses.push(...(await Promise.all(bots.map((b) => postUpdate(b.url, update)))));
      else statuses.push(await postUpdate(bots[i % 2]!.url, update));
    }
    await until("the strangers' greetings", () => strangers.every((s) => emu.sent(s.id).length >= 1), 120_000, 200);

    const memberIds = SEATS.filter((s) => s.role === "member").map((s) => s.telegram_id);
    const reminderSends = () => memberIds.reduce((sum, id) => sum + emu.sent(id).length, 0);
    await until("10,000 reminders at the Bot API", () => reminderSends() >= JOBS, 540_000, 2_000);
    await sleep(5_000); // a duplicate, if any, would still be on its way
    const tookS = Math.round((Date.now() - began) / 1000);

    const jobsByStatus = rowsOf<{ status: string; n: number }>(
      await handle.db.execute(sql`select status, count(*)::int as n from jobs group by status`),
    );
    const outboxPerJob = rowsOf<{ copies: number; n: number }>(
      await handle.db.execute(sql`
        select copies, count(*)::int as n from (
          select m.id, count(o.id)::int as copies from meetings m left join outbox o on o.meeting_id = m.id and o.purpose = 'reminder_rsvp_1d' group by m.id
        ) per_job group by copies order by copies`),
    );
    const outboxPerPerson = count(
      await handle.db.execute(
        sql`select count(*)::int as n from (select meeting_id, person_id from outbox where purpose = 'reminder_rsvp_1d' group by meeting_id, person_id having count(*) > 1) twice`,
      ),
    );
    const auditTwice = count(
      await handle.db.execute(
        sql`select count(*)::int as n from (select subject_id from audit_log where action = 'meeting.reminder_rsvp_1d' group by subject_id having count(*) > 1) twice`,
      ),
    );
    const unsent = count(
      await handle.db.execute(
        sql`select count(*)::int as n from outbox where purpose = 'reminder_rsvp_1d' and status <> 'sent'`,
      ),
    );
    const peopleAdded = count(
      await handle.db.execute(sql`select count(*)::int as n from people where telegram_id >= ${BASE + 5_000}`),
    );

    // At the Bot API: every member got one reminder per meeting of theirs, each text (its meeting's time) once.
    const sendsByText = countBy(
      memberIds.flatMap((id) => emu.sent(id).map((m) => `${id}\n${textOf(m)}`)),
      (key) => key,
    );
    const apiDuplicates = [...sendsByText.values()].reduce((sum, n) => sum + n - 1, 0);
    const apiDistinct = sendsByText.size;
    const strangerReplies = strangers.map((s) => emu.sent(s.id).length);

    const ran = jobsByStatus.find((r) => r.status === "done")?.n ?? 0;
    const once = outboxPerJob.find((r) => r.copies === 1)?.n ?? 0;
    console.log(
      `faults: two instances, ${JOBS} due reminder jobs: ${ran} ran (jobs ${JSON.stringify(Object.fromEntries(jobsByStatus.map((r) => [r.status, r.n])))}), outbox copies per job ${JSON.stringify(Object.fromEntries(outboxPerJob.map((r) => [r.copies, r.n])))}, ${outboxPerPerson} job/person pairs twice, ${auditTwice} jobs audited twice, ${unsent} not sent; Bot API: ${apiDistinct} distinct reminders, ${apiDuplicates} duplicates, ${JOBS - apiDistinct} misses; ${STRANGERS} /start updates (${TO_BOTH} to both instances): ${peopleAdded} people, replies per person ${JSON.stringify(Object.fromEntries(countBy(strangerReplies, (n) => n)))}; ${tookS} s`,
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(ran).toBe(JOBS);
    expect(once).toBe(JOBS);
    expect(outboxPerPerson).toBe(0);
    expect(auditTwice).toBe(0);
    expect(unsent).toBe(0);
    expect(apiDuplicates).toBe(0);
    expect(apiDistinct).toBe(JOBS);
    expect(peopleAdded).toBe(STRANGERS);
    expect(strangerReplies.every((n) => n === 1)).toBe(true);
    for (const bot of bots) expect(bot.process.running, bot.process.describe()).toBe(true);
  });
});

describe.skipIf(PG_URL)("fault 5 on PGlite", () => {
  it("is skipped: PGlite is one process, a second instance cannot share it", () => {
    console.log(
      "faults: two instances on one database: skipped on PGlite (an embedded database belongs to one process; set TEST_DATABASE_URL)",
    );
  });
});

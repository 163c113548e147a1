/**
 * P3, country scale: 450 headquarters × 6 working groups × 20 seats (54,000 seats), with a year of meetings (two per
 * working group a month), their agendas, invitations and answers, attendance, votes and resolutions, minutes and their
 * signed versions, referrals, a year of finished jobs and 10,000 pending ones. Generated server-side with INSERT … SELECT over
 * generate_series (PGlite on disk, as the bot keeps it, and PostgreSQL when configured), then ANALYZE.
 *
 * Measured: claiming due jobs (`claimDueJobs`, rolled back after each claim so every try sees the same queue), one
 * quarterly report's figures for one working group (the reports service's `figuresFor` when it is there, otherwise
 * the equivalent aggregate queries below),
 * the overdue-minutes list across every HQ (`overdueMinutes`), and the database size. Each query's plan is printed
 * with EXPLAIN ANALYZE, and a sequential scan on a big table is called out.
 *
 * Not generated: ballots (closed votes carry their frozen figures), outbox history and the audit log; none of the
 * measured queries reads them.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../src/db/client.ts";
import { findCommitteeById } from "../src/db/queries/committees.ts";
import { findHeadquartersById } from "../src/db/queries/headquarters.ts";
import { claimDueJobs } from "../src/db/queries/jobs.ts";
import { overdueMinutes } from "../src/db/queries/minutes.ts";
import { rowsOf } from "../src/db/rows.ts";
import { type JalaliQuarter, jalaliQuarterOf, jalaliQuarterRange } from "../src/domain/calendar.ts";
import {
  atMost,
  type Backend,
  type BenchDatabase,
  explainAnalyze,
  fmt,
  info,
  loggingDatabase,
  now,
  openBenchDatabase,
  percentile,
  type RawQuery,
  rawClientOf,
  REPO_ROOT,
  type Reporter,
  seqScannedTables,
} from "./support.ts";

export type P3Options = {
  headquarters: number;
  committeesPerHq: number;
  seatsPerCommittee: number;
  meetingsPerCommittee: number;
  pendingJobs: number;
  dueJobs: number;
  repetitions: number;
};

export const P3_DEFAULTS: P3Options = {
  headquarters: 450,
  committeesPerHq: 6,
  seatsPerCommittee: 20,
  meetingsPerCommittee: 24,
  pendingJobs: 10_000,
  dueJobs: 200,
  repetitions: 15,
};

const ZONE = "Asia/Tehran";
/** A table with more rows than this should not be read from end to end by an interactive query. */
const BIG_TABLE_ROWS = 10_000;
/** The job runner's batch and lock (job-runner.ts defaults). */
const CLAIM = { limit: 20, lockForMs: 5 * 60_000 };

type Plan = { name: string; lines: string[]; seqScans: string[] };

export async function runP3(backend: Backend, reporter: Reporter, options: P3Options = P3_DEFAULTS): Promise<void> {
  const name = backend.kind;
  const database = await openBenchDatabase(backend, { onDisk: true });
  try {
    // Whole minutes keep the generated times and the queries' `now` identical on both sides.
    const at = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const generation = now();
    const counts = await generate(database, at, options);
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    reporter.add(
      info(
        "P3",
        name,
        `generate ${fmt(total / 1e6, 2)} M rows`,
        (now() - generation) / 1000,
        "s",
        summarizeCounts(counts),
      ),
    );

    // PGlite has no autovacuum: before ANALYZE the planner has no statistics on the new rows. Shown for comparison.
    const committeeId = Math.ceil((options.headquarters * options.committeesPerHq) / 2);
    const report = await reportFor(database, committeeId, at, reporter);
    const before = {
      claim: await timeClaim(database, at, 3),
      report: await timeReport(database, report, 3),
      overdue: await timeOverdue(database, at, 3),
    };
    const analyze = now();
    await database.db.execute(sql`analyze`);
    reporter.add(info("P3", name, "ANALYZE", (now() - analyze) / 1000, "s"));

    const claim = await timeClaim(database, at, options.repetitions);
    const reportTiming = await timeReport(database, report, options.repetitions);
    const overdue = await timeOverdue(database, at, options.repetitions);
    const [size] = rowsOf<{ bytes: string | number }>(
      await database.db.execute(sql`select pg_database_size(current_database()) as bytes`),
    );

    const plans = await explainAll(database, at, report);
    const bigSeqScans = (plan: Plan) => plan.seqScans.filter((table) => (counts[table] ?? 0) > BIG_TABLE_ROWS);
    const scanNote = (matches: (name: string) => boolean) => {
      const scans = plans
        .filter((plan) => matches(plan.name))
        .flatMap((plan) => bigSeqScans(plan).map((table) => `${table} (${plan.name})`));
      return scans.length === 0 ? "plans: index scans" : `seq scan on ${scans.join(", ")}`;
    };

    reporter.add(
      atMost(
        "P3",
        name,
        `claim ${CLAIM.limit} due of ${options.pendingJobs} pending jobs, p50`,
        claim.p50,
        20,
        "ms",
        "< 20 ms",
        `p99 ${fmt(claim.p99, 2)} ms; before ANALYZE p50 ${fmt(before.claim.p50, 2)} ms; ${scanNote((plan) => plan === "claimDueJobs")}`,
      ),
    );
    reporter.add(
      atMost(
        "P3",
        name,
        "quarterly report figures, one working group, p50",
        reportTiming.p50,
        200,
        "ms",
        "< 200 ms",
        `${report.source}; p99 ${fmt(reportTiming.p99, 2)} ms; before ANALYZE p50 ${fmt(before.report.p50, 2)} ms; ${scanNote((plan) => plan.startsWith("report"))}`,
      ),
    );
    reporter.add(
      atMost(
        "P3",
        name,
        `overdue minutes, all HQs (${overdue.rows} rows), p50`,
        overdue.p50,
        200,
        "ms",
        "< 200 ms",
        `p99 ${fmt(overdue.p99, 2)} ms; before ANALYZE p50 ${fmt(before.overdue.p50, 2)} ms; ${scanNote((plan) => plan === "overdueMinutes")}`,
      ),
    );
    reporter.add(info("P3", name, "database size", Number(size?.bytes ?? Number.NaN) / 1024 / 1024, "MB"));

    for (const plan of plans) {
      const flagged = bigSeqScans(plan);
      reporter.note(
        `P3 ${name} plan: ${plan.name}${flagged.length ? `  ← sequential scan on ${flagged.join(", ")}` : ""}\n${plan.lines.map((line) => `      ${line}`).join("\n")}`,
      );
    }
  } finally {
    await database.dispose();
  }
}

function summarizeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([table, n]) => `${table} ${n >= 1e6 ? `${fmt(n / 1e6, 2)}M` : n >= 1e3 ? `${fmt(n / 1e3, 1)}k` : n}`)
    .join(", ");
}

// ─── the data set ───────────────────────────────────────────────────────────────────────────────

/**
 * Ids are explicit and derived from their parents' (committee c of HQ h is (h−1)·6+k, seat q of committee c is
 * (c−1)·20+q, …), so every row can be generated in one statement per table. Meeting j of a working group starts
 * 335 − 15·j days ago: 23 have been held (minutes, votes, finished jobs), the 24th is in ten days.
 */
async function generate(database: BenchDatabase, at: Date, o: P3Options): Promise<Record<string, number>> {
  await database.db.transaction(async (tx) => {
    // The rows are consistent by construction: skipping the per-row foreign-key triggers makes the load minutes
    // shorter (they are what makes a 1.3 M-row insert slow), and the checked constraints stay as they are.
    await tx.execute(sql`set local session_replication_role = replica`);
    await insertAll(tx, at, o);
  });
  return countRows(database.db);
}

async function insertAll(db: Database, at: Date, o: P3Options): Promise<void> {
  const t = at.toISOString();
  const hqs = o.headquarters;
  const perHq = o.committeesPerHq;
  const seats = o.seatsPerCommittee;
  const perCommittee = o.meetingsPerCommittee;
  const committees = hqs * perHq;
  // Trusted integers, written into the statement: parameters would have no type inside jsonb_build_object.
  const int = (value: number) => sql.raw(String(Math.trunc(value)));
  const run = async (table: string, query: SQL) => {
    const start = now();
    const result = await db.execute(query);
    const ms = now() - start;
    if (ms > 1000) process.stdout.write(`    ${table}: ${fmt(ms / 1000)} s\n`);
    return result;
  };

  await run(
    "headquarters",
    sql`insert into headquarters (id, key, level, name, timezone, locale, secretariat_chat_id)
    select h, 'hq-' || lpad(h::text, 4, '0'), 'county', 'ستاد بازآفرینی پایدار شهرستان ' || h, 'Asia/Tehran', 'fa', -1004000000000 - h
    from generate_series(1, ${int(hqs)}) h`,
  );
  await run(
    "committees",
    sql`insert into committees (id, hq_id, key, template, title_fa, title_en, chat_id)
    select (h - 1) * ${int(perHq)} + k, h, 'wg-' || k, (array['physical', 'social', 'economic', 'legal', 'finance', 'physical'])[1 + (k - 1) % 6],
      'کارگروه ' || k, 'Working group ' || k, -1005000000000 - ((h - 1) * ${int(perHq)} + k)
    from generate_series(1, ${int(hqs)}) h, generate_series(1, ${int(perHq)}) k`,
  );
  await run(
    "people",
    sql`insert into people (id, telegram_id, name, locale, started_at)
    select p, 50000000 + p, 'عضو ' || p, case when p % 5 = 0 then 'en' else null end, ${t}::timestamptz - interval '300 days'
    from generate_series(1, ${int(committees * seats)}) p`,
  );
  await run(
    "seats",
    sql`insert into seats (id, committee_id, title, role, voting, position)
    select (c - 1) * ${int(seats)} + q, c, 'جایگاه ' || q, case q when 1 then 'chair' when 2 then 'secretary' else 'member' end, q < ${int(seats)}, q
    from generate_series(1, ${int(committees)}) c, generate_series(1, ${int(seats)}) q`,
  );
  await run(
    "appointments",
    sql`insert into appointments (id, seat_id, person_id, term_start, term_end)
    select s, s, s, '2026-01-01', '2028-01-01' from generate_series(1, ${int(committees * seats)}) s`,
  );
  await run(
    "meetings",
    sql`insert into meetings (id, hq_id, committee_id, status, starts_at, place, proposal_deadline, convened_by_person_id, convened_at, started_at, ended_at)
    select (c - 1) * ${int(perCommittee)} + j + 1, (c - 1) / ${int(perHq)} + 1, c,
      case when j < ${int(perCommittee - 1)} then 'ended' else 'scheduled' end,
      s.starts_at, 'دفتر فرماندار', s.starts_at - interval '3 days', (c - 1) * ${int(seats)} + 2, s.starts_at - interval '10 days',
      case when j < ${int(perCommittee - 1)} then s.starts_at end,
      case when j < ${int(perCommittee - 1)} then s.starts_at + interval '2 hours' end
    from generate_series(1, ${int(committees)}) c, generate_series(0, ${int(perCommittee - 1)}) j,
      lateral (select ${t}::timestamptz - interval '335 days' + j * interval '15 days' + (c % 8) * interval '1 hour' as starts_at) s`,
  );
  await run(
    "agenda_items",
    sql`insert into agenda_items (id, meeting_id, position, text)
    select (m.id - 1) * 2 + a, m.id, a, 'بند ' || a || ' جلسه ' || m.id from meetings m, generate_series(1, 2) a`,
  );
  await run(
    "invitations",
    sql`insert into invitations (id, meeting_id, seat_id, person_id, response, responded_at)
    select (m.id - 1) * ${int(seats)} + q, m.id, (m.committee_id - 1) * ${int(seats)} + q, (m.committee_id - 1) * ${int(seats)} + q,
      case when (m.id * 7 + q * 13) % 10 < 7 then 'attending' when (m.id * 7 + q * 13) % 10 < 9 then 'not_attending' end,
      case when (m.id * 7 + q * 13) % 10 < 9 then m.convened_at + interval '1 day' end
    from meetings m, generate_series(1, ${int(seats)}) q`,
  );
  await run(
    "attendance",
    sql`insert into attendance (meeting_id, seat_id, person_id, present, via, at)
    select m.id, (m.committee_id - 1) * ${int(seats)} + q, (m.committee_id - 1) * ${int(seats)} + q, true, 'self', m.starts_at
    from meetings m, generate_series(1, ${int(seats)}) q
    where m.status = 'ended' and (m.id * 7 + q * 13) % 20 < 15`,
  );
  await run(
    "votes",
    sql`insert into votes (id, hq_id, meeting_id, agenda_item_id, question, status, opened_by_person_id, opened_at, closed_by_person_id, closed_at, result)
    select (m.id - 1) * 2 + v, m.hq_id, m.id, (m.id - 1) * 2 + v, 'تصویب بند ' || v, 'closed', m.convened_by_person_id,
      m.starts_at + v * interval '30 minutes', m.convened_by_person_id, m.starts_at + v * interval '40 minutes',
      jsonb_build_object('yes', 6 + (m.id + v) % 10, 'no', 2, 'abstain', 1, 'votingSeats', ${int(seats - 1)}, 'threshold', ${int(Math.floor((seats - 1) / 2) + 1)},
        'majority', 'absolute', 'passed', 6 + (m.id + v) % 10 >= ${int(Math.floor((seats - 1) / 2) + 1)})
    from meetings m, generate_series(1, 2) v where m.status = 'ended'`,
  );
  await run(
    "resolutions",
    sql`insert into resolutions (id, hq_id, committee_id, meeting_id, vote_id, text, passed, status, owner_seat_id, due_date)
    select v.id, v.hq_id, m.committee_id, m.id, v.id, v.question, (v.result ->> 'passed')::boolean,
      case when (v.result ->> 'passed')::boolean
        then (array['recorded', 'awaiting_approval', 'approved', 'in_progress', 'blocked', 'implemented'])[1 + v.id % 6]
        else 'not_passed' end,
      (m.committee_id - 1) * ${int(seats)} + 3 + v.id % ${int(seats - 3)}, (m.starts_at + interval '60 days')::date
    from votes v join meetings m on m.id = v.meeting_id`,
  );
  await run(
    "minutes",
    sql`insert into minutes (id, hq_id, committee_id, meeting_id, free_text, due_at)
    select m.id, m.hq_id, m.committee_id, m.id, '', m.ended_at + interval '48 hours' from meetings m where m.status = 'ended'`,
  );
  // One in 97 is never signed; the rest are, some after their 48 hours.
  await run(
    "minutes_versions",
    sql`insert into minutes_versions (id, minutes_id, version, text, sha256, signed_by_person_id, signed_at)
    select mi.id, mi.id, 1, 'صورتجلسه ' || mi.meeting_id, encode(sha256(convert_to('صورتجلسه ' || mi.meeting_id, 'UTF8')), 'hex'),
      m.convened_by_person_id, m.ended_at + (mi.id % 60) * interval '1 hour'
    from minutes mi join meetings m on m.id = mi.meeting_id where mi.id % 97 <> 0`,
  );
  await run(
    "minutes signed",
    sql`update minutes mi set signed_at = v.signed_at from minutes_versions v where v.minutes_id = mi.id`,
  );
  // Four subjects referred to each working group over the year, the older ones reported on.
  await run(
    "referrals",
    sql`insert into referrals (hq_id, committee_id, subject, due_date, referred_by_person_id, status, report_text, reported_by_person_id, reported_at, created_at)
    select (c - 1) / ${int(perHq)} + 1, c, 'موضوع ارجاعی ' || r, (${t}::timestamptz - (r * 80 - 30) * interval '1 day')::date, (c - 1) * ${int(seats)} + 2,
      case when r > 1 then 'reported' else 'open' end, case when r > 1 then 'گزارش' end,
      case when r > 1 then (c - 1) * ${int(seats)} + 2 end, case when r > 1 then ${t}::timestamptz - (r * 80 - 40) * interval '1 day' end,
      ${t}::timestamptz - r * 80 * interval '1 day'
    from generate_series(1, ${int(committees)}) c, generate_series(1, 4) r`,
  );
  await run(
    "jobs",
    sql`insert into jobs (kind, payload, run_at, status, attempts, dedupe_key, finished_at)
    select k.kind, jsonb_build_object('meetingId', m.id), m.starts_at - k.before, 'done', 1, 'meeting:' || m.id || ':' || k.kind, m.starts_at - k.before
    from meetings m, (values ('rsvp_3d', interval '3 days'), ('rsvp_1d', interval '1 day'), ('starting_2h', interval '2 hours'), ('final_agenda', interval '3 days')) k(kind, before)
    where m.status = 'ended'`,
  );
  // The pending queue: a few due now, the rest spread over the coming month.
  await run(
    "jobs",
    sql`insert into jobs (kind, payload, run_at, status, dedupe_key)
    select (array['rsvp_3d', 'rsvp_1d', 'starting_2h', 'final_agenda'])[1 + i % 4], jsonb_build_object('meetingId', i),
      case when i <= ${int(o.dueJobs)} then ${t}::timestamptz - i * interval '1 second' else ${t}::timestamptz + i * interval '4 minutes' end,
      'pending', 'bench:pending:' || i
    from generate_series(1, ${int(o.pendingJobs)}) i`,
  );

  for (const table of [
    "headquarters",
    "committees",
    "people",
    "seats",
    "appointments",
    "meetings",
    "agenda_items",
    "invitations",
    "attendance",
    "votes",
    "resolutions",
    "minutes",
    "minutes_versions",
    "referrals",
    "jobs",
  ]) {
    await run(
      table,
      sql.raw(`select setval(pg_get_serial_sequence('"${table}"', 'id'), (select max(id) from "${table}"))`),
    );
  }
}

async function countRows(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`),
  );
  for (const { name } of tables) {
    const [row] = rowsOf<{ n: number }>(await db.execute(sql.raw(`select count(*)::int as n from "${name}"`)));
    if (row && row.n > 0) counts[name] = row.n;
  }
  return counts;
}

// ─── the measured queries ───────────────────────────────────────────────────────────────────────

type Timing = { p50: number; p99: number };
type Period = { from: Date; to: Date };

const timing = (samples: number[]): Timing => ({ p50: percentile(samples, 50), p99: percentile(samples, 99) });

/** Each claim is rolled back, so every repetition claims from the same 10,000 pending jobs. */
async function timeClaim(database: BenchDatabase, at: Date, repetitions: number): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    await rolledBack(database.db, async (tx) => {
      const start = now();
      const claimed = await claimDueJobs(tx, { now: at, ...CLAIM });
      samples.push(now() - start);
      if (claimed.length !== CLAIM.limit)
        throw new Error(`claimDueJobs took ${claimed.length} jobs, expected ${CLAIM.limit}`);
    });
  }
  return timing(samples);
}

async function timeOverdue(database: BenchDatabase, at: Date, repetitions: number): Promise<Timing & { rows: number }> {
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < repetitions; i++) {
    const start = now();
    rows = (await overdueMinutes(database.db, at, null)).length;
    samples.push(now() - start);
  }
  return { ...timing(samples), rows };
}

/** One quarterly report's figures for one working group, ready to be timed and explained. */
type Report = { source: string; build: (db: Database) => Promise<unknown> };

type ReportsModule = {
  figuresFor: (
    db: Database,
    committee: unknown,
    hq: unknown,
    period: { kind: "quarterly"; jy: number; quarter: number },
    now: Date,
  ) => Promise<unknown>;
};

/** The last whole Jalali quarter before `at`, in the HQs' zone. */
function lastQuarter(at: Date): { jy: number; quarter: JalaliQuarter; range: Period } {
  const current = jalaliQuarterOf(at, ZONE);
  const previous =
    current.quarter === 1
      ? { jy: current.jy - 1, quarter: 4 as const }
      : { jy: current.jy, quarter: (current.quarter - 1) as JalaliQuarter };
  const range = jalaliQuarterRange(previous.jy, previous.quarter, ZONE);
  return { ...previous, range: { from: range.start, to: range.end } };
}

/**
 * The reports service's `figuresFor` when src/services/reports/reports.ts is there and loads; otherwise the aggregate
 * queries such a report needs, written here. Loaded by path, so the bench still builds while that file changes.
 */
async function reportFor(database: BenchDatabase, committeeId: number, at: Date, reporter: Reporter): Promise<Report> {
  const quarter = lastQuarter(at);
  const path = join(REPO_ROOT, "src/services/reports/reports.ts");
  if (existsSync(path)) {
    try {
      const module = (await import(pathToFileURL(path).href)) as Partial<ReportsModule>;
      const figuresFor = module.figuresFor;
      if (typeof figuresFor !== "function") throw new Error("it has no figuresFor");
      const committee = await findCommitteeById(database.db, committeeId);
      const hq = committee && (await findHeadquartersById(database.db, committee.hqId));
      if (!committee || !hq) throw new Error(`committee ${committeeId} not found`);
      const period = { kind: "quarterly" as const, jy: quarter.jy, quarter: quarter.quarter };
      return {
        source: `figuresFor (src/services/reports/reports.ts), ${quarter.jy}-Q${quarter.quarter}`,
        build: (db) => figuresFor(db, committee, hq, period, at),
      };
    } catch (error) {
      reporter.note(
        `P3: src/services/reports/reports.ts could not be used (${error instanceof Error ? error.message : String(error)}); measuring the bench's own queries`,
      );
    }
  }
  return {
    source: `the bench's 6 aggregate queries (no reports service), ${quarter.jy}-Q${quarter.quarter}`,
    build: async (db) => {
      for (const query of reportQueries(committeeId, quarter.range)) await db.execute(query);
    },
  };
}

/**
 * The figures a quarterly report of one working group needs (B13, part C): meetings held, seats present, answers to
 * invitations, votes and how many passed, resolutions by state, minutes signed and signed within 48 hours.
 */
function reportQueries(committeeId: number, period: Period): SQL[] {
  const inPeriod = sql`m.committee_id = ${committeeId} and m.starts_at >= ${period.from.toISOString()}::timestamptz and m.starts_at < ${period.to.toISOString()}::timestamptz`;
  return [
    sql`select m.status, count(*)::int as n from meetings m where ${inPeriod} group by m.status`,
    sql`select count(distinct m.id)::int as meetings, count(a.id)::int as present
      from meetings m join attendance a on a.meeting_id = m.id and a.seat_id is not null and a.present
      where ${inPeriod} and m.status = 'ended'`,
    sql`select count(*)::int as invited, count(i.response)::int as answered, count(*) filter (where i.response = 'attending')::int as attending
      from meetings m join invitations i on i.meeting_id = m.id where ${inPeriod}`,
    sql`select count(*)::int as votes, count(*) filter (where (v.result ->> 'passed')::boolean)::int as passed
      from meetings m join votes v on v.meeting_id = m.id where ${inPeriod} and v.status = 'closed'`,
    sql`select r.status, count(*)::int as n from meetings m join resolutions r on r.meeting_id = m.id
      where ${inPeriod} group by r.status`,
    sql`select count(*)::int as minutes, count(s.first_signed)::int as signed, count(*) filter (where s.first_signed <= mi.due_at)::int as on_time
      from meetings m join minutes mi on mi.meeting_id = m.id
      left join lateral (select min(v.signed_at) as first_signed from minutes_versions v where v.minutes_id = mi.id) s on true
      where ${inPeriod}`,
  ];
}

async function timeReport(database: BenchDatabase, report: Report, repetitions: number): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = now();
    await report.build(database.db);
    samples.push(now() - start);
  }
  return timing(samples);
}

/** Statements are captured as drizzle sends them, then explained with the same text and parameters. */
async function explainAll(database: BenchDatabase, at: Date, report: Report): Promise<Plan[]> {
  const raw = rawClientOf(database);
  const captured: RawQuery[] = [];
  const logged = loggingDatabase(database, (query) => captured.push(query));
  const capture = async (run: () => Promise<unknown>): Promise<RawQuery[]> => {
    captured.length = 0;
    await run();
    return [...captured];
  };
  const claim = await capture(() => rolledBack(logged, (tx) => claimDueJobs(tx, { now: at, ...CLAIM })));
  const reportStatements = await capture(() => report.build(logged));
  const overdue = await capture(() => overdueMinutes(logged, at, null));
  const queries: { name: string; query: RawQuery }[] = [
    ...claim.map((query) => ({ name: "claimDueJobs", query })),
    ...reportStatements.map((query, i) => ({ name: `report #${i + 1} (${firstTable(query.sql)})`, query })),
    ...overdue.map((query) => ({ name: "overdueMinutes", query })),
  ];
  const plans: Plan[] = [];
  for (const { name, query } of queries) {
    const lines = await explainAnalyze(raw, query);
    plans.push({ name, lines, seqScans: seqScannedTables(lines) });
  }
  return plans;
}

function firstTable(text: string): string {
  return /\bfrom\s+"?(\w+)"?/i.exec(text)?.[1] ?? "?";
}

/** Runs `work` in a transaction that is always rolled back. */
async function rolledBack(db: Database, work: (tx: Database) => Promise<unknown>): Promise<void> {
  await db
    .transaction(async (tx) => {
      await work(tx);
      tx.rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Error) || !/rollback/i.test(error.message)) throw error;
    });
}

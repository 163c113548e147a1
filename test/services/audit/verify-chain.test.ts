import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/client.ts";
import { type AuditEntry, writeAudit } from "../../../src/db/queries/audit.ts";
import { rowsOf } from "../../../src/db/rows.ts";
import { chainIsIntact, verifyAuditChains } from "../../../src/services/audit/verify-chain.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db.ts";

const AT = new Date("2026-12-07T08:00:00Z");

function entry(hqId: number | null, n: number): AuditEntry {
  return {
    hqId,
    actorPersonId: n,
    actorTelegramId: 1_000_000 + n,
    action: `test.step_${n}`,
    subjectType: "meeting",
    subjectId: n,
    details: {
      n,
      text: "صورت‌جلسه",
      nested: { z: 1, a: [n, null, 2.5], when: new Date(AT.getTime() + n) },
      dropped: undefined,
    },
    at: new Date(AT.getTime() + n * 1000),
  };
}

async function ids(db: Database, hqId: number): Promise<number[]> {
  const result = await db.execute(sql`select id from audit_log where hq_id = ${hqId} order by chain_seq`);
  return rowsOf<{ id: number | string }>(result).map((row) => Number(row.id));
}

describe("the audit log shows tampering (issue 10 part 8)", () => {
  let database: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.reset();
    await db.transaction(async (tx) => {
      for (let n = 1; n <= 5; n++) await writeAudit(tx, entry(1, n));
      // Two HQs and the global chain interleaved in one call: each chain links only its own entries.
      await writeAudit(tx, [entry(2, 1), entry(null, 1), entry(1, 6), entry(2, 2)]);
    });
  });

  it("an untouched log is intact in every chain, with its counts", async () => {
    const reports = await verifyAuditChains(db);
    expect(reports.map((r) => [r.chain, r.count, chainIsIntact(r)])).toEqual([
      [0, 1, true],
      [1, 6, true],
      [2, 2, true],
    ]);
  });

  it("an entry edited in the database is named as the first broken one; the other HQs' chains stay intact", async () => {
    const [, third] = await ids(db, 1).then((list) => [list[0], list[2]]);
    await db.execute(sql`update audit_log set details = jsonb_set(details, '{n}', '99') where id = ${third}`);
    const [global, hq1, hq2] = await verifyAuditChains(db);
    expect(hq1!.broken).toMatchObject({ kind: "altered", entry: { id: third, seq: 3, action: "test.step_3" } });
    expect(hq1!.count).toBe(2);
    expect(chainIsIntact(global!) && chainIsIntact(hq2!)).toBe(true);
  });

  it("an edited time or actor breaks the entry too: every column is covered", async () => {
    const [first, second] = await ids(db, 1);
    await db.execute(sql`update audit_log set at = at + interval '1 second' where id = ${first}`);
    expect((await verifyAuditChains(db, 1))[0]!.broken).toMatchObject({ kind: "altered", entry: { id: first } });
    await db.execute(sql`update audit_log set at = at - interval '1 second' where id = ${first}`);
    await db.execute(sql`update audit_log set actor_person_id = 42 where id = ${second}`);
    expect((await verifyAuditChains(db, 1))[0]!.broken).toMatchObject({ kind: "altered", entry: { id: second } });
  });

  it("a deleted entry: the entry after it no longer links, and is named", async () => {
    const list = await ids(db, 1);
    await db.execute(sql`delete from audit_log where id = ${list[1]}`);
    expect((await verifyAuditChains(db, 1))[0]!.broken).toMatchObject({
      kind: "unlinked",
      entry: { id: list[2], seq: 3 },
      expectedSeq: 2,
    });
  });

  it("the last entry deleted: the chain ends before its recorded head", async () => {
    const list = await ids(db, 1);
    await db.execute(sql`delete from audit_log where id = ${list.at(-1)}`);
    expect((await verifyAuditChains(db, 1))[0]!.broken).toMatchObject({
      kind: "truncated",
      last: { id: list.at(-2) },
      head: { seq: 6 },
    });
  });

  it("a forged entry inserted in the middle or after the end, even with a well-formed hash, is found", async () => {
    const list = await ids(db, 1);
    // Renumbering the tail to make room for a forged 3rd entry still leaves the forged one unlinked or altered.
    await db.execute(sql`update audit_log set chain_seq = chain_seq + 100 where hq_id = 1 and chain_seq >= 3`);
    await db.execute(sql`insert into audit_log (hq_id, action, subject_type, details, at, chain_seq, prev_hash, hash)
      select 1, 'vote.closed', 'vote', '{}', now(), 3, hash, repeat('a', 64) from audit_log where id = ${list[1]}`);
    expect((await verifyAuditChains(db, 1))[0]!.broken).toMatchObject({
      kind: "altered",
      entry: { seq: 3, action: "vote.closed" },
    });

    await database.reset();
    await writeAudit(db, [entry(1, 1), entry(1, 2)]);
    await db.execute(sql`insert into audit_log (hq_id, action, subject_type, details, at, chain_seq, prev_hash, hash)
      select 1, 'vote.closed', 'vote', '{}', now(), 3, hash, repeat('b', 64) from audit_log where hq_id = 1 and chain_seq = 2`);
    expect((await verifyAuditChains(db, 1))[0]!.broken).toMatchObject({
      kind: "beyond_head",
      entry: { seq: 3, action: "vote.closed" },
    });
  });

  it("concurrent writers to one HQ never fork its chain: every entry links to the one committed before it", async () => {
    await database.reset();
    // On PostgreSQL these are twelve transactions on separate connections at once; PGlite runs them one by one.
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db.transaction(async (tx) => {
          await writeAudit(tx, entry(1, i + 1));
          await tx.execute(sql`select pg_sleep(0.02)`);
          await writeAudit(tx, entry(1, 100 + i));
        }),
      ),
    );
    const [report] = await verifyAuditChains(db, 1);
    expect(report).toMatchObject({ count: 24, broken: null });
  });

  // One connection on PGlite: there is no second writer to block.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "a writer blocked on the chain head waits for the first to commit, then links to its entry",
    async () => {
      await database.reset();
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const first = db.transaction(async (tx) => {
        await writeAudit(tx, entry(1, 1));
        await held;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      let secondDone = false;
      const second = db
        .transaction(async (tx) => {
          await writeAudit(tx, entry(1, 2));
        })
        .then(() => {
          secondDone = true;
        });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(secondDone).toBe(false);
      release();
      await Promise.all([first, second]);
      const rows = rowsOf<{ action: string; chain_seq: number | string }>(
        await db.execute(sql`select action, chain_seq from audit_log order by chain_seq`),
      );
      expect(rows.map((row) => [row.action, Number(row.chain_seq)])).toEqual([
        ["test.step_1", 1],
        ["test.step_2", 2],
      ]);
      expect((await verifyAuditChains(db, 1))[0]).toMatchObject({ count: 2, broken: null });
    },
  );
});

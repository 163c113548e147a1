import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type AuditEntry, chainHead, writeAudit } from "../../../src/db/queries/audit.ts";
import { rowsOf } from "../../../src/db/rows.ts";
import { processedUpdates } from "../../../src/db/schema.ts";
import { verifyAuditChains } from "../../../src/services/audit/verify-chain.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db.ts";

const AT = new Date("2026-12-07T08:00:00Z");

const entry = (n: number): AuditEntry => ({
  hqId: 1,
  action: `test.step_${n}`,
  subjectType: "update",
  subjectId: n,
  details: { n },
  at: AT,
});

describe("writeAudit's alongside writes: a change and its audit entry in one statement", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  beforeEach(() => database.reset());
  afterAll(() => database.close());

  const claimed = async () =>
    rowsOf<{ update_id: number | string }>(
      await database.db.execute(sql`select update_id from processed_updates order by update_id`),
    ).map((row) => Number(row.update_id));
  const actions = async () =>
    rowsOf<{ action: string }>(
      await database.db.execute(sql`select action from audit_log where hq_id = 1 order by chain_seq`),
    ).map((row) => row.action);

  it("makes every write it is given and links the entries to the chain as a lone writeAudit does", async () => {
    const { db } = database;
    await db.transaction(async (tx) => {
      await writeAudit(tx, entry(1));
      await writeAudit(tx, entry(2), {
        alongside: [
          tx.insert(processedUpdates).values({ updateId: 11, receivedAt: AT }),
          tx.insert(processedUpdates).values({ updateId: 12, receivedAt: AT }),
        ],
      });
      await writeAudit(tx, entry(3));
    });
    expect(await claimed()).toEqual([11, 12]);
    expect(await actions()).toEqual(["test.step_1", "test.step_2", "test.step_3"]);
    expect(await chainHead(db, 1)).toMatchObject({ seq: 3 });
    expect((await verifyAuditChains(db, 1))[0]).toMatchObject({ count: 3, broken: null });
  });

  it("a write that fails fails the whole statement: no entry, no other write, the head where it was", async () => {
    const { db } = database;
    await writeAudit(db, entry(1));
    await db.insert(processedUpdates).values({ updateId: 12, receivedAt: AT });
    await expect(
      db.transaction(async (tx) => {
        await writeAudit(tx, entry(2), {
          alongside: [
            tx.insert(processedUpdates).values({ updateId: 11, receivedAt: AT }),
            tx.insert(processedUpdates).values({ updateId: 12, receivedAt: AT }),
          ],
        });
      }),
    ).rejects.toThrow();
    expect(await claimed()).toEqual([12]);
    expect(await actions()).toEqual(["test.step_1"]);
    expect(await chainHead(db, 1)).toMatchObject({ seq: 1 });
    expect((await verifyAuditChains(db, 1))[0]).toMatchObject({ count: 1, broken: null });
  });

  it("with no entries the writes are still made, and the chain is untouched", async () => {
    const { db } = database;
    await writeAudit(db, [], { alongside: [db.insert(processedUpdates).values({ updateId: 21, receivedAt: AT })] });
    expect(await claimed()).toEqual([21]);
    expect(await chainHead(db, 1)).toBeNull();
  });
});

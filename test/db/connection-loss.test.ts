import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.ts";
import { reconnectDelaySeconds } from "../../src/db/client.ts";
import {
  isConnectionLoss,
  retryOnConnectionLoss,
  retryTransactionsOnConnectionLoss,
} from "../../src/db/connection-loss.ts";
import { claimUpdate } from "../../src/db/queries/processed-updates.ts";
import { processedUpdates } from "../../src/db/schema.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db.ts";

const lost = (code: string) => Object.assign(new Error(`connection: ${code}`), { code });
/** How drizzle reports a driver error: its own message, the driver's error as the cause. */
const wrapped = (cause: Error) => new Error("Failed query: select 1\nparams: ", { cause });
const noWait = { sleep: async () => {} };

describe("a lost database connection is recognized", () => {
  it("by the server's codes and the driver's, also when drizzle wrapped them", () => {
    for (const code of [
      "57P01",
      "57P02",
      "57P03",
      "25P03",
      "08006",
      "08003",
      "CONNECTION_CLOSED",
      "ECONNRESET",
      "EPIPE",
    ])
      expect(isConnectionLoss(wrapped(lost(code))), code).toBe(true);
  });
  it("and not otherwise: a constraint, a closed pool, a plain error", () => {
    for (const error of [lost("23505"), lost("CONNECTION_ENDED"), lost("40001"), new Error("x"), "text", undefined])
      expect(isConnectionLoss(error)).toBe(false);
  });
  it("reconnecting waits at most a second however many connections were dropped", () => {
    expect(reconnectDelaySeconds(0)).toBeCloseTo(0.05);
    expect(reconnectDelaySeconds(3)).toBeCloseTo(0.4);
    expect(reconnectDelaySeconds(40)).toBe(1);
  });
});

describe("work that lost its connection is tried again", () => {
  it("until it succeeds, within the delays", async () => {
    let calls = 0;
    const slept: number[] = [];
    const result = await retryOnConnectionLoss(
      async () => {
        if (++calls < 3) throw wrapped(lost("57P01"));
        return "done";
      },
      { delaysMs: [10, 20, 30], sleep: async (ms) => void slept.push(ms) },
    );
    expect(result).toBe("done");
    expect(slept).toEqual([10, 20]);
  });
  it("gives up after the last delay with the driver's error", async () => {
    let calls = 0;
    const failing = retryOnConnectionLoss(
      async () => {
        calls++;
        throw lost("ECONNRESET");
      },
      { delaysMs: [1, 1], ...noWait },
    );
    await expect(failing).rejects.toThrow("ECONNRESET");
    expect(calls).toBe(3);
  });
  it("never repeats work that failed for another reason", async () => {
    let calls = 0;
    const failing = retryOnConnectionLoss(async () => {
      calls++;
      throw lost("23505");
    }, noWait);
    await expect(failing).rejects.toThrow("23505");
    expect(calls).toBe(1);
  });
});

describe("transactions and the update claim on a dropped connection", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  beforeEach(() => database.reset());
  afterAll(() => database.close());

  const claimRows = () => database.db.select().from(processedUpdates).where(eq(processedUpdates.updateId, 501));
  /** A second handle on the same database whose transactions retry (its own object: the shared one is left as is). */
  const retrying = () =>
    retryTransactionsOnConnectionLoss(Object.create(database.db) as Database, { delaysMs: [1, 1], ...noWait });

  it("a transaction cut before its work finished runs again, and its writes are there once", async () => {
    const db = retrying();
    let attempts = 0;
    await db.transaction(async (tx) => {
      attempts++;
      await tx.insert(processedUpdates).values({ updateId: 501, receivedAt: new Date() });
      if (attempts === 1) throw wrapped(lost("57P01")); // the connection dropped mid-transaction: rolled back
    });
    expect(attempts).toBe(2);
    expect(await claimRows()).toHaveLength(1);
  });

  it("a connection lost once the work had finished (during COMMIT) is not repeated: it may have committed", async () => {
    const base = {
      transaction: async (work: (tx: unknown) => Promise<unknown>) => {
        await work({});
        throw lost("CONNECTION_CLOSED");
      },
    } as unknown as Database;
    const db = retryTransactionsOnConnectionLoss(base, { delaysMs: [1, 1], ...noWait });
    let attempts = 0;
    await expect(db.transaction(async () => void attempts++)).rejects.toThrow("CONNECTION_CLOSED");
    expect(attempts).toBe(1);
  });

  it("a claim retried after its first attempt committed is still this instance's; another token's is a duplicate", async () => {
    const params = { updateId: 501, now: new Date(), telegramId: null, conversationKey: null };
    expect((await claimUpdate(database.db, { ...params, token: "attempt-a" })).claimed).toBe(true);
    // The connection dropped before the answer arrived: the same claim, sent again, finds its own row.
    expect((await claimUpdate(database.db, { ...params, token: "attempt-a" })).claimed).toBe(true);
    // Telegram's redelivery, or another instance: not claimed again.
    expect((await claimUpdate(database.db, { ...params, token: "attempt-b" })).claimed).toBe(false);
    expect((await claimUpdate(database.db, params)).claimed).toBe(false);
    expect(await claimRows()).toHaveLength(1);
  });
});

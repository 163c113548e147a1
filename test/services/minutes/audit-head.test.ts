import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chainHead } from "../../../src/db/queries/audit.ts";
import { findMinutes, minutesOfMeeting } from "../../../src/db/queries/minutes.ts";
import { auditChainHeads, auditLog } from "../../../src/db/schema.ts";
import { canonicalAuditContent, GENESIS_HASH, linkHash } from "../../../src/domain/audit-chain.ts";
import { verifyAuditChains } from "../../../src/services/audit/verify-chain.ts";
import { signMinutes } from "../../../src/services/minutes/minutes.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import { ENDED, HOUR, recordedSession } from "../../helpers/recorded-session.ts";
import { SECRETARY } from "../../helpers/rosters.ts";

async function minutesRow(h: BotHarness, id: number) {
  return (await findMinutes(h.database.db, id))!;
}

describe("signed minutes anchor the audit log (issue 10 part 8)", () => {
  let h: BotHarness;
  let ids: Record<number, number>;
  let minutesId: number;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    const session = await recordedSession(h);
    ids = session.ids;
    minutesId = (await minutesOfMeeting(h.database.db, session.meetingId))!.id;
    h.clock.set(new Date(ENDED.getTime() + 2 * HOUR));
  });

  it("B9 the signed text records the HQ's audit chain head at signing: the last entry before the signing wrote any", async () => {
    const hqId = (await minutesRow(h, minutesId)).hqId;
    const before = (await chainHead(h.database.db, hqId))!;
    const result = await signMinutes(h.services, ids[SECRETARY]!, minutesId);
    if (result.kind !== "signed") throw new Error(result.kind);
    expect(result.version.auditHead).toBe(before.hash);
    const [signed] = await h.database.db.select().from(auditLog).where(eq(auditLog.action, "minutes.signed"));
    expect(signed!.chainSeq).toBeGreaterThan(before.seq);
    expect(signed!.details).toMatchObject({ auditHead: before.hash });
    expect(result.version.text).toContain(
      `گزارش رویدادها هنگام امضا (کد اصالت آخرین رویداد آن؛ با \`audit verify\` بررسی می‌شود): ${before.hash}`,
    );
    const report = (await verifyAuditChains(h.database.db, hqId))[0]!;
    expect(report).toMatchObject({ broken: null, lostAnchors: [] });
  });

  it("a log rewritten wholesale, every hash recomputed so the chain itself verifies, no longer holds the head a signed minutes recorded", async () => {
    const result = await signMinutes(h.services, ids[SECRETARY]!, minutesId);
    if (result.kind !== "signed") throw new Error(result.kind);
    const db = h.database.db;
    const hqId = (await db.select().from(auditLog).where(eq(auditLog.action, "minutes.signed")))[0]!.hqId!;
    // A forger who knows the algorithm: delete the first entry and re-link everything after it.
    const entries = await db.select().from(auditLog).where(eq(auditLog.hqId, hqId)).orderBy(asc(auditLog.chainSeq));
    await db.delete(auditLog).where(eq(auditLog.id, entries[0]!.id));
    let previous = GENESIS_HASH;
    for (const [index, entry] of entries.slice(1).entries()) {
      const seq = index + 1;
      const hash = linkHash(previous, canonicalAuditContent({ ...entry, chain: hqId, seq }));
      await db.update(auditLog).set({ chainSeq: seq, prevHash: previous, hash }).where(eq(auditLog.id, entry.id));
      previous = hash;
    }
    await db
      .update(auditChainHeads)
      .set({ seq: entries.length - 1, hash: previous })
      .where(eq(auditChainHeads.chain, hqId));

    const report = (await verifyAuditChains(db, hqId))[0]!;
    expect(report.broken).toBeNull();
    expect(report.lostAnchors).toEqual([{ minutesId, version: 1, auditHead: result.version.auditHead }]);
  });
});

import { auditChains, chainHead, chainPage, recordedChainHeads } from "../../db/queries/audit.ts";
import type { Database } from "../../db/client.ts";
import { type ChainBreak, ChainWalker, GLOBAL_CHAIN } from "../../domain/audit-chain.ts";

const PAGE = 2000;

/** A signed minutes whose recorded chain head is not in its HQ's chain: the log before its signing was rewritten. */
export type LostAnchor = { minutesId: number; version: number; auditHead: string };

export type ChainReport = {
  /** The HQ's id, or GLOBAL_CHAIN for entries with no HQ. */
  chain: number;
  /** Entries checked before the first break (all of them when intact). */
  count: number;
  broken: ChainBreak | null;
  lostAnchors: LostAnchor[];
};

/**
 * Walks every audit chain (or only `chain`) from its genesis, recomputing each entry's hash from its columns, and
 * reports the first break of each. A chain whose head and entries agree is then checked against the heads recorded
 * in signed minutes, which members hold copies of: a chain rewritten wholesale, hashes and all, still loses those.
 */
export async function verifyAuditChains(db: Database, only?: number): Promise<ChainReport[]> {
  const chains = only === undefined ? await auditChains(db) : [only];
  const anchors = await recordedChainHeads(db);
  const reports: ChainReport[] = [];
  for (const chain of chains) {
    const walker = new ChainWalker(await chainHead(db, chain));
    const broken = await walk(db, chain, walker);
    const lostAnchors =
      broken || chain === GLOBAL_CHAIN
        ? []
        : anchors
            .filter((anchor) => anchor.chain === chain && !walker.contains(anchor.auditHead))
            .map(({ chain: _, ...anchor }) => anchor);
    reports.push({ chain, count: walker.count, broken, lostAnchors });
  }
  return reports;
}

async function walk(db: Database, chain: number, walker: ChainWalker): Promise<ChainBreak | null> {
  let afterSeq = 0;
  for (;;) {
    const page = await chainPage(db, chain, afterSeq, PAGE);
    for (const entry of page) {
      const broken = walker.check(entry);
      if (broken) return broken;
    }
    if (page.length < PAGE) return walker.finish();
    afterSeq = page.at(-1)!.seq;
  }
}

export function chainIsIntact(report: ChainReport): boolean {
  return report.broken === null && report.lostAnchors.length === 0;
}

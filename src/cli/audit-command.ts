import type { Database } from "../db/client.ts";
import { findHeadquartersByKey, listHeadquarters } from "../db/queries/headquarters.ts";
import { type ChainBreak, GLOBAL_CHAIN } from "../domain/audit-chain.ts";
import { formatDateTime } from "../domain/calendar.ts";
import { localizeDigits } from "../domain/text.ts";
import type { Locale } from "../domain/text.ts";
import { chainIsIntact, type ChainReport, verifyAuditChains } from "../services/audit/verify-chain.ts";
import { verifyMinutesHashes } from "../services/audit/verify-minutes-hashes.ts";
import { minutesNumber } from "../services/minutes/minutes.ts";
import type { Translate } from "../services/shared/deps.ts";
import type { Output } from "./output.ts";

/**
 * `audit verify [--hq KEY]`: walks each HQ's audit chain (and the chain of entries with no HQ when no HQ is named) and
 * rehashes every signed minutes. Exit 0 only when all is intact, 3 when something was altered; each break goes to
 * stderr naming the first broken entry.
 */
export async function auditVerifyCommand(
  db: Database,
  hqKey: string | undefined,
  locale: Locale,
  t: Translate,
  io: Output,
): Promise<number> {
  const hqs = await listHeadquarters(db);
  let only: number | undefined;
  if (hqKey !== undefined) {
    const hq = await findHeadquartersByKey(db, hqKey);
    if (!hq) {
      io.err(t(locale, "cli-unknown-hq", { hq: hqKey, known: hqs.map((row) => row.key).join(", ") || "—" }));
      return 1;
    }
    only = hq.id;
  }
  const reports = await verifyAuditChains(db, only);
  const byId = new Map(hqs.map((hq) => [hq.id, hq]));
  let intact = true;
  for (const report of reports) {
    const hq = byId.get(report.chain);
    const zone = hq?.timezone ?? "UTC";
    const chain =
      report.chain === GLOBAL_CHAIN
        ? t(locale, "audit-chain-global")
        : t(locale, "audit-chain-hq", { hq: hq?.key ?? String(report.chain) });
    if (chainIsIntact(report)) {
      io.out(t(locale, "audit-chain-intact", { chain, count: localizeDigits(String(report.count), locale) }));
      continue;
    }
    intact = false;
    if (report.broken) io.err(breakText(report.broken, chain, zone, locale, t));
    for (const lost of report.lostAnchors) io.err(lostAnchorText(lost, chain, locale, t));
  }
  if (reports.length === 0) io.out(t(locale, "audit-chain-empty"));
  const hashes = await verifyMinutesHashes(db, only);
  if (hashes.mismatched.length === 0)
    io.out(t(locale, "audit-minutes-intact", { count: localizeDigits(String(hashes.checked), locale) }));
  else {
    intact = false;
    io.err(
      t(locale, "audit-minutes-altered", {
        numbers: hashes.mismatched.map((number) => localizeDigits(number, locale)).join(locale === "fa" ? "، " : ", "),
      }),
    );
  }
  return intact ? 0 : 3;
}

function breakText(broken: ChainBreak, chain: string, zone: string, locale: Locale, t: Translate): string {
  if (broken.kind === "truncated") {
    return t(locale, "audit-chain-truncated", {
      chain,
      last: broken.last ? localizeDigits(String(broken.last.id), locale) : "—",
      lastSeq: localizeDigits(String(broken.last?.seq ?? 0), locale),
      headSeq: localizeDigits(String(broken.head.seq), locale),
    });
  }
  const entry = broken.entry;
  const args = {
    chain,
    id: localizeDigits(String(entry.id), locale),
    seq: localizeDigits(String(entry.seq), locale),
    at: formatDateTime(entry.at, locale, zone),
    action: entry.action,
  };
  if (broken.kind === "altered") return t(locale, "audit-chain-altered", args);
  if (broken.kind === "beyond_head")
    return t(locale, "audit-chain-beyond-head", { ...args, headSeq: localizeDigits(String(broken.head.seq), locale) });
  return t(locale, "audit-chain-unlinked", { ...args, expected: localizeDigits(String(broken.expectedSeq), locale) });
}

function lostAnchorText(lost: ChainReport["lostAnchors"][number], chain: string, locale: Locale, t: Translate): string {
  return t(locale, "audit-chain-anchor-lost", {
    chain,
    number: localizeDigits(minutesNumber(lost.minutesId, lost.version), locale),
    head: lost.auditHead,
  });
}

import { and, asc, desc, eq, gt, type SQLWrapper, sql } from "drizzle-orm";
import {
  type AuditContent,
  type ChainHead,
  canonicalAuditContent,
  chainOf,
  GENESIS_HASH,
  linkHash,
  type StoredLink,
} from "../../domain/audit-chain.ts";
import type { Database } from "../client.ts";
import { rowsOf } from "../rows.ts";
import { auditChainHeads, auditLog, minutes, minutesVersions } from "../schema.ts";

export type AuditEntry = {
  hqId: number | null;
  actorPersonId?: number | null;
  actorTelegramId?: number | null;
  action: string;
  subjectType: string;
  subjectId?: string | number | null;
  details?: Record<string, unknown>;
  at: Date;
};

export type AuditOptions = {
  /**
   * The caller's own writes that the entries record (insert, update or delete builders, not awaited), sent in the
   * statement that appends the entries, so a write and its audit row cost one round trip. They run after the chain's
   * head is locked: each may lock only rows its transaction already serializes on by an earlier lock (an answer's
   * meeting, a ballot's vote), so taking them after the head cannot deadlock. Their rows are not returned.
   */
  alongside?: readonly SQLWrapper[];
};

/**
 * Appends entries to their HQ's audit chain inside the caller's transaction. Two statements whatever the number of
 * entries of one HQ: the chain's head is locked and read (created at the genesis if new), then one statement inserts
 * the linked entries, moves the head and makes the `alongside` writes. The lock is held to the caller's commit, so a
 * second transaction appending to the same chain, in this instance or another on the same PostgreSQL, waits and links
 * to this one's last entry.
 */
export async function writeAudit(
  db: Database,
  entries: AuditEntry | AuditEntry[],
  options: AuditOptions = {},
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) {
    for (const write of options.alongside ?? []) await db.execute(write.getSQL());
    return;
  }
  // Heads are locked in chain order, so two transactions writing to the same two chains cannot deadlock.
  const chains = [...new Set(list.map((entry) => chainOf(entry.hqId)))].sort((a, b) => a - b);
  const heads = new Map<number, ChainHead>();
  for (const chain of chains) heads.set(chain, await lockChainHead(db, chain));
  const rows = list.map((entry) => {
    const chain = chainOf(entry.hqId);
    const head = heads.get(chain)!;
    const content: AuditContent = {
      chain,
      seq: head.seq + 1,
      hqId: entry.hqId,
      actorPersonId: entry.actorPersonId ?? null,
      actorTelegramId: entry.actorTelegramId ?? null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId === undefined || entry.subjectId === null ? null : String(entry.subjectId),
      details: entry.details ?? {},
      at: entry.at,
    };
    const hash = linkHash(head.hash, canonicalAuditContent(content));
    heads.set(chain, { seq: content.seq, hash });
    const { chain: _, seq: chainSeq, ...columns } = content;
    return { ...columns, details: columns.details as Record<string, unknown>, chainSeq, prevHash: head.hash, hash };
  });
  const insert = db.insert(auditLog).values(rows);
  const moved = sql.join(
    chains.map((chain) => sql`(${chain}::integer, ${heads.get(chain)!.seq}::bigint, ${heads.get(chain)!.hash}::text)`),
    sql`, `,
  );
  // A data-modifying WITH runs to completion whether or not the statement reads it.
  const alongside = (options.alongside ?? []).map((write, i) => sql`, ${sql.raw(`alongside_${i}`)} as ${write}`);
  await db.execute(sql`with appended as ${insert}${sql.join(alongside)} update ${auditChainHeads} set seq = moved.seq, hash = moved.hash
    from (values ${moved}) as moved(chain, seq, hash) where ${auditChainHeads.chain} = moved.chain`);
}

/**
 * Locks the chain's head row to the end of the transaction and returns it. A no-op update rather than SELECT … FOR
 * UPDATE, so a chain's first writer creates the row in the same statement (and two first writers cannot both).
 */
export async function lockChainHead(db: Database, chain: number): Promise<ChainHead> {
  const [head] = await db
    .insert(auditChainHeads)
    .values({ chain, seq: 0, hash: GENESIS_HASH })
    .onConflictDoUpdate({ target: auditChainHeads.chain, set: { seq: sql`${auditChainHeads.seq}` } })
    .returning({ seq: auditChainHeads.seq, hash: auditChainHeads.hash });
  return head!;
}

export async function chainHead(db: Database, chain: number): Promise<ChainHead | null> {
  const [head] = await db
    .select({ seq: auditChainHeads.seq, hash: auditChainHeads.hash })
    .from(auditChainHeads)
    .where(eq(auditChainHeads.chain, chain));
  return head ?? null;
}

/** Every chain that has a head or an entry: a chain whose head row was deleted is still walked. */
export async function auditChains(db: Database): Promise<number[]> {
  const result = await db.execute(
    sql`select chain from ${auditChainHeads} union select distinct coalesce(${auditLog.hqId}, 0) from ${auditLog} order by 1`,
  );
  return rowsOf<{ chain: number | string }>(result).map((row) => Number(row.chain));
}

/**
 * The content form of entries chained by migration 0010, computed by PostgreSQL from the row exactly as the migration
 * did (jsonb's own text form of the array): those entries predate the application's hashing. Keep the two in step.
 */
const LEGACY_CONTENT = sql<string>`jsonb_build_array(${auditLog.chainSeq}, coalesce(${auditLog.hqId}, 0), ${auditLog.hqId},
  ${auditLog.actorPersonId}, ${auditLog.actorTelegramId}, ${auditLog.action}, ${auditLog.subjectType}, ${auditLog.subjectId},
  ${auditLog.details}, to_char(${auditLog.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text`;

/** One page of a chain in order, each entry with its content recomputed from its columns as they are now. */
export async function chainPage(db: Database, chain: number, afterSeq: number, limit: number): Promise<StoredLink[]> {
  const rows = await db
    .select({
      id: auditLog.id,
      seq: auditLog.chainSeq,
      prevHash: auditLog.prevHash,
      hash: auditLog.hash,
      hqId: auditLog.hqId,
      actorPersonId: auditLog.actorPersonId,
      actorTelegramId: auditLog.actorTelegramId,
      action: auditLog.action,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      details: auditLog.details,
      at: auditLog.at,
      chainedAtMigration: auditLog.chainedAtMigration,
      legacyContent: sql<string>`case when ${auditLog.chainedAtMigration} then ${LEGACY_CONTENT} end`,
    })
    .from(auditLog)
    .where(and(sql`coalesce(${auditLog.hqId}, 0) = ${chain}`, gt(auditLog.chainSeq, afterSeq)))
    .orderBy(asc(sql`coalesce(${auditLog.hqId}, 0)`), asc(auditLog.chainSeq))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    seq: row.seq,
    prevHash: row.prevHash,
    hash: row.hash,
    at: row.at,
    action: row.action,
    canonical: row.chainedAtMigration
      ? row.legacyContent
      : canonicalAuditContent({ ...row, chain, details: row.details }),
  }));
}

/** The chain heads signed minutes recorded (minutes_versions.audit_head), by HQ: each must be an entry of that chain. */
export async function recordedChainHeads(
  db: Database,
): Promise<{ chain: number; minutesId: number; version: number; auditHead: string }[]> {
  return db
    .select({
      chain: minutes.hqId,
      minutesId: minutesVersions.minutesId,
      version: minutesVersions.version,
      auditHead: sql<string>`${minutesVersions.auditHead}`,
    })
    .from(minutesVersions)
    .innerJoin(minutes, eq(minutes.id, minutesVersions.minutesId))
    .where(sql`${minutesVersions.auditHead} is not null`)
    .orderBy(asc(minutesVersions.id));
}

/** Every signed minutes version with its stored text and hash (of one HQ, or all): a restored copy is checked whole. */
export async function signedVersionHashes(
  db: Database,
  hqId?: number,
): Promise<{ minutesId: number; version: number; text: string; sha256: string }[]> {
  return db
    .select({
      minutesId: minutesVersions.minutesId,
      version: minutesVersions.version,
      text: minutesVersions.text,
      sha256: minutesVersions.sha256,
    })
    .from(minutesVersions)
    .innerJoin(minutes, eq(minutes.id, minutesVersions.minutesId))
    .where(hqId === undefined ? undefined : eq(minutes.hqId, hqId))
    .orderBy(asc(minutesVersions.id));
}

export async function listAudit(db: Database, filter: { hqId?: number; action?: string; limit?: number } = {}) {
  const conditions = [
    filter.hqId === undefined ? undefined : eq(auditLog.hqId, filter.hqId),
    filter.action === undefined ? undefined : eq(auditLog.action, filter.action),
  ];
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit ?? 100);
}

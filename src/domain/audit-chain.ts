import { createHash } from "node:crypto";

/**
 * The audit log is a hash chain per HQ (and one for entries with no HQ): each entry's hash covers its content and the
 * hash of the entry before it, so editing, deleting or inserting an entry in the database breaks every hash after it.
 * Pure: the service computes, the database only stores.
 */

/** The first entry of every chain links to this. */
export const GENESIS_HASH = "0".repeat(64);

/** Entries with no HQ (roster imports before an HQ exists, process-wide events) have a chain of their own. */
export const GLOBAL_CHAIN = 0;

export function chainOf(hqId: number | null): number {
  return hqId ?? GLOBAL_CHAIN;
}

/** What an entry says, as stored: `details` is JSON as the database gives it back. */
export type AuditContent = {
  chain: number;
  seq: number;
  hqId: number | null;
  actorPersonId: number | null;
  actorTelegramId: number | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: unknown;
  at: Date;
};

/**
 * Canonical JSON: keys sorted at every depth, no whitespace, the time as ISO-8601 UTC. `details` goes through a JSON
 * round trip first, so what is hashed is exactly what a jsonb column gives back (undefined dropped, a Date as its ISO
 * string), and verification recomputes the same bytes from the stored row.
 */
export function canonicalAuditContent(content: AuditContent): string {
  return canonicalJson({
    action: content.action,
    actorPersonId: content.actorPersonId,
    actorTelegramId: content.actorTelegramId,
    at: content.at.toISOString(),
    chain: content.chain,
    details: content.details === undefined ? {} : JSON.parse(JSON.stringify(content.details)),
    hqId: content.hqId,
    seq: content.seq,
    subjectId: content.subjectId,
    subjectType: content.subjectType,
  });
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(",")}}`;
}

/** SHA-256 (hex) of the previous entry's hash, a newline and this entry's canonical content. */
export function linkHash(previousHash: string, canonicalContent: string): string {
  return createHash("sha256").update(`${previousHash}\n${canonicalContent}`, "utf8").digest("hex");
}

/** One stored entry as the verifier reads it: `canonical` is recomputed from the row's columns, never stored. */
export type StoredLink = {
  id: number;
  seq: number;
  prevHash: string;
  hash: string;
  canonical: string;
  at: Date;
  action: string;
};

export type ChainHead = { seq: number; hash: string };

export type ChainBreak =
  /** The entry's content no longer gives its stored hash: it was edited (or forged without recomputing). */
  | { kind: "altered"; entry: StoredLink }
  /** The entry does not link to the one before it: an entry before it was deleted or inserted, or the chain rewritten. */
  | { kind: "unlinked"; entry: StoredLink; expectedSeq: number }
  /** The chain ends before its recorded head: its last entries were deleted. */
  | { kind: "truncated"; last: StoredLink | null; head: ChainHead }
  /** Entries after the recorded head: inserted outside the application. */
  | { kind: "beyond_head"; entry: StoredLink; head: ChainHead };

/**
 * Walks one chain in `seq` order, fed in pages so a long log is never held whole. `check` returns the first break, or
 * null; `finish` compares the end with the recorded head.
 */
export class ChainWalker {
  private previous: StoredLink | null = null;
  private hashes = new Set<string>();
  count = 0;

  constructor(private readonly head: ChainHead | null) {}

  check(entry: StoredLink): ChainBreak | null {
    const expectedSeq = (this.previous?.seq ?? 0) + 1;
    const expectedPrev = this.previous?.hash ?? GENESIS_HASH;
    if (this.head && entry.seq > this.head.seq) return { kind: "beyond_head", entry, head: this.head };
    if (entry.seq !== expectedSeq || entry.prevHash !== expectedPrev) return { kind: "unlinked", entry, expectedSeq };
    if (linkHash(entry.prevHash, entry.canonical) !== entry.hash) return { kind: "altered", entry };
    this.previous = entry;
    this.hashes.add(entry.hash);
    this.count++;
    return null;
  }

  finish(): ChainBreak | null {
    const head = this.head ?? { seq: 0, hash: GENESIS_HASH };
    const lastSeq = this.previous?.seq ?? 0;
    const lastHash = this.previous?.hash ?? GENESIS_HASH;
    if (lastSeq !== head.seq || lastHash !== head.hash) return { kind: "truncated", last: this.previous, head };
    return null;
  }

  /** Whether a hash recorded elsewhere (a signed minutes' chain head) is an entry of this chain. */
  contains(hash: string): boolean {
    return hash === GENESIS_HASH || this.hashes.has(hash);
  }
}

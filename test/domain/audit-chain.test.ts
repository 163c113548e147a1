import { describe, expect, it } from "vitest";
import {
  type AuditContent,
  canonicalAuditContent,
  canonicalJson,
  ChainWalker,
  GENESIS_HASH,
  linkHash,
  type StoredLink,
} from "../../src/domain/audit-chain.ts";

const content = (seq: number, details: unknown = { a: 1 }): AuditContent => ({
  chain: 3,
  seq,
  hqId: 3,
  actorPersonId: 7,
  actorTelegramId: 1001,
  action: "vote.ballot_cast",
  subjectType: "vote",
  subjectId: "12",
  details,
  at: new Date("2026-12-07T08:00:00.123Z"),
});

function chain(n: number): StoredLink[] {
  const links: StoredLink[] = [];
  let previous = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const canonical = canonicalAuditContent(content(seq));
    const hash = linkHash(previous, canonical);
    links.push({ id: 100 + seq, seq, prevHash: previous, hash, canonical, at: new Date(), action: "vote.ballot_cast" });
    previous = hash;
  }
  return links;
}

describe("the audit hash chain", () => {
  it("canonical content: keys sorted at every depth, the time in ISO UTC, what jsonb gives back (undefined dropped, a Date as its ISO string)", () => {
    expect(canonicalJson({ b: [{ z: 1, y: null }], a: "نیم‌فاصله" })).toBe('{"a":"نیم‌فاصله","b":[{"y":null,"z":1}]}');
    const written = canonicalAuditContent(
      content(1, { when: new Date("2026-01-01T00:00:00Z"), gone: undefined, n: 2.5 }),
    );
    const readBack = canonicalAuditContent(content(1, { n: 2.5, when: "2026-01-01T00:00:00.000Z" }));
    expect(written).toBe(readBack);
    expect(written).toContain('"at":"2026-12-07T08:00:00.123Z"');
  });

  it("an intact chain walks to its recorded head", () => {
    const links = chain(3);
    const walker = new ChainWalker({ seq: 3, hash: links[2]!.hash });
    for (const link of links) expect(walker.check(link)).toBeNull();
    expect(walker.finish()).toBeNull();
    expect(walker.count).toBe(3);
    expect(walker.contains(links[1]!.hash)).toBe(true);
  });

  it("an edited entry, a missing one, a missing end and an entry past the end are each told apart", () => {
    const links = chain(4);
    const head = { seq: 4, hash: links[3]!.hash };
    const edited = new ChainWalker(head);
    expect(edited.check(links[0]!)).toBeNull();
    expect(edited.check({ ...links[1]!, canonical: canonicalAuditContent(content(2, { a: 2 })) })).toMatchObject({
      kind: "altered",
      entry: { id: 102 },
    });

    const gap = new ChainWalker(head);
    gap.check(links[0]!);
    expect(gap.check(links[2]!)).toMatchObject({ kind: "unlinked", entry: { id: 103 }, expectedSeq: 2 });

    const cut = new ChainWalker(head);
    for (const link of links.slice(0, 3)) cut.check(link);
    expect(cut.finish()).toMatchObject({ kind: "truncated", last: { id: 103 }, head: { seq: 4 } });

    const short = new ChainWalker({ seq: 3, hash: links[2]!.hash });
    for (const link of links.slice(0, 3)) short.check(link);
    expect(short.check(links[3]!)).toMatchObject({ kind: "beyond_head", entry: { id: 104 } });
  });
});

import { and, eq } from "drizzle-orm";
import { findHeadquartersByKey } from "../../src/db/queries/headquarters.ts";
import { findPersonByTelegramId } from "../../src/db/queries/people.ts";
import { committees } from "../../src/db/schema.ts";
import { SYSTEM_ACTOR } from "../../src/services/shared/deps.ts";
import { importRoster } from "../../src/services/roster/import-roster.ts";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { BotHarness } from "./bot-harness.ts";
import { CHAIR, MEMBERS, nineSeatRoster, rosterInput, SECRETARY, validRoster } from "./rosters.ts";

export const STAFF = 1000;
/** A second county HQ with its own staff and its own `physical` group: the cross-HQ checks. */
export const OTHER_STAFF = 2000;
export const OTHER_SECRETARY = 6002;

export type FollowThroughWorld = {
  ids: Record<number, number>;
  committeeId: number;
  otherCommitteeId: number;
  hqId: number;
};

/** The 9-seat county group and a second county HQ, everyone registered; `h.clock` untouched. */
export async function followThroughWorld(h: BotHarness, roster = nineSeatRoster()): Promise<FollowThroughWorld> {
  await h.reset();
  await importRoster(h.services, validRoster(roster), SYSTEM_ACTOR);
  await importRoster(
    h.services,
    validRoster(rosterInput({ hqKey: "other-county", staffId: OTHER_STAFF, base: 5000 })),
    SYSTEM_ACTOR,
  );
  const ids: Record<number, number> = {};
  for (const telegramId of [STAFF, OTHER_STAFF, CHAIR, SECRETARY, ...MEMBERS, OTHER_SECRETARY]) {
    const person = await findPersonByTelegramId(h.database.db, telegramId);
    if (person) ids[telegramId] = person.id;
  }
  const hq = (await findHeadquartersByKey(h.database.db, "sample-county"))!;
  const other = (await findHeadquartersByKey(h.database.db, "other-county"))!;
  const committee = async (hqId: number, key: string) =>
    (
      await h.database.db
        .select()
        .from(committees)
        .where(and(eq(committees.hqId, hqId), eq(committees.key, key)))
    )[0]!.id;
  return {
    ids,
    hqId: hq.id,
    committeeId: await committee(hq.id, "physical"),
    otherCommitteeId: await committee(other.id, "physical"),
  };
}

/** Saturday 7 Azar 1405, 11:30 in Tehran: the follow-through chat tests' "now" (orders start when imported, B2). */
export const FOLLOW_THROUGH_START = "2026-11-28T08:00:00Z";

/**
 * Registers the hooks of a describe block over `followThroughWorld`: one harness for the block; before each test the
 * clock at FOLLOW_THROUGH_START, the world rebuilt then, and the Bot API calls cleared. Read `.h` inside tests.
 */
export function useFollowThroughWorld(): { h: BotHarness } {
  const holder = { h: undefined as unknown as BotHarness };
  beforeAll(async () => {
    holder.h = await BotHarness.create(FOLLOW_THROUGH_START);
  });
  afterAll(() => holder.h.close());
  beforeEach(async () => {
    // The world is built at the test's own time: orders named without a start begin on the day they are imported (B2).
    holder.h.clock.set(FOLLOW_THROUGH_START);
    await followThroughWorld(holder.h);
    holder.h.emulator.clearCalls();
  });
  return holder;
}

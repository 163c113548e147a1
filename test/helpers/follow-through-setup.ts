import { and, eq } from "drizzle-orm";
import { findHeadquartersByKey } from "../../src/db/queries/headquarters.ts";
import { findPersonByTelegramId } from "../../src/db/queries/people.ts";
import { committees } from "../../src/db/schema.ts";
import { SYSTEM_ACTOR } from "../../src/services/shared/deps.ts";
import { importRoster } from "../../src/services/roster/import-roster.ts";
import type { BotHarness } from "./bot-harness.ts";
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

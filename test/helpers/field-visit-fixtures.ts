import { expect } from "vitest";
import { fromJalali } from "../../src/domain/calendar.ts";
import { approveFieldVisit, requestFieldVisit, type VisitInput } from "../../src/services/field-visits/field-visits.ts";
import type { BotHarness } from "./bot-harness.ts";
import { type FollowThroughWorld, STAFF } from "./follow-through-setup.ts";
import { SECRETARY } from "./rosters.ts";

export const VISIT_PLACE = "محله سرچشمه";

/**
 * The B15 tests' visit: the secretary's request for Wednesday 25 Azar 1405, 10:00 (Tehran), with what a test
 * overrides; `approved` has the HQ staff approve it too. The harness and world are read at each call, since tests
 * make them in their hooks.
 */
export function visitFixtures(current: () => { h: BotHarness; w: FollowThroughWorld }, purpose = "بررسی وضعیت معابر") {
  const world = () => current().w;
  const input = (over: Partial<VisitInput> = {}): VisitInput => ({
    committeeId: world().committeeId,
    date: fromJalali(1405, 9, 25),
    time: { hour: 10, minute: 0 },
    place: VISIT_PLACE,
    purpose,
    ...over,
  });
  const requested = async (over: Partial<VisitInput> = {}): Promise<number> => {
    const result = await requestFieldVisit(current().h.services, world().ids[SECRETARY]!, input(over));
    if (result.kind !== "requested") throw new Error(`the visit was not requested: ${result.kind}`);
    return result.visitId;
  };
  const approved = async (over: Partial<VisitInput> = {}): Promise<number> => {
    const id = await requested(over);
    expect((await approveFieldVisit(current().h.services, world().ids[STAFF]!, id)).kind).toBe("approved");
    return id;
  };
  return { input, requested, approved };
}

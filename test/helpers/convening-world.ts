import { afterAll, beforeAll, beforeEach } from "vitest";
import { conveneMeeting, type ConveneInput } from "../../src/services/convening/convene.ts";
import { BotHarness } from "./bot-harness.ts";
import { MEETING, seatedCommittee } from "./recorded-session.ts";
import { SECRETARY } from "./rosters.ts";

/** What a service test of convening, answers or proposals works on; `h`, `ids` and `committeeId` are fresh each test. */
export type ConveningWorld = {
  h: BotHarness;
  /** Telegram id → person id of every seat holder. */
  ids: Record<number, number>;
  committeeId: number;
  /** Convenes the group's meeting at MEETING (agenda of two items), as the secretary unless `by` says otherwise. */
  convene(over?: Partial<ConveneInput>, by?: number): ReturnType<typeof conveneMeeting>;
  /** The same, and the new meeting's id (a refusal fails the test with its kind). */
  convened(): Promise<number>;
};

/**
 * Registers the hooks of a describe block over the nine-seat group: one harness for the block, and before each test a
 * fresh database with the group seated and the clock ten days before MEETING.
 */
export function useConveningWorld(): ConveningWorld {
  const world: ConveningWorld = {
    h: undefined as unknown as BotHarness,
    ids: {},
    committeeId: 0,
    convene: (over = {}, by = SECRETARY) =>
      conveneMeeting(world.h.services, world.ids[by]!, {
        committeeId: world.committeeId,
        startsAt: MEETING,
        place: "دفتر فرماندار",
        agenda: ["بررسی طرح‌های میراث", "پیشنهاد بودجه ۱۴۰۶"],
        ...over,
      }),
    convened: async () => {
      const result = await world.convene();
      if (result.kind !== "convened") throw new Error(result.kind);
      return result.meetingId;
    },
  };
  beforeAll(async () => {
    world.h = await BotHarness.create();
  });
  afterAll(() => world.h.close());
  beforeEach(async () => {
    const seated = await seatedCommittee(world.h);
    world.ids = seated.ids;
    world.committeeId = seated.committeeId;
  });
  return world;
}

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { subgroupKey } from "../../../src/domain/follow-through.ts";
import { listSeats } from "../../../src/db/queries/seats.ts";
import { committees, subgroupProposals } from "../../../src/db/schema.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { exportRoster } from "../../../src/services/roster/export-roster.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import {
  approveSubgroup,
  proposeSubgroup,
  rejectSubgroup,
  type SubgroupInput,
} from "../../../src/services/subgroups/subgroups.ts";
import type { EmuMessage } from "../../../src/sandbox/bot-api/emulator.ts";
import { BotHarness } from "../../helpers/bot-harness.ts";
import {
  type FollowThroughWorld,
  followThroughWorld,
  OTHER_SECRETARY,
  OTHER_STAFF,
  STAFF,
} from "../../helpers/follow-through-setup.ts";
import { CHAIR, MEMBERS, nineSeatRoster, SECRETARIAT_CHAT, SECRETARY, validRoster } from "../../helpers/rosters.ts";

const TITLE = "کارگروه فرعی بافت تاریخی";
const DUTIES = "شناسایی بناهای ارزشمند و پیشنهاد اولویت‌های مرمت";

const buttons = (m: EmuMessage) =>
  (
    (m.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined)
      ?.inline_keyboard ?? []
  ).flat();

describe("sub-working groups approved by the HQ (bylaw B5)", () => {
  let h: BotHarness;
  let w: FollowThroughWorld;
  beforeAll(async () => {
    h = await BotHarness.create();
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    w = await followThroughWorld(h);
    h.emulator.clearCalls();
  });

  const input = (over: Partial<SubgroupInput> = {}): SubgroupInput => ({
    committeeId: w.committeeId,
    title: TITLE,
    duties: DUTIES,
    ...over,
  });
  const proposed = async (over: Partial<SubgroupInput> = {}, by = SECRETARY) => {
    const result = await proposeSubgroup(h.services, w.ids[by]!, input(over));
    if (result.kind !== "proposed") throw new Error(result.kind);
    return result.proposalId;
  };

  it("B5 the proposal reaches the HQ's staff with Approve / Reject; approval creates the group under its parent, without seats", async () => {
    const id = await proposed();
    await h.deliver();
    const forStaff = h.emulator.lastSent(STAFF)!;
    expect(forStaff.text).toContain(TITLE);
    expect(forStaff.text).toContain(DUTIES);
    expect(buttons(forStaff).map((b) => b.text)).toEqual(["✅ تأیید", "❌ رد"]);
    expect(h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain(DUTIES);
    expect(h.emulator.sent(OTHER_STAFF)).toHaveLength(0);

    const result = await approveSubgroup(h.services, w.ids[STAFF]!, id);
    expect(result).toMatchObject({ kind: "approved", committeeKey: "physical-sub1" });
    if (result.kind !== "approved") return;
    const [created] = await h.database.db.select().from(committees).where(eq(committees.id, result.committeeId));
    expect(created).toMatchObject({
      hqId: w.hqId,
      parentId: w.committeeId,
      key: "physical-sub1",
      titleFa: TITLE,
      titleEn: TITLE,
      chatId: null,
      endedAt: null,
    });
    expect(await listSeats(h.database.db, result.committeeId)).toEqual([]);
    const [row] = await h.database.db.select().from(subgroupProposals).where(eq(subgroupProposals.id, id));
    expect(row).toMatchObject({
      status: "approved",
      decidedByPersonId: w.ids[STAFF],
      createdCommitteeId: result.committeeId,
    });
    await h.deliver();
    const notice = h.emulator.lastSent(SECRETARY)!.text!;
    expect(notice).toContain("physical-sub1");
    expect(notice).toContain("هنوز عضوی ندارد");
    expect(h.emulator.lastSent(SECRETARIAT_CHAT)!.text).toContain("physical-sub1");
  });

  it("B5 the next approved sub-group takes the next number; the roster export carries it so an import keeps it", async () => {
    await approveSubgroup(h.services, w.ids[STAFF]!, await proposed());
    const second = await approveSubgroup(
      h.services,
      w.ids[STAFF]!,
      await proposed({ title: "گروه کاری اعتبارات", duties: "پیگیری اعتبارات" }, CHAIR),
    );
    expect(second).toMatchObject({ kind: "approved", committeeKey: "physical-sub2" });
    const exported = await exportRoster(h.database.db, "sample-county");
    const entry = (exported.committees as { key: string; parent?: string }[]).find((c) => c.key === "physical-sub2");
    expect(entry?.parent).toBe("physical");
    await importRoster(h.services, validRoster(exported), SYSTEM_ACTOR);
    const [kept] = await h.database.db.select().from(committees).where(eq(committees.key, "physical-sub2"));
    expect(kept).toMatchObject({ endedAt: null, parentId: w.committeeId });
  });

  it("B5 every refusal says why and records nothing", async () => {
    const before = await h.database.rowCounts();
    expect(await proposeSubgroup(h.services, w.ids[MEMBERS[0]!]!, input())).toEqual({ kind: "not_officer" });
    expect(await proposeSubgroup(h.services, w.ids[OTHER_SECRETARY]!, input())).toEqual({ kind: "not_officer" });
    expect(await proposeSubgroup(h.services, w.ids[STAFF]!, input())).toEqual({ kind: "not_officer" });
    expect(await proposeSubgroup(h.services, w.ids[SECRETARY]!, input({ title: " " }))).toEqual({
      kind: "title_required",
    });
    expect(await proposeSubgroup(h.services, w.ids[SECRETARY]!, input({ duties: "" }))).toEqual({
      kind: "duties_required",
    });
    expect(await proposeSubgroup(h.services, w.ids[SECRETARY]!, input({ title: "ع".repeat(201) }))).toEqual({
      kind: "too_long",
      max: 200,
    });
    expect(await proposeSubgroup(h.services, w.ids[SECRETARY]!, input({ committeeId: 999 }))).toEqual({
      kind: "committee_ended",
    });
    expect(await h.database.rowCounts()).toEqual(before);

    await proposed();
    const counts = await h.database.rowCounts();
    expect(await proposeSubgroup(h.services, w.ids[CHAIR]!, input({ title: "كارگروه  فرعي بافت تاريخي" }))).toEqual({
      kind: "duplicate",
    });
    const roster = nineSeatRoster();
    roster.headquarters.staff = [];
    expect((await h.database.rowCounts()).subgroup_proposals).toBe(counts.subgroup_proposals);
    await importRoster(h.services, validRoster(roster), SYSTEM_ACTOR);
    expect(await proposeSubgroup(h.services, w.ids[SECRETARY]!, input({ title: "دیگر" }))).toEqual({
      kind: "no_staff",
    });
    expect((await h.database.rowCounts()).subgroup_proposals).toBe(counts.subgroup_proposals);
  });

  it("B5 only staff of the group's own HQ decide; a decision is final; a rejection needs a reason the secretary is told", async () => {
    const id = await proposed();
    const before = await h.database.rowCounts();
    for (const outsider of [OTHER_STAFF, SECRETARY, CHAIR, MEMBERS[0]!]) {
      expect(await approveSubgroup(h.services, w.ids[outsider]!, id)).toEqual({ kind: "not_staff" });
      expect(await rejectSubgroup(h.services, w.ids[outsider]!, id, "دلیل")).toEqual({ kind: "not_staff" });
    }
    expect(await approveSubgroup(h.services, w.ids[STAFF]!, 999)).toEqual({ kind: "unknown" });
    expect(await rejectSubgroup(h.services, w.ids[STAFF]!, id, "  ")).toEqual({ kind: "reason_required" });
    expect(await h.database.rowCounts()).toEqual(before);

    expect(await rejectSubgroup(h.services, w.ids[STAFF]!, id, "با وظایف کارگروه اصلی هم‌پوشانی دارد")).toEqual({
      kind: "rejected",
    });
    expect(await approveSubgroup(h.services, w.ids[STAFF]!, id)).toEqual({
      kind: "already_decided",
      status: "rejected",
    });
    expect((await h.database.rowCounts()).committees).toBe(before.committees);
    await h.deliver();
    expect(h.emulator.lastSent(SECRETARY)!.text).toContain("با وظایف کارگروه اصلی هم‌پوشانی دارد");
    // A rejected title may be proposed again.
    expect((await proposeSubgroup(h.services, w.ids[SECRETARY]!, input())).kind).toBe("proposed");
  });

  it("B5 the key stays within 40 characters and skips numbers already used", () => {
    expect(subgroupKey("physical", ["physical", "physical-sub1", "physical-sub3"])).toBe("physical-sub2");
    const long = "a".repeat(40);
    expect(subgroupKey(long, [])).toBe(`${"a".repeat(35)}-sub1`);
  });
});

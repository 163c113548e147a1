import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rosterIssueText } from "../../../src/cli/run-cli.ts";
import { fromJalali } from "../../../src/domain/calendar.ts";
import { validateRoster } from "../../../src/domain/roster.ts";
import { createI18n, translatorOf } from "../../../src/i18n.ts";
import { listAudit } from "../../../src/db/queries/audit.ts";
import { findHeadquartersByKey, listCurrentStaff } from "../../../src/db/queries/headquarters.ts";
import { listCommittees } from "../../../src/db/queries/committees.ts";
import { seatsWithHolders } from "../../../src/db/queries/seats.ts";
import { SYSTEM_ACTOR } from "../../../src/services/shared/deps.ts";
import { exportRoster } from "../../../src/services/roster/export-roster.ts";
import { importRoster } from "../../../src/services/roster/import-roster.ts";
import { rosterInput, validRoster } from "../../helpers/rosters.ts";
import { serviceDeps, TestClock } from "../../helpers/services.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db.ts";

describe("roster import", () => {
  let database: TestDatabase;
  const clock = new TestClock(new Date("2026-11-28T08:00:00Z"));
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(() => database.reset());

  const load = (input: unknown) => importRoster(serviceDeps(database, clock), validRoster(input), SYSTEM_ACTOR);

  async function seatsOf(hqKey: string, committeeKey: string) {
    const hq = (await findHeadquartersByKey(database.db, hqKey))!;
    const committee = (await listCommittees(database.db, hq.id)).find((c) => c.key === committeeKey)!;
    return seatsWithHolders(database.db, [committee.id]);
  }

  it("creates the HQ, staff, committees, seats and appointments, with an audit row per change", async () => {
    const report = await load(rosterInput());
    const seats = await seatsOf("sample-county", "physical");
    expect(seats.map((s) => [s.title, s.role, s.voting, s.holder?.telegramId ?? null])).toEqual([
      ["فرماندار", "chair", true, 1001],
      ["رئیس اداره میراث فرهنگی", "secretary", true, 1002],
      ["شهردار", "member", true, 1003],
      ["رئیس اداره برق", "member", true, null],
      ["فعال میراث فرهنگی ۱", "member", false, null],
    ]);
    // B2: two-year appointment orders counted in the calendar they are written in: 1405/01/15 → 1407/01/15, and an
    // order without a start runs from today (1405/09/07) in the Persian HQ's calendar to 1407/09/07.
    expect(seats[1]!.holder).toMatchObject({ termStart: "2026-04-04", termEnd: "2028-04-03" });
    expect(seats[0]!.holder).toMatchObject({ termStart: "2026-11-28", termEnd: "2028-11-27" });
    const audit = await listAudit(database.db, { limit: 1000 });
    expect(audit).toHaveLength(report.changes.length);
    expect(report.changes.length).toBeGreaterThan(10);
  });

  it("importing the same file twice changes nothing", async () => {
    await load(rosterInput());
    const before = await database.rowCounts();
    const second = await load(rosterInput());
    expect(second.changes).toEqual([]);
    expect(await database.rowCounts()).toEqual(before);
  });

  it("an edited file updates seats and people and ends what left it, keeping history", async () => {
    await load(rosterInput());
    const edited = rosterInput();
    const members = edited.committees[1]!.members!;
    members.splice(2, 1); // the mayor's seat leaves the file
    members[0] = { ...members[0]!, telegram_id: 2001, name: "فرماندار جدید" }; // a new chair
    await load(edited);
    const seats = await seatsOf("sample-county", "physical");
    expect(seats.map((s) => s.title)).not.toContain("شهردار");
    expect(seats[0]!.holder?.telegramId).toBe(2001);
    const all = await database.rowCounts();
    expect(all.seats).toBe(5); // ended, not deleted
    expect(all.appointments).toBe(4); // the old chair's appointment is kept, ended
    const actions = (await listAudit(database.db, { limit: 1000 })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["seat.ended", "appointment.ended", "appointment.created"]));
  });

  it("a seat without telegram_id keeps whoever joined by invite link; vacant: true ends the appointment", async () => {
    await load(rosterInput());
    const input = rosterInput();
    const secretary = input.committees[1]!.members![1]!;
    delete secretary.telegram_id;
    delete secretary.name;
    delete secretary.term_start;
    expect((await load(input)).changes).toEqual([]);
    secretary.vacant = true;
    await load(input);
    expect((await seatsOf("sample-county", "physical"))[1]!.holder).toBeNull();
  });

  it("staff that left the file stop being staff", async () => {
    await load(rosterInput());
    await load(rosterInput({ staffId: 4242 }));
    const hq = (await findHeadquartersByKey(database.db, "sample-county"))!;
    expect((await listCurrentStaff(database.db, hq.id)).map((s) => s.telegramId)).toEqual([4242]);
  });

  it("two HQs live side by side in one deployment", async () => {
    await load(rosterInput());
    await load(rosterInput({ hqKey: "other-county", base: 100 }));
    expect((await seatsOf("other-county", "physical"))[0]!.holder?.telegramId).toBe(1101);
    expect((await seatsOf("sample-county", "physical"))[0]!.holder?.telegramId).toBe(1001);
  });

  it("export prints the roster in the import format, and importing the export changes nothing", async () => {
    await load(rosterInput());
    const exported = await exportRoster(database.db, "sample-county");
    expect(JSON.stringify(exported)).toContain("1405-01-15"); // a Persian HQ's dates in Jalali
    expect((await load(exported)).changes).toEqual([]);
  });
});

describe("B2: an order in the roster longer than two years is refused", () => {
  const t = translatorOf(createI18n());
  it("B2: a term_end past two years names its path and the last allowed day, in the calendar the file used", () => {
    const jalali = rosterInput();
    Object.assign(jalali.committees[1]!.members![1]!, { term_start: "1403/12/30", term_end: "1406/01/01" });
    const refused = validateRoster(jalali);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.issues).toEqual([
        {
          path: "committees[1].members[1].term_end",
          key: "roster-issue-term-too-long",
          vars: { lastDay: { day: fromJalali(1405, 12, 29), calendar: "jalali" } },
        },
      ]);
      expect(rosterIssueText(t, "en", refused.issues[0]!)).toContain("the last day is 1405/12/29");
      expect(rosterIssueText(t, "fa", refused.issues[0]!)).toContain("آخرین روز مجاز \u2066۱۴۰۵/۱۲/۲۹\u2069 است");
    }
    Object.assign(jalali.committees[1]!.members![1]!, { term_end: "1405/12/29" });
    expect(validateRoster(jalali).ok).toBe(true);

    const gregorian = rosterInput();
    Object.assign(gregorian.committees[1]!.members![2]!, { term_start: "2028-02-29", term_end: "2030-03-01" });
    const late = validateRoster(gregorian);
    expect(late.ok).toBe(false);
    if (!late.ok) {
      expect(late.issues).toEqual([
        {
          path: "committees[1].members[2].term_end",
          key: "roster-issue-term-too-long",
          vars: { lastDay: { day: { year: 2030, month: 2, day: 28 }, calendar: "gregorian" } },
        },
      ]);
      expect(rosterIssueText(t, "en", late.issues[0]!)).toContain("the last day is 2030-02-28");
      expect(rosterIssueText(t, "fa", late.issues[0]!)).toContain("آخرین روز مجاز \u2066۲۰۳۰-۰۲-۲۸\u2069 است");
    }
  });
});

describe("roster validation names the path of every error and applies nothing", () => {
  it.each([
    [
      (r: ReturnType<typeof rosterInput>) => (r.committees[1]!.members![2]!.telegram_id = "abc"),
      "committees[1].members[2].telegram_id",
    ],
    [
      (r: ReturnType<typeof rosterInput>) => (r.committees[1]!.members![3]!.role = "secretary"),
      "committees[1].members[3].role",
    ],
    [
      (r: ReturnType<typeof rosterInput>) => (r.committees[1]!.members![3]!.seat = "شهردار"),
      "committees[1].members[3].seat",
    ],
    [
      (r: ReturnType<typeof rosterInput>) => (r.committees[1]!.members![1]!.term_start = "1405/13/01"),
      "committees[1].members[1].term_start",
    ],
    [
      (r: ReturnType<typeof rosterInput>) =>
        Object.assign(r.committees[1]!.members![1]!, { term_start: "1405/01/15", term_end: "1407/01/16" }),
      "committees[1].members[1].term_end",
    ],
    [
      (r: ReturnType<typeof rosterInput>) => ((r.committees[1] as Record<string, unknown>).parent = "nope"),
      "committees[1].parent",
    ],
    [
      (r: ReturnType<typeof rosterInput>) => ((r.committees[1] as Record<string, unknown>).chat_id = 5),
      "committees[1].chat_id",
    ],
    [
      (r: ReturnType<typeof rosterInput>) => ((r.headquarters as Record<string, unknown>).timezone = "Mars/Base"),
      "headquarters.timezone",
    ],
    [
      (r: ReturnType<typeof rosterInput>) =>
        (r.committees[0] = { key: "council", template: "council", members: [{ seat: "x" }] } as never),
      "committees[0].members",
    ],
    [
      (r: ReturnType<typeof rosterInput>) => {
        r.committees[1]!.members![2]!.name = "رئیس نمونه دیگر";
        r.committees[1]!.members![2]!.telegram_id = 1001;
      },
      "committees[1].members[2].name",
    ],
    [
      (r: ReturnType<typeof rosterInput>) => ((r.committees[1] as Record<string, unknown>).rules = { quorum: "3/2" }),
      "committees[1].rules.quorum",
    ],
  ])("case %#", (mutate, path) => {
    const input = rosterInput();
    mutate(input);
    const result = validateRoster(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain(path);
  });
});

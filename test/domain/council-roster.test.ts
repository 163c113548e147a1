import { describe, expect, it } from "vitest";
import { validateRoster } from "../../src/domain/roster.ts";
import { rosterInput } from "../helpers/rosters.ts";

/** The sample roster with the council entry changed as given. */
function withCouncil(council: Record<string, unknown>) {
  const input = rosterInput();
  input.committees[0] = { key: "council", template: "council", ...council };
  return input;
}

function issues(input: unknown) {
  const result = validateRoster(input);
  return result.ok ? [] : result.issues;
}

describe("Part A: the roster's council entry", () => {
  it("Part A: the council entry may name its chair and secretary among the groups' chairs and secretaries", () => {
    expect(issues(withCouncil({ chair: 1002, secretary: 1001 }))).toEqual([]);
  });

  it("Part A: naming someone who chairs or keeps the minutes of no top-level group is refused at the entry's path", () => {
    expect(issues(withCouncil({ chair: 1003 }))).toEqual([
      { path: "committees[0].chair", key: "roster-issue-council-officer-not-member", vars: { telegramId: 1003 } },
    ]);
    expect(issues(withCouncil({ secretary: 4242 }))[0]).toMatchObject({ path: "committees[0].secretary" });
  });

  it("Part A: one person is not both the council's chair and its secretary", () => {
    expect(issues(withCouncil({ chair: 1001, secretary: 1001 }))).toEqual([
      { path: "committees[0].secretary", key: "roster-issue-council-same-officer", vars: {} },
    ]);
  });

  it("Part A: a sub-working group's officers are not council members", () => {
    const input = withCouncil({ secretary: 1009 });
    input.committees.push({
      key: "heritage-sub",
      template: undefined as never,
      parent: "physical",
      title: { fa: "گروه کاری میراث", en: "Heritage expert group" },
      members: [{ seat: "دبیر گروه", role: "secretary", telegram_id: 1009, name: "دبیر فرعی" }],
    } as never);
    expect(issues(input)).toEqual([
      { path: "committees[0].secretary", key: "roster-issue-council-officer-not-member", vars: { telegramId: 1009 } },
    ]);
  });

  it("only the council names its chair or secretary in the entry; a group marks them with role:", () => {
    const input = rosterInput();
    (input.committees[1] as Record<string, unknown>).chair = 1001;
    expect(issues(input)).toEqual([
      {
        path: "committees[1].chair",
        key: "roster-issue-officer-outside-council",
        vars: { role: "chair", roleName: { word: "roster-role-chair" } },
      },
    ]);
  });

  it("Part A: an HQ has one coordination council, and it lists no members of its own", () => {
    const input = withCouncil({});
    input.committees.push({ key: "council-2", template: "council" });
    expect(issues(input)).toEqual([{ path: "committees[2].template", key: "roster-issue-council-twice", vars: {} }]);
    expect(issues(withCouncil({ members: [{ seat: "x" }] }))[0]).toMatchObject({ path: "committees[0].members" });
  });

  it("an exported council entry (derived_members) imports unchanged; derived_members elsewhere is refused", () => {
    expect(
      issues(withCouncil({ members: [], derived_members: [{ telegram_id: 1001, name: "رئیس نمونه", role: "chair" }] })),
    ).toEqual([]);
    const input = rosterInput();
    (input.committees[1] as Record<string, unknown>).derived_members = [];
    expect(issues(input)[0]).toMatchObject({ path: "committees[1].derived_members" });
  });
});

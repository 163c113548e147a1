import { describe, expect, it } from "vitest";
import { type CouncilChoice, councilMembership, councilSeatTitle, type GroupOffice } from "../../src/domain/council.ts";
import { BYLAW_DEFAULT_RULES } from "../../src/domain/rules.ts";
import { votingBase } from "../../src/domain/voting-base.ts";

const GROUPS = ["physical", "social", "economic", "legal", "finance"] as const;
const GOVERNOR = 1;
const HERITAGE = 2;
const MAYOR = 3;
const VOCATIONAL = 4;
const JUSTICE = 5;
const FINANCE = 6;

function office(
  group: (typeof GROUPS)[number],
  role: "chair" | "secretary",
  personId: number,
  seatTitle: string,
  termEnd = "2028-01-01",
): GroupOffice {
  const order = GROUPS.indexOf(group);
  return {
    committeeId: 10 + order,
    committeeKey: group,
    committeeTemplate: group,
    committeeOrder: order,
    role,
    personId,
    seatTitle,
    termStart: "2026-01-01",
    termEnd,
  };
}

/** The bylaw's part A as the roster template fills it: the governor chairs four groups, the mayor is secretary of two. */
const templateOffices: GroupOffice[] = [
  office("physical", "chair", GOVERNOR, "Governor"),
  office("physical", "secretary", HERITAGE, "Heritage office"),
  office("social", "chair", GOVERNOR, "Governor"),
  office("social", "secretary", MAYOR, "Mayor"),
  office("economic", "chair", GOVERNOR, "Governor"),
  office("economic", "secretary", VOCATIONAL, "Vocational training"),
  office("legal", "chair", JUSTICE, "Justice department"),
  office("legal", "secretary", MAYOR, "Mayor"),
  office("finance", "chair", GOVERNOR, "Governor"),
  office("finance", "secretary", FINANCE, "Economic affairs and finance"),
];

const NONE: CouncilChoice = { namedChairPersonId: null, namedSecretaryPersonId: null, electedSecretaryPersonId: null };

describe("Part A: the coordination council", () => {
  it("Part A: the council's members are the distinct people who chair or act as secretary of the top-level groups", () => {
    const { members } = councilMembership(templateOffices, NONE);
    expect(members.map((m) => m.personId).sort()).toEqual([GOVERNOR, HERITAGE, MAYOR, VOCATIONAL, JUSTICE, FINANCE]);
    expect(members.find((m) => m.personId === GOVERNOR)!.offices).toHaveLength(4);
    expect(members.find((m) => m.personId === MAYOR)!.offices.map((o) => o.committeeKey)).toEqual(["social", "legal"]);
  });

  it("Part A with B3: one vote per person — the governor chairing four groups counts once in N, the quorum and the majority", () => {
    const { members } = councilMembership(templateOffices, NONE);
    const base = votingBase(
      members.map(() => ({ voting: true, filled: true })),
      BYLAW_DEFAULT_RULES,
    );
    // Ten offices, six people: N = 6, quorum ⌈2·6/3⌉ = 4, majority ⌊6/2⌋+1 = 4 — not 10, 7 and 6.
    expect(base).toMatchObject({ members: 6, quorumRequired: 4, yesRequired: 4 });
  });

  it("Part A default: the chair is the person who chairs the most groups, the secretary is the physical group's secretary", () => {
    const result = councilMembership(templateOffices, NONE);
    expect(result).toMatchObject({ chairPersonId: GOVERNOR, secretaryPersonId: HERITAGE });
    expect(result.members.filter((m) => m.role !== "member").map((m) => [m.personId, m.role])).toEqual([
      [GOVERNOR, "chair"],
      [HERITAGE, "secretary"],
    ]);
  });

  it("Part A default: a tie for the most chairs goes to the chair of the physical group", () => {
    const offices = [
      office("social", "chair", JUSTICE, "Justice"),
      office("physical", "chair", GOVERNOR, "Governor"),
      office("physical", "secretary", HERITAGE, "Heritage"),
    ];
    expect(councilMembership(offices, NONE).chairPersonId).toBe(GOVERNOR);
  });

  it("Part A: the roster may name the chair and the secretary among the members", () => {
    const result = councilMembership(templateOffices, {
      namedChairPersonId: JUSTICE,
      namedSecretaryPersonId: MAYOR,
      electedSecretaryPersonId: null,
    });
    expect(result).toMatchObject({ chairPersonId: JUSTICE, secretaryPersonId: MAYOR });
    expect(result.members.find((m) => m.personId === GOVERNOR)!.role).toBe("member");
  });

  it("Part A: a named chair who no longer holds an office falls back to the default rule", () => {
    const result = councilMembership(templateOffices, {
      namedChairPersonId: 99,
      namedSecretaryPersonId: 98,
      electedSecretaryPersonId: null,
    });
    expect(result).toMatchObject({ chairPersonId: GOVERNOR, secretaryPersonId: HERITAGE });
  });

  it("B7 in the council: a secretary the members elected stays secretary while a member, unless the roster names one", () => {
    expect(councilMembership(templateOffices, { ...NONE, electedSecretaryPersonId: FINANCE }).secretaryPersonId).toBe(
      FINANCE,
    );
    expect(
      councilMembership(templateOffices, { ...NONE, namedSecretaryPersonId: MAYOR, electedSecretaryPersonId: FINANCE })
        .secretaryPersonId,
    ).toBe(MAYOR);
  });

  it("Part A: with no physical group's secretary the council has none until one is named or elected; its chair still convenes", () => {
    const offices = templateOffices.filter((o) => !(o.committeeKey === "physical" && o.role === "secretary"));
    expect(councilMembership(offices, NONE)).toMatchObject({ chairPersonId: GOVERNOR, secretaryPersonId: null });
  });

  it("Part A: one person holds one council role — a chair who is also the default secretary stays chair", () => {
    const offices = [
      office("physical", "chair", GOVERNOR, "Governor"),
      office("physical", "secretary", GOVERNOR, "Governor"),
      office("social", "chair", MAYOR, "Mayor"),
    ];
    const result = councilMembership(offices, NONE);
    expect(result).toMatchObject({ chairPersonId: GOVERNOR, secretaryPersonId: null });
    expect(result.members).toHaveLength(2);
  });

  it("B2 in the council: a member's term runs from their first office's start to their last office's end", () => {
    const offices = [
      office("physical", "chair", GOVERNOR, "Governor", "2027-05-01"),
      office("social", "chair", GOVERNOR, "Governor", "2028-03-01"),
    ];
    expect(councilMembership(offices, NONE).members[0]).toMatchObject({
      termStart: "2026-01-01",
      termEnd: "2028-03-01",
    });
  });

  it("names a council seat by the offices behind it, each title once", () => {
    const { members } = councilMembership(templateOffices, NONE);
    expect(councilSeatTitle(members.find((m) => m.personId === GOVERNOR)!, " / ")).toBe("Governor");
    const mayor = {
      offices: [office("social", "secretary", MAYOR, "Mayor"), office("legal", "secretary", MAYOR, "Mayor (legal)")],
    };
    expect(councilSeatTitle(mayor, " / ")).toBe("Mayor / Mayor (legal)");
  });
});

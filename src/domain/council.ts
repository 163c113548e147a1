/**
 * Part A: the coordination council (شورای تلفیق) is "the chair and the secretary of each working group". Its members
 * are the people holding those offices in the HQ's top-level working groups, each once however many offices they
 * hold: the governor who chairs four groups is one member with one vote, so B3's N counts people.
 *
 * The bylaw does not say who chairs the council or keeps its minutes. The roster may name both among the members;
 * otherwise the chair is the person who chairs the most groups (ties: the chair of the `physical` group, then the
 * earlier group) and the secretary is the secretary of the `physical` group. A secretary the council's members
 * elected (B7) stays secretary while still a member, unless the roster names another.
 */

/** One office in a top-level working group, held by a person (whatever the state of their term). */
export type GroupOffice = {
  committeeId: number;
  committeeKey: string;
  committeeTemplate: string | null;
  /** The group's place among the HQ's groups (roster order), for ties. */
  committeeOrder: number;
  role: "chair" | "secretary";
  personId: number;
  seatTitle: string;
  termStart: string;
  termEnd: string;
};

export type CouncilRole = "chair" | "secretary" | "member";

export type CouncilMember = {
  personId: number;
  role: CouncilRole;
  /** The offices that make this person a member, in group order. */
  offices: GroupOffice[];
  /**
   * The council membership's term follows the offices': from the earliest start to the latest end, so it lapses
   * (B2) exactly when the person's last office does.
   */
  termStart: string;
  termEnd: string;
};

export type CouncilChoice = {
  /** Named by the roster's council entry. */
  namedChairPersonId: number | null;
  namedSecretaryPersonId: number | null;
  /** Elected by the council's members (B7). */
  electedSecretaryPersonId: number | null;
};

export type CouncilMembership = {
  members: CouncilMember[];
  chairPersonId: number | null;
  secretaryPersonId: number | null;
};

const PHYSICAL = "physical";

function isPhysical(office: Pick<GroupOffice, "committeeKey" | "committeeTemplate">): boolean {
  return office.committeeTemplate === PHYSICAL || office.committeeKey === PHYSICAL;
}

export function councilMembership(offices: readonly GroupOffice[], choice: CouncilChoice): CouncilMembership {
  const ordered = [...offices].sort(
    (a, b) => a.committeeOrder - b.committeeOrder || (a.role === b.role ? 0 : a.role === "chair" ? -1 : 1),
  );
  const byPerson = new Map<number, GroupOffice[]>();
  for (const office of ordered) byPerson.set(office.personId, [...(byPerson.get(office.personId) ?? []), office]);
  const isMember = (id: number | null): id is number => id !== null && byPerson.has(id);

  const chairPersonId = isMember(choice.namedChairPersonId) ? choice.namedChairPersonId : defaultChair(ordered);
  const secretaryCandidate = isMember(choice.namedSecretaryPersonId)
    ? choice.namedSecretaryPersonId
    : isMember(choice.electedSecretaryPersonId)
      ? choice.electedSecretaryPersonId
      : (ordered.find((o) => o.role === "secretary" && isPhysical(o))?.personId ?? null);
  // One person, one seat, one role: a chair who is also the default secretary stays chair, and the council has no
  // secretary until the roster names one or the members elect one.
  const secretaryPersonId = secretaryCandidate === chairPersonId ? null : secretaryCandidate;

  const members = [...byPerson.entries()].map(([personId, held]): CouncilMember => {
    const role: CouncilRole =
      personId === chairPersonId ? "chair" : personId === secretaryPersonId ? "secretary" : "member";
    return {
      personId,
      role,
      offices: held,
      termStart: held.map((o) => o.termStart).sort()[0]!,
      termEnd: held
        .map((o) => o.termEnd)
        .sort()
        .at(-1)!,
    };
  });
  return { members, chairPersonId, secretaryPersonId };
}

/** The person who chairs the most groups; ties go to the chair of `physical`, then to the earlier group. */
function defaultChair(ordered: readonly GroupOffice[]): number | null {
  const chairs = ordered.filter((o) => o.role === "chair");
  if (chairs.length === 0) return null;
  const count = new Map<number, number>();
  for (const office of chairs) count.set(office.personId, (count.get(office.personId) ?? 0) + 1);
  const most = Math.max(...count.values());
  const tied = chairs.filter((o) => count.get(o.personId) === most);
  return (tied.find(isPhysical) ?? tied[0]!).personId;
}

/**
 * The council seat's title: what the person holds, in the groups' words (the governor's four chair seats read as
 * one "Governor or his deputy"), so the roll and the minutes say why they sit on the council.
 */
export function councilSeatTitle(member: Pick<CouncilMember, "offices">, separator: string): string {
  return [...new Set(member.offices.map((o) => o.seatTitle))].join(separator);
}

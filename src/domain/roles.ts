/** What a person may do follows from the seats they hold and whether they are HQ secretariat staff. */
export type Role = "staff" | "chair" | "secretary" | "member";

type HeldSeat = { role: "chair" | "secretary" | "member"; committeeId: number; hqId: number };
type CommitteeLike = { id: number; hqId: number; template: string | null; parentId: number | null; titleFa: string; titleEn: string };

export function rolesOf(seats: readonly HeldSeat[], isStaff: boolean): Set<Role> {
  const roles = new Set<Role>();
  if (isStaff) roles.add("staff");
  for (const seat of seats) {
    roles.add("member");
    if (seat.role !== "member") roles.add(seat.role);
  }
  return roles;
}

export type CouncilSeat = {
  councilId: number;
  councilTitle: { fa: string; en: string };
  asRole: "chair" | "secretary";
  ofCommitteeId: number;
};

/**
 * Part A: the coordination council's members are the chair and the secretary of each working group. Derived, never
 * typed twice: a top-level working group (no parent, or the council as parent) contributes its chair and secretary.
 */
export function councilSeatsOf(seats: readonly HeldSeat[], committees: readonly CommitteeLike[]): CouncilSeat[] {
  const byId = new Map(committees.map((c) => [c.id, c]));
  const result: CouncilSeat[] = [];
  for (const seat of seats) {
    if (seat.role === "member") continue;
    const committee = byId.get(seat.committeeId);
    if (!committee || committee.template === "council") continue;
    const council = committees.find((c) => c.hqId === seat.hqId && c.template === "council");
    if (!council) continue;
    if (committee.parentId !== null && committee.parentId !== council.id) continue;
    result.push({
      councilId: council.id,
      councilTitle: { fa: council.titleFa, en: council.titleEn },
      asRole: seat.role,
      ofCommitteeId: committee.id,
    });
  }
  return result;
}

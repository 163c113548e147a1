/** What a person may do follows from the seats they hold and whether they are HQ secretariat staff. */
export type Role = "staff" | "chair" | "secretary" | "member";

type HeldSeat = { role: "chair" | "secretary" | "member"; committeeId: number; hqId: number };

export function rolesOf(seats: readonly HeldSeat[], isStaff: boolean): Set<Role> {
  const roles = new Set<Role>();
  if (isStaff) roles.add("staff");
  for (const seat of seats) {
    roles.add("member");
    if (seat.role !== "member") roles.add(seat.role);
  }
  return roles;
}

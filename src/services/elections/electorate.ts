import { type SeatAttendanceRow, seatAttendance } from "../../db/queries/attendance.ts";
import type { Database } from "../../db/client.ts";
import type { CommitteeRow } from "../../db/queries/committees.ts";
import type { HeadquartersRow } from "../../db/queries/headquarters.ts";
import type { MeetingRow } from "../../db/queries/meetings.ts";
import { type SeatWithHolder, seatsWithHolders } from "../../db/queries/seats.ts";
import { type ElectionFloor, type ElectorSeat, electionFloor, type SecretarySeat } from "../../domain/election.ts";
import { resolveRules } from "../../domain/rules.ts";
import { isCurrentTerm, isoDayOf } from "../../domain/terms.ts";
import { filledSeats } from "../shared/invited-seats.ts";

/** The meeting in session as the election of its secretary sees it at one moment (B1, B2, B3, B7). */
export type Electorate = {
  attendance: SeatAttendanceRow[];
  /** The seats the meeting invited, with whether each can vote now: its N and its quorum come from these. */
  electors: ElectorSeat[];
  floor: ElectionFloor;
  /** The committee's own held seats, the chair's excepted, whose holder's order is in force: who may be elected. */
  candidates: SeatWithHolder[];
  /** The committee's secretary seat as it stands, or undefined when it has none. */
  secretary: SeatWithHolder | undefined;
  secretaryStanding: SecretarySeat;
  chair: SeatWithHolder | undefined;
};

/** `meeting` is null only for an election opened before elections belonged to a session: it has no electors. */
export async function electorateOf(
  db: Database,
  meeting: MeetingRow | null,
  committee: CommitteeRow,
  hq: HeadquartersRow,
  now: Date,
): Promise<Electorate> {
  const day = isoDayOf(meeting?.startsAt ?? now, hq.timezone);
  const attendance = meeting ? await seatAttendance(db, meeting.id) : [];
  const filled = await filledSeats(
    db,
    attendance.map((s) => ({ seatId: s.seatId, personId: s.holderPersonId })),
    day,
  );
  const electors = attendance.map(
    (s): ElectorSeat => ({ seatId: s.seatId, voting: s.seatVoting, filled: filled.has(s.seatId), present: s.present }),
  );
  const own = await seatsWithHolders(db, [committee.id]);
  const inTerm = (seat: SeatWithHolder) => seat.holder !== null && isCurrentTerm(seat.holder, day);
  const secretary = own.find((s) => s.role === "secretary");
  return {
    attendance,
    electors,
    floor: electionFloor(electors, resolveRules(committee.rules)),
    candidates: own.filter((s) => s.role !== "chair" && inTerm(s)),
    secretary,
    secretaryStanding: secretary ? { held: secretary.holder !== null, inTerm: inTerm(secretary) } : null,
    chair: own.find((s) => s.role === "chair" && s.holder),
  };
}

import type { Database } from "../../db/client.ts";
import { acceptedDelegatesOf } from "../../db/queries/delegations.ts";
import { findPersonById } from "../../db/queries/people.ts";
import { delegateRecipient, type SessionRecipient } from "../session/recipients.ts";
import type { Electorate } from "./electorate.ts";

/**
 * Who reads the election privately: the accepted delegates (B1), who are usually not in the group, and, when the group
 * has no chat, whoever speaks for each other filled voting seat. Who may actually vote is decided at the press.
 */
export async function ballotRecipients(
  db: Database,
  meetingId: number,
  e: Electorate,
  options: { groupHasChat: boolean },
): Promise<SessionRecipient[]> {
  const delegates = await acceptedDelegatesOf(db, meetingId);
  const recipients: SessionRecipient[] = delegates.map(delegateRecipient);
  if (!options.groupHasChat) {
    const represented = new Set(delegates.map((d) => d.seatId));
    const filled = new Set(e.electors.filter((s) => s.voting && s.filled).map((s) => s.seatId));
    const holders = e.attendance
      .filter((s) => filled.has(s.seatId) && !represented.has(s.seatId))
      .map((s) => s.holderPersonId!);
    for (const id of new Set(holders)) {
      const person = await findPersonById(db, id);
      if (person) recipients.push(person);
    }
  }
  const seen = new Set<number>();
  return recipients.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

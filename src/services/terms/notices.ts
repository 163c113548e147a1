import type { Database } from "../../db/client.ts";
import type { NewOutboxMessage } from "../../db/queries/outbox.ts";
import type { PersonRow } from "../../db/queries/people.ts";
import {
  answeringOfficer,
  currentStaffPeople,
  groupMessage,
  privateMessage,
  type Render,
} from "../shared/follow-through-messages.ts";
import type { SeatInHand } from "./access.ts";

/**
 * A change of appointment told to the HQ secretariat (its chat, or each other staff member without one) and to the
 * group's secretary (its chair while it has none), never twice to one person and not to the clerk who made it.
 * `personal` goes to the appointee or the outgoing holder instead of the general text.
 */
export async function appointmentNotices(
  tx: Database,
  inHand: SeatInHand,
  purpose: string,
  general: Render,
  personal?: { person: PersonRow | undefined; render: Render },
): Promise<NewOutboxMessage[]> {
  const { hq, committee, actor } = inHand;
  const base = { hqId: hq.id, purpose };
  const told = new Set<number>([actor.id]);
  const rows: NewOutboxMessage[] = [];
  if (personal?.person) {
    rows.push(...privateMessage(personal.person, hq.locale, base, personal.render));
    told.add(personal.person.id);
  }
  if (hq.secretariatChatId !== null) {
    rows.push(...groupMessage(hq.secretariatChatId, hq.locale, base, general));
  } else {
    for (const staff of await currentStaffPeople(tx, hq.id)) {
      if (told.has(staff.id)) continue;
      rows.push(...privateMessage(staff, hq.locale, base, general));
      told.add(staff.id);
    }
  }
  const officer = await answeringOfficer(tx, committee.id);
  if (officer && !told.has(officer.id)) rows.push(...privateMessage(officer, hq.locale, base, general));
  return rows;
}

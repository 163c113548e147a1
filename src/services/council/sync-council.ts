import type { Database } from "../../db/client.ts";
import {
  currentAppointment,
  endAppointment,
  insertAppointment,
  updateAppointmentTerm,
} from "../../db/queries/appointments.ts";
import { type AuditEntry, writeAudit } from "../../db/queries/audit.ts";
import { type CommitteeRow, listCommittees, lockCommittee } from "../../db/queries/committees.ts";
import { insertSeat, type SeatWithHolder, seatsWithHolders, updateSeat } from "../../db/queries/seats.ts";
import { type CouncilMember, councilMembership, councilSeatTitle, type GroupOffice } from "../../domain/council.ts";
import { listHeadquarters } from "../../db/queries/headquarters.ts";
import { type Actor, SYSTEM_ACTOR } from "../shared/deps.ts";

const TITLE_SEPARATOR = " / ";

/** The HQ's coordination council, if its roster has one. */
function councilOf(committees: readonly CommitteeRow[]): CommitteeRow | undefined {
  return committees.find((c) => c.template === "council" && c.endedAt === null);
}

/** Part A's "each working group": the HQ's groups that are not sub-groups (B5) of another group. */
function topLevelGroups(committees: readonly CommitteeRow[], council: CommitteeRow): CommitteeRow[] {
  return committees.filter(
    (c) => c.id !== council.id && c.endedAt === null && (c.parentId === null || c.parentId === council.id),
  );
}

export type CouncilChange = { action: string; seatId: number; details: Record<string, unknown> };

/**
 * Part A: makes the council's seats match the groups' officers as they are now — one seat per person, appointed for
 * as long as their offices run. Called in the same transaction as every change of a group's chair or secretary (the
 * roster import, /appoint, an invite link, an election), so membership follows from that moment. A person who left
 * keeps their ended seat and appointment, and meetings convened before keep the invitations they had: past meetings
 * keep who was a member then.
 */
export async function syncCouncil(db: Database, hqId: number, now: Date, actor: Actor): Promise<CouncilChange[]> {
  const committees = await listCommittees(db, hqId);
  const found = councilOf(committees);
  if (!found) return [];
  const council = (await lockCommittee(db, found.id))!;
  const groups = topLevelGroups(committees, council);
  const groupSeats = await seatsWithHolders(
    db,
    groups.map((g) => g.id),
  );
  const offices = officesOf(groups, groupSeats);
  const seats = await seatsWithHolders(db, [council.id]);
  const elected =
    seats.find((s) => s.role === "secretary" && s.roleElectedAt !== null && s.holder)?.holder?.personId ?? null;
  const membership = councilMembership(offices, {
    namedChairPersonId: council.namedChairPersonId,
    namedSecretaryPersonId: council.namedSecretaryPersonId,
    electedSecretaryPersonId: elected,
  });

  const changes: CouncilChange[] = [];
  const record = (action: string, seatId: number, details: Record<string, unknown>) =>
    changes.push({ action, seatId, details: { ...details, councilId: council.id } });

  const staying = new Set(membership.members.map((m) => m.personId));
  for (const seat of seats) {
    if (seat.holder && staying.has(seat.holder.personId)) continue;
    const appointment = await currentAppointment(db, seat.id);
    if (appointment) await endAppointment(db, appointment.id, now);
    await updateSeat(db, seat.id, { endedAt: now });
    record("council.member_left", seat.id, { personId: seat.holder?.personId ?? null, title: seat.title });
  }

  const titles = distinctTitles(membership.members, groupSeats);
  for (const [position, member] of membership.members.entries()) {
    const fields = { title: titles.get(member.personId)!, role: member.role, voting: true, position };
    const term = { termStart: member.termStart, termEnd: member.termEnd };
    const seat = seats.find((s) => s.holder?.personId === member.personId);
    if (!seat) {
      const created = await insertSeat(db, council.id, fields);
      await insertAppointment(db, { seatId: created.id, personId: member.personId, ...term, startedAt: now });
      record("council.member_joined", created.id, {
        personId: member.personId,
        role: member.role,
        offices: officeKeys(member),
        ...term,
      });
      continue;
    }
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => seat[key] !== fields[key]);
    const keepsElection = member.role === "secretary" && member.personId === elected;
    if (changed.length > 0) {
      await updateSeat(db, seat.id, { ...fields, ...(keepsElection ? {} : { roleElectedAt: null }) });
      record("council.seat_updated", seat.id, {
        personId: member.personId,
        changed,
        role: member.role,
        title: fields.title,
      });
    }
    if (seat.holder!.termStart !== term.termStart || seat.holder!.termEnd !== term.termEnd) {
      const appointment = (await currentAppointment(db, seat.id))!;
      await updateAppointmentTerm(db, appointment.id, term);
      record("council.term_followed", seat.id, { personId: member.personId, ...term });
    }
  }
  await writeAudit(
    db,
    changes.map(
      (change): AuditEntry => ({
        hqId,
        actorPersonId: actor.personId,
        actorTelegramId: actor.telegramId,
        action: change.action,
        subjectType: "seat",
        subjectId: change.seatId,
        details: change.details,
        at: now,
      }),
    ),
  );
  return changes;
}

function officesOf(groups: readonly CommitteeRow[], seats: readonly SeatWithHolder[]): GroupOffice[] {
  const order = new Map(groups.map((g, i) => [g.id, { index: i, group: g }]));
  return seats.flatMap((seat): GroupOffice[] => {
    if ((seat.role !== "chair" && seat.role !== "secretary") || !seat.holder) return [];
    const { index, group } = order.get(seat.committeeId)!;
    return [
      {
        committeeId: group.id,
        committeeKey: group.key,
        committeeTemplate: group.template,
        committeeOrder: index,
        role: seat.role,
        personId: seat.holder.personId,
        seatTitle: seat.title,
        termStart: seat.holder.termStart,
        termEnd: seat.holder.termEnd,
      },
    ];
  });
}

function officeKeys(member: CouncilMember): string[] {
  return member.offices.map((o) => `${o.committeeKey}:${o.role}`);
}

/**
 * Titles are unique among a committee's current seats: two people whose offices read alike (two seats both titled
 * "Governor or his deputy") are told apart by name.
 */
function distinctTitles(members: readonly CouncilMember[], seats: readonly SeatWithHolder[]): Map<number, string> {
  const plain = new Map(members.map((m) => [m.personId, councilSeatTitle(m, TITLE_SEPARATOR)]));
  const count = new Map<string, number>();
  for (const title of plain.values()) count.set(title, (count.get(title) ?? 0) + 1);
  const nameOf = new Map(seats.flatMap((s) => (s.holder ? [[s.holder.personId, s.holder.name] as const] : [])));
  return new Map(
    [...plain.entries()].map(([personId, title]) => [
      personId,
      count.get(title)! > 1 ? `${title} — ${nameOf.get(personId) ?? `#${personId}`}` : title,
    ]),
  );
}

/**
 * At start-up: a database written before the council had seats of its own (or changed by hand) gets them now; from
 * then on every change of a group's officers keeps them in step. Nothing is written when they already match.
 */
export async function syncAllCouncils(db: Database, now: Date): Promise<number> {
  let changed = 0;
  for (const hq of await listHeadquarters(db)) {
    changed += (await db.transaction((tx) => syncCouncil(tx, hq.id, now, SYSTEM_ACTOR))).length;
  }
  return changed;
}

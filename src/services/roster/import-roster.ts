import { COUNCIL_TEMPLATE, findTemplate } from "../../domain/bylaw-committees.ts";
import { type CalendarKind, calendarOfLocale, type LocalDate, localDateOf } from "../../domain/calendar.ts";
import { roleAfterImport } from "../../domain/election.ts";
import { type Roster, type RosterCommittee, type RosterMember, termOf, toIsoDate } from "../../domain/roster.ts";
import type { Database } from "../../db/client.ts";
import {
  currentAppointment,
  endAppointment,
  insertAppointment,
  updateAppointmentTerm,
} from "../../db/queries/appointments.ts";
import { type AuditEntry, writeAudit } from "../../db/queries/audit.ts";
import {
  type CommitteeRow,
  findCommitteeById,
  insertCommittee,
  listCommittees,
  updateCommittee,
} from "../../db/queries/committees.ts";
import {
  ensureStaff,
  endStaff,
  findHeadquartersByKey,
  type HeadquartersRow,
  insertHeadquarters,
  listCurrentStaff,
  updateHeadquarters,
} from "../../db/queries/headquarters.ts";
import {
  findPersonById,
  findPersonByTelegramId,
  insertPerson,
  type PersonRow,
  updatePerson,
} from "../../db/queries/people.ts";
import { insertSeat, listSeats, type SeatRowRole, type SeatRow, updateSeat } from "../../db/queries/seats.ts";
import { syncCouncil } from "../council/sync-council.ts";
import type { Actor, ServiceDeps } from "../shared/deps.ts";

export type RosterChange = {
  action: string;
  subjectType: string;
  subjectId: number | string;
  details?: Record<string, unknown>;
};
/**
 * What the clerk should read beside the count of changes: where the import did not simply follow the file, or undid
 * something the members decided (B7).
 */
export type RosterNotice = {
  kind: "elected_role_kept" | "elected_secretary_stands" | "elected_role_replaced";
  committee: { key: string; fa: string; en: string };
  seat: string;
  /** The seat's role after the import. */
  role: SeatRowRole;
  electedAt: Date;
  zone: string;
};
export type ImportReport = { hqKey: string; changes: RosterChange[]; notices: RosterNotice[] };

/**
 * Applies a validated roster in one transaction. Only differences are written, so importing the same file twice
 * changes nothing; what left the file is ended, never deleted, so history stays.
 */
export async function importRoster(deps: ServiceDeps, roster: Roster, actor: Actor): Promise<ImportReport> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const changes: RosterChange[] = [];
    const notices: RosterNotice[] = [];
    const run = new ImportRun(tx, now, changes, notices);
    const hq = await run.headquarters(roster.headquarters);
    await run.staff(hq, roster.headquarters.staff);
    const committeeIds = await run.committees(hq, roster.committees);
    // The council's seats are derived from the groups' officers (part A), below, not listed in the file; the people
    // it names as chair or secretary exist once the groups' seats are in.
    const groups = roster.committees.filter((c) => c.template !== "council");
    for (const committee of groups) await run.seats(hq, committeeIds.get(committee.key)!, committee);
    for (const council of roster.committees.filter((c) => c.template === "council")) {
      await run.councilChoice(committeeIds.get(council.key)!, council);
    }
    await writeAudit(
      tx,
      changes.map((change): AuditEntry => auditOf(change, hq.id, actor, now)),
    );
    // Its own audit rows; listed in the report so the clerk sees who joined or left the council.
    const council = await syncCouncil(tx, hq.id, now, actor);
    changes.push(
      ...council.map((change) => ({
        action: change.action,
        subjectType: "seat",
        subjectId: change.seatId,
        details: change.details,
      })),
    );
    return { hqKey: hq.key, changes, notices };
  });
}

function auditOf(change: RosterChange, hqId: number, actor: Actor, at: Date): AuditEntry {
  return {
    hqId,
    actorPersonId: actor.personId,
    actorTelegramId: actor.telegramId,
    action: change.action,
    subjectType: change.subjectType,
    subjectId: change.subjectId,
    details: { ...change.details, source: "roster import" },
    at,
  };
}

class ImportRun {
  constructor(
    private readonly db: Database,
    private readonly now: Date,
    private readonly changes: RosterChange[],
    private readonly notices: RosterNotice[],
  ) {}

  private record(action: string, subjectType: string, subjectId: number | string, details?: Record<string, unknown>) {
    this.changes.push({ action, subjectType, subjectId, details });
  }

  async headquarters(input: Roster["headquarters"]): Promise<HeadquartersRow> {
    const fields = {
      key: input.key,
      level: input.level,
      parentKey: input.parent ?? null,
      name: input.name,
      timezone: input.timezone,
      locale: input.locale,
      secretariatChatId: input.secretariat_chat_id ?? null,
    };
    const existing = await findHeadquartersByKey(this.db, input.key);
    if (!existing) {
      const created = await insertHeadquarters(this.db, fields);
      this.record("headquarters.created", "headquarters", created.id, { key: input.key });
      return created;
    }
    const changed = changedFields(existing, fields);
    if (changed.length > 0) {
      await updateHeadquarters(this.db, existing.id, fields, this.now);
      this.record("headquarters.updated", "headquarters", existing.id, { fields: changed });
    }
    return { ...existing, ...fields };
  }

  async staff(hq: HeadquartersRow, input: Roster["headquarters"]["staff"]): Promise<void> {
    const keep = new Set<number>();
    for (const entry of input) {
      const person = await this.person(entry.telegram_id, entry.name, entry.locale);
      keep.add(person.id);
      if (await ensureStaff(this.db, hq.id, person.id)) {
        this.record("staff.added", "person", person.id, { telegramId: entry.telegram_id });
      }
    }
    for (const current of await listCurrentStaff(this.db, hq.id)) {
      if (keep.has(current.personId)) continue;
      await endStaff(this.db, current.staffId, this.now);
      this.record("staff.ended", "person", current.personId);
    }
  }

  async committees(hq: HeadquartersRow, input: readonly RosterCommittee[]): Promise<Map<string, number>> {
    const existing = new Map((await listCommittees(this.db, hq.id, { includeEnded: true })).map((c) => [c.key, c]));
    const ids = new Map<string, number>();
    for (const committee of input) {
      const fields = committeeFields(committee);
      const current = existing.get(committee.key);
      if (!current) {
        const created = await insertCommittee(this.db, hq.id, fields);
        ids.set(committee.key, created.id);
        this.record("committee.created", "committee", created.id, { key: committee.key });
        continue;
      }
      ids.set(committee.key, current.id);
      const changed = changedFields(current, fields);
      if (current.endedAt !== null) changed.push("endedAt");
      if (changed.length > 0) {
        await updateCommittee(this.db, current.id, { ...fields, endedAt: null });
        this.record(current.endedAt ? "committee.restored" : "committee.updated", "committee", current.id, {
          fields: changed,
        });
      }
    }
    await this.linkParents(input, ids, existing);
    await this.endMissingCommittees(existing, ids);
    return ids;
  }

  private async linkParents(
    input: readonly RosterCommittee[],
    ids: Map<string, number>,
    existing: Map<string, CommitteeRow>,
  ) {
    for (const committee of input) {
      const id = ids.get(committee.key)!;
      const parentId = committee.parent === undefined ? null : ids.get(committee.parent)!;
      if ((existing.get(committee.key)?.parentId ?? null) === parentId) continue;
      await updateCommittee(this.db, id, { parentId });
      this.record("committee.parent_set", "committee", id, { parent: committee.parent ?? null });
    }
  }

  private async endMissingCommittees(existing: Map<string, CommitteeRow>, kept: Map<string, number>) {
    for (const committee of existing.values()) {
      if (kept.has(committee.key) || committee.endedAt !== null) continue;
      await updateCommittee(this.db, committee.id, { endedAt: this.now });
      this.record("committee.ended", "committee", committee.id, { key: committee.key });
      for (const seat of await listSeats(this.db, committee.id)) await this.endSeat(seat.id, seat.title);
    }
  }

  async seats(hq: HeadquartersRow, committeeId: number, committee: RosterCommittee): Promise<void> {
    const members = committee.members;
    const today = localDateOf(this.now, hq.timezone);
    const existing = new Map((await listSeats(this.db, committeeId, { includeEnded: true })).map((s) => [s.title, s]));
    const elected = await this.electedSecretary(members, [...existing.values()]);
    const kept = new Set<string>();
    for (const [position, member] of members.entries()) {
      kept.add(member.seat);
      const current = existing.get(member.seat);
      const role = current
        ? await this.roleOf(hq, committee, current, member, elected)
        : { role: member.role, elected: false };
      const fields = { title: member.seat, role: role.role, voting: member.voting, position };
      let seatId: number;
      if (!current) {
        seatId = (await insertSeat(this.db, committeeId, fields)).id;
        this.record("seat.created", "seat", seatId, { title: member.seat, role: member.role });
      } else {
        seatId = current.id;
        const changed = changedFields(current, fields);
        if (current.endedAt !== null) changed.push("endedAt");
        const electedMark = current.roleElectedAt !== null && !role.elected ? { roleElectedAt: null } : {};
        if ("roleElectedAt" in electedMark) changed.push("roleElectedAt");
        if (changed.length > 0) {
          await updateSeat(this.db, seatId, { ...fields, ...electedMark, endedAt: null });
          this.record(current.endedAt ? "seat.restored" : "seat.updated", "seat", seatId, { fields: changed });
        }
      }
      await this.appointment(seatId, member, today, calendarOfLocale(hq.locale));
    }
    for (const seat of existing.values()) {
      if (!kept.has(seat.title) && seat.endedAt === null) {
        await updateSeat(this.db, seat.id, { endedAt: this.now });
        await this.endSeat(seat.id, seat.title);
      }
    }
  }

  /** The chair and secretary the council entry names (validated against the file's officers), or none: the default rule. */
  async councilChoice(committeeId: number, committee: RosterCommittee): Promise<void> {
    const personOf = async (telegramId: number | undefined) =>
      telegramId === undefined ? null : ((await findPersonByTelegramId(this.db, telegramId))?.id ?? null);
    const fields = {
      namedChairPersonId: await personOf(committee.chair),
      namedSecretaryPersonId: await personOf(committee.secretary),
    };
    const current = (await findCommitteeById(this.db, committeeId))!;
    const changed = changedFields(current, fields);
    if (changed.length === 0) return;
    await updateCommittee(this.db, committeeId, fields);
    this.record("council.officers_named", "committee", committeeId, {
      chair: committee.chair ?? null,
      secretary: committee.secretary ?? null,
    });
  }

  /**
   * B7: the seat the members elected secretary, when the file keeps its holder there: while it stands, no file moves
   * the role (see roleAfterImport).
   */
  private async electedSecretary(members: RosterMember[], seats: SeatRow[]): Promise<SeatRow | undefined> {
    const seat = seats.find((s) => s.role === "secretary" && s.roleElectedAt !== null && s.endedAt === null);
    const member = seat && members.find((m) => m.seat === seat.title);
    return member && (await this.keepsHolder(seat.id, member)) ? seat : undefined;
  }

  /** The seat's role after this file (B7: see roleAfterImport), with a notice for the clerk when an elected role is involved. */
  private async roleOf(
    hq: HeadquartersRow,
    committee: RosterCommittee,
    seat: SeatRow,
    member: RosterMember,
    elected: SeatRow | undefined,
  ) {
    const isElected = seat.roleElectedAt !== null;
    if (!isElected && !(member.role === "secretary" && elected)) return { role: member.role, elected: false };
    const sameHolder = isElected ? await this.keepsHolder(seat.id, member) : true;
    const decided = roleAfterImport(
      { role: seat.role, elected: isElected },
      { role: member.role, sameHolder, electedSecretaryStays: elected !== undefined },
    );
    const electedAt = seat.roleElectedAt ?? elected?.roleElectedAt;
    if (decided.notice && electedAt) {
      const title = committeeFields(committee);
      this.notices.push({
        kind: decided.notice,
        committee: { key: committee.key, fa: title.titleFa, en: title.titleEn },
        seat: seat.title,
        role: decided.role,
        electedAt,
        zone: hq.timezone,
      });
    }
    return decided;
  }

  /** Whether the seat's current holder still holds it once this entry is applied (see appointment below). */
  private async keepsHolder(seatId: number, member: RosterMember): Promise<boolean> {
    if (member.vacant) return false;
    const current = await currentAppointment(this.db, seatId);
    if (!current) return false;
    if (member.telegram_id === undefined) return true;
    return (await findPersonById(this.db, current.personId))?.telegramId === member.telegram_id;
  }

  private async endSeat(seatId: number, title: string) {
    const holder = await currentAppointment(this.db, seatId);
    if (holder) {
      await endAppointment(this.db, holder.id, this.now);
      this.record("appointment.ended", "appointment", holder.id, { seatId, personId: holder.personId });
    }
    this.record("seat.ended", "seat", seatId, { title });
  }

  /** `calendar`: the HQ's, in which an order without a term_start is written (B2 counts its two years there). */
  private async appointment(
    seatId: number,
    member: RosterMember,
    today: LocalDate,
    calendar: CalendarKind,
  ): Promise<void> {
    const current = await currentAppointment(this.db, seatId);
    if (member.vacant) {
      if (current) {
        await endAppointment(this.db, current.id, this.now);
        this.record("appointment.ended", "appointment", current.id, { seatId, personId: current.personId });
      }
      return;
    }
    if (member.telegram_id === undefined) return; // joins, or joined, by invite link
    const person = await this.person(member.telegram_id, member.name ?? member.seat, member.locale);
    const term = termOf(member, today, calendar);
    const termFields = { termStart: toIsoDate(term.start), termEnd: toIsoDate(term.end) };
    if (current && current.personId === person.id) {
      // An entry without term dates keeps the term already on record (e.g. from the invite link).
      if (member.term_start === undefined) return;
      if (current.termStart === termFields.termStart && current.termEnd === termFields.termEnd) return;
      await updateAppointmentTerm(this.db, current.id, termFields);
      this.record("appointment.term_changed", "appointment", current.id, termFields);
      return;
    }
    if (current) {
      await endAppointment(this.db, current.id, this.now);
      this.record("appointment.ended", "appointment", current.id, { seatId, personId: current.personId });
    }
    const created = await insertAppointment(this.db, {
      seatId,
      personId: person.id,
      ...termFields,
      startedAt: this.now,
    });
    this.record("appointment.created", "appointment", created.id, { seatId, personId: person.id, ...termFields });
  }

  private async person(telegramId: number, name: string, locale: "fa" | "en" | undefined): Promise<PersonRow> {
    const existing = await findPersonByTelegramId(this.db, telegramId);
    if (!existing) {
      const created = await insertPerson(this.db, { telegramId, name, locale: locale ?? null });
      this.record("person.created", "person", created.id, { telegramId });
      return created;
    }
    const fields = { name, ...(locale ? { locale } : {}) };
    const changed = changedFields(existing, fields);
    if (changed.length === 0) return existing;
    await updatePerson(this.db, existing.id, fields);
    this.record("person.updated", "person", existing.id, { fields: changed });
    return { ...existing, ...fields };
  }
}

function committeeFields(committee: RosterCommittee) {
  const template =
    committee.template === "council"
      ? COUNCIL_TEMPLATE
      : committee.template
        ? findTemplate(committee.template)
        : undefined;
  return {
    key: committee.key,
    template: committee.template ?? null,
    titleFa: committee.title?.fa ?? template!.title.fa,
    titleEn: committee.title?.en ?? template!.title.en,
    chatId: committee.chat_id ?? null,
    rules: (committee.rules ?? {}) as Record<string, unknown>,
  };
}

/** Names of the fields whose value differs; jsonb and dates compared by their JSON form. */
function changedFields<T extends object>(current: T, next: Partial<T>): string[] {
  return Object.entries(next)
    .filter(([key, value]) => JSON.stringify(current[key as keyof T]) !== JSON.stringify(value))
    .map(([key]) => key);
}

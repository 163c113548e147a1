import type { Database } from "../../db/client.ts";
import { type CommitteeRow, findCommitteeById } from "../../db/queries/committees.ts";
import { type FieldVisitRow, lockFieldVisit } from "../../db/queries/field-visits.ts";
import { findHeadquartersById, type HeadquartersRow } from "../../db/queries/headquarters.ts";
import type { NewOutboxMessage } from "../../db/queries/outbox.ts";
import { formatDate, formatDateShort } from "../../domain/calendar.ts";
import { hasTime } from "../../domain/follow-through.ts";
import type { Locale } from "../../domain/text.ts";
import type { Translate } from "../shared/deps.ts";
import { groupMessage, membersOf, privateMessage, type Render, titleIn } from "../shared/follow-through-messages.ts";
import { when } from "../shared/meeting-text.ts";

export type VisitFacts = { visit: FieldVisitRow; committee: CommitteeRow; hq: HeadquartersRow };

/** The visit, locked for the decision at hand, with its group and HQ. */
export async function loadVisit(tx: Database, visitId: number): Promise<VisitFacts | undefined> {
  const visit = await lockFieldVisit(tx, visitId);
  if (!visit) return undefined;
  const committee = (await findCommitteeById(tx, visit.committeeId))!;
  const hq = (await findHeadquartersById(tx, visit.hqId))!;
  return { visit, committee, hq };
}

/** The visit's time in the reader's calendar; a visit planned without a time shows its day only. */
export function visitWhen(t: Translate, locale: Locale, startsAt: Date, zone: string): string {
  if (hasTime(startsAt, zone)) return when(t, locale, startsAt, zone);
  if (locale === "fa") return formatDate(startsAt, "fa", zone);
  return t("en", "meeting-when-en", {
    gregorian: formatDate(startsAt, "en", zone),
    jalali: formatDateShort(startsAt, "fa", zone),
  });
}

/** Group, time, place and purpose, one line each, as every visit message shows them. */
export function visitFactLines(
  t: Translate,
  locale: Locale,
  facts: VisitFacts,
  startsAt: Date = facts.visit.startsAt,
): string[] {
  return [
    t(locale, "meeting-committee", { committee: titleIn(facts.committee, locale), hq: facts.hq.name }),
    t(locale, "meeting-time", { when: visitWhen(t, locale, startsAt, facts.hq.timezone) }),
    t(locale, "meeting-place", { place: facts.visit.place }),
    t(locale, "visit-purpose", { purpose: facts.visit.purpose }),
  ];
}

/** Every member privately, in their language, and the group's chat: who hears of an approved visit. */
export async function visitMembersMessages(
  tx: Database,
  facts: VisitFacts,
  purpose: string,
  render: Render,
): Promise<{ rows: NewOutboxMessage[]; members: number }> {
  const { committee, hq } = facts;
  const base = { hqId: hq.id, purpose };
  const members = await membersOf(tx, committee.id);
  const rows = members.flatMap((person) => privateMessage(person, hq.locale, base, render));
  rows.push(...groupMessage(committee.chatId, hq.locale, base, render));
  return { rows, members: members.length };
}

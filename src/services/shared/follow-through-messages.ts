import type { Database } from "../../db/client.ts";
import type { CommitteeRow } from "../../db/queries/committees.ts";
import { listCurrentStaff } from "../../db/queries/headquarters.ts";
import type { NewOutboxMessage } from "../../db/queries/outbox.ts";
import { findPersonById, type PersonRow } from "../../db/queries/people.ts";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import type { Locale } from "../../domain/text.ts";
import { localeOfRecipient } from "./meeting-text.ts";

export type Render = (locale: Locale) => { text: string; replyMarkup?: unknown };
type Base = { hqId: number; purpose: string };

/** One private message in the recipient's language; nothing for someone the bot cannot reach by id. */
export function privateMessage(
  person: PersonRow | undefined,
  hqLocale: string,
  base: Base,
  render: Render,
): NewOutboxMessage[] {
  if (!person?.telegramId) return [];
  const { text, replyMarkup } = render(localeOfRecipient(person, hqLocale));
  return [
    {
      ...base,
      chatId: person.telegramId,
      personId: person.id,
      payload: { method: "sendMessage", text, ...(replyMarkup ? { replyMarkup } : {}) },
    },
  ];
}

/** A message to a group (committee chat, HQ secretariat) in the HQ's language. */
export function groupMessage(chatId: number | null, hqLocale: Locale, base: Base, render: Render): NewOutboxMessage[] {
  if (chatId === null) return [];
  const { text, replyMarkup } = render(hqLocale);
  return [{ ...base, chatId, payload: { method: "sendMessage", text, ...(replyMarkup ? { replyMarkup } : {}) } }];
}

/**
 * A question for the HQ's staff (B5, B15): each staff member privately with the decision buttons (`choices`, one row,
 * labelled in the member's language), and the HQ secretariat chat a copy without buttons, for the record.
 */
export function staffDecisionMessages(
  staff: PersonRow[],
  hq: { id: number; locale: Locale; secretariatChatId: number | null },
  purpose: string,
  text: (locale: Locale) => string,
  choices: { label: (locale: Locale) => string; data: string }[],
): NewOutboxMessage[] {
  const base = { hqId: hq.id, purpose };
  const replyMarkup = (locale: Locale) => ({
    inline_keyboard: [choices.map((choice) => ({ text: choice.label(locale), callback_data: choice.data }))],
  });
  return [
    ...staff.flatMap((person) =>
      privateMessage(person, hq.locale, base, (locale) => ({ text: text(locale), replyMarkup: replyMarkup(locale) })),
    ),
    ...groupMessage(hq.secretariatChatId, hq.locale, base, (locale) => ({ text: text(locale) })),
  ];
}

export async function currentStaffPeople(db: Database, hqId: number): Promise<PersonRow[]> {
  const staff = await listCurrentStaff(db, hqId);
  const people = await Promise.all(staff.map((s) => findPersonById(db, s.personId)));
  return people.filter((p) => p !== undefined);
}

export async function isStaffOf(db: Database, personId: number, hqId: number): Promise<boolean> {
  return (await listCurrentStaff(db, hqId)).some((s) => s.personId === personId);
}

/** Who answers for the group between meetings: its secretary, or its chair while no secretary holds a seat. */
export async function answeringOfficer(db: Database, committeeId: number): Promise<PersonRow | undefined> {
  const seats = await seatsWithHolders(db, [committeeId]);
  const holder =
    seats.find((s) => s.role === "secretary" && s.holder)?.holder ??
    seats.find((s) => s.role === "chair" && s.holder)?.holder;
  return holder ? findPersonById(db, holder.personId) : undefined;
}

/** Everyone holding a seat of the committee, once each. */
export async function membersOf(db: Database, committeeId: number): Promise<PersonRow[]> {
  const ids = new Set(
    (await seatsWithHolders(db, [committeeId])).flatMap((s) => (s.holder ? [s.holder.personId] : [])),
  );
  const people = await Promise.all([...ids].map((id) => findPersonById(db, id)));
  return people.filter((p) => p !== undefined);
}

export function titleIn(committee: Pick<CommitteeRow, "titleFa" | "titleEn">, locale: Locale): string {
  return locale === "en" ? committee.titleEn : committee.titleFa;
}

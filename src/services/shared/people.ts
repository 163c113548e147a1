import type { Database } from "../../db/client.ts";
import { staffHeadquartersOf } from "../../db/queries/headquarters.ts";
import { findPersonByTelegramId, insertPerson, type PersonRow, updatePerson } from "../../db/queries/people.ts";
import { type SeatHolding, seatsHeldBy } from "../../db/queries/seats.ts";
import { type Role, rolesOf } from "../../domain/roles.ts";
import type { Locale } from "../../domain/text.ts";
import type { ServiceDeps } from "./deps.ts";
import { redeliverParked } from "../convening/redeliver.ts";

export type TelegramUser = { id: number; first_name: string; last_name?: string; language_code?: string };

export function displayName(user: TelegramUser): string {
  return [user.first_name, user.last_name].filter(Boolean).join(" ").trim() || String(user.id);
}

/** The person opened the bot: from now on Telegram lets us message them. */
export async function upsertStartedPerson(db: Database, user: TelegramUser, now: Date): Promise<PersonRow> {
  const existing = await findPersonByTelegramId(db, user.id);
  const telegramLanguage = user.language_code ?? null;
  if (!existing) {
    return insertPerson(db, { telegramId: user.id, name: displayName(user), telegramLanguage, startedAt: now });
  }
  const fields = {
    startedAt: existing.startedAt ?? now,
    blockedAt: null,
    telegramLanguage: telegramLanguage ?? existing.telegramLanguage,
  };
  await updatePerson(db, existing.id, fields);
  return { ...existing, ...fields };
}

/** /start: anything that waited for the person (refused with 403 before they opened the bot) goes out, up to date. */
export async function registerStart(deps: ServiceDeps, user: TelegramUser): Promise<PersonRow> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const person = await upsertStartedPerson(tx, user, now);
    await redeliverParked(tx, deps, person.id, now);
    return person;
  });
}

export async function setPersonLocale(deps: ServiceDeps, user: TelegramUser, locale: Locale): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const person = await upsertStartedPerson(tx, user, now);
    await updatePerson(tx, person.id, { locale });
  });
}

export type Profile = {
  person: PersonRow;
  seats: SeatHolding[];
  staffOf: { hqId: number; key: string; name: string }[];
  roles: Set<Role>;
};

/**
 * Everything a person holds: seats and secretariat roles, across HQs. A seat on the coordination council is a seat
 * like any other (kept in step with the groups' officers by services/council), so it is listed with the rest.
 */
export async function profileOf(db: Database, person: PersonRow): Promise<Profile> {
  const seats = await seatsHeldBy(db, person.id);
  const staffOf = (await staffHeadquartersOf(db, person.id)).map((hq) => ({ hqId: hq.id, key: hq.key, name: hq.name }));
  return { person, seats, staffOf, roles: rolesOf(seats, staffOf.length > 0) };
}

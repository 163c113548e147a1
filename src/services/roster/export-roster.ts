import { toJalali } from "../../domain/calendar.ts";
import type { Database } from "../../db/client.ts";
import { type CommitteeRow, listCommittees } from "../../db/queries/committees.ts";
import { findHeadquartersByKey, listCurrentStaff } from "../../db/queries/headquarters.ts";
import { findPersonById } from "../../db/queries/people.ts";
import { type SeatWithHolder, seatsWithHolders } from "../../db/queries/seats.ts";

export class UnknownHeadquartersError extends Error {
  constructor(readonly key: string) {
    super(`unknown headquarters "${key}"`);
  }
}

/**
 * The current roster of one HQ in the import format, so export → edit → import is the way to change it.
 * Dates are written in the HQ's own calendar (Jalali for a Persian HQ); import accepts either.
 */
export async function exportRoster(db: Database, hqKey: string): Promise<Record<string, unknown>> {
  const hq = await findHeadquartersByKey(db, hqKey);
  if (!hq) throw new UnknownHeadquartersError(hqKey);
  const committees = await listCommittees(db, hq.id);
  const seats = await seatsWithHolders(
    db,
    committees.map((c) => c.id),
  );
  const keyOfId = new Map(committees.map((c) => [c.id, c.key]));
  const staff = await listCurrentStaff(db, hq.id);
  const writeDate = (iso: string) => (hq.locale === "fa" ? jalaliText(iso) : iso);

  const committeeEntries = [];
  for (const committee of committees) {
    if (committee.template === "council") {
      committeeEntries.push(await councilEntry(db, committee, seats));
      continue;
    }
    const members = [];
    for (const seat of seats.filter((s) => s.committeeId === committee.id)) {
      const holder = seat.holder;
      const person = holder ? await findPersonById(db, holder.personId) : undefined;
      members.push(
        compact({
          seat: seat.title,
          role: seat.role,
          voting: seat.voting ? undefined : false,
          telegram_id: holder?.telegramId ?? undefined,
          name: holder?.name,
          locale: person?.locale ?? undefined,
          term_start: holder ? writeDate(holder.termStart) : undefined,
          term_end: holder ? writeDate(holder.termEnd) : undefined,
        }),
      );
    }
    committeeEntries.push(
      compact({
        key: committee.key,
        template: committee.template ?? undefined,
        title: { fa: committee.titleFa, en: committee.titleEn },
        chat_id: committee.chatId ?? undefined,
        parent: committee.parentId === null ? undefined : keyOfId.get(committee.parentId),
        rules: Object.keys(committee.rules).length > 0 ? committee.rules : undefined,
        members,
      }),
    );
  }
  return {
    headquarters: compact({
      key: hq.key,
      level: hq.level,
      parent: hq.parentKey ?? undefined,
      name: hq.name,
      timezone: hq.timezone,
      locale: hq.locale,
      secretariat_chat_id: hq.secretariatChatId ?? undefined,
      staff: staff.map((s) =>
        compact({ telegram_id: s.telegramId ?? undefined, name: s.name, locale: s.locale ?? undefined }),
      ),
    }),
    committees: committeeEntries,
  };
}

function jalaliText(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const j = toJalali({ year, month, day });
  return `${j.jy}-${String(j.jm).padStart(2, "0")}-${String(j.jd).padStart(2, "0")}`;
}

function compact<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * Part A: the council's members are derived, so the file lists none; it shows them under `derived_members`, which
 * import reads past, and names the chair and secretary only when the roster chose them.
 */
async function councilEntry(db: Database, council: CommitteeRow, seats: readonly SeatWithHolder[]) {
  const telegramOf = async (personId: number | null) =>
    personId === null ? undefined : ((await findPersonById(db, personId))?.telegramId ?? undefined);
  return compact({
    key: council.key,
    template: "council",
    title: { fa: council.titleFa, en: council.titleEn },
    chat_id: council.chatId ?? undefined,
    rules: Object.keys(council.rules).length > 0 ? council.rules : undefined,
    chair: await telegramOf(council.namedChairPersonId),
    secretary: await telegramOf(council.namedSecretaryPersonId),
    members: [],
    derived_members: seats
      .filter((seat) => seat.committeeId === council.id && seat.holder)
      .map((seat) =>
        compact({
          telegram_id: seat.holder!.telegramId ?? undefined,
          name: seat.holder!.name,
          role: seat.role,
          holds: seat.title,
        }),
      ),
  });
}

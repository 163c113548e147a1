import type { Database } from "../../db/client.ts";
import { listCommittees } from "../../db/queries/committees.ts";
import { staffHeadquartersOf } from "../../db/queries/headquarters.ts";
import { type ResolutionRow, resolutionsInStatus, resolutionsOfCommittees } from "../../db/queries/resolutions.ts";
import { committeesLedBy, committeesOf } from "../shared/officers.ts";

/** `/decisions`: the resolutions of every committee the person sits on, or of every committee of the HQs they staff. */
export async function decisionsFor(
  db: Database,
  personId: number,
): Promise<{ committeeTitle: { fa: string; en: string }; rows: ResolutionRow[] }[]> {
  const seats = await committeesOf(db, personId);
  const titles = new Map(seats.map((s) => [s.committeeId, { fa: s.committeeTitleFa, en: s.committeeTitleEn }]));
  for (const hq of await staffHeadquartersOf(db, personId)) {
    for (const c of await listCommittees(db, hq.id)) titles.set(c.id, { fa: c.titleFa, en: c.titleEn });
  }
  const rows = await resolutionsOfCommittees(db, [...titles.keys()]);
  return [...titles.entries()]
    .map(([id, committeeTitle]) => ({ committeeTitle, rows: rows.filter((r) => r.committeeId === id) }))
    .filter((group) => group.rows.length > 0);
}

/** Approved resolutions the person, as secretary or chair, may give an owner and a due date. */
export async function assignableFor(db: Database, personId: number, now: Date): Promise<ResolutionRow[]> {
  const led = [...new Set((await committeesLedBy(db, personId, now)).map((s) => s.committeeId))];
  const lists = await Promise.all(led.map((id) => resolutionsInStatus(db, id, ["approved", "in_progress", "blocked"])));
  return lists.flat();
}

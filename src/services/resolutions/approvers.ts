import type { Database } from "../../db/client.ts";
import {
  findHeadquartersById,
  findHeadquartersByKey,
  type HeadquartersRow,
  listCurrentStaff,
  listHeadquarters,
} from "../../db/queries/headquarters.ts";
import { approvingHqKey } from "../../domain/resolution-status.ts";

/** B11: the provincial HQ when the county has one (imported), otherwise the county's own HQ. */
export async function approvingHq(db: Database, hqId: number): Promise<HeadquartersRow> {
  const hq = (await findHeadquartersById(db, hqId))!;
  const keys = new Set((await listHeadquarters(db)).map((h) => h.key));
  return (await findHeadquartersByKey(db, approvingHqKey(hq, keys)))!;
}

export async function isApprover(db: Database, personId: number, hqId: number): Promise<boolean> {
  const approver = await approvingHq(db, hqId);
  return (await listCurrentStaff(db, approver.id)).some((s) => s.personId === personId);
}

import { eq } from "drizzle-orm";
import type { Database } from "../client.ts";
import { people } from "../schema.ts";
import type { Locale } from "../../domain/text.ts";

export type PersonRow = typeof people.$inferSelect;

export async function findPersonByTelegramId(db: Database, telegramId: number): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(people).where(eq(people.telegramId, telegramId));
  return row;
}

export async function findPersonById(db: Database, id: number): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row;
}

export async function insertPerson(
  db: Database,
  fields: {
    telegramId: number | null;
    name: string;
    locale?: Locale | null;
    telegramLanguage?: string | null;
    startedAt?: Date | null;
  },
): Promise<PersonRow> {
  const [row] = await db.insert(people).values(fields).returning();
  return row!;
}

export async function updatePerson(
  db: Database,
  id: number,
  fields: Partial<Pick<PersonRow, "name" | "locale" | "telegramLanguage" | "startedAt" | "blockedAt">>,
): Promise<void> {
  await db.update(people).set(fields).where(eq(people.id, id));
}

import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../client.ts";
import { auditLog } from "../schema.ts";

export type AuditEntry = {
  hqId: number | null;
  actorPersonId?: number | null;
  actorTelegramId?: number | null;
  action: string;
  subjectType: string;
  subjectId?: string | number | null;
  details?: Record<string, unknown>;
  at: Date;
};

export async function writeAudit(db: Database, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await db.insert(auditLog).values(
    list.map((entry) => ({
      hqId: entry.hqId,
      actorPersonId: entry.actorPersonId ?? null,
      actorTelegramId: entry.actorTelegramId ?? null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId === undefined || entry.subjectId === null ? null : String(entry.subjectId),
      details: entry.details ?? {},
      at: entry.at,
    })),
  );
}

export async function listAudit(db: Database, filter: { hqId?: number; action?: string; limit?: number } = {}) {
  const conditions = [
    filter.hqId === undefined ? undefined : eq(auditLog.hqId, filter.hqId),
    filter.action === undefined ? undefined : eq(auditLog.action, filter.action),
  ];
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit ?? 100);
}

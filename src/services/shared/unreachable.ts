import { writeAudit } from "../../db/queries/audit.ts";
import { findMeeting } from "../../db/queries/meetings.ts";
import { enqueueMessages } from "../../db/queries/outbox.ts";
import { findPersonById, updatePerson } from "../../db/queries/people.ts";
import type { MessageKey, ServiceDeps } from "./deps.ts";
import { localeOfRecipient } from "./meeting-text.ts";

export type ParkedMessage = {
  id: number;
  personId: number | null;
  purpose: string;
  meetingId?: number | null;
  hqId: number | null;
};

/**
 * Telegram refused a message to a person (never opened the bot, or blocked it). The person is marked, and for a
 * meeting invitation the secretary who convened is told, so someone can reach them another way.
 */
const unreachableKeys: Record<"not_started" | "blocked", MessageKey> = {
  not_started: "unreachable-not-started",
  blocked: "unreachable-blocked",
};

export async function reportUnreachable(
  deps: ServiceDeps,
  row: ParkedMessage,
  reason: "not_started" | "blocked",
): Promise<void> {
  if (row.personId === null) return;
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const person = await findPersonById(tx, row.personId!);
    if (!person) return;
    // Someone who never opened the bot was already named to the secretary when the meeting was convened.
    const alreadyReported = reason === "not_started" && person.startedAt === null;
    if (reason === "blocked") await updatePerson(tx, person.id, { blockedAt: now });
    else if (person.startedAt) await updatePerson(tx, person.id, { startedAt: null });
    await writeAudit(tx, {
      hqId: row.hqId,
      action: "delivery.unreachable",
      subjectType: "person",
      subjectId: person.id,
      details: { reason, outboxId: row.id, purpose: row.purpose },
      at: now,
    });
    if (alreadyReported || row.purpose !== "invitation" || !row.meetingId) return;
    const meeting = await findMeeting(tx, row.meetingId);
    const convener = meeting ? await findPersonById(tx, meeting.convenedByPersonId) : undefined;
    if (!meeting || !convener?.telegramId || convener.id === person.id) return;
    const locale = localeOfRecipient(convener, "fa");
    await enqueueMessages(tx, [
      {
        chatId: convener.telegramId,
        personId: convener.id,
        hqId: row.hqId,
        meetingId: meeting.id,
        purpose: "unreachable_notice",
        payload: { method: "sendMessage", text: deps.t(locale, unreachableKeys[reason], { name: person.name }) },
      },
    ]);
  });
}

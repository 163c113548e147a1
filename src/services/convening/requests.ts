import { writeAudit } from "../../db/queries/audit.ts";
import { findCommitteeById } from "../../db/queries/committees.ts";
import { findHeadquartersById } from "../../db/queries/headquarters.ts";
import {
  insertMeetingRequest,
  lockMeetingRequest,
  type MeetingRequestRow,
  updateMeetingRequest,
} from "../../db/queries/meeting-requests.ts";
import { enqueueMessages, type NewOutboxMessage } from "../../db/queries/outbox.ts";
import { findPersonById } from "../../db/queries/people.ts";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { requestDecisionKeyboard } from "./buttons.ts";
import { localeOfRecipient } from "../shared/meeting-text.ts";
import { leads, sitsOn } from "../shared/officers.ts";

export const REQUEST_REASON_MAX = 1000;

export type RequestResult =
  | { kind: "sent"; request: MeetingRequestRow; officers: number }
  | { kind: "not_member" }
  | { kind: "reason_required" }
  | { kind: "too_long"; max: number };

/** B4: any member may ask for a meeting; the secretary and the chair get the request with Convene / Decline. */
export async function requestMeeting(
  deps: ServiceDeps,
  personId: number,
  committeeId: number,
  reason: string,
): Promise<RequestResult> {
  const text = reason.trim();
  if (!text) return { kind: "reason_required" };
  if (text.length > REQUEST_REASON_MAX) return { kind: "too_long", max: REQUEST_REASON_MAX };
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<RequestResult> => {
    if (!(await sitsOn(tx, personId, committeeId))) return { kind: "not_member" };
    const committee = (await findCommitteeById(tx, committeeId))!;
    const hq = (await findHeadquartersById(tx, committee.hqId))!;
    const requester = (await findPersonById(tx, personId))!;
    const request = await insertMeetingRequest(tx, {
      hqId: hq.id,
      committeeId,
      personId,
      reason: text,
      createdAt: now,
    });
    const officers = (await seatsWithHolders(tx, [committeeId])).filter(
      (s) => (s.role === "secretary" || s.role === "chair") && s.holder?.telegramId && s.holder.personId !== personId,
    );
    const rows: NewOutboxMessage[] = [];
    for (const seat of officers) {
      const person = (await findPersonById(tx, seat.holder!.personId))!;
      const locale = localeOfRecipient(person, hq.locale);
      rows.push({
        chatId: seat.holder!.telegramId!,
        personId: person.id,
        hqId: hq.id,
        purpose: "meeting_request",
        payload: {
          method: "sendMessage",
          text: deps.t(locale, "request-for-officer", {
            name: requester.name,
            committee: locale === "en" ? committee.titleEn : committee.titleFa,
            reason: text,
          }),
          replyMarkup: requestDecisionKeyboard(deps.t, locale, request.id),
        },
      });
    }
    await enqueueMessages(tx, rows);
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "meeting_request.created",
      subjectType: "meeting_request",
      subjectId: request.id,
      at: now,
    });
    return { kind: "sent", request, officers: rows.length };
  });
}

export type RequestDecision =
  | { kind: "declined" }
  | { kind: "open"; request: MeetingRequestRow }
  | { kind: "already_decided"; status: MeetingRequestRow["status"] }
  | { kind: "not_officer" }
  | { kind: "unknown_request" };

/** Reads an open request for an officer about to convene for it (the convening closes it). */
export async function openRequestFor(deps: ServiceDeps, personId: number, requestId: number): Promise<RequestDecision> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<RequestDecision> => {
    const request = await lockMeetingRequest(tx, requestId);
    if (!request) return { kind: "unknown_request" };
    if (!(await leads(tx, personId, request.committeeId, now))) return { kind: "not_officer" };
    if (request.status !== "open") return { kind: "already_decided", status: request.status };
    return { kind: "open", request };
  });
}

export async function declineRequest(deps: ServiceDeps, personId: number, requestId: number): Promise<RequestDecision> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<RequestDecision> => {
    const request = await lockMeetingRequest(tx, requestId);
    if (!request) return { kind: "unknown_request" };
    if (!(await leads(tx, personId, request.committeeId, now))) return { kind: "not_officer" };
    if (request.status !== "open") return { kind: "already_decided", status: request.status };
    await updateMeetingRequest(tx, requestId, { status: "declined", decidedByPersonId: personId, decidedAt: now });
    const requester = (await findPersonById(tx, request.personId))!;
    const committee = (await findCommitteeById(tx, request.committeeId))!;
    const hq = (await findHeadquartersById(tx, request.hqId))!;
    if (requester.telegramId) {
      const locale = localeOfRecipient(requester, hq.locale);
      await enqueueMessages(tx, [
        {
          chatId: requester.telegramId,
          personId: requester.id,
          hqId: hq.id,
          purpose: "request_outcome",
          payload: {
            method: "sendMessage",
            text: deps.t(locale, "request-declined-notice", {
              committee: locale === "en" ? committee.titleEn : committee.titleFa,
            }),
          },
        },
      ]);
    }
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "meeting_request.declined",
      subjectType: "meeting_request",
      subjectId: requestId,
      at: now,
    });
    return { kind: "declined" };
  });
}

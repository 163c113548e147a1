import { type LapsedOrder, officerRefusal } from "../shared/officers.ts";
import { createHash } from "node:crypto";
import type { Database } from "../../db/client.ts";
import { lockChainHead, writeAudit } from "../../db/queries/audit.ts";
import { chainOf } from "../../domain/audit-chain.ts";
import { findCommitteeById } from "../../db/queries/committees.ts";
import { scheduleJob } from "../../db/queries/jobs.ts";
import { findMeeting, invitationsOf } from "../../db/queries/meetings.ts";
import { findHeadquartersById } from "../../db/queries/headquarters.ts";
import {
  findMinutes,
  findVersion,
  insertMinutes,
  insertReceipt,
  insertVersion,
  lockMinutes,
  type MinutesRow,
  type MinutesVersionRow,
  minutesOfMeeting,
  receiptsOf,
  updateMinutes,
  versionsOf,
} from "../../db/queries/minutes.ts";
import { enqueueMessages, type NewOutboxMessage } from "../../db/queries/outbox.ts";
import { findPersonById } from "../../db/queries/people.ts";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import { citeRule, type RuleCitation } from "../../domain/rule-source.ts";
import { minutesDeadline, resolveRules } from "../../domain/rules.ts";
import { citationVariables } from "../shared/rule-citation.ts";
import { localizeDigits } from "../../domain/text.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { localeOfRecipient, when } from "../shared/meeting-text.ts";
import { submitForApproval } from "../resolutions/resolutions.ts";
import { factsForMinutes, type MeetingFactsForMinutes } from "./record.ts";
import { renderMinutes, type Signature } from "./render.ts";
import { ackKeyboard, draftKeyboard, pdfKeyboard } from "./buttons.ts";
import { type MinutesPdfFile, pdfOfSigning } from "./pdf.ts";
import { plannedJob } from "../shared/job-kinds.ts";

export const MINUTES_NOTE_MAX = 2000;
export const MINUTES_FREE_TEXT_MAX = 20_000;
const HOUR = 60 * 60 * 1000;

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function minutesNumber(minutesId: number, version: number): string {
  return `${minutesId}/${version}`;
}

/**
 * B9: who may edit and sign: the secretary; the chair only while the secretary's seat is vacant.
 */
export async function maySign(db: Database, personId: number, committeeId: number): Promise<boolean> {
  return (await signingRole(db, personId, committeeId)) !== null;
}

export async function signingRole(
  db: Database,
  personId: number,
  committeeId: number,
): Promise<"secretary" | "chair" | null> {
  const seats = await seatsWithHolders(db, [committeeId]);
  const secretary = seats.find((s) => s.role === "secretary");
  if (secretary?.holder) return secretary.holder.personId === personId ? "secretary" : null;
  return seats.some((s) => s.role === "chair" && s.holder?.personId === personId) ? "chair" : null;
}

/**
 * When a session ends the bylaw's clock starts: a draft for the secretary, reminders at 24 h and 40 h, and the
 * overdue notice at 48 h (jobs, so a restart changes nothing). Called inside the transaction that ends the meeting.
 */
export async function openMinutes(
  tx: Database,
  deps: ServiceDeps,
  meetingId: number,
  endedAt: Date,
): Promise<MinutesRow | undefined> {
  const meeting = await findMeeting(tx, meetingId);
  if (!meeting) return undefined;
  const committee = (await findCommitteeById(tx, meeting.committeeId))!;
  const rules = resolveRules(committee.rules);
  const created = await insertMinutes(tx, {
    hqId: meeting.hqId,
    committeeId: meeting.committeeId,
    meetingId,
    dueAt: minutesDeadline(endedAt, rules),
  });
  if (!created) return minutesOfMeeting(tx, meetingId);
  const hours = rules.minutesHours;
  for (const at of [Math.round(hours / 2), Math.round((hours * 5) / 6)]) {
    await scheduleJob(
      tx,
      plannedJob(
        "minutes_reminder",
        { minutesId: created.id, hours: at },
        new Date(endedAt.getTime() + at * HOUR),
        `minutes:${created.id}:${at}h`,
      ),
    );
  }
  await scheduleJob(
    tx,
    plannedJob("minutes_overdue", { minutesId: created.id }, created.dueAt, `minutes:${created.id}:overdue`),
  );
  await enqueueMessages(tx, await draftToSigner(tx, deps, created));
  await writeAudit(tx, {
    hqId: meeting.hqId,
    action: "minutes.draft_opened",
    subjectType: "minutes",
    subjectId: created.id,
    details: { meetingId, dueAt: created.dueAt.toISOString() },
    at: endedAt,
  });
  return created;
}

async function signerOf(db: Database, committeeId: number) {
  const seats = await seatsWithHolders(db, [committeeId]);
  const seat =
    seats.find((s) => s.role === "secretary" && s.holder) ?? seats.find((s) => s.role === "chair" && s.holder);
  return seat?.holder ? findPersonById(db, seat.holder.personId) : undefined;
}

/** B9's hours as this committee applies them: the bylaw's 48, or its own profile's (then said to be the group's). */
export async function minutesClockOf(db: Database, committeeId: number): Promise<RuleCitation<"minutesHours">> {
  const committee = await findCommitteeById(db, committeeId);
  return citeRule(resolveRules(committee?.rules), "minutesHours");
}

async function draftToSigner(db: Database, deps: ServiceDeps, row: MinutesRow): Promise<NewOutboxMessage[]> {
  const signer = await signerOf(db, row.committeeId);
  const facts = await factsForMinutes(db, row.meetingId);
  if (!signer?.telegramId || !facts) return [];
  const locale = localeOfRecipient(signer, facts.hqLocale);
  const text = [
    deps.t(locale, "minutes-draft-ready", {
      due: when(deps.t, locale, row.dueAt, facts.zone),
      ...citationVariables(await minutesClockOf(db, row.committeeId), locale),
    }),
    "",
    renderMinutes(deps.t, facts, row, null),
  ].join("\n");
  return [
    {
      chatId: signer.telegramId,
      personId: signer.id,
      hqId: row.hqId,
      meetingId: row.meetingId,
      purpose: "minutes_draft",
      payload: { method: "sendMessage", text, replyMarkup: draftKeyboard(deps.t, locale, row.id) },
    },
  ];
}

export type DraftView =
  | { kind: "draft"; minutes: MinutesRow; facts: MeetingFactsForMinutes; text: string; versions: MinutesVersionRow[] }
  | { kind: "not_signer" }
  | { kind: "unknown" };

/** The current draft as the secretary sees it (the facts are re-read: a late check-in correction shows up). */
export async function viewDraft(
  db: Database,
  t: ServiceDeps["t"],
  personId: number,
  minutesId: number,
): Promise<DraftView> {
  const row = await findMinutes(db, minutesId);
  if (!row) return { kind: "unknown" };
  if (!(await maySign(db, personId, row.committeeId))) return { kind: "not_signer" };
  const facts = (await factsForMinutes(db, row.meetingId))!;
  return {
    kind: "draft",
    minutes: row,
    facts,
    text: renderMinutes(t, facts, row, null),
    versions: await versionsOf(db, row.id),
  };
}

export type EditResult =
  | { kind: "saved" }
  | { kind: "not_signer" }
  | { kind: "unknown" }
  | { kind: "too_long"; max: number }
  | { kind: "no_such_item" }
  | { kind: "empty" };

export async function editMinutes(
  deps: ServiceDeps,
  personId: number,
  minutesId: number,
  edit:
    | { kind: "item_note"; position: number; note: string }
    | { kind: "replace_text"; text: string }
    | { kind: "add_lines"; text: string },
): Promise<EditResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<EditResult> => {
    const row = await lockMinutes(tx, minutesId);
    if (!row) return { kind: "unknown" };
    if (!(await maySign(tx, personId, row.committeeId))) return { kind: "not_signer" };
    const text = (edit.kind === "item_note" ? edit.note : edit.text).trim();
    if (edit.kind === "item_note") {
      if (text.length > MINUTES_NOTE_MAX) return { kind: "too_long", max: MINUTES_NOTE_MAX };
      const facts = (await factsForMinutes(tx, row.meetingId))!;
      if (!facts.agenda.some((item) => item.position === edit.position)) return { kind: "no_such_item" };
      const itemNotes = { ...row.itemNotes };
      if (text && text !== "-") itemNotes[String(edit.position)] = text;
      else delete itemNotes[String(edit.position)];
      await updateMinutes(tx, row.id, { itemNotes, updatedAt: now });
    } else {
      if (edit.kind === "add_lines" && !text) return { kind: "empty" };
      const freeText = edit.kind === "replace_text" ? text : [row.freeText.trim(), text].filter(Boolean).join("\n");
      if (freeText.length > MINUTES_FREE_TEXT_MAX) return { kind: "too_long", max: MINUTES_FREE_TEXT_MAX };
      await updateMinutes(tx, row.id, { freeText, updatedAt: now });
    }
    await writeAudit(tx, {
      hqId: row.hqId,
      actorPersonId: personId,
      action: `minutes.${edit.kind}`,
      subjectType: "minutes",
      subjectId: row.id,
      at: now,
    });
    return { kind: "saved" };
  });
}

export type SignResult =
  | { kind: "signed"; version: MinutesVersionRow; number: string; recipients: number; late: boolean }
  | { kind: "not_signer" }
  /** B2: the signer's own appointment order is not in force today. */
  | { kind: "order_not_in_force"; lapsed: LapsedOrder }
  | { kind: "unknown" }
  | { kind: "meeting_not_ended" }
  | { kind: "correction_note_required"; number: string };

/**
 * B9 sign and send: freezes the minutes as a numbered version, stores its SHA-256, the signer and the time, and in
 * the same transaction sends it to every member privately, the group chat and the HQ secretariat. Signing again
 * after a correction makes a new version that says what it supersedes.
 */
export async function signMinutes(
  deps: ServiceDeps,
  personId: number,
  minutesId: number,
  correctionNote?: string,
): Promise<SignResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<SignResult> => {
    const row = await lockMinutes(tx, minutesId);
    if (!row) return { kind: "unknown" };
    const role = await signingRole(tx, personId, row.committeeId);
    if (!role) return { kind: "not_signer" };
    // B2: signed minutes are an official record; a signer whose order has lapsed signs nothing until reappointed.
    const lapsed = (await officerRefusal(tx, personId, row.committeeId, now))?.lapsed;
    if (lapsed) return { kind: "order_not_in_force", lapsed };
    const meeting = (await findMeeting(tx, row.meetingId))!;
    if (meeting.status !== "ended") return { kind: "meeting_not_ended" };
    const facts = (await factsForMinutes(tx, row.meetingId))!;
    const previous = (await versionsOf(tx, row.id)).at(-1);
    const signer = (await findPersonById(tx, personId))!;
    // Locked from here to commit: the head the text records is the HQ's last entry before this signing wrote any.
    const auditHead = (await lockChainHead(tx, chainOf(row.hqId))).hash;
    const versionNumber = (previous?.version ?? 0) + 1;
    const number = minutesNumber(row.id, versionNumber);
    const note = correctionNote?.trim() || null;
    // A signed version stands; a new one is a correction and must say what it corrects.
    if (previous && !note) return { kind: "correction_note_required", number: minutesNumber(row.id, previous.version) };
    const signature: Signature = {
      number,
      signerName: signer.name,
      signerRole: role,
      signedAt: now,
      supersedes: previous ? minutesNumber(row.id, previous.version) : null,
      correctionNote: note,
      auditHead,
    };
    const text = renderMinutes(deps.t, facts, row, signature);
    const version = await insertVersion(tx, {
      minutesId: row.id,
      version: versionNumber,
      text,
      sha256: sha256Hex(text),
      signedByPersonId: personId,
      signedAt: now,
      supersedesVersionId: previous?.id ?? null,
      correctionNote: note,
      auditHead,
    });
    // The printed minutes are laid out from the same facts, notes and signature as the text just hashed.
    const pdf = await pdfOfSigning(tx, deps.t, { facts, notes: row, signature, sha256: version.sha256 });
    const messages = await signedCopies(tx, deps, row, version, number, facts, pdf);
    await enqueueMessages(tx, messages);
    // B11: the decisions go to the approving HQ once the minutes that record them are signed.
    if (!previous) {
      await updateMinutes(tx, row.id, { signedAt: now });
      await submitForApproval(tx, deps, row.meetingId, number, now);
    }
    const late = now > row.dueAt;
    await writeAudit(tx, {
      hqId: row.hqId,
      actorPersonId: personId,
      action: "minutes.signed",
      subjectType: "minutes_version",
      subjectId: version.id,
      details: { minutesId: row.id, version: versionNumber, sha256: version.sha256, late, auditHead },
      at: now,
    });
    return { kind: "signed", version, number, recipients: messages.length, late };
  });
}

async function signedCopies(
  db: Database,
  deps: ServiceDeps,
  row: MinutesRow,
  version: MinutesVersionRow,
  number: string,
  facts: MeetingFactsForMinutes,
  pdf: MinutesPdfFile,
): Promise<NewOutboxMessage[]> {
  const meeting = (await findMeeting(db, row.meetingId))!;
  const committee = (await findCommitteeById(db, row.committeeId))!;
  const base = { hqId: row.hqId, meetingId: row.meetingId, purpose: "minutes_signed" };
  const wrap = (locale: "fa" | "en") =>
    [
      deps.t(locale, "minutes-signed-header", {
        number: localizeDigits(number, locale),
        committee: facts.committeeTitle[locale],
      }),
      "",
      version.text,
      "",
      deps.t(locale, "minutes-hash-footer", { hash: version.sha256, number: localizeDigits(number, locale) }),
    ].join("\n");
  const rows: NewOutboxMessage[] = [];
  for (const invitation of await invitationsOf(db, meeting.id)) {
    if (invitation.personId === null || invitation.personTelegramId === null) continue;
    const locale = localeOfRecipient(
      { locale: invitation.personLocale, telegramLanguage: invitation.personTelegramLanguage },
      facts.hqLocale,
    );
    rows.push({
      ...base,
      chatId: invitation.personTelegramId,
      personId: invitation.personId,
      payload: { method: "sendMessage", text: wrap(locale), replyMarkup: ackKeyboard(deps.t, locale, version.id) },
    });
  }
  const shared: number[] = [];
  if (committee.chatId !== null) shared.push(committee.chatId);
  const hqRow = await findHeadquartersById(db, facts.hqId);
  if (hqRow?.secretariatChatId) shared.push(hqRow.secretariatChatId);
  for (const chatId of shared) {
    rows.push({
      ...base,
      chatId,
      payload: {
        method: "sendMessage",
        text: wrap(facts.hqLocale),
        replyMarkup: pdfKeyboard(deps.t, facts.hqLocale, version.id),
      },
    });
    // The exact signed text as a file too, so a copy can be checked byte for byte against the hash.
    rows.push({
      ...base,
      chatId,
      payload: {
        method: "sendDocument",
        filename: `minutes-${number.replace("/", "-")}.txt`,
        content: Buffer.from(version.text, "utf8").toString("base64"),
        caption: deps.t(facts.hqLocale, "minutes-file-caption", { number: localizeDigits(number, facts.hqLocale) }),
      },
    });
    // B9's printable minutes, the same record laid out on A4 with the hash on every page.
    rows.push({
      ...base,
      chatId,
      payload: {
        method: "sendDocument",
        filename: pdf.filename,
        content: pdf.content.toString("base64"),
        caption: deps.t(facts.hqLocale, "minutes-pdf-caption", { number: localizeDigits(number, facts.hqLocale) }),
      },
    });
  }
  return rows;
}

export type AckResult = { kind: "acknowledged"; first: boolean } | { kind: "not_recipient" } | { kind: "unknown" };

/** "Acknowledge receipt" on a member's copy. */
export async function acknowledgeMinutes(deps: ServiceDeps, personId: number, versionId: number): Promise<AckResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<AckResult> => {
    const version = await findVersion(tx, versionId);
    if (!version) return { kind: "unknown" };
    const row = (await findMinutes(tx, version.minutesId))!;
    const invited = (await invitationsOf(tx, row.meetingId)).some((i) => i.personId === personId);
    if (!invited) return { kind: "not_recipient" };
    const first = await insertReceipt(tx, versionId, personId, now);
    if (first)
      await writeAudit(tx, {
        hqId: row.hqId,
        actorPersonId: personId,
        action: "minutes.acknowledged",
        subjectType: "minutes_version",
        subjectId: versionId,
        at: now,
      });
    return { kind: "acknowledged", first };
  });
}

export type ReceiptsView =
  | { kind: "receipts"; number: string; acknowledged: string[]; pending: string[] }
  | { kind: "not_signer" }
  | { kind: "unknown" };

export async function receiptsView(db: Database, personId: number, versionId: number): Promise<ReceiptsView> {
  const version = await findVersion(db, versionId);
  if (!version) return { kind: "unknown" };
  const row = (await findMinutes(db, version.minutesId))!;
  if (!(await maySign(db, personId, row.committeeId))) return { kind: "not_signer" };
  const done = new Set((await receiptsOf(db, versionId)).map((r) => r.personId));
  const people = (await invitationsOf(db, row.meetingId)).filter((i) => i.personId !== null);
  return {
    kind: "receipts",
    number: minutesNumber(row.id, version.version),
    acknowledged: people.filter((p) => done.has(p.personId!)).map((p) => p.personName ?? p.seatTitle),
    pending: people.filter((p) => !done.has(p.personId!)).map((p) => p.personName ?? p.seatTitle),
  };
}

/** Checked before the edit form opens: only the signer may edit. */
export async function mayEditMinutes(db: Database, personId: number, minutesId: number): Promise<boolean> {
  const row = await findMinutes(db, minutesId);
  return row !== undefined && (await maySign(db, personId, row.committeeId));
}

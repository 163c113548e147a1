import { formatDate, formatDateTime, formatTime } from "../../domain/calendar.ts";
import { type Locale, localizeDigits } from "../../domain/text.ts";
import type { Translate } from "../shared/deps.ts";
import { electionMinutesLines } from "../elections/minutes-record.ts";
import type { MeetingFactsForMinutes } from "./record.ts";

export type MinutesNotes = { itemNotes: Record<string, string>; freeText: string };
export type Signature = {
  number: string;
  signerName: string;
  signerRole: "secretary" | "chair";
  signedAt: Date;
  supersedes: string | null;
  correctionNote: string | null;
  /** The HQ's audit chain head at signing: in the signed text, so every member's copy anchors the log to this point. */
  auditHead?: string | null;
};

/**
 * The minutes as one plain text in the HQ's language: the official record. Structured facts come from the
 * meeting's record; only the notes are the secretary's. The signed text is exactly what is hashed.
 */
export function renderMinutes(
  t: Translate,
  facts: MeetingFactsForMinutes,
  notes: MinutesNotes,
  signature: Signature | null,
): string {
  const locale: Locale = facts.hqLocale;
  const n = (value: number) => localizeDigits(String(value), locale);
  const lines: string[] = [];
  lines.push(
    t(locale, signature ? "minutes-title" : "minutes-draft-title", { committee: facts.committeeTitle[locale] }),
    facts.hqName,
  );
  if (signature) lines.push(t(locale, "minutes-number", { number: localizeDigits(signature.number, locale) }));
  if (signature?.supersedes)
    lines.push(
      t(locale, "minutes-supersedes", {
        number: localizeDigits(signature.supersedes, locale),
        note: signature.correctionNote ?? "",
      }),
    );
  const held = facts.startedAt ?? facts.startsAt;
  lines.push(
    t(locale, "minutes-when", {
      date: formatDate(held, locale, facts.zone),
      start: formatTime(held, locale, facts.zone),
      end: facts.endedAt ? formatTime(facts.endedAt, locale, facts.zone) : "—",
    }),
    t(locale, "meeting-place", { place: facts.place ?? t(locale, "meeting-place-unset") }),
    "",
    t(locale, "minutes-present", {
      present: n(facts.quorum.presentVoting),
      seats: n(facts.quorum.votingSeats),
      required: n(facts.quorum.quorumRequired),
      quorate: facts.quorum.quorate ? "yes" : "no",
    }),
  );
  facts.present.forEach((p, i) => {
    const who = p.delegate
      ? t(locale, "minutes-by-delegate", { delegate: p.delegate, member: p.name ?? "—" })
      : (p.name ?? "—");
    const notes = presenceNotes(t, locale, p, facts.zone);
    lines.push(`${n(i + 1)}. ${p.seatTitle} — ${who}${notes.map((note) => ` ${note}`).join("")}`);
  });
  lines.push("", t(locale, "minutes-absent"));
  if (facts.absent.length === 0) lines.push(t(locale, "minutes-none"));
  for (const a of facts.absent) lines.push(`• ${a.seatTitle} — ${a.name ?? t(locale, "rsvps-vacant")}`);
  lines.push("", t(locale, "minutes-guests"));
  if (facts.guests.length === 0) lines.push(t(locale, "minutes-none"));
  for (const g of facts.guests) lines.push(`• ${g.agency} — ${g.name ?? "—"} ${t(locale, "minutes-without-vote")}`);
  lines.push("", t(locale, "meeting-agenda-title"));
  if (facts.agenda.length === 0) lines.push(t(locale, "meeting-agenda-empty"));
  for (const item of facts.agenda) {
    lines.push(`${n(item.position)}. ${item.text}`);
    const note = notes.itemNotes[String(item.position)];
    if (note) lines.push(`   ${t(locale, "minutes-item-note", { note })}`);
  }
  lines.push("", t(locale, "minutes-votes"));
  if (facts.votes.length === 0) lines.push(t(locale, "minutes-none"));
  facts.votes.forEach((v, i) => {
    lines.push(
      `${n(i + 1)}. ${v.question}${v.secret ? ` ${t(locale, "minutes-secret")}` : ""}`,
      `   ${t(locale, "minutes-vote-result", {
        yes: n(v.yes),
        no: n(v.no),
        abstain: n(v.abstain),
        threshold: n(v.threshold),
        seats: n(v.votingSeats),
        rule: t(locale, `minutes-rule-${v.majority}`),
        decision: v.decision,
        present: n(v.presentVoting ?? 0),
        required: n(v.quorumRequired ?? 0),
      })}`,
    );
  });
  lines.push(...electionMinutesLines(t, locale, facts.elections ?? []));
  if (notes.freeText.trim()) lines.push("", t(locale, "minutes-notes"), notes.freeText.trim());
  if (signature) {
    lines.push(
      "",
      t(locale, "minutes-signature", {
        name: signature.signerName,
        role: t(locale, "role-name", { role: signature.signerRole }),
        at: formatDateTime(signature.signedAt, locale, facts.zone),
      }),
    );
    if (signature.auditHead) lines.push(t(locale, "minutes-audit-head", { hash: signature.auditHead }));
  }
  return lines.join("\n");
}

/** What the minutes say beside a present seat: no vote, took the seat back from a delegate, left early. */
export function presenceNotes(
  t: Translate,
  locale: Locale,
  p: MeetingFactsForMinutes["present"][number],
  zone: string,
): string[] {
  return [
    p.voting ? null : t(locale, "minutes-without-vote"),
    p.tookBackFrom
      ? t(locale, "minutes-took-back", {
          delegate: p.tookBackFrom.delegate ?? "—",
          time: p.tookBackFrom.at ? formatTime(p.tookBackFrom.at, locale, zone) : "—",
        })
      : null,
    p.left ? t(locale, "minutes-left-early") : null,
  ].filter((note) => note !== null);
}

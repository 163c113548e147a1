import { formatDate, formatDateTime, formatTime } from "../domain/calendar.ts";
import { type Locale, localizeDigits } from "../domain/text.ts";
import type { Translate } from "../services/shared/deps.ts";
import { electionMinutesLines } from "../services/elections/minutes-record.ts";
import type { MeetingFactsForMinutes } from "../services/minutes/record.ts";
import { type MinutesNotes, presenceNotes, type Signature } from "../services/minutes/render.ts";
import { PageFlow } from "./page-flow.ts";

/** A decision of the meeting as followed up: who carries it out and by when (either may still be unassigned). */
export type ResolutionForMinutes = { text: string; owner: string | null; due: string | null };

/**
 * Everything the printed minutes show: the same facts, notes and signature the signed text was rendered from, its
 * SHA-256 (the hash /verify checks), and the resolutions with their owners and due dates as they stand.
 */
export type SignedMinutesRecord = {
  facts: MeetingFactsForMinutes;
  notes: MinutesNotes;
  signature: Signature;
  sha256: string;
  resolutions: ResolutionForMinutes[];
};

export function minutesPdfName(number: string): string {
  return `minutes-${number.replace("/", "-")}.pdf`;
}

/**
 * B9's signed minutes on A4 in the HQ's language: Persian right to left with Jalali dates, English left to right
 * with Gregorian ones, the same layout. Every page's footer carries the page number and the signed text's hash.
 */
export async function minutesPdf(t: Translate, record: SignedMinutesRecord): Promise<Buffer> {
  const { facts, notes, signature } = record;
  const locale: Locale = facts.hqLocale;
  const n = (value: number) => localizeDigits(String(value), locale);
  const number = localizeDigits(signature.number, locale);
  const title = t(locale, "minutes-title", { committee: facts.committeeTitle[locale] });
  const flow = await PageFlow.open(locale === "fa" ? "rtl" : "ltr", {
    title,
    author: facts.hqName,
    date: signature.signedAt,
  });

  flow.paragraph(facts.hqName, { size: 15, weight: "bold", align: "center" });
  flow.paragraph(title, { size: 13, weight: "bold", align: "center" });
  flow.paragraph(t(locale, "minutes-number", { number }), { align: "center" });
  if (signature.supersedes)
    flow.paragraph(
      t(locale, "minutes-supersedes", {
        number: localizeDigits(signature.supersedes, locale),
        note: signature.correctionNote ?? "",
      }),
      { align: "center" },
    );
  flow.space(8);
  const held = facts.startedAt ?? facts.startsAt;
  flow.paragraph(
    t(locale, "minutes-when", {
      date: formatDate(held, locale, facts.zone),
      start: formatTime(held, locale, facts.zone),
      end: facts.endedAt ? formatTime(facts.endedAt, locale, facts.zone) : "—",
    }),
  );
  flow.paragraph(t(locale, "meeting-place", { place: facts.place ?? t(locale, "meeting-place-unset") }));

  flow.heading(t(locale, "minutes-pdf-attendance"));
  flow.paragraph(
    t(locale, "minutes-present", {
      present: n(facts.quorum.presentVoting),
      seats: n(facts.quorum.votingSeats),
      required: n(facts.quorum.quorumRequired),
      quorate: facts.quorum.quorate ? "yes" : "no",
    }),
  );
  flow.space(4);
  flow.table(
    [
      { title: t(locale, "minutes-pdf-col-row"), share: 0.6 },
      { title: t(locale, "minutes-pdf-col-seat"), share: 3.2 },
      { title: t(locale, "minutes-pdf-col-person"), share: 2.4 },
      { title: t(locale, "minutes-pdf-col-status"), share: 3.4 },
    ],
    attendanceRows(t, locale, facts).map((row, i) => [n(i + 1), ...row]),
  );

  flow.heading(t(locale, "meeting-agenda-title"));
  if (facts.agenda.length === 0) flow.paragraph(t(locale, "meeting-agenda-empty"));
  for (const item of facts.agenda) {
    flow.paragraph(`${n(item.position)}. ${item.text}`);
    const note = notes.itemNotes[String(item.position)];
    if (note) flow.paragraph(t(locale, "minutes-item-note", { note }), { color: "#333333" });
  }

  flow.heading(t(locale, "minutes-pdf-votes"));
  if (facts.votes.length === 0) flow.paragraph(t(locale, "minutes-none"));
  else
    flow.table(
      [
        { title: t(locale, "minutes-pdf-col-row"), share: 0.6 },
        { title: t(locale, "minutes-pdf-col-question"), share: 3.6 },
        { title: t(locale, "minutes-pdf-col-yes"), share: 0.9 },
        { title: t(locale, "minutes-pdf-col-no"), share: 0.9 },
        { title: t(locale, "minutes-pdf-col-abstain"), share: 0.9 },
        { title: t(locale, "minutes-pdf-col-threshold"), share: 2 },
        { title: t(locale, "minutes-pdf-col-outcome"), share: 1.6 },
      ],
      facts.votes.map((v, i) => [
        n(i + 1),
        `${v.question}${v.secret ? ` ${t(locale, "minutes-secret")}` : ""}`,
        n(v.yes),
        n(v.no),
        n(v.abstain),
        t(locale, "minutes-pdf-threshold", {
          threshold: n(v.threshold),
          seats: n(v.votingSeats),
          rule: v.majority === "strict" ? t(locale, "minutes-rule-strict") : t(locale, "minutes-rule-absolute"),
        }),
        t(locale, "minutes-pdf-outcome", {
          decision: v.decision,
          present: n(v.presentVoting ?? 0),
          required: n(v.quorumRequired ?? 0),
        }),
      ]),
      { size: 9 },
    );

  const elections = electionMinutesLines(t, locale, facts.elections ?? []).filter((line) => line !== "");
  if (elections.length > 0) {
    flow.heading(elections[0]!);
    for (const line of elections.slice(1)) flow.paragraph(line);
  }

  flow.heading(t(locale, "minutes-pdf-resolutions"));
  if (record.resolutions.length === 0) flow.paragraph(t(locale, "minutes-none"));
  else
    flow.table(
      [
        { title: t(locale, "minutes-pdf-col-row"), share: 0.6 },
        { title: t(locale, "minutes-pdf-col-resolution"), share: 4.4 },
        { title: t(locale, "minutes-pdf-col-owner"), share: 2.4 },
        { title: t(locale, "minutes-pdf-col-due"), share: 2.2 },
      ],
      record.resolutions.map((r, i) => [
        n(i + 1),
        r.text,
        r.owner ?? t(locale, "minutes-pdf-unassigned"),
        r.due ?? t(locale, "minutes-pdf-unassigned"),
      ]),
    );

  if (notes.freeText.trim()) {
    flow.heading(t(locale, "minutes-pdf-notes"));
    flow.paragraph(notes.freeText.trim());
  }

  flow.heading(t(locale, "minutes-pdf-signature"));
  flow.paragraph(
    t(locale, "minutes-signature", {
      name: signature.signerName,
      role: t(locale, "role-name", { role: signature.signerRole }),
      at: formatDateTime(signature.signedAt, locale, facts.zone),
    }),
  );
  if (signature.auditHead)
    flow.paragraph(t(locale, "minutes-audit-head", { hash: signature.auditHead }), { size: 8, color: "#333333" });

  return flow.finish((page, pages) => [
    t(locale, "minutes-pdf-footer-page", { number, page: n(page), pages: n(pages) }),
    t(locale, "minutes-pdf-footer-hash", { hash: record.sha256, number }),
  ]);
}

/** Seat or agency, person, and how they were there — in the order of the text minutes: present, absent, guests. */
function attendanceRows(t: Translate, locale: Locale, facts: MeetingFactsForMinutes): string[][] {
  const rows: string[][] = [];
  for (const p of facts.present) {
    const status = [
      p.delegate ? t(locale, "minutes-pdf-delegate-of", { member: p.name ?? "—" }) : t(locale, "minutes-pdf-present"),
      ...presenceNotes(t, locale, p, facts.zone),
    ];
    rows.push([p.seatTitle, p.delegate ?? p.name ?? "—", status.join(" ")]);
  }
  for (const a of facts.absent) {
    const status = [t(locale, "minutes-pdf-absent"), a.voting ? null : t(locale, "minutes-without-vote")];
    rows.push([a.seatTitle, a.name ?? t(locale, "rsvps-vacant"), status.filter((part) => part !== null).join(" ")]);
  }
  for (const g of facts.guests) rows.push([g.agency, g.name ?? "—", t(locale, "minutes-pdf-guest")]);
  return rows;
}

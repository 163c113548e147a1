import type { Database } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/audit.ts";
import { type CommitteeRow, findCommitteeById, listCommittees } from "../../db/queries/committees.ts";
import {
  findHeadquartersById,
  type HeadquartersRow,
  listHeadquarters,
  staffHeadquartersOf,
} from "../../db/queries/headquarters.ts";
import { enqueueMessages } from "../../db/queries/outbox.ts";
import { findPersonById } from "../../db/queries/people.ts";
import { scheduleJobOnce } from "../../db/queries/planned-jobs.ts";
import {
  findReport,
  insertReport,
  insertReportOnce,
  invitationsOfMeetings,
  lockReport,
  meetingsIn,
  minutesSigningOf,
  type PerformanceReportRow,
  referralsReceivedIn,
  reportsOfYear,
  resolutionsOfCommittee,
  seatAttendanceOfMeetings,
  updateReport,
} from "../../db/queries/reports.ts";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import { jalaliQuarterRange } from "../../domain/calendar.ts";
import { encodeCallback } from "../../domain/callback-data.ts";
import {
  type PerformanceFigures,
  performanceFigures,
  periodContaining,
  parsePeriodLabel,
  periodLabel,
  periodRange,
  previousPeriod,
  type ReportPeriod,
  sumFigures,
} from "../../domain/performance.ts";
import { resolveRules } from "../../domain/rules.ts";
import { isoDayOf } from "../../domain/terms.ts";
import { type Locale, localizeDigits } from "../../domain/text.ts";
import type { ServiceDeps, Translate } from "../shared/deps.ts";
import { localeOfRecipient } from "../shared/meeting-text.ts";
import { committeesLedBy, leads } from "../shared/officers.ts";
import { annualPdf, annualPdfName, reportPdf, reportPdfName } from "../../documents/report-pdf.ts";
import { provinceOf, textAndPdf, toSecretariat } from "./recipients.ts";
import { type AnnualView, annualText, type ReportView, reportHeaderLines, reportText } from "./reports-text.ts";
import { plannedJob } from "../shared/job-kinds.ts";

const HOUR = 60 * 60 * 1000;
/** A finished period's draft reaches the secretary at 08:00 on the next period's first day, HQ time. */
const DRAFT_DELAY_MS = 8 * HOUR;

/** The figures of one committee for one period, as the records stand now (a running period is cut at `now`). */
export async function figuresFor(
  db: Database,
  committee: CommitteeRow,
  hq: HeadquartersRow,
  period: ReportPeriod,
  now: Date,
): Promise<PerformanceFigures> {
  const range = periodRange(period, hq.timezone);
  const meetings = await meetingsIn(db, committee.id, range);
  const ids = meetings.map((m) => m.id);
  return performanceFigures({
    range,
    asOfDay: isoDayOf(now < range.end ? now : range.end, hq.timezone),
    rules: resolveRules(committee.rules),
    meetings,
    invitations: await invitationsOfMeetings(db, ids),
    attendance: await seatAttendanceOfMeetings(db, ids),
    resolutions: await resolutionsOfCommittee(db, committee.id),
    referrals: await referralsReceivedIn(db, committee.id, range),
    minutes: await minutesSigningOf(db, ids),
  });
}

function viewOf(
  committee: CommitteeRow,
  hq: HeadquartersRow,
  period: ReportPeriod,
  figures: PerformanceFigures,
  asOf: Date | null,
): ReportView {
  return {
    period,
    committeeTitle: { fa: committee.titleFa, en: committee.titleEn },
    hqName: hq.name,
    zone: hq.timezone,
    range: periodRange(period, hq.timezone),
    figures,
    asOf,
  };
}

function periodOfRow(row: PerformanceReportRow & { kind: ReportPeriod["kind"] }): ReportPeriod {
  // Rows are written only here, with labels from periodLabel.
  return parsePeriodLabel(row.kind, row.label)!;
}

export function sendButton(t: Translate, locale: Locale, reportId: number) {
  return {
    inline_keyboard: [
      [{ text: t(locale, "report-send-button"), callback_data: encodeCallback({ action: "report_send", reportId }) }],
    ],
  };
}

/** The draft goes to the secretary; while the secretary's seat is vacant, to the chair. */
async function drafter(db: Database, committeeId: number) {
  const seats = await seatsWithHolders(db, [committeeId]);
  const seat =
    seats.find((s) => s.role === "secretary" && s.holder) ?? seats.find((s) => s.role === "chair" && s.holder);
  return seat?.holder ? findPersonById(db, seat.holder.personId) : undefined;
}

/** Committees with officers of their own; the coordination council's seats belong to the groups. */
async function reportingCommittees(db: Database, hqId: number): Promise<CommitteeRow[]> {
  const committees = await listCommittees(db, hqId);
  const seats = await seatsWithHolders(
    db,
    committees.map((c) => c.id),
  );
  return committees.filter((c) =>
    seats.some((s) => s.committeeId === c.id && (s.role === "secretary" || s.role === "chair")),
  );
}

// ─── Scheduled drafts ────────────────────────────────────────────────────────────────────────────

/** The daily pass: each reporting committee has one job for the running quarter and one for the running month. */
export async function planReports(deps: ServiceDeps): Promise<number> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    let planned = 0;
    for (const hq of await listHeadquarters(tx)) {
      for (const committee of await reportingCommittees(tx, hq.id)) {
        for (const kind of ["quarterly", "monthly"] as const) {
          const period = periodContaining(kind, now, hq.timezone);
          const label = periodLabel(period);
          const scheduled = await scheduleJobOnce(
            tx,
            plannedJob(
              "performance_report",
              { committeeId: committee.id, kind, label },
              new Date(periodRange(period, hq.timezone).end.getTime() + DRAFT_DELAY_MS),
              `report:${committee.id}:${label}`,
            ),
          );
          if (scheduled) planned++;
        }
      }
    }
    return planned;
  });
}

/** At a period's end: the figures are frozen into a draft and sent to the secretary with the Send button, once. */
export async function draftScheduledReport(
  deps: ServiceDeps,
  committeeId: number,
  period: ReportPeriod,
): Promise<boolean> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const committee = await findCommitteeById(tx, committeeId);
    if (!committee || committee.endedAt) return false;
    const hq = (await findHeadquartersById(tx, committee.hqId))!;
    const range = periodRange(period, hq.timezone);
    const figures = await figuresFor(tx, committee, hq, period, now);
    const row = await insertReportOnce(tx, {
      hqId: hq.id,
      committeeId,
      kind: period.kind,
      label: periodLabel(period),
      periodStart: range.start,
      periodEnd: range.end,
      figures,
      createdAt: now,
    });
    if (!row) return false;
    const person = await drafter(tx, committeeId);
    if (person?.telegramId) {
      const locale = localeOfRecipient(person, hq.locale);
      const text = [
        deps.t(locale, "report-draft-intro"),
        "",
        reportText(deps.t, locale, viewOf(committee, hq, period, figures, null)),
      ].join("\n");
      await enqueueMessages(tx, [
        {
          chatId: person.telegramId,
          personId: person.id,
          hqId: hq.id,
          purpose: "performance_report_draft",
          payload: { method: "sendMessage", text, replyMarkup: sendButton(deps.t, locale, row.id) },
        },
      ]);
    }
    await writeAudit(tx, {
      hqId: hq.id,
      action: "report.drafted",
      subjectType: "performance_report",
      subjectId: row.id,
      details: { committeeId, label: row.label, to: person?.id ?? null },
      at: now,
    });
    return true;
  });
}

// ─── On demand ───────────────────────────────────────────────────────────────────────────────────

export type RequestedReport =
  /** A finished period: stored as a draft (figures refreshed while unsent), with the Send button. */
  | { kind: "draft"; reportId: number; view: ReportView }
  /** A finished period already sent: shown as it was sent. */
  | { kind: "already_sent"; view: ReportView; sentAt: Date }
  /** The running period, to date: for reading only; the finished period is drafted when it ends. */
  | { kind: "preview"; view: ReportView };

export type RequestReportResult = { kind: "reports"; reports: RequestedReport[] } | { kind: "not_officer" };

/**
 * `/quarterly`, `/monthly`: the secretary or chair drafts the last finished period (or previews the running one) of
 * the committee of the chat, or privately of every committee they lead.
 */
export async function requestReport(
  deps: ServiceDeps,
  personId: number,
  input: { kind: ReportPeriod["kind"]; which: "last" | "current"; committeeId: number | null },
): Promise<RequestReportResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<RequestReportResult> => {
    const led = [...new Set((await committeesLedBy(tx, personId, now)).map((s) => s.committeeId))];
    const ids = input.committeeId === null ? led : led.filter((id) => id === input.committeeId);
    if (ids.length === 0) return { kind: "not_officer" };
    const reports: RequestedReport[] = [];
    for (const id of ids) {
      const committee = (await findCommitteeById(tx, id))!;
      const hq = (await findHeadquartersById(tx, committee.hqId))!;
      const running = periodContaining(input.kind, now, hq.timezone);
      if (input.which === "current") {
        reports.push({
          kind: "preview",
          view: viewOf(committee, hq, running, await figuresFor(tx, committee, hq, running, now), now),
        });
        continue;
      }
      reports.push(await draftOnDemand(tx, personId, committee, hq, previousPeriod(running), now));
    }
    return { kind: "reports", reports };
  });
}

async function draftOnDemand(
  tx: Database,
  personId: number,
  committee: CommitteeRow,
  hq: HeadquartersRow,
  period: ReportPeriod,
  now: Date,
): Promise<RequestedReport> {
  const key = { hqId: hq.id, committeeId: committee.id, kind: period.kind, label: periodLabel(period) };
  const existing = await findReport(tx, key);
  if (existing?.status === "sent") {
    return {
      kind: "already_sent",
      view: viewOf(committee, hq, period, existing.figures as unknown as PerformanceFigures, null),
      sentAt: existing.sentAt!,
    };
  }
  const figures = await figuresFor(tx, committee, hq, period, now);
  const range = periodRange(period, hq.timezone);
  const row =
    existing ??
    (await insertReport(tx, { ...key, periodStart: range.start, periodEnd: range.end, figures, createdAt: now }));
  if (existing) await updateReport(tx, existing.id, { figures });
  await writeAudit(tx, {
    hqId: hq.id,
    actorPersonId: personId,
    action: "report.drafted",
    subjectType: "performance_report",
    subjectId: row.id,
    details: { committeeId: committee.id, label: key.label, onDemand: true },
    at: now,
  });
  return { kind: "draft", reportId: row.id, view: viewOf(committee, hq, period, figures, null) };
}

// ─── Sending ─────────────────────────────────────────────────────────────────────────────────────

export type SendReportResult =
  | { kind: "sent" }
  | { kind: "already_sent"; sentAt: Date }
  | { kind: "not_officer" }
  | { kind: "unknown" }
  | { kind: "no_recipient" };

/** The Send button: one press sends the report to the HQ secretariat; another changes nothing. */
export async function sendReport(deps: ServiceDeps, personId: number, reportId: number): Promise<SendReportResult> {
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<SendReportResult> => {
    const row = await lockReport(tx, reportId);
    if (!row || row.committeeId === null || row.kind === "annual") return { kind: "unknown" };
    const period = periodOfRow({ ...row, kind: row.kind });
    if (!(await leads(tx, personId, row.committeeId, now))) return { kind: "not_officer" };
    if (row.status === "sent") return { kind: "already_sent", sentAt: row.sentAt! };
    const committee = (await findCommitteeById(tx, row.committeeId))!;
    const hq = (await findHeadquartersById(tx, row.hqId))!;
    const sender = (await findPersonById(tx, personId))!;
    const view = viewOf(committee, hq, period, row.figures as unknown as PerformanceFigures, null);
    const text = (locale: Locale) =>
      [reportText(deps.t, locale, view), "", deps.t(locale, "report-sent-by", { name: sender.name })].join("\n");
    const copy = textAndPdf(text, async (locale) => ({
      filename: reportPdfName(view),
      content: await reportPdf(deps.t, locale, view, now),
      caption: deps.t(locale, "report-pdf-caption", { title: reportHeaderLines(deps.t, locale, view)[0]! }),
    }));
    const messages = await toSecretariat(tx, hq, "performance_report", copy);
    if (messages.length === 0) return { kind: "no_recipient" };
    // Part C: the province reads its counties' reports too.
    const province = await provinceOf(tx, hq);
    if (province) messages.push(...(await toSecretariat(tx, province, "performance_report", copy)));
    await enqueueMessages(tx, messages);
    await updateReport(tx, row.id, { status: "sent", sentAt: now, sentByPersonId: personId });
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: "report.sent",
      subjectType: "performance_report",
      subjectId: row.id,
      details: { label: row.label, kind: row.kind },
      at: now,
    });
    return { kind: "sent" };
  });
}

// ─── Annual (part C) ─────────────────────────────────────────────────────────────────────────────

export type AnnualResult =
  | { kind: "sent"; committees: number }
  /** The HQ has no secretariat chat: the text is for the staff member to forward. */
  | { kind: "no_chat"; view: AnnualView }
  | { kind: "not_staff" }
  | { kind: "ambiguous"; hqKeys: string[] }
  | { kind: "bad_year" }
  | { kind: "not_started"; year: number };

export const YEAR_RANGE = { min: 1390, max: 1499 } as const;

/**
 * `/annualreport <year>`: the HQ's groups' quarterly figures for a Jalali year in one report for the provincial HQ,
 * sent to the HQ secretariat's chat. A quarter's stored report is used as drafted or sent; one without a report is
 * computed now; quarters not begun are shown as such.
 */
export async function sendAnnualReport(
  deps: ServiceDeps,
  personId: number,
  jy: number,
  hqKey?: string,
): Promise<AnnualResult> {
  if (!Number.isInteger(jy) || jy < YEAR_RANGE.min || jy > YEAR_RANGE.max) return { kind: "bad_year" };
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<AnnualResult> => {
    const hqs = await staffHeadquartersOf(tx, personId);
    if (hqs.length === 0) return { kind: "not_staff" };
    const chosen = hqKey ? hqs.filter((hq) => hq.key === hqKey.trim().toLowerCase()) : hqs;
    const hq = chosen.length === 1 ? chosen[0]! : undefined;
    if (!hq) return { kind: "ambiguous", hqKeys: hqs.map((h) => h.key) };
    const yearStart = jalaliQuarterRange(jy, 1, hq.timezone).start;
    if (yearStart > now) return { kind: "not_started", year: jy };

    const quarters = ([1, 2, 3, 4] as const).map((quarter): ReportPeriod => ({ kind: "quarterly", jy, quarter }));
    const stored = await reportsOfYear(tx, hq.id, quarters.map(periodLabel));
    const view: AnnualView = { jy, hqName: hq.name, committees: [] };
    for (const committee of await reportingCommittees(tx, hq.id)) {
      const figures: (PerformanceFigures | null)[] = [];
      for (const period of quarters) {
        if (periodRange(period, hq.timezone).start > now) {
          figures.push(null);
          continue;
        }
        const report = stored.find((r) => r.committeeId === committee.id && r.label === periodLabel(period));
        figures.push(
          report ? (report.figures as unknown as PerformanceFigures) : await figuresFor(tx, committee, hq, period, now),
        );
      }
      const total = sumFigures(figures.filter((f) => f !== null));
      view.committees.push({ title: { fa: committee.titleFa, en: committee.titleEn }, quarters: figures, total });
    }

    const key = { hqId: hq.id, committeeId: null, kind: "annual" as const, label: String(jy) };
    const range = { start: yearStart, end: jalaliQuarterRange(jy + 1, 1, hq.timezone).start };
    const sent = hq.secretariatChatId
      ? { status: "sent" as const, sentAt: now, sentByPersonId: personId }
      : { status: "draft" as const };
    const figures = view as unknown as Record<string, unknown>;
    const existing = await findReport(tx, key);
    const row =
      existing ??
      (await insertReport(tx, {
        ...key,
        periodStart: range.start,
        periodEnd: range.end,
        figures,
        createdAt: now,
        ...sent,
      }));
    if (existing) await updateReport(tx, existing.id, { figures, ...sent });
    await writeAudit(tx, {
      hqId: hq.id,
      actorPersonId: personId,
      action: hq.secretariatChatId ? "report.annual_sent" : "report.annual_built",
      subjectType: "performance_report",
      subjectId: row.id,
      details: { year: jy, committees: view.committees.length },
      at: now,
    });
    const copy = textAndPdf(
      (locale) => annualText(deps.t, locale, view),
      async (locale) => ({
        filename: annualPdfName(view),
        content: await annualPdf(deps.t, locale, view, now),
        caption: deps.t(locale, "report-pdf-caption", {
          title: deps.t(locale, "annual-title", { hq: view.hqName, year: localizeDigits(String(jy), locale) }),
        }),
      }),
    );
    // The report is for the province: its secretariat receives it whether or not this HQ has a chat of its own.
    const province = await provinceOf(tx, hq);
    const messages = province ? await toSecretariat(tx, province, "annual_report", copy) : [];
    if (!hq.secretariatChatId) {
      // The staff member is shown the text to forward; the PDF comes to them privately.
      const person = await findPersonById(tx, personId);
      if (person?.telegramId) {
        const payloads = await copy(localeOfRecipient(person, hq.locale));
        for (const payload of payloads.filter((p) => p.method === "sendDocument"))
          messages.push({ chatId: person.telegramId, personId, hqId: hq.id, purpose: "annual_report", payload });
      }
      await enqueueMessages(tx, messages);
      return { kind: "no_chat", view };
    }
    messages.unshift(...(await toSecretariat(tx, hq, "annual_report", copy)));
    await enqueueMessages(tx, messages);
    return { kind: "sent", committees: view.committees.length };
  });
}

import { Composer } from "grammy";
import type { ReferralRow } from "../../db/queries/referrals.ts";
import { formatDate } from "../../domain/calendar.ts";
import { readReferral } from "../../domain/follow-through.ts";
import { localizeDigits, normalizePersian } from "../../domain/text.ts";
import { dayOf } from "../../services/shared/meeting-text.ts";
import {
  isOverdue,
  REFERRAL_SUBJECT_MAX,
  type ReferResult,
  type ReportResult,
  referralsFor,
  referSubject,
} from "../../services/referrals/referrals.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { openForm } from "../conversations/form-input.ts";
import { pagedList } from "../shared/paged-list.ts";
import { explainDateError } from "../explain.ts";
import { commandBody } from "../shared/command-body.ts";
import { refuseAnonymous, requirePerson } from "../shared/guards.ts";

type Speaker = Pick<ConversationContext, "t" | "locale" | "deps">;

export const referralsFeature = new Composer<BotContext>();

/** `/refer <committee key> <due date> <subject>` — HQ secretariat staff refer a subject for a written report (B12). */
referralsFeature.command("refer", async (ctx) => {
  if (await refuseAnonymous(ctx)) return;
  const personId = await requirePerson(ctx);
  if (personId === null) return;
  const body = commandBody(ctx.message?.text ?? "");
  const read = readReferral(body);
  if (!read.ok)
    return ctx.reply(
      read.error ? `${explainDateError(ctx, read.error)}\n\n${ctx.t("refer-usage")}` : ctx.t("refer-usage"),
    );
  const { key, dueDate, subject } = read.value;
  const result = await referSubject(ctx.deps, personId, { committeeKey: key, dueDate, subject });
  await ctx.reply(describeReferral(ctx, result, key));
});

export function describeReferral(ctx: Speaker, result: ReferResult, key: string): string {
  const n = (value: number) => localizeDigits(String(value), ctx.locale);
  switch (result.kind) {
    case "referred":
      return ctx.t("refer-done", {
        number: n(result.referralId),
        committee: result.committee[ctx.locale],
        recipient: result.recipient,
        due: dayOf(result.dueDate, ctx.locale, result.zone),
      });
    case "not_staff":
      return ctx.t("refer-not-staff");
    case "not_staff_of_hq":
      return ctx.t("refer-not-staff-of-hq");
    case "unknown_committee":
      return ctx.t("refer-unknown-committee", { key: normalizePersian(key), keys: result.keys.join("، ") || "—" });
    case "ambiguous":
      return ctx.t("refer-ambiguous", { choices: result.choices.join("، ") });
    case "due_in_past":
      return ctx.t("refer-due-in-past", { today: dayOf(result.today, ctx.locale, result.zone) });
    case "empty":
      return ctx.t("refer-usage");
    case "too_long":
      return ctx.t("refer-too-long", { max: n(REFERRAL_SUBJECT_MAX) });
    case "no_recipient":
      return ctx.t("refer-no-recipient");
  }
}

export function describeReport(ctx: Speaker, result: ReportResult): string {
  switch (result.kind) {
    case "reported":
      return ctx.t(result.secretariat ? "referral-report-filed" : "referral-report-filed-no-chat");
    case "unknown":
      return ctx.t("referral-report-unknown");
    case "not_officer":
      return ctx.t("referral-report-not-officer");
    case "already_reported":
      return ctx.t("referral-report-already-reported");
    case "empty":
      return ctx.t("referral-report-empty");
    case "too_long":
      return ctx.t("referral-report-too-long", { max: localizeDigits(String(result.max), ctx.locale) });
  }
}

/** Referrals per reply: open ones (overdue included) first, the reported ones after, the rest behind "More". */
const REFERRALS_PER_PAGE = 15;

type Listed = { row: ReferralRow; committee: { fa: string; en: string }; zone: string };

/** `/referrals`: open and answered referrals of the person's committees (staff: of their HQs' committees). */
pagedList<Listed>(referralsFeature, {
  command: "referrals",
  more: "referrals_more",
  perPage: REFERRALS_PER_PAGE,
  load: async (ctx, personId) =>
    (await referralsFor(ctx.deps.db, personId)).flatMap((group) =>
      group.rows.map((row) => ({ row, committee: group.committee, zone: group.zone })),
    ),
  isOpen: ({ row }) => row.status !== "reported",
  none: (ctx) => ctx.t("referrals-none"),
  heading: (ctx, counts) => [ctx.t("referrals-title"), ctx.t("referrals-summary", counts)],
  committee: (ctx, { committee }) => committee[ctx.locale],
  committeeLine: (ctx, committee) => ctx.t("referrals-committee", { committee }),
  line: (ctx, { row, zone }) => {
    const now = ctx.deps.clock();
    const status =
      row.status === "reported"
        ? ctx.t("referrals-status-reported", { date: formatDate(row.reportedAt ?? now, ctx.locale, zone) })
        : ctx.t(isOverdue(row, now, zone) ? "referrals-status-overdue" : "referrals-status-open");
    return ctx.t("referrals-line", {
      number: localizeDigits(String(row.id), ctx.locale),
      subject: row.subject.length > 120 ? `${row.subject.slice(0, 117)}…` : row.subject,
      due: dayOf(row.dueDate, ctx.locale, zone),
      status,
    });
  },
  moreLabel: (ctx, left) => ctx.t("referrals-more", { left }),
});

/**
 * `/report referral` (or `/report` alone) files the written report on a referral. Other kinds of report
 * (`/report <something else>`) are left to the features after this one.
 */
referralsFeature.command("report", async (ctx, next) => {
  const kind = normalizePersian(commandBody(ctx.message?.text ?? "")).toLowerCase();
  if (kind !== "" && kind !== "referral" && kind !== "ارجاع") return next();
  if (await refuseAnonymous(ctx)) return;
  if ((await requirePerson(ctx)) === null) return;
  // In a group the bot does not receive the report the wizard asks for (privacy mode).
  if (ctx.chat.type !== "private")
    return ctx.reply(ctx.t("follow-through-private-only", { command: "/report referral" }));
  await openForm(ctx, "referralReport");
});

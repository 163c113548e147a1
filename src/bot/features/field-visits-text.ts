import type { ListedVisit } from "../../db/queries/field-visits.ts";
import { formatDateTime } from "../../domain/calendar.ts";
import { type VisitParseError, type VisitWhenError, visitDateInQuestion } from "../../domain/follow-through.ts";
import { localizeDigits } from "../../domain/text.ts";
import type { VisitCancelResult, VisitSummary } from "../../services/field-visits/cancel.ts";
import { visitWhen } from "../../services/field-visits/facts.ts";
import type { VisitDecision, VisitResult } from "../../services/field-visits/field-visits.ts";
import type { ConversationContext } from "../context.ts";
import { explainDateError, explainTimeError } from "../explain.ts";

type Speaker = Pick<ConversationContext, "t" | "locale" | "deps">;

export function explainVisitWhen(ctx: Speaker, error: VisitWhenError): string {
  switch (error.code) {
    case "missing_date":
      return ctx.t("visit-missing-date");
    case "date":
      return explainDateError(ctx, error.error);
    case "time":
      return explainTimeError(ctx, error.error);
  }
}

export function explainVisitParse(ctx: Speaker, error: VisitParseError): string {
  switch (error.code) {
    case "missing_place":
      return ctx.t("visit-missing-place");
    case "missing_purpose":
      return ctx.t("visit-missing-purpose");
    case "place_too_long":
    case "purpose_too_long":
      return ctx.t("visit-too-long", { max: localizeDigits(String(error.max), ctx.locale) });
    default:
      return explainVisitWhen(ctx, error);
  }
}

const inPast = (ctx: Speaker, result: { zone: string; now: number }) =>
  ctx.t("visit-in-past", { now: formatDateTime(new Date(result.now), ctx.locale, result.zone) });

export function describeVisitRequest(ctx: Speaker, result: VisitResult): string {
  switch (result.kind) {
    case "requested":
      return ctx.t("visit-requested", {
        number: localizeDigits(String(result.visitId), ctx.locale),
        when: visitWhen(ctx.deps.t, ctx.locale, new Date(result.startsAt), result.zone),
        staff: localizeDigits(String(result.staff), ctx.locale),
        count: result.staff,
      });
    case "not_officer":
      return ctx.t("visit-not-officer");
    case "committee_ended":
      return ctx.t("visit-committee-ended");
    case "in_past":
      return inPast(ctx, result);
    case "no_staff":
      return ctx.t("follow-through-no-staff");
    case "empty":
      return ctx.t("visit-usage");
    case "too_long":
      return ctx.t("visit-too-long", { max: localizeDigits(String(result.max), ctx.locale) });
  }
}

export function describeVisitDecision(ctx: Speaker, result: VisitDecision): string {
  switch (result.kind) {
    case "approved":
      return ctx.t("visit-approved-done", {
        members: localizeDigits(String(result.members), ctx.locale),
        count: result.members,
      });
    case "proposed":
      return ctx.t("visit-other-date-sent", {
        when: visitWhen(ctx.deps.t, ctx.locale, new Date(result.startsAt), result.zone),
      });
    case "unknown":
      return ctx.t("callback-expired");
    case "not_staff":
      return ctx.t("visit-not-staff");
    case "not_officer":
      return ctx.t("visit-not-officer");
    case "already_decided":
      return ctx.t("visit-already-decided", { status: result.status });
    case "in_past":
      return inPast(ctx, result);
  }
}

/** One visit in a list: `• 🚌 group — time — place`. */
export function visitLine(ctx: Speaker, visit: VisitSummary): string {
  return ctx.t("meetings-visit-line", {
    committee: visit.committee[ctx.locale],
    when: visitWhen(ctx.deps.t, ctx.locale, new Date(visit.startsAt), visit.zone),
    place: visit.place,
  });
}

export function listedVisitSummary(visit: ListedVisit): VisitSummary {
  return {
    committee: { fa: visit.committeeTitleFa, en: visit.committeeTitleEn },
    startsAt: visitDateInQuestion(visit).getTime(),
    zone: visit.zone,
    place: visit.place,
  };
}

export function describeVisitCancel(ctx: Speaker, result: VisitCancelResult): string {
  switch (result.kind) {
    case "cancelled":
      return result.members > 0
        ? ctx.t("visit-cancel-done", {
            members: localizeDigits(String(result.members), ctx.locale),
            count: result.members,
          })
        : ctx.t("visit-withdraw-done");
    case "unknown":
      return ctx.t("callback-expired");
    case "not_officer":
      return ctx.t("visit-cancel-not-officer");
    case "already_cancelled":
      return ctx.t("visit-cancel-already");
    case "in_past":
      return ctx.t("visit-cancel-past", { now: formatDateTime(new Date(result.now), ctx.locale, result.zone) });
    case "too_long":
      return ctx.t("visit-cancel-too-long", { max: localizeDigits(String(result.max), ctx.locale) });
  }
}

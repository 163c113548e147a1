import type { DateError, TimeError } from "../domain/calendar.ts";
import type { ConveneParseError } from "../domain/convening.ts";
import type { RuleCitation } from "../domain/rule-source.ts";
import { localizeDigits } from "../domain/text.ts";
import { dayOf, when } from "../services/shared/meeting-text.ts";
import { citationVariables } from "../services/shared/rule-citation.ts";
import type { NotOfficer } from "../services/shared/officers.ts";
import type { BotContext, ConversationContext } from "./context.ts";

type Ctx = Pick<ConversationContext, "t" | "locale" | "deps">;

const n = (ctx: Ctx, value: number) => localizeDigits(String(value), ctx.locale);

/** Every refusal says why and what to do instead, in the person's language. */
export function explainDateError(ctx: Ctx, error: DateError): string {
  switch (error.code) {
    case "month_out_of_range":
      return ctx.t("date-month-out-of-range", { month: n(ctx, error.month) });
    case "day_out_of_range":
      return ctx.t("date-day-out-of-range", { day: n(ctx, error.day), max: n(ctx, error.maxDay) });
    case "year_out_of_range":
      return ctx.t("date-year-out-of-range");
    case "year_format":
    case "date_format":
      return ctx.t("date-format");
  }
}

export function explainTimeError(ctx: Ctx, error: TimeError): string {
  return error.code === "time_out_of_range" ? ctx.t("time-out-of-range") : ctx.t("time-format");
}

export function explainConveneParse(ctx: Ctx, error: ConveneParseError): string {
  switch (error.code) {
    case "missing_date_time":
      return ctx.t("convene-missing-date-time");
    case "date":
      return explainDateError(ctx, error.error);
    case "time":
      return explainTimeError(ctx, error.error);
    case "agenda_item_too_long":
      return ctx.t("convene-item-too-long", { index: n(ctx, error.index + 1), max: n(ctx, error.max) });
    case "too_many_agenda_items":
      return ctx.t("convene-too-many-items", { max: n(ctx, error.max) });
    case "place_too_long":
      return ctx.t("convene-place-too-long", { max: n(ctx, error.max) });
  }
}

/**
 * B6: cites the rule — the bylaw's, or this group's own notice days with the bylaw's figure beside them — and offers
 * the earliest allowed time in the person's calendar.
 */
export function explainTooSoon(ctx: Ctx, earliest: Date, notice: RuleCitation<"noticeDays">, zone: string): string {
  return ctx.t("convene-too-soon", {
    ...citationVariables(notice, ctx.locale),
    earliest: when(ctx.deps.t, ctx.locale, earliest, zone),
  });
}

/**
 * An officer's act refused. When it is the person's own appointment order that is not in force (B2), says so, when it
 * ended, and that the HQ secretariat renews it with /appoint; otherwise the feature's own reason, `otherwise`.
 */
export function explainNotOfficer(ctx: Ctx, refusal: NotOfficer, otherwise: string): string {
  const order = refusal.lapsed;
  if (!order) return otherwise;
  return ctx.t(order.state === "ended" ? "officer-term-ended" : "officer-term-not-started", {
    seat: order.seatTitle,
    committee: order.committee[ctx.locale],
    role: order.role,
    start: dayOf(order.termStart, ctx.locale, order.zone),
    end: dayOf(order.termEnd, ctx.locale, order.zone),
  });
}

/** Refusals shared by the session and vote commands when no meeting in session is found. */
export function explainLocated(
  ctx: BotContext,
  refusal: NotOfficer | { kind: "no_session" } | { kind: "ambiguous" },
): string {
  switch (refusal.kind) {
    case "not_officer":
      return explainNotOfficer(ctx, refusal, ctx.t("session-not-officer"));
    case "no_session":
      return ctx.t("session-none-in-session");
    case "ambiguous":
      return ctx.t("session-ambiguous");
  }
}

import { Composer, InlineKeyboard } from "grammy";
import type { ListedVisit } from "../../db/queries/field-visits.ts";
import { formatDateTime } from "../../domain/calendar.ts";
import { decodeCallback, encodeCallback } from "../../domain/callback-data.ts";
import {
  type VisitDraft,
  type VisitParseError,
  type VisitWhenError,
  parseVisitText,
  visitDateInQuestion,
} from "../../domain/follow-through.ts";
import { localizeDigits } from "../../domain/text.ts";
import {
  cancellableVisits,
  checkVisitCancel,
  type VisitCancelResult,
  type VisitSummary,
} from "../../services/field-visits/cancel.ts";
import { visitWhen } from "../../services/field-visits/facts.ts";
import {
  acceptProposedVisitDate,
  approveFieldVisit,
  checkVisitForStaff,
  requestFieldVisit,
  type VisitDecision,
  type VisitResult,
} from "../../services/field-visits/field-visits.ts";
import { committeeOfChat, committeesLedBy } from "../../services/shared/officers.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { openForm } from "../conversations/form-input.ts";
import { explainDateError, explainTimeError } from "../explain.ts";
import { commandBody } from "../shared/command-body.ts";
import { refuseAnonymous, requirePerson } from "../shared/guards.ts";

type Speaker = Pick<ConversationContext, "t" | "locale" | "deps">;

export const fieldVisitsFeature = new Composer<BotContext>();

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

function explainVisitParse(ctx: Speaker, error: VisitParseError): string {
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

/** `/visit <date> [time] <place> — <purpose>` (bylaw B15), by the secretary or the chair. */
fieldVisitsFeature.command("visit", async (ctx) => {
  if (await refuseAnonymous(ctx)) return;
  const personId = await requirePerson(ctx);
  if (personId === null) return;
  const body = commandBody(ctx.message?.text ?? "");
  if (!body) return ctx.reply(ctx.t("visit-usage"));
  const parsed = parseVisitText(body);
  if (!parsed.ok) return ctx.reply(`${explainVisitParse(ctx, parsed.error)}\n\n${ctx.t("visit-usage")}`);
  let committeeId: number;
  if (ctx.chat.type !== "private") {
    const committee = await committeeOfChat(ctx.deps.db, ctx.chat.id);
    if (!committee) return ctx.reply(ctx.t("group-not-a-committee"));
    committeeId = committee.id;
  } else {
    const led = [
      ...new Set((await committeesLedBy(ctx.deps.db, personId, ctx.deps.clock())).map((s) => s.committeeId)),
    ];
    if (led.length === 0) return ctx.reply(ctx.t("visit-not-officer"));
    if (led.length > 1) return openForm(ctx, "visitCommittee", parsed.value satisfies VisitDraft);
    committeeId = led[0]!;
  }
  const result = await requestFieldVisit(ctx.deps, personId, { committeeId, ...parsed.value });
  await ctx.reply(describeVisitRequest(ctx, result));
});

/** `/cancelvisit`: each visit the person's groups can still cancel, with its own Cancel button; the reason comes next. */
fieldVisitsFeature.command("cancelvisit", async (ctx) => {
  if (await refuseAnonymous(ctx)) return;
  const personId = await requirePerson(ctx);
  if (personId === null) return;
  // In a group the bot does not receive the reason the form asks for (privacy mode).
  if (ctx.chat.type !== "private") return ctx.reply(ctx.t("follow-through-private-only", { command: "/cancelvisit" }));
  const found = await cancellableVisits(ctx.deps.db, personId, ctx.deps.clock());
  if (found.kind === "not_officer") return ctx.reply(ctx.t("visit-not-officer"));
  if (found.visits.length === 0) return ctx.reply(ctx.t("visit-cancel-none"));
  for (const visit of found.visits) {
    const status =
      visit.status === "requested"
        ? "visit-cancel-pending"
        : visit.status === "other_date_proposed"
          ? "visit-cancel-proposed"
          : null;
    const line = status
      ? `${visitLine(ctx, listedVisitSummary(visit))} ${ctx.t(status)}`
      : visitLine(ctx, listedVisitSummary(visit));
    await ctx.reply(ctx.t("visit-cancel-question", { visit: line }), {
      reply_markup: new InlineKeyboard().text(
        ctx.t("visit-cancel-button"),
        encodeCallback({ action: "visit_cancel", visitId: visit.id }),
      ),
    });
  }
});

fieldVisitsFeature.callbackQuery(/^fv[aokc]:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (!ctx.person || !action || !("visitId" in action))
    return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const personId = ctx.person.id;
  if (action.action === "visit_cancel") {
    const check = await checkVisitCancel(ctx.deps, personId, action.visitId);
    if (check.kind !== "open") {
      ctx.log.info("field visit: cancel refused", { visitId: action.visitId, from: ctx.from.id, kind: check.kind });
      return ctx.answerCallbackQuery({ text: describeVisitCancel(ctx, check), show_alert: true });
    }
    if (ctx.chat?.type !== "private")
      return ctx.answerCallbackQuery({
        text: ctx.t("follow-through-private-only", { command: "/cancelvisit" }),
        show_alert: true,
      });
    await ctx.answerCallbackQuery();
    return openForm(ctx, "visitCancel", { visitId: action.visitId, visit: visitLine(ctx, check.visit) });
  }
  if (action.action === "visit_other_date") {
    const check = await checkVisitForStaff(ctx.deps, personId, action.visitId);
    if (check.kind !== "open")
      return ctx.answerCallbackQuery({ text: describeVisitDecision(ctx, check), show_alert: true });
    await ctx.answerCallbackQuery();
    return openForm(ctx, "visitOtherDate", { visitId: action.visitId });
  }
  const result =
    action.action === "visit_approve"
      ? await approveFieldVisit(ctx.deps, personId, action.visitId)
      : await acceptProposedVisitDate(ctx.deps, personId, action.visitId);
  const text = describeVisitDecision(ctx, result);
  await ctx.answerCallbackQuery({ text, show_alert: result.kind !== "approved" });
  if (result.kind === "approved" || result.kind === "already_decided")
    await ctx.editMessageReplyMarkup().catch(() => {});
  if (result.kind === "approved") await ctx.reply(text);
});

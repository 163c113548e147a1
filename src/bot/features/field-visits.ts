import { Composer } from "grammy";
import { formatDateTime } from "../../domain/calendar.ts";
import { decodeCallback } from "../../domain/callback-data.ts";
import { type VisitDraft, type VisitParseError, type VisitWhenError, parseVisitText } from "../../domain/follow-through.ts";
import { localizeDigits } from "../../domain/text.ts";
import {
  acceptProposedVisitDate,
  approveFieldVisit,
  checkVisitForStaff,
  requestFieldVisit,
  type VisitDecision,
  type VisitResult,
  visitWhen,
} from "../../services/field-visits.ts";
import { committeeOfChat, committeesLedBy } from "../../services/meetings/officers.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { explainDateError, explainTimeError } from "../explain.ts";
import { commandBody } from "./convene.ts";
import { refuseAnonymous, requirePerson } from "./guards.ts";

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
      return ctx.t("visit-approved-done", { members: localizeDigits(String(result.members), ctx.locale), count: result.members });
    case "proposed":
      return ctx.t("visit-other-date-sent", { when: visitWhen(ctx.deps.t, ctx.locale, new Date(result.startsAt), result.zone) });
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
    const led = [...new Set((await committeesLedBy(ctx.deps.db, personId)).map((s) => s.committeeId))];
    if (led.length === 0) return ctx.reply(ctx.t("visit-not-officer"));
    if (led.length > 1) return ctx.conversation.enter("visitCommittee", parsed.value satisfies VisitDraft);
    committeeId = led[0]!;
  }
  const result = await requestFieldVisit(ctx.deps, personId, { committeeId, ...parsed.value });
  await ctx.reply(describeVisitRequest(ctx, result));
});

fieldVisitsFeature.callbackQuery(/^fv[aok]:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (!ctx.person || !action || !("visitId" in action)) return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const personId = ctx.person.id;
  if (action.action === "visit_other_date") {
    const check = await checkVisitForStaff(ctx.deps, personId, action.visitId);
    if (check.kind !== "open") return ctx.answerCallbackQuery({ text: describeVisitDecision(ctx, check), show_alert: true });
    await ctx.answerCallbackQuery();
    return ctx.conversation.enter("visitOtherDate", { visitId: action.visitId });
  }
  const result = action.action === "visit_approve" ? await approveFieldVisit(ctx.deps, personId, action.visitId) : await acceptProposedVisitDate(ctx.deps, personId, action.visitId);
  const text = describeVisitDecision(ctx, result);
  await ctx.answerCallbackQuery({ text: text.slice(0, 200), show_alert: result.kind !== "approved" });
  if (result.kind === "approved" || result.kind === "already_decided") await ctx.editMessageReplyMarkup().catch(() => {});
  if (result.kind === "approved") await ctx.reply(text);
});

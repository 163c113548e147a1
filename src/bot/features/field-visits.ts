import { Composer, InlineKeyboard } from "grammy";
import { decodeCallback, encodeCallback } from "../../domain/callback-data.ts";
import { type VisitDraft, parseVisitText } from "../../domain/follow-through.ts";
import { cancellableVisits, checkVisitCancel } from "../../services/field-visits/cancel.ts";
import {
  acceptProposedVisitDate,
  approveFieldVisit,
  checkVisitForStaff,
  requestFieldVisit,
} from "../../services/field-visits/field-visits.ts";
import { committeeOfChat, committeesLedBy } from "../../services/shared/officers.ts";
import type { BotContext } from "../context.ts";
import { openForm } from "../conversations/form-input.ts";
import { commandBody } from "../shared/command-body.ts";
import { refuseAnonymous, requirePerson } from "../shared/guards.ts";
import {
  describeVisitCancel,
  describeVisitDecision,
  describeVisitRequest,
  explainVisitParse,
  listedVisitSummary,
  visitLine,
} from "./field-visits-text.ts";

export const fieldVisitsFeature = new Composer<BotContext>();

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

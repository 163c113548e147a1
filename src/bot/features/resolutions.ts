import { type CallbackQueryContext, Composer } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { ResolutionRow } from "../../db/queries/resolutions.ts";
import { decodeCallback } from "../../domain/callback-data.ts";
import type { ResolutionStatus } from "../../domain/resolution-status.ts";
import { localizeDigits } from "../../domain/text.ts";
import { decisionsFor } from "../../services/resolutions/listing.ts";
import { actOnResolution, mayActOnResolution, notifyHqResolution } from "../../services/resolutions/resolutions.ts";
import type { BotContext } from "../context.ts";
import { commandBody } from "../shared/command-body.ts";
import { requirePerson } from "../shared/guards.ts";
import { describeDecision, notifyKeys } from "./resolutions-text.ts";
import { resolutionStatusKeys } from "../../services/resolutions/status-text.ts";
import { openForm } from "../conversations/form-input.ts";
import { pagedList } from "../shared/paged-list.ts";
import { redrawPressedKeyboard } from "../shared/redraw.ts";

export const resolutionsFeature = new Composer<BotContext>();

resolutionsFeature.callbackQuery(/^r[atkp]:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (!action || !ctx.person || !("resolutionId" in action))
    return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const personId = ctx.person.id;
  if (action.action === "resolution_return" || (action.action === "resolution_report" && action.answer === "blocked")) {
    const kind = action.action === "resolution_return" ? "return" : "report";
    if (!(await mayActOnResolution(ctx.deps.db, personId, action.resolutionId, kind, ctx.deps.clock()))) {
      return ctx.answerCallbackQuery({ text: ctx.t("resolution-refused-not-authorized"), show_alert: true });
    }
    await ctx.answerCallbackQuery();
    return openForm(ctx, "resolutionNote", {
      resolutionId: action.resolutionId,
      kind: action.action === "resolution_return" ? "return" : "blocked",
    });
  }
  const move =
    action.action === "resolution_approve"
      ? { kind: "approve" as const }
      : action.action === "resolution_acknowledge"
        ? { kind: "acknowledge" as const }
        : action.action === "resolution_report"
          ? { kind: "report" as const, answer: action.answer }
          : null;
  if (!move) return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const result = await actOnResolution(ctx.deps, personId, action.resolutionId, move);
  await ctx.answerCallbackQuery({ text: describeDecision(ctx, result), show_alert: result.kind !== "done" });
  if (result.kind !== "done") return;
  const left = answersLeft(ctx, result.status);
  if (left) await redrawPressedKeyboard(ctx, "resolutions: the answers left", left);
  else await ctx.editMessageReplyMarkup().catch(() => {});
});

/**
 * "In progress" is not the owner's last word: the question keeps its other answers, so the owner reports Done (or
 * Blocked) from the same message instead of waiting a month for the next question. Every other decision is final.
 */
function answersLeft(
  ctx: CallbackQueryContext<BotContext>,
  status: ResolutionStatus,
): InlineKeyboardMarkup | undefined {
  const message = ctx.callbackQuery.message;
  if (status !== "in_progress" || !message || !("reply_markup" in message) || !message.reply_markup) return undefined;
  const pressed = ctx.callbackQuery.data;
  const rows = message.reply_markup.inline_keyboard
    .map((row) => row.filter((b) => !("callback_data" in b) || b.callback_data !== pressed))
    .filter((row) => row.length > 0);
  return { inline_keyboard: rows };
}

/** Resolutions per reply: a group with years of decisions still gets a short answer, the rest behind "More". */
const DECISIONS_PER_PAGE = 15;
/** Implemented and not-passed resolutions need nothing more from anyone: they come after the open ones. */
const SETTLED: ReadonlySet<ResolutionStatus> = new Set(["implemented", "not_passed"]);

type Decision = { row: ResolutionRow; committee: { fa: string; en: string } };

/** /decisions: the person's groups' resolutions, open ones first, a page at a time with the count. */
pagedList<Decision>(resolutionsFeature, {
  command: "decisions",
  more: "decisions_more",
  perPage: DECISIONS_PER_PAGE,
  load: async (ctx, personId) =>
    (await decisionsFor(ctx.deps.db, personId)).flatMap((group) =>
      group.rows.map((row) => ({ row, committee: group.committeeTitle })),
    ),
  isOpen: ({ row }) => !SETTLED.has(row.status),
  none: (ctx) => ctx.t("decisions-none"),
  heading: (ctx, counts) => [ctx.t("decisions-summary", counts)],
  committee: (ctx, { committee }) => committee[ctx.locale],
  committeeLine: (ctx, committee) => ctx.t("decisions-committee", { committee }),
  line: (ctx, { row }) =>
    ctx.t("decisions-line", {
      number: localizeDigits(String(row.id), ctx.locale),
      text: row.text.length > 120 ? `${row.text.slice(0, 117)}…` : row.text,
      status: ctx.t(resolutionStatusKeys[row.status]),
    }),
  moreLabel: (ctx, left) => ctx.t("decisions-more", { left }),
});

resolutionsFeature.command("assign", async (ctx) => {
  if ((await requirePerson(ctx)) === null) return;
  await openForm(ctx, "assign");
});

/** /notify <committee key> <text> — HQ staff notify a county HQ resolution to a working group (bylaw B14). */
resolutionsFeature.command("notify", async (ctx) => {
  const personId = await requirePerson(ctx);
  if (personId === null) return;
  const body = commandBody(ctx.message?.text ?? "");
  const [key, ...rest] = body.split(/\s+/);
  if (!key || rest.length === 0) return ctx.reply(ctx.t("notify-usage"));
  const result = await notifyHqResolution(ctx.deps, personId, key, body.slice(key.length));
  await ctx.reply(ctx.t(notifyKeys[result.kind], { max: result.kind === "too_long" ? result.max : 0 }));
});

import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import { parseDate } from "../../domain/calendar.ts";
import { toIsoDate } from "../../domain/roster.ts";
import { buttonText } from "../../domain/text.ts";
import { assignableFor } from "../../services/resolutions/listing.ts";
import { actOnResolution, assignResolution } from "../../services/resolutions/resolutions.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { explainDateError } from "../explain.ts";
import { describeDecision } from "../features/resolutions-text.ts";
import { waitForPress } from "./waiting.ts";

type Wizard = Conversation<BotContext, ConversationContext>;

async function textAnswer(conversation: Wizard): Promise<string> {
  const answer = await conversation.waitFor("message:text", { otherwise: (o) => o.reply(o.t("wizard-send-text")) });
  if (answer.message.text.startsWith("/")) {
    await answer.reply(answer.t("wizard-closed"));
    await conversation.halt({ next: true });
  }
  return answer.message.text.trim();
}

/** "Return with comment" (approvers) and "Blocked" (owner) both need a sentence of why. */
export async function resolutionNoteWizard(conversation: Wizard, ctx: ConversationContext, args: { resolutionId: number; kind: "return" | "blocked" }): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) return;
  await ctx.reply(ctx.t(args.kind === "return" ? "resolution-ask-comment" : "resolution-ask-blocked"));
  const note = await textAnswer(conversation);
  const action = args.kind === "return" ? { kind: "return" as const, comment: note } : { kind: "report" as const, answer: "blocked" as const, note };
  const result = await conversation.external((c) => actOnResolution(c.deps, personId, args.resolutionId, action));
  await ctx.reply(describeDecision(ctx, result));
}

/** `/assign`: which approved resolution, which seat owns it, and an optional due date. */
export async function assignWizard(conversation: Wizard, ctx: ConversationContext): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) return;
  const resolutions = await conversation.external((c) => assignableFor(c.deps.db, personId).then((rows) => rows.map((r) => ({ id: r.id, text: r.text, committeeId: r.committeeId }))));
  if (resolutions.length === 0) {
    await ctx.reply(ctx.t("assign-none"));
    return;
  }
  const pickResolution = new InlineKeyboard();
  for (const r of resolutions) pickResolution.text(buttonText(r.text), `aw:r:${r.id}`).row();
  await ctx.reply(ctx.t("assign-choose-resolution"), { reply_markup: pickResolution });
  const chosen = await waitForPress(conversation, /^aw:r:\d+$/);
  const resolution = resolutions.find((r) => `aw:r:${r.id}` === chosen)!;
  const seats = await conversation.external((c) => seatsWithHolders(c.deps.db, [resolution.committeeId]).then((rows) => rows.map((s) => ({ id: s.id, title: s.title }))));
  const pickSeat = new InlineKeyboard();
  for (const s of seats) pickSeat.text(buttonText(s.title), `aw:s:${s.id}`).row();
  await ctx.reply(ctx.t("assign-choose-seat"), { reply_markup: pickSeat });
  const seatId = Number((await waitForPress(conversation, /^aw:s:\d+$/)).slice(5));
  await ctx.reply(ctx.t("assign-ask-due"), { reply_markup: new InlineKeyboard().text(ctx.t("wizard-skip"), "aw:skip") });
  let due: string | null = null;
  for (;;) {
    const next = await conversation.wait();
    if (next.callbackQuery?.data === "aw:skip") {
      await next.answerCallbackQuery().catch(() => {});
      break;
    }
    const text = next.message?.text;
    if (text === undefined) continue;
    if (text.startsWith("/")) {
      await next.reply(next.t("wizard-closed"));
      await conversation.halt({ next: true });
    }
    const parsed = parseDate(text);
    if (parsed.ok) {
      due = toIsoDate(parsed.value);
      break;
    }
    await next.reply(explainDateError(next, parsed.error));
  }
  const result = await conversation.external((c) => assignResolution(c.deps, personId, resolution.id, seatId, due));
  await ctx.reply(ctx.t(result.kind === "assigned" && result.askedNow ? "assign-assigned-asked-now" : `assign-${result.kind.replace("_", "-")}`));
}

import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { seatsWithHolders } from "../../db/queries/seats.ts";
import { parseDate } from "../../domain/calendar.ts";
import { toIsoDate } from "../../domain/roster.ts";
import { buttonText } from "../../domain/text.ts";
import { assignableFor } from "../../services/resolutions/listing.ts";
import type { MessageKey } from "../../services/shared/deps.ts";
import { actOnResolution, type AssignResult, assignResolution } from "../../services/resolutions/resolutions.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { explainDateError } from "../explain.ts";
import { describeDecision } from "../features/resolutions-text.ts";
import { askForText, formInput, type Shown, waitForPress } from "./form-input.ts";

type Wizard = Conversation<BotContext, ConversationContext>;

/** What the secretary is told after /assign, one key per outcome. */
const assignKeys: Record<AssignResult["kind"], MessageKey> = {
  assigned: "assign-assigned",
  not_officer: "assign-not-officer",
  unknown: "assign-unknown",
  not_followed: "assign-not-followed",
  bad_seat: "assign-bad-seat",
  due_in_past: "assign-due-in-past",
};

function assignMessage(result: AssignResult): MessageKey {
  return result.kind === "assigned" && result.askedNow ? "assign-assigned-asked-now" : assignKeys[result.kind];
}

/** "Return with comment" (approvers) and "Blocked" (owner) both need a sentence of why. */
export async function resolutionNoteWizard(
  conversation: Wizard,
  ctx: ConversationContext,
  args: { resolutionId: number; kind: "return" | "blocked" },
): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) return;
  const note = await askForText(
    conversation,
    ctx,
    ctx.t(args.kind === "return" ? "resolution-ask-comment" : "resolution-ask-blocked"),
  );
  if (note === null) return;
  const action =
    args.kind === "return"
      ? { kind: "return" as const, comment: note }
      : { kind: "report" as const, answer: "blocked" as const, note };
  const result = await conversation.external((c) => actOnResolution(c.deps, personId, args.resolutionId, action));
  await ctx.reply(describeDecision(ctx, result));
}

/** `/assign`: which approved resolution, which seat owns it, and an optional due date. */
export async function assignWizard(conversation: Wizard, ctx: ConversationContext): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) return;
  const resolutions = await conversation.external((c) =>
    assignableFor(c.deps.db, personId, c.deps.clock()).then((rows) =>
      rows.map((r) => ({ id: r.id, text: r.text, committeeId: r.committeeId })),
    ),
  );
  if (resolutions.length === 0) {
    await ctx.reply(ctx.t("assign-none"));
    return;
  }
  const pickResolution = new InlineKeyboard();
  for (const r of resolutions) pickResolution.text(buttonText(r.text), `aw:r:${r.id}`).row();
  const askedResolution = await ctx.reply(ctx.t("assign-choose-resolution"), { reply_markup: pickResolution });
  const chosen = await waitForPress(conversation, askedResolution.message_id, /^aw:r:\d+$/);
  const resolution = resolutions.find((r) => `aw:r:${r.id}` === chosen)!;
  const seats = await conversation.external((c) =>
    seatsWithHolders(c.deps.db, [resolution.committeeId]).then((rows) =>
      rows.map((s) => ({ id: s.id, title: s.title })),
    ),
  );
  const pickSeat = new InlineKeyboard();
  for (const s of seats) pickSeat.text(buttonText(s.title), `aw:s:${s.id}`).row();
  const askedSeat = await ctx.reply(ctx.t("assign-choose-seat"), { reply_markup: pickSeat });
  const seatId = Number((await waitForPress(conversation, askedSeat.message_id, /^aw:s:\d+$/)).slice(5));
  const skip = new InlineKeyboard().text(ctx.t("wizard-skip"), "aw:skip");
  // Skip answers from the question and from each "in the past" that asks again.
  const askedDue = [(await ctx.reply(ctx.t("assign-ask-due"), { reply_markup: skip })).message_id];
  for (;;) {
    const due = await askDueDate(conversation, ctx, askedDue);
    const result = await conversation.external((c) => assignResolution(c.deps, personId, resolution.id, seatId, due));
    // A past date is a typing slip: the form asks again instead of making the secretary start over.
    if (result.kind !== "due_in_past") {
      await ctx.reply(ctx.t(assignMessage(result)));
      return;
    }
    askedDue.push((await ctx.reply(ctx.t(assignMessage(result)), { reply_markup: skip })).message_id);
  }
}

/** The due date as an ISO day, or null when the secretary presses Skip (on `on`); asks again until the date can be read. */
async function askDueDate(conversation: Wizard, ctx: ConversationContext, on: Shown): Promise<string | null> {
  for (;;) {
    const answer = await formInput(conversation, { text: true, buttons: { on, data: /^aw:skip$/ } });
    if (answer.kind !== "text") return null;
    const parsed = parseDate(answer.text);
    if (parsed.ok) return toIsoDate(parsed.value);
    await ctx.reply(explainDateError(ctx, parsed.error));
  }
}

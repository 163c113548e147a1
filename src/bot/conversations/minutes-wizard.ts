import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { normalizeDigits } from "../../domain/text.ts";
import { type EditResult, editMinutes, signMinutes, viewDraft } from "../../services/minutes/minutes.ts";
import { draftKeyboard } from "../../services/minutes/buttons.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { describeSign } from "../features/minutes-text.ts";
import { askForText, waitForPress } from "./form-input.ts";

type Wizard = Conversation<BotContext, ConversationContext>;

/**
 * Editing the minutes in chat: a note per agenda item, the free text replaced or extended, a preview. Attendance and
 * vote counts are not offered: they come from the record.
 */
export async function minutesEditWizard(
  conversation: Wizard,
  ctx: ConversationContext,
  minutesId: number,
): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) return;
  const keyboard = new InlineKeyboard()
    .text(ctx.t("minutes-edit-item"), "mw:item")
    .row()
    .text(ctx.t("minutes-edit-replace"), "mw:replace")
    .text(ctx.t("minutes-edit-add"), "mw:add")
    .row()
    .text(ctx.t("wizard-cancel"), "mw:cancel");
  const asked = await ctx.reply(ctx.t("minutes-edit-choose"), { reply_markup: keyboard });
  const choice = (await waitForPress(conversation, asked.message_id, /^mw:(item|replace|add|cancel)$/)).slice(3);
  if (choice === "cancel") {
    await ctx.reply(ctx.t("wizard-closed"));
    return;
  }
  let position = 0;
  if (choice === "item") {
    const item = await askForText(conversation, ctx, ctx.t("minutes-ask-item"));
    if (item === null) return;
    position = Number.parseInt(normalizeDigits(item), 10);
  }
  const text = await askForText(
    conversation,
    ctx,
    ctx.t(choice === "item" ? "minutes-ask-note" : choice === "replace" ? "minutes-ask-replace" : "minutes-ask-add"),
  );
  if (text === null) return;
  const edit =
    choice === "item"
      ? { kind: "item_note" as const, position, note: text }
      : choice === "replace"
        ? { kind: "replace_text" as const, text }
        : { kind: "add_lines" as const, text };
  const result = await conversation.external((c) => editMinutes(c.deps, personId, minutesId, edit));
  await ctx.reply(describeEdit(ctx, result));
  if (result.kind !== "saved") return;
  const preview = await conversation.external(async (c) => {
    const view = await viewDraft(c.deps.db, c.deps.t, personId, minutesId);
    return view.kind === "draft" ? view.text : null;
  });
  if (preview)
    await ctx.reply(preview, {
      reply_markup: draftKeyboard(ctx.deps.t, ctx.locale, minutesId),
    });
}

/** A signed version stands: a new one is a correction and says what it corrects. */
export async function minutesCorrectionWizard(
  conversation: Wizard,
  ctx: ConversationContext,
  minutesId: number,
): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) return;
  const note = await askForText(conversation, ctx, ctx.t("minutes-ask-correction"));
  if (note === null) return;
  const result = await conversation.external((c) =>
    signMinutes(c.deps, personId, minutesId, note).then((r) => {
      if (r.kind !== "signed") return r;
      const { version: _frozen, ...outcome } = r;
      return outcome;
    }),
  );
  await ctx.reply(describeSign(ctx, result));
}

function describeEdit(ctx: ConversationContext, result: EditResult): string {
  switch (result.kind) {
    case "saved":
      return ctx.t("minutes-saved");
    case "not_signer":
      return ctx.t("minutes-not-signer");
    case "unknown":
      return ctx.t("callback-expired");
    case "too_long":
      return ctx.t("minutes-too-long", { max: result.max });
    case "no_such_item":
      return ctx.t("minutes-no-such-item");
    case "empty":
      return ctx.t("propose-empty");
  }
}

import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { parseDate, parseTime, zonedInstant } from "../../domain/calendar.ts";
import {
  carriesAgenda,
  MAX_AGENDA_ITEM_LENGTH,
  MAX_AGENDA_ITEMS,
  MAX_PLACE_LENGTH,
  parseConveneText,
} from "../../domain/convening.ts";
import { localizeDigits, normalizePersian } from "../../domain/text.ts";
import { numberedAgenda, when } from "../../services/shared/meeting-text.ts";
import { findCommitteeById } from "../../db/queries/committees.ts";
import { committeesInScope, lapsedInScope } from "../../services/shared/officers.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { explainConveneParse, explainDateError, explainNotOfficer, explainTimeError } from "../explain.ts";
import { formInput, type Shown, waitForPress } from "./form-input.ts";
import { submitConvening } from "./convening-submit.ts";

type Wizard = Conversation<BotContext, ConversationContext>;

export type ConvenePreset = { committeeId?: number; text?: string; requestId?: number };
export type Draft = {
  committeeId: number;
  zone: string;
  startsAt: number;
  place: string | null;
  agenda: string[];
  requestId?: number;
};

const CANCEL = "cw:cancel";

/**
 * /convene without a complete one-liner: committee (if several), date, time, place, agenda items, then a summary with
 * Confirm / Edit / Cancel. Deterministic: database and clock only through conversation.external and conversation.now.
 */
export async function conveneWizard(
  conversation: Wizard,
  ctx: ConversationContext,
  preset: ConvenePreset = {},
): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) {
    await ctx.reply(ctx.t("convene-not-officer"));
    return;
  }
  // Sent in a committee's chat, or from a request to one committee, it convenes that committee or nothing.
  const scope = preset.committeeId ?? null;
  const led = await conversation.external((c) =>
    committeesInScope(c.deps.db, personId, scope, c.deps.clock()).then((seats) =>
      seats.map((s) => ({
        id: s.committeeId,
        title: c.locale === "en" ? s.committeeTitleEn : s.committeeTitleFa,
        zone: s.hqTimezone,
      })),
    ),
  );
  if (led.length === 0) {
    await ctx.reply(await refusal(conversation, ctx, personId, scope));
    return;
  }
  const committee = led.length === 1 ? led[0]! : await askCommittee(conversation, ctx, led);
  if (!committee) return;

  if (preset.text) {
    const parsed = parseConveneText(preset.text, committee.zone);
    if (parsed.ok) {
      let agenda = parsed.value.agenda;
      // B6: the date, time and place were understood; only the agenda is missing, so only the agenda is asked for.
      if (!carriesAgenda(agenda)) {
        await ctx.reply(ctx.t("convene-no-agenda"));
        const asked = await collectAgenda(conversation, ctx);
        if (!asked) return;
        agenda = asked;
      }
      const draft = {
        committeeId: committee.id,
        zone: committee.zone,
        startsAt: parsed.value.startsAt.getTime(),
        place: parsed.value.place,
        agenda,
        requestId: preset.requestId,
      };
      await submitConvening(conversation, ctx, draft, committee.title);
      return;
    }
    await ctx.reply(explainConveneParse(ctx, parsed.error));
  }
  for (;;) {
    const draft = await collectDraft(conversation, ctx, committee, preset.requestId);
    if (!draft) return;
    const choice = await confirmDraft(conversation, ctx, draft, committee.title);
    if (choice === "cancel") return;
    if (choice === "confirm") {
      await submitConvening(conversation, ctx, draft, committee.title);
      return;
    }
  }
}

/**
 * Why the person may not convene here: their own order has lapsed (B2: when, and who renews it); or, in a committee's
 * group chat, the committee of the chat is not theirs to convene (and where to convene their own).
 */
async function refusal(
  conversation: Wizard,
  ctx: ConversationContext,
  personId: number,
  scope: number | null,
): Promise<string> {
  const [lapsed] = await conversation.external((c) => lapsedInScope(c.deps.db, personId, scope, c.deps.clock()));
  if (lapsed) return explainNotOfficer(ctx, { kind: "not_officer", lapsed }, ctx.t("convene-not-officer"));
  if (scope === null || ctx.chat?.type === "private") return ctx.t("convene-not-officer");
  const title = await conversation.external((c) =>
    findCommitteeById(c.deps.db, scope).then((row) => (row ? (c.locale === "en" ? row.titleEn : row.titleFa) : null)),
  );
  return title === null ? ctx.t("convene-not-officer") : ctx.t("command-not-officer-here", { committee: title });
}

async function askCommittee(
  conversation: Wizard,
  ctx: ConversationContext,
  committees: { id: number; title: string; zone: string }[],
) {
  const keyboard = new InlineKeyboard();
  for (const c of committees) keyboard.text(c.title, `cw:c:${c.id}`).row();
  keyboard.text(ctx.t("wizard-cancel"), CANCEL);
  const asked = await ctx.reply(ctx.t("convene-choose-committee"), { reply_markup: keyboard });
  const press = await waitForButton(conversation, ctx, asked.message_id, /^cw:(c:\d+|cancel)$/);
  if (press === null) return null;
  return committees.find((c) => `cw:c:${c.id}` === press) ?? null;
}

async function collectDraft(
  conversation: Wizard,
  ctx: ConversationContext,
  committee: { id: number; zone: string },
  requestId?: number,
): Promise<Draft | null> {
  const cancel = new InlineKeyboard().text(ctx.t("wizard-cancel"), CANCEL);
  // Each step's buttons answer from any message that asked it (a mistake asks again, with the same buttons).
  const asked = [(await ctx.reply(ctx.t("convene-ask-date"), { reply_markup: cancel })).message_id];
  let date: ReturnType<typeof parseDate> & { ok: true };
  for (;;) {
    const text = await waitForText(conversation, ctx, asked);
    if (text === null) return null;
    const parsed = parseDate(text);
    if (parsed.ok) {
      date = parsed;
      break;
    }
    asked.push(
      (
        await ctx.reply(`${explainDateError(ctx, parsed.error)}\n${ctx.t("convene-ask-date")}`, {
          reply_markup: cancel,
        })
      ).message_id,
    );
  }
  const askedTime = [(await ctx.reply(ctx.t("convene-ask-time"), { reply_markup: cancel })).message_id];
  let startsAt: Date;
  for (;;) {
    const text = await waitForText(conversation, ctx, askedTime);
    if (text === null) return null;
    const parsed = parseTime(text);
    if (parsed.ok) {
      startsAt = zonedInstant(date.value, parsed.value, committee.zone);
      break;
    }
    askedTime.push(
      (
        await ctx.reply(`${explainTimeError(ctx, parsed.error)}\n${ctx.t("convene-ask-time")}`, {
          reply_markup: cancel,
        })
      ).message_id,
    );
  }
  const askedPlace = await ctx.reply(ctx.t("convene-ask-place"), {
    reply_markup: new InlineKeyboard().text(ctx.t("wizard-skip"), "cw:skip").text(ctx.t("wizard-cancel"), CANCEL),
  });
  let place: string | null = null;
  for (;;) {
    const answer = await waitForTextOr(conversation, ctx, askedPlace.message_id, /^cw:skip$/);
    if (answer === null) return null;
    if (answer.button) break;
    const text = normalizePersian(answer.text);
    if (text.length <= MAX_PLACE_LENGTH) {
      place = text;
      break;
    }
    await ctx.reply(ctx.t("convene-place-too-long", { max: localizeDigits(String(MAX_PLACE_LENGTH), ctx.locale) }));
  }
  const agenda = await collectAgenda(conversation, ctx);
  if (!agenda) return null;
  return { committeeId: committee.id, zone: committee.zone, startsAt: startsAt.getTime(), place, agenda, requestId };
}

/** B6: the agenda items, one per message; Done is refused until there is at least one. Null: cancelled. */
async function collectAgenda(conversation: Wizard, ctx: ConversationContext): Promise<string[] | null> {
  const agenda: string[] = [];
  const done = () => new InlineKeyboard().text(ctx.t("wizard-done"), "cw:done").text(ctx.t("wizard-cancel"), CANCEL);
  // Done and Cancel answer from any of the agenda's messages: each item's receipt shows them again.
  const asked = [(await ctx.reply(ctx.t("convene-ask-agenda"), { reply_markup: done() })).message_id];
  for (;;) {
    const answer = await waitForTextOr(conversation, ctx, asked, /^cw:done$/);
    if (answer === null) return null;
    if (answer.button) {
      if (carriesAgenda(agenda)) break;
      asked.push((await ctx.reply(ctx.t("convene-agenda-required"), { reply_markup: done() })).message_id);
      continue;
    }
    const item = normalizePersian(answer.text);
    if (item.length > MAX_AGENDA_ITEM_LENGTH) {
      await ctx.reply(
        ctx.t("convene-item-too-long", {
          index: localizeDigits(String(agenda.length + 1), ctx.locale),
          max: localizeDigits(String(MAX_AGENDA_ITEM_LENGTH), ctx.locale),
        }),
      );
      continue;
    }
    agenda.push(item);
    if (agenda.length >= MAX_AGENDA_ITEMS) break;
    asked.push(
      (await ctx.reply(ctx.t("convene-item-added", { count: agenda.length }), { reply_markup: done() })).message_id,
    );
  }
  return agenda;
}

async function confirmDraft(
  conversation: Wizard,
  ctx: ConversationContext,
  draft: Draft,
  committeeTitle: string,
): Promise<"confirm" | "edit" | "cancel"> {
  const summary = [
    ctx.t("convene-summary-title"),
    "",
    ctx.t("meeting-committee-only", { committee: committeeTitle }),
    ctx.t("meeting-time", { when: when(ctx.deps.t, ctx.locale, new Date(draft.startsAt), draft.zone) }),
    ctx.t("meeting-place", { place: draft.place ?? ctx.t("meeting-place-unset") }),
    ctx.t("meeting-agenda-title"),
    numberedAgenda(ctx.deps.t, ctx.locale, draft.agenda),
  ].join("\n");
  const keyboard = new InlineKeyboard()
    .text(ctx.t("wizard-confirm"), "cw:ok")
    .text(ctx.t("wizard-edit"), "cw:edit")
    .row()
    .text(ctx.t("wizard-cancel"), CANCEL);
  const shown = await ctx.reply(summary, { reply_markup: keyboard });
  const press = await waitForButton(conversation, ctx, shown.message_id, /^cw:(ok|edit|cancel)$/);
  if (press === "cw:ok") return "confirm";
  if (press === "cw:edit") return "edit";
  return "cancel";
}

/** A text answer; null when the person presses Cancel on the question (`on`). */
async function waitForText(conversation: Wizard, ctx: ConversationContext, on: Shown): Promise<string | null> {
  const answer = await waitForTextOr(conversation, ctx, on, null);
  return answer === null || answer.button ? null : answer.text;
}

/**
 * A text answer or a press of `buttons` on the question `on`; null when the person cancels. The rules of every form:
 * form-input.ts.
 */
async function waitForTextOr(
  conversation: Wizard,
  ctx: ConversationContext,
  on: Shown,
  buttons: RegExp | null,
): Promise<{ button: false; text: string } | { button: true; data: string } | null> {
  const answer = await formInput(conversation, { text: true, buttons: { on, data: ownButtons(buttons) } });
  if (answer.kind !== "press") return { button: false, text: answer.text };
  return answer.data === CANCEL ? cancelled(ctx) : { button: true, data: answer.data };
}

async function waitForButton(
  conversation: Wizard,
  ctx: ConversationContext,
  on: Shown,
  accepted: RegExp,
): Promise<string | null> {
  const pressed = await waitForPress(conversation, on, ownButtons(accepted));
  return pressed === CANCEL ? cancelled(ctx) : pressed;
}

function ownButtons(buttons: RegExp | null): RegExp {
  return new RegExp(`^${CANCEL}$${buttons ? `|${buttons.source}` : ""}`);
}

async function cancelled(ctx: ConversationContext): Promise<null> {
  await ctx.reply(ctx.t("convene-cancelled"));
  return null;
}

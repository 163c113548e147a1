import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { buttonText } from "../../domain/text.ts";
import { appointOverview, appointSeats } from "../../services/terms/listing.ts";
import { appointNewcomer, renewTerm } from "../../services/terms/appoint.ts";
import { dayOf } from "../../services/shared/meeting-text.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { startLinksOf } from "../shared/start-link.ts";
import { describeAppointRefusal, describeRenewal, invitedMessages, seatLabel, seatSummary } from "../features/terms.ts";
import { waitForPress, waitForTextOrCancel } from "./form-input.ts";

type Wizard = Conversation<BotContext, ConversationContext>;

const CANCEL = "ap:cancel";
/** Only the buttons this form showed: a forged id is not a choice. */
const choicePattern = (prefix: string, ids: number[]) => new RegExp(`^ap:(${prefix}:(${ids.join("|")})|cancel)$`);

/**
 * `/appoint` (B2), for HQ secretariat staff: the committee (when they have several), the seat (ended and ending
 * orders first), then Renew — for two years or to a typed day — or Appoint someone new, which ends the order and
 * gives a one-time invite link. The service re-checks everything at the last step.
 */
export async function appointWizard(conversation: Wizard, ctx: ConversationContext): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) {
    await ctx.reply(ctx.t("not-registered"));
    return;
  }
  const overview = await conversation.external((c) => appointOverview(c.deps, personId));
  if (overview.kind !== "committees") {
    await ctx.reply(describeAppointRefusal(ctx, overview));
    return;
  }
  let committeeId = overview.committees[0]!.committeeId;
  if (overview.committees.length > 1) {
    const keyboard = new InlineKeyboard();
    for (const c of overview.committees) {
      const title = overview.severalHqs ? `${c.title[ctx.locale]} — ${c.hqName}` : c.title[ctx.locale];
      keyboard.text(buttonText(`${c.attention > 0 ? "⚠️ " : ""}${title}`), `ap:c:${c.committeeId}`).row();
    }
    keyboard.text(ctx.t("wizard-cancel"), CANCEL);
    const asked = await ctx.reply(ctx.t("appoint-choose-committee"), { reply_markup: keyboard });
    const pressed = await waitForPress(
      conversation,
      asked.message_id,
      choicePattern(
        "c",
        overview.committees.map((c) => c.committeeId),
      ),
    );
    if (pressed === CANCEL) return cancelled(ctx);
    committeeId = Number(pressed.slice("ap:c:".length));
  }

  const listing = await conversation.external((c) => appointSeats(c.deps, personId, committeeId));
  if (listing.kind !== "seats") {
    await ctx.reply(describeAppointRefusal(ctx, listing));
    return;
  }
  const committee = listing.committee[ctx.locale];
  const seatKeyboard = new InlineKeyboard();
  for (const seat of listing.seats) seatKeyboard.text(seatLabel(seat), `ap:s:${seat.seatId}`).row();
  seatKeyboard.text(ctx.t("wizard-cancel"), CANCEL);
  const seatQuestion = await ctx.reply(ctx.t("appoint-choose-seat", { committee }), { reply_markup: seatKeyboard });
  const pressedSeat = await waitForPress(
    conversation,
    seatQuestion.message_id,
    choicePattern(
      "s",
      listing.seats.map((s) => s.seatId),
    ),
  );
  if (pressedSeat === CANCEL) return cancelled(ctx);
  const seat = listing.seats.find((s) => `ap:s:${s.seatId}` === pressedSeat)!;
  const holderPersonId = seat.holder?.personId ?? null;

  const actions = new InlineKeyboard();
  if (seat.holder) {
    actions
      .text(
        ctx.t("appoint-renew-button", {
          name: seat.holder.name,
          end: dayOf(listing.defaultEnd, ctx.locale, listing.zone),
        }),
        "ap:renew",
      )
      .row();
    actions.text(ctx.t("appoint-other-date-button"), "ap:date").row();
  }
  actions.text(ctx.t("appoint-new-button"), "ap:new").row();
  actions.text(ctx.t("wizard-cancel"), CANCEL);
  const summary = await ctx.reply(seatSummary(ctx, seat, committee, listing.zone), { reply_markup: actions });
  const action = await waitForPress(
    conversation,
    summary.message_id,
    seat.holder ? /^ap:(renew|date|new|cancel)$/ : /^ap:(new|cancel)$/,
  );
  if (action === CANCEL) return cancelled(ctx);

  if (action === "ap:renew" && holderPersonId !== null) {
    const result = await conversation.external((c) =>
      renewTerm(c.deps, personId, { seatId: seat.seatId, holderPersonId }),
    );
    await ctx.reply(describeRenewal(ctx, result));
    return;
  }
  if (action === "ap:date" && holderPersonId !== null)
    return renewToTypedDay(conversation, ctx, personId, seat.seatId, holderPersonId);

  if (seat.holder) {
    const confirm = new InlineKeyboard()
      .text(ctx.t("appoint-confirm-new-button"), "ap:yes")
      .row()
      .text(ctx.t("wizard-cancel"), CANCEL);
    const asked = await ctx.reply(ctx.t("appoint-confirm-new", { name: seat.holder.name, seat: seat.title }), {
      reply_markup: confirm,
    });
    if ((await waitForPress(conversation, asked.message_id, /^ap:(yes|cancel)$/)) === CANCEL) return cancelled(ctx);
  }
  const outcome = await conversation.external(
    async (c): Promise<{ messages: [string, string] } | { refusal: string }> => {
      const result = await appointNewcomer(c.deps, personId, { seatId: seat.seatId, holderPersonId });
      return result.kind === "invited"
        ? { messages: invitedMessages(c, result, startLinksOf(c)) }
        : { refusal: describeAppointRefusal(c, result) };
    },
  );
  if ("refusal" in outcome) {
    await ctx.reply(outcome.refusal);
    return;
  }
  await ctx.reply(outcome.messages[0]);
  await ctx.reply(outcome.messages[1], { link_preview_options: { is_disabled: true } });
}

/** The order's last day, typed until it is a date after today; Cancel or a command ends the form. */
async function renewToTypedDay(
  conversation: Wizard,
  ctx: ConversationContext,
  personId: number,
  seatId: number,
  holderPersonId: number,
): Promise<void> {
  const asked = await ctx.reply(ctx.t("appoint-ask-end-date"), {
    reply_markup: new InlineKeyboard().text(ctx.t("wizard-cancel"), CANCEL),
  });
  for (;;) {
    const text = await waitForTextOrCancel(conversation, asked.message_id, CANCEL);
    if (text === null) return cancelled(ctx);
    const result = await conversation.external((c) =>
      renewTerm(c.deps, personId, { seatId, holderPersonId, lastDay: text }),
    );
    await ctx.reply(describeRenewal(ctx, result));
    if (result.kind !== "bad_date" && result.kind !== "not_after_today" && result.kind !== "longer_than_two_years")
      return;
  }
}

async function cancelled(ctx: ConversationContext): Promise<void> {
  await ctx.reply(ctx.t("appoint-cancelled"));
}

import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { rsvpListKeyboard } from "../../services/convening/buttons.ts";
import type { MessageKey } from "../../services/shared/deps.ts";
import { type ConveneResult, conveneMeeting, type NotReached } from "../../services/convening/convene.ts";
import type { RuleCitation } from "../../domain/rule-source.ts";
import { localizeDigits } from "../../domain/text.ts";
import { when } from "../../services/shared/meeting-text.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { explainNotOfficer, explainTooSoon } from "../explain.ts";
import type { Draft } from "./convening-wizard.ts";
import { waitForPress } from "./form-input.ts";

type Wizard = Conversation<BotContext, ConversationContext>;

const NOT_REACHED_LISTED = 20;

const notReachedKeys: Record<NotReached["reason"], MessageKey> = {
  vacant: "convene-not-reached-vacant",
  not_started: "convene-not-reached-not-started",
};

/** Sends the draft to the service and tells the secretary what happened, asking once more on a Friday. */
export async function submitConvening(
  conversation: Wizard,
  ctx: ConversationContext,
  draft: Draft,
  committeeTitle: string,
): Promise<void> {
  const personId = ctx.person!.id;
  const run = (fridayConfirmed: boolean) =>
    conversation.external((c) =>
      conveneMeeting(c.deps, personId, {
        committeeId: draft.committeeId,
        startsAt: new Date(draft.startsAt),
        place: draft.place,
        agenda: draft.agenda,
        fridayConfirmed,
        ...(draft.requestId === undefined ? {} : { requestId: draft.requestId }),
      }).then(serializable),
    );
  let result = await run(false);
  if (result.kind === "friday") {
    const keyboard = new InlineKeyboard()
      .text(ctx.t("convene-friday-yes"), "cw:fri")
      .text(ctx.t("wizard-cancel"), "cw:cancel");
    const asked = await ctx.reply(ctx.t("convene-friday-warning"), { reply_markup: keyboard });
    if ((await waitForPress(conversation, asked.message_id, /^cw:(fri|cancel)$/)) !== "cw:fri") {
      await ctx.reply(ctx.t("convene-cancelled"));
      return;
    }
    result = await run(true);
  }
  await ctx.reply(
    describeResult(ctx, result, draft, committeeTitle),
    result.kind === "convened" ? { reply_markup: rsvpListKeyboard(ctx.deps.t, ctx.locale, result.meetingId) } : {},
  );
}

type Serializable =
  | Exclude<ConveneResult, { kind: "too_soon" }>
  | { kind: "too_soon"; earliest: number; notice: RuleCitation<"noticeDays"> };

/** Conversation results are replayed from storage: dates travel as numbers. */
function serializable(result: ConveneResult): Serializable {
  return result.kind === "too_soon" ? { ...result, earliest: result.earliest.getTime() } : result;
}

function describeResult(ctx: ConversationContext, result: Serializable, draft: Draft, committeeTitle: string): string {
  switch (result.kind) {
    case "convened": {
      const lines = [
        ctx.t("convene-done", {
          committee: committeeTitle,
          when: when(ctx.deps.t, ctx.locale, new Date(draft.startsAt), draft.zone),
          invited: result.invited,
        }),
      ];
      if (result.heldProposals > 0) lines.push(ctx.t("convene-held-proposals", { count: result.heldProposals }));
      // B3, before the meeting: with too few filled seats no turnout can make it official.
      if (!result.quorum.quorumReachable) {
        const n = (value: number) => localizeDigits(String(value), ctx.locale);
        lines.push(
          "",
          ctx.t("convene-quorum-unreachable", {
            seats: n(result.quorum.members),
            filled: n(result.quorum.filled),
            required: n(result.quorum.quorumRequired),
          }),
        );
      }
      if (result.notReached.length > 0) {
        lines.push("", ctx.t("convene-not-reached-title"));
        // A large committee can have hundreds: name the first ones and count the rest, within one message.
        for (const seat of result.notReached.slice(0, NOT_REACHED_LISTED)) {
          lines.push(ctx.t(notReachedKeys[seat.reason], { seat: seat.seatTitle }));
        }
        const more = result.notReached.length - NOT_REACHED_LISTED;
        if (more > 0) lines.push(ctx.t("convene-not-reached-more", { count: more }));
      }
      return lines.join("\n");
    }
    case "too_soon":
      return explainTooSoon(ctx, new Date(result.earliest), result.notice, draft.zone);
    case "in_past":
      return ctx.t("convene-in-past");
    case "not_officer":
      return explainNotOfficer(ctx, result, ctx.t("convene-not-officer"));
    case "no_agenda":
      return ctx.t("convene-no-agenda");
    case "committee_ended":
      return ctx.t("convene-committee-ended");
    case "friday":
      return ctx.t("convene-cancelled");
  }
}

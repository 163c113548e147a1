import { Composer } from "grammy";
import { decodeCallback } from "../../domain/callback-data.ts";
import {
  type ConfirmResult,
  confirmDelegation,
  type DelegationDecisionResult,
  decideDelegation,
  type RevokeResult,
  revokeDelegation,
} from "../../services/delegations/delegations.ts";
import type { BotContext } from "../context.ts";
import { openForm } from "../conversations/form-input.ts";
import { commandBody } from "../shared/command-body.ts";
import { refuseAnonymous, requirePerson } from "../shared/guards.ts";

export const delegationsFeature = new Composer<BotContext>();

/** /delegate [written statement] (bylaw B1): shows standing delegations with Revoke, or names a delegate. */
delegationsFeature.command("delegate", async (ctx) => {
  if (await refuseAnonymous(ctx)) return;
  if (ctx.chat.type !== "private") return ctx.reply(ctx.t("delegate-private-only"));
  if ((await requirePerson(ctx)) === null) return;
  const statement = commandBody(ctx.message?.text ?? "");
  await openForm(ctx, "delegate", statement ? { statement } : {});
});

delegationsFeature.callbackQuery(/^d[carv]:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (!ctx.person || !action || !("delegationId" in action))
    return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const personId = ctx.person.id;
  let outcome: { done: true; text: string } | { done: false; text: string };
  switch (action.action) {
    case "delegation_confirm":
      outcome = confirmAnswer(ctx, await confirmDelegation(ctx.deps, personId, action.delegationId));
      break;
    case "delegation_accept":
    case "delegation_reject":
      outcome = decisionAnswer(
        ctx,
        await decideDelegation(ctx.deps, personId, action.delegationId, action.action === "delegation_accept"),
      );
      break;
    case "delegation_revoke":
      outcome = revokeAnswer(ctx, await revokeDelegation(ctx.deps, personId, action.delegationId));
      break;
    default:
      return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  }
  if (!outcome.done) return ctx.answerCallbackQuery({ text: outcome.text, show_alert: true });
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(outcome.text);
});

type Outcome = { done: true; text: string } | { done: false; text: string };

function confirmAnswer(ctx: BotContext, result: ConfirmResult): Outcome {
  switch (result.kind) {
    case "confirmed":
      return {
        done: true,
        text: ctx.t(result.officerNotified ? "delegation-confirmed" : "delegation-confirmed-no-officer"),
      };
    case "already_confirmed":
      return { done: false, text: ctx.t("delegation-already-confirmed") };
    case "not_yours":
      return { done: false, text: ctx.t("callback-expired") };
    case "ended":
      return {
        done: false,
        text: ctx.t("delegation-link-ended", { status: ctx.t("delegation-status", { status: result.status }) }),
      };
    case "meeting_closed":
      return { done: false, text: ctx.t("delegation-meeting-closed") };
    case "holds_seat":
      return { done: false, text: ctx.t("delegation-holds-seat") };
    case "other_seat":
      return { done: false, text: ctx.t("delegation-other-seat") };
  }
}

function decisionAnswer(ctx: BotContext, result: DelegationDecisionResult): Outcome {
  switch (result.kind) {
    case "accepted":
      return { done: true, text: ctx.t("delegation-accepted-done") };
    case "rejected":
      return { done: true, text: ctx.t("delegation-rejected-done") };
    case "already_decided":
      return {
        done: false,
        text: ctx.t("delegation-already-decided", { status: ctx.t("delegation-status", { status: result.status }) }),
      };
    case "not_officer":
      return { done: false, text: ctx.t("delegation-not-officer") };
    case "own_delegation":
      return { done: false, text: ctx.t("delegation-own-decision") };
    case "unknown_delegation":
      return { done: false, text: ctx.t("callback-expired") };
    case "meeting_closed":
      return { done: false, text: ctx.t("delegation-meeting-ended") };
    case "holds_seat":
      return { done: false, text: ctx.t("delegation-holds-seat-officer") };
    case "other_seat":
      return { done: false, text: ctx.t("delegation-other-seat-officer") };
  }
}

function revokeAnswer(ctx: BotContext, result: RevokeResult): Outcome {
  switch (result.kind) {
    case "revoked":
      return { done: true, text: ctx.t("delegation-revoked-done") };
    case "unknown_delegation":
      return { done: false, text: ctx.t("callback-expired") };
    case "not_yours":
      return { done: false, text: ctx.t("delegation-revoke-not-yours") };
    case "ended":
      return {
        done: false,
        text: ctx.t("delegation-link-ended", { status: ctx.t("delegation-status", { status: result.status }) }),
      };
    case "meeting_closed":
      return { done: false, text: ctx.t("delegation-revoke-closed") };
  }
}

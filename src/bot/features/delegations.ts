import { Composer, InlineKeyboard } from "grammy";
import { decodeCallback, encodeCallback } from "../../domain/callback-data.ts";
import { localizeDigits } from "../../domain/text.ts";
import { when } from "../../services/shared/meeting-text.ts";
import {
  type ConfirmResult,
  type CreateDelegationResult,
  confirmDelegation,
  type DelegationDecisionResult,
  type DelegationView,
  decideDelegation,
  openDelegationLink,
  type OpenLinkResult,
  type RevokeResult,
  revokeDelegation,
} from "../../services/delegations/delegations.ts";
import type { BotContext, ConversationContext } from "../context.ts";
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

/**
 * `/start <token>` when the token is a delegation link: shows the delegate the meeting and the statement with a
 * Confirm button, or says why the link cannot be used. False when the token is not a delegation's.
 */
export async function answerDelegationLink(ctx: BotContext, token: string): Promise<boolean> {
  const result = await openDelegationLink(ctx.deps, ctx.from!, token);
  if (result.kind === "unknown_token") return false;
  if (result.kind !== "opened") {
    await ctx.reply(linkRefusal(ctx, result));
    return true;
  }
  const view = result.delegation;
  const lines = [
    ctx.t("delegation-open-title"),
    "",
    ctx.t("delegation-open", { principal: view.principalName, seat: view.seatTitle }),
    "",
    ...meetingLines(ctx, view),
  ];
  lines.push("", ctx.t("delegation-statement-title"), view.statement, "");
  if (view.status === "awaiting_delegate") {
    lines.push(ctx.t("delegation-open-confirm-hint"));
    const keyboard = new InlineKeyboard().text(
      ctx.t("delegation-confirm-button"),
      encodeCallback({ action: "delegation_confirm", delegationId: view.delegationId }),
    );
    await ctx.reply(lines.join("\n"), { reply_markup: keyboard });
  } else {
    lines.push(ctx.t("delegation-status-line", { status: ctx.t("delegation-status", { status: view.status }) }));
    await ctx.reply(lines.join("\n"));
  }
  return true;
}

function linkRefusal(ctx: BotContext, result: Exclude<OpenLinkResult, { kind: "opened" | "unknown_token" }>): string {
  switch (result.kind) {
    case "used":
      return ctx.t("delegation-link-used");
    case "own_link":
      return ctx.t("delegation-link-own");
    case "ended":
      return ctx.t("delegation-link-ended", { status: ctx.t("delegation-status", { status: result.status }) });
    case "meeting_closed":
      return ctx.t("delegation-meeting-closed");
    case "holds_seat":
      return ctx.t("delegation-holds-seat");
    case "other_seat":
      return ctx.t("delegation-other-seat");
  }
}

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

type Ctx = BotContext | ConversationContext;

function meetingLines(
  ctx: Ctx,
  view: Pick<DelegationView, "committeeTitle" | "hqName" | "startsAt" | "zone" | "place">,
): string[] {
  return [
    ctx.t("meeting-committee", { committee: view.committeeTitle[ctx.locale], hq: view.hqName }),
    ctx.t("meeting-time", { when: when(ctx.deps.t, ctx.locale, view.startsAt, view.zone) }),
    ctx.t("meeting-place", { place: view.place ?? ctx.t("meeting-place-unset") }),
  ];
}

/** A standing delegation as the member sees it under /delegate, with its Revoke button. */
export function standingText(ctx: Ctx, view: DelegationView): string {
  return [
    ctx.t("delegate-standing-title"),
    "",
    ...meetingLines(ctx, view),
    ctx.t("delegate-standing-delegate", { delegate: view.delegateName ?? ctx.t("delegate-not-yet-opened") }),
    ctx.t("delegation-status-line", { status: ctx.t("delegation-status", { status: view.status }) }),
    "",
    ctx.t("delegation-statement-title"),
    view.statement,
  ].join("\n");
}

export function revokeKeyboard(ctx: Ctx, delegationId: number): InlineKeyboard {
  return new InlineKeyboard().text(
    ctx.t("delegation-revoke-button"),
    encodeCallback({ action: "delegation_revoke", delegationId }),
  );
}

/** What the member is told after naming a delegate: a note for them and a message to forward to the delegate. */
export function createdMessages(
  ctx: Ctx,
  result: Extract<CreateDelegationResult, { kind: "created" }>,
): [string, string] {
  const view = result.delegation;
  const facts = {
    committee: view.committeeTitle[ctx.locale],
    when: when(ctx.deps.t, ctx.locale, view.startsAt, view.zone),
  };
  const link = `https://t.me/${ctx.me.username}?start=${result.token}`;
  return [
    ctx.t("delegate-created", facts),
    ctx.t("delegate-link-message", { ...facts, principal: view.principalName, seat: view.seatTitle, link }),
  ];
}

/** Why a delegation cannot be created, in the member's language. */
export function createRefusal(
  ctx: Ctx,
  result: Exclude<CreateDelegationResult, { kind: "created" | "already_delegated" }>,
): string {
  switch (result.kind) {
    case "statement_required":
      return ctx.t("delegate-statement-required");
    case "too_long":
      return ctx.t("delegate-statement-too-long", { max: localizeDigits(String(result.max), ctx.locale) });
    case "unknown_meeting":
      return ctx.t("delegate-no-meeting");
    case "meeting_closed":
      return ctx.t("delegation-meeting-closed");
    case "no_voting_seat":
      return ctx.t("delegate-no-voting-seat");
  }
}

import { InlineKeyboard } from "grammy";
import { encodeCallback } from "../../domain/callback-data.ts";
import { localizeDigits } from "../../domain/text.ts";
import { when } from "../../services/shared/meeting-text.ts";
import type { CreateDelegationResult, DelegationView } from "../../services/delegations/delegations.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { startLinksOf } from "../shared/start-link.ts";

type Ctx = BotContext | ConversationContext;

export function meetingLines(
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
  const link = startLinksOf(ctx)(result.token);
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

import { InlineKeyboard } from "grammy";
import { encodeCallback } from "../../domain/callback-data.ts";
import { openDelegationLink, type OpenLinkResult } from "../../services/delegations/delegations.ts";
import { meetingLines } from "./delegations-text.ts";
import type { BotContext } from "../context.ts";

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

import type { MessageKey } from "../../services/shared/deps.ts";
import type { DecideResult, NotifyResult } from "../../services/resolutions/resolutions.ts";
import { resolutionStatusKeys } from "../../services/resolutions/status-text.ts";
import type { ConversationContext } from "../context.ts";

const refusalKeys: Record<Exclude<DecideResult["kind"], "done">, MessageKey> = {
  not_allowed: "resolution-refused-not-allowed",
  comment_required: "resolution-refused-comment-required",
  reason_required: "resolution-refused-reason-required",
  unknown: "resolution-refused-unknown",
  not_authorized: "resolution-refused-not-authorized",
};

export function describeDecision(ctx: Pick<ConversationContext, "t">, result: DecideResult): string {
  if (result.kind === "done")
    return ctx.t("resolution-recorded", { status: ctx.t(resolutionStatusKeys[result.status]) });
  return ctx.t(refusalKeys[result.kind]);
}

/** What HQ staff are told after /notify (B14), one key per outcome. */
export const notifyKeys: Record<NotifyResult["kind"], MessageKey> = {
  notified: "notify-notified",
  not_staff: "notify-not-staff",
  unknown_committee: "notify-unknown-committee",
  empty: "notify-empty",
  too_long: "notify-too-long",
};

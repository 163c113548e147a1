import type { DecideResult } from "../../services/resolutions/resolutions.ts";
import type { ConversationContext } from "../context.ts";

export function describeDecision(ctx: Pick<ConversationContext, "t">, result: DecideResult): string {
  if (result.kind === "done") return ctx.t("resolution-recorded", { status: ctx.t(`resolution-status-${result.status.replace("_", "-")}`) });
  return ctx.t(`resolution-refused-${result.kind.replace("_", "-")}`);
}

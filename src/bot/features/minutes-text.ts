import { localizeDigits } from "../../domain/text.ts";
import type { SignResult } from "../../services/minutes/minutes.ts";
import type { ConversationContext } from "../context.ts";
import { explainNotOfficer } from "../explain.ts";

type Ctx = Pick<ConversationContext, "t" | "locale" | "deps">;
/** Conversations replay results from storage, so they pass the outcome without the version row. */
type SignOutcome = Exclude<SignResult, { kind: "signed" }> | Omit<Extract<SignResult, { kind: "signed" }>, "version">;

export function describeSign(ctx: Ctx, result: SignOutcome): string {
  switch (result.kind) {
    case "signed":
      return ctx.t(result.late ? "minutes-signed-late" : "minutes-signed", {
        number: localizeDigits(result.number, ctx.locale),
        recipients: result.recipients,
      });
    case "not_signer":
      return ctx.t("minutes-not-signer");
    case "order_not_in_force":
      return explainNotOfficer(ctx, { kind: "not_officer", lapsed: result.lapsed }, ctx.t("minutes-not-signer"));
    case "unknown":
      return ctx.t("callback-expired");
    case "meeting_not_ended":
      return ctx.t("minutes-meeting-not-ended");
    case "correction_note_required":
      return ctx.t("minutes-correction-needed", { number: localizeDigits(result.number, ctx.locale) });
  }
}

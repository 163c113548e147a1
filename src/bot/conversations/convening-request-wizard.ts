import type { Conversation } from "@grammyjs/conversations";
import { buttonText, localizeDigits } from "../../domain/text.ts";
import { committeesOf } from "../../services/shared/officers.ts";
import { type RequestResult, requestMeeting } from "../../services/convening/requests.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { chooseByButton } from "./form-input.ts";

type Wizard = Conversation<BotContext, ConversationContext>;

/**
 * /requestmeeting <reason> (B4). A member of several groups picks one with a button. The reason and the requester
 * stay in the form's state in the database, so the request is filed as typed and under the name of whoever asked:
 * in a group chat, someone else's press on these buttons is not theirs to make (features/convening-requests.ts).
 */
export async function meetingRequestWizard(
  conversation: Wizard,
  ctx: ConversationContext,
  args: { reason: string },
): Promise<void> {
  const personId = ctx.person?.id;
  if (personId === undefined) {
    await ctx.reply(ctx.t("not-registered"));
    return;
  }
  const committees = await conversation.external(async (c) =>
    (await committeesOf(c.deps.db, personId)).map((s) => ({
      id: s.committeeId,
      title: c.locale === "en" ? s.committeeTitleEn : s.committeeTitleFa,
    })),
  );
  if (committees.length === 0) {
    await ctx.reply(ctx.t("propose-not-member"));
    return;
  }
  const choices = committees.map((c) => ({ id: c.id, label: buttonText(c.title) }));
  const committeeId =
    committees.length === 1
      ? committees[0]!.id
      : await chooseByButton(conversation, ctx, ctx.t("request-choose-committee"), choices, {
          prefix: "rqw:c:",
          cancel: "rqw:cancel",
        });
  if (committeeId === null) {
    await ctx.reply(ctx.t("wizard-closed"));
    return;
  }
  // Rendered inside: the form's replay log stores plain text, not the request's row.
  const reply = await conversation.external((c) =>
    requestMeeting(c.deps, personId, committeeId, args.reason).then((result) => describeRequest(c, result)),
  );
  await ctx.reply(reply);
}

function describeRequest(ctx: Pick<ConversationContext, "t" | "locale">, result: RequestResult): string {
  switch (result.kind) {
    case "sent":
      return ctx.t(result.officers > 0 ? "request-sent" : "request-no-officer");
    case "not_member":
      return ctx.t("propose-not-member");
    case "reason_required":
      return ctx.t("request-usage");
    case "too_long":
      return ctx.t("request-too-long", { max: localizeDigits(String(result.max), ctx.locale) });
  }
}

import type { Conversation } from "@grammyjs/conversations";
import type { BotContext, ConversationContext } from "../context.ts";

type Wizard = Conversation<BotContext, ConversationContext>;

/**
 * Waits for a press of one of the form's buttons and returns its data. A command typed meanwhile closes the form and
 * runs as usual; other text gets a reminder to press a button. Another message's button (an invitation's RSVP, a
 * vote) is not the form's business: the form keeps waiting and the press goes on to whoever handles it.
 */
export async function waitForPress(conversation: Wizard, accepted: RegExp): Promise<string> {
  for (;;) {
    const next = await conversation.wait();
    const data = next.callbackQuery?.data;
    if (data !== undefined && accepted.test(data)) {
      await next.answerCallbackQuery().catch(() => {});
      return data;
    }
    if (data !== undefined) await conversation.skip({ next: true });
    if (next.message?.text?.startsWith("/")) {
      await next.reply(next.t("wizard-closed"));
      await conversation.halt({ next: true });
    }
    await next.reply(next.t("wizard-press-button"));
  }
}

import { GrammyError } from "grammy";
import { encodeCallback } from "../../domain/callback-data.ts";
import { when } from "../../services/shared/meeting-text.ts";
import { attachSessionMessage, type StartResult } from "../../services/session/session.ts";
import type { BotContext } from "../context.ts";
import { explainNotOfficer } from "../explain.ts";

/**
 * What follows an attempt to open a meeting (/startmeeting, its early-start confirmation, or "Start now" on the
 * question about a meeting that never started): the attendance message posted and pinned, or the reason it was not.
 */
export async function afterStart(ctx: BotContext, result: StartResult): Promise<void> {
  switch (result.kind) {
    case "started":
      await postLiveMessage(ctx, result);
      return;
    case "confirm_early":
      await ctx.reply(
        ctx.t("session-start-early-question", {
          committee: result.committeeTitle[ctx.locale],
          when: when(ctx.deps.t, ctx.locale, result.startsAt, result.zone),
        }),
        {
          reply_markup: {
            inline_keyboard: [
              [
                {
                  text: ctx.t("session-start-early-confirm"),
                  callback_data: encodeCallback({ action: "start_meeting_confirm", meetingId: result.meetingId }),
                },
              ],
            ],
          },
        },
      );
      return;
    case "not_officer":
      await ctx.reply(explainNotOfficer(ctx, result, ctx.t("session-not-officer")));
      return;
    case "no_meeting":
    case "unknown_meeting":
      await ctx.reply(ctx.t("session-start-no-meeting"));
      return;
    case "cancelled":
      await ctx.reply(ctx.t("session-start-cancelled"));
      return;
    case "ended":
      await ctx.reply(ctx.t("session-start-ended"));
      return;
    case "already_in_session":
      await ctx.reply(ctx.t("session-start-already"));
      return;
  }
}

/**
 * The session committed; its attendance message is sent now, from here, so its id can be kept for the edits that
 * follow. Pinning needs admin rights: without them the session goes on and the officer is told once.
 */
async function postLiveMessage(ctx: BotContext, started: Extract<StartResult, { kind: "started" }>): Promise<void> {
  const chatId = started.groupChatId ?? ctx.chat!.id;
  const sent = await ctx.api
    .sendMessage(chatId, started.text, { reply_markup: started.replyMarkup })
    .catch((error: unknown) => {
      ctx.log.warn("session: could not post the attendance message", {
        meetingId: started.meetingId,
        error: String(error),
      });
      return undefined;
    });
  if (!sent) {
    await ctx.reply(ctx.t("session-post-failed"));
    return;
  }
  await attachSessionMessage(ctx.deps, started.meetingId, chatId, sent.message_id, started.text);
  const pinned = chatId < 0 ? await pin(ctx, chatId, sent.message_id) : "pinned";
  const notes: string[] = [];
  if (chatId !== ctx.chat!.id) notes.push(ctx.t("session-started-private"));
  if (pinned === "no_rights") notes.push(ctx.t("session-pin-no-rights"));
  if (notes.length > 0) await tellOfficer(ctx, notes.join("\n\n"));
}

const NO_RIGHTS = /not enough rights|CHAT_ADMIN_REQUIRED/i;

/**
 * Pins the attendance message. A platform that has no pins (its first refusal as unsupported is remembered for the
 * process) is not asked again: there the message is posted anew on each change instead (the outbox does it), and
 * nobody is told anything.
 */
async function pin(
  ctx: BotContext,
  chatId: number,
  messageId: number,
): Promise<"pinned" | "no_rights" | "unsupported" | "failed"> {
  const optional = ctx.platform.optional;
  if (optional.lacks("pin")) return "unsupported";
  try {
    await ctx.api.pinChatMessage(chatId, messageId, { disable_notification: true });
    optional.note("pin", { ok: true });
    return "pinned";
  } catch (error) {
    if (error instanceof GrammyError) optional.note("pin", { ok: false, failure: error });
    if (optional.lacks("pin")) {
      ctx.log.info("session: this platform has no pins; the attendance message is posted anew on change", { chatId });
      return "unsupported";
    }
    if (error instanceof GrammyError && NO_RIGHTS.test(error.description)) return "no_rights";
    ctx.log.warn("session: could not pin the attendance message", { chatId, error: String(error) });
    return "failed";
  }
}

/** A note meant for the officer alone: privately when the bot may write to them, otherwise where they asked. */
async function tellOfficer(ctx: BotContext, text: string): Promise<void> {
  if (ctx.chat?.type === "private" || !ctx.from) {
    await ctx.reply(text);
    return;
  }
  await ctx.api.sendMessage(ctx.from.id, text).catch(() => ctx.reply(text));
}

import { sessionKeyboard } from "../../services/session/session-text.ts";
import type { BotContext } from "../context.ts";

/**
 * B3: a ballot press (a vote's or an election's) from a seat not in the room is refused privately with the way in: an
 * "I'm present" button (the session's own check-in) under `text`. Sent to the person's private chat; when the bot may
 * not write there, the alert already said to press "I'm present" on the meeting's pinned message.
 */
export async function offerCheckIn(ctx: BotContext, meetingId: number, text: string): Promise<void> {
  if (!ctx.from) return;
  await ctx.api
    .sendMessage(ctx.from.id, text, { reply_markup: sessionKeyboard(ctx.deps.t, ctx.locale, meetingId) })
    .catch((error: unknown) =>
      ctx.log.info("session: could not offer the check-in privately", { meetingId, error: String(error) }),
    );
}

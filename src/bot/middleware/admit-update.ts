import type { MiddlewareFn } from "grammy";
import { claimUpdate, releaseUpdate } from "../../db/queries/processed-updates.ts";
import { conversationKeyOf, provideConversationState } from "../conversations/storage.ts";
import type { BotContext } from "../context.ts";
import { setSpeaker, speakerIdOf } from "./load-person.ts";

/**
 * Telegram redelivers after a failed webhook answer and polling re-runs a batch after a crash: an update already
 * seen has no second effect. A handler that throws gives the update back, so a redelivery can still succeed.
 *
 * The claim also brings who is speaking and their wizard state in this chat, in the same round trip: every update
 * needs both before any handler runs.
 */
export function admitUpdate(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const { db, clock } = ctx.deps;
    const id = ctx.update.update_id;
    const admitted = await claimUpdate(db, {
      updateId: id,
      now: clock(),
      telegramId: speakerIdOf(ctx.from),
      conversationKey: conversationKeyOf(ctx),
    });
    if (!admitted.claimed) {
      ctx.log.info("duplicate update ignored", { updateId: id });
      return;
    }
    setSpeaker(ctx, admitted.person ?? null);
    provideConversationState(ctx, admitted.conversationState);
    try {
      await next();
    } catch (error) {
      await releaseUpdate(db, id).catch(() => {});
      throw error;
    }
  };
}

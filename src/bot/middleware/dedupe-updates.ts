import type { MiddlewareFn } from "grammy";
import { claimUpdate, releaseUpdate } from "../../db/queries/processed-updates.ts";
import type { BotContext } from "../context.ts";

/**
 * Telegram redelivers after a failed webhook answer and polling re-runs a batch after a crash: an update already
 * seen has no second effect. A handler that throws gives the update back, so a redelivery can still succeed.
 */
export function dedupeUpdates(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const { db, clock } = ctx.deps;
    const id = ctx.update.update_id;
    if (!(await claimUpdate(db, id, clock()))) {
      ctx.log.info("duplicate update ignored", { updateId: id });
      return;
    }
    try {
      await next();
    } catch (error) {
      await releaseUpdate(db, id).catch(() => {});
      throw error;
    }
  };
}

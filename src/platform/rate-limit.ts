// The one test for "the Bot API asks us to slow down". Telegram says so with 429; Bale says it with 429 as well, or
// with the error texts "bot limit exceed" and "local_rate_limited", which mean the same and are retried the same way.

/** What an error answer carries: a failed ApiResponse and a GrammyError both have these. */
export type ApiFailure = { error_code?: number; description?: string };

const BALE_RATE_LIMIT_TEXTS = ["bot limit exceed", "local_rate_limited"];

/** Whether this failure is the platform pacing the bot (retry after a pause), not the call itself failing. */
export function isRateLimited(failure: ApiFailure): boolean {
  if (failure.error_code === 429) return true;
  const description = (failure.description ?? "").toLowerCase();
  return BALE_RATE_LIMIT_TEXTS.some((text) => description.includes(text));
}

// How fast the bot may send, by platform. The send budget (delivery/send-limiter.ts) applies whichever it is given.

export type SendLimits = {
  /** Sends by the whole bot within any second. */
  perSecondOverall: number;
  /** Least gap between two sends to one chat: Telegram allows about one per second per chat. */
  chatGapMs: number;
  /** Sends to one group (negative chat id) within any rolling minute. */
  perMinutePerGroup: number;
  /**
   * Least gap between any two sends. Thirty back-to-back sends at the edge of a window let a few milliseconds of
   * jitter put a thirty-first inside Telegram's second, and a 429 then pauses everything; an even pace does not.
   */
  overallGapMs: number;
};

/** Telegram: 30 a second overall, one a second per chat, twenty a minute per group. */
export const TELEGRAM_SEND_LIMITS: SendLimits = {
  perSecondOverall: 30,
  chatGapMs: 1000,
  perMinutePerGroup: 20,
  overallGapMs: 34,
};

/**
 * Bale: about 20 a second overall and about 120 a minute per chat, groups included. 120 a minute is one every half
 * second, so the per-chat gap alone keeps a group under it; the group rule repeats the same bound.
 */
export const BALE_SEND_LIMITS: SendLimits = {
  perSecondOverall: 20,
  chatGapMs: 500,
  perMinutePerGroup: 120,
  overallGapMs: 50,
};

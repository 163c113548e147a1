/**
 * The sandbox's one clock: the wall clock moved forward by what the page asked for. The bot, its forms and its job
 * ticker all read it (ServiceDeps.clock), so reminders and deadlines fire as they would after that much time.
 */
export type MovableClock = {
  now: () => Date;
  /** How far ahead of the wall clock it runs, in ms. */
  offsetMs: () => number;
  advance: (ms: number) => void;
};

export function createMovableClock(wallClock: () => number = Date.now, startOffsetMs = 0): MovableClock {
  let offset = Number.isFinite(startOffsetMs) && startOffsetMs > 0 ? startOffsetMs : 0;
  return {
    now: () => new Date(wallClock() + offset),
    offsetMs: () => offset,
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms <= 0) throw new RangeError("the clock only moves forward");
      offset += ms;
    },
  };
}

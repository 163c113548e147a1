import { describe, expect, it } from "vitest";
import { fromJalali, zonedInstant } from "../../src/domain/calendar.ts";
import { autoCloseAt } from "../../src/domain/session-close.ts";

const TEHRAN = "Asia/Tehran";
const at = (hour: number, minute = 0) => zonedInstant(fromJalali(1405, 9, 21), { hour, minute }, TEHRAN);

describe("B9: a session left open is closed by the bot", () => {
  it("B9: a session left open is closed 6 hours after it started", () => {
    expect(autoCloseAt(at(10), TEHRAN)).toEqual(at(16));
    expect(autoCloseAt(at(8, 30), TEHRAN)).toEqual(at(14, 30));
    expect(autoCloseAt(at(18), TEHRAN)).toEqual(zonedInstant(fromJalali(1405, 9, 22), { hour: 0, minute: 0 }, TEHRAN));
  });

  it("B9: a session started in the evening is closed at midnight HQ time, the end of its meeting day", () => {
    const midnight = zonedInstant(fromJalali(1405, 9, 22), { hour: 0, minute: 0 }, TEHRAN);
    expect(autoCloseAt(at(20), TEHRAN)).toEqual(midnight);
    expect(autoCloseAt(at(23, 45), TEHRAN)).toEqual(midnight);
    // Midnight is the HQ's: 20:00 in Tehran is 16:30 UTC, and an HQ on UTC has 7½ hours to midnight, so +6 h applies.
    expect(at(20)).toEqual(new Date("2026-12-12T16:30:00Z"));
    expect(autoCloseAt(at(20), "UTC")).toEqual(new Date("2026-12-12T22:30:00Z"));
  });
});

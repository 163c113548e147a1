import { describe, expect, it } from "vitest";
import { decidedAnswer, notStartedAskAt } from "../../src/domain/not-started.ts";

describe("B9/B13: a meeting that never started is asked about the day after", () => {
  it("asks at 09:00 HQ time on the next local day, even for a meeting late in the evening", () => {
    // 22:30 Tehran on 7 December is 19:00 UTC; the next morning at 09:00 Tehran is 05:30 UTC on 8 December.
    expect(notStartedAskAt(new Date("2026-12-07T19:00:00Z"), "Asia/Tehran").toISOString()).toBe(
      "2026-12-08T05:30:00.000Z",
    );
    // 00:30 Tehran on 8 December (21:00 UTC on the 7th) is asked about on 9 December.
    expect(notStartedAskAt(new Date("2026-12-07T21:00:00Z"), "Asia/Tehran").toISOString()).toBe(
      "2026-12-09T05:30:00.000Z",
    );
  });

  it("a meeting that left 'scheduled' has its answer already", () => {
    expect(decidedAnswer("scheduled")).toBeNull();
    expect(decidedAnswer("in_session")).toBe("start");
    expect(decidedAnswer("ended")).toBe("start");
    expect(decidedAnswer("cancelled")).toBe("cancel");
    expect(decidedAnswer("not_held")).toBe("not_held");
  });
});

import { describe, expect, it } from "vitest";
import { LANES, laneOf, priorityOf, REPLY_PURPOSE } from "../../src/domain/delivery-lanes.ts";

describe("delivery lanes", () => {
  it("puts a person's answer first, then what a session needs, then live edits, then bulk", () => {
    expect(LANES.interactive).toBeLessThan(LANES.session);
    expect(LANES.session).toBeLessThan(LANES.live);
    expect(LANES.live).toBeLessThan(LANES.bulk);
  });

  it("maps each purpose to its lane", () => {
    expect(laneOf(REPLY_PURPOSE)).toBe("interactive");
    expect(laneOf("guest_registered")).toBe("interactive");
    for (const purpose of [
      "vote_ballot",
      "vote_result",
      "session_check_in",
      "session_final_attendance",
      "election",
      "election_result",
    ]) {
      expect(laneOf(purpose)).toBe("session");
    }
    expect(laneOf("vote_tally")).toBe("live");
    expect(laneOf("session_attendance")).toBe("live");
    for (const purpose of [
      "invitation",
      "minutes_signed",
      "reminder_rsvp_1d",
      "referral_report",
      "annual_report",
      "unreachable_notice",
    ]) {
      expect(laneOf(purpose)).toBe("bulk");
    }
  });

  it("a purpose nobody listed waits in bulk, and inherited object keys are not purposes", () => {
    expect(laneOf("something_new")).toBe("bulk");
    expect(laneOf("toString")).toBe("bulk");
    expect(laneOf("constructor")).toBe("bulk");
  });

  it("stores the lane as the outbox priority, lower sooner", () => {
    expect(priorityOf("reply")).toBe(1);
    expect(priorityOf("vote_result")).toBe(2);
    expect(priorityOf("vote_tally")).toBe(3);
    expect(priorityOf("invitation")).toBe(4);
  });
});

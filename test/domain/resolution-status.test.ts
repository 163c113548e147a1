import { describe, expect, it } from "vitest";
import {
  approvingHqKey,
  type ResolutionAction,
  type ResolutionStatus,
  transition,
} from "../../src/domain/resolution-status.ts";

const ALL: ResolutionStatus[] = [
  "not_passed",
  "recorded",
  "awaiting_approval",
  "returned",
  "notified",
  "approved",
  "in_progress",
  "blocked",
  "implemented",
];
const ACTIONS: ResolutionAction[] = [
  { kind: "submit", passed: true },
  { kind: "submit", passed: false },
  { kind: "approve" },
  { kind: "return", comment: "needs budget line" },
  { kind: "resubmit" },
  { kind: "acknowledge" },
  { kind: "report", answer: "done" },
  { kind: "report", answer: "in_progress" },
  { kind: "report", answer: "blocked", note: "no funds" },
];

/** Every allowed transition, and nothing else. */
const ALLOWED: Record<string, ResolutionStatus> = {
  "recorded|submit:true": "awaiting_approval",
  "recorded|submit:false": "not_passed",
  "awaiting_approval|approve": "approved",
  "awaiting_approval|return": "returned",
  "returned|resubmit": "awaiting_approval",
  "notified|acknowledge": "approved",
  "approved|report:done": "implemented",
  "approved|report:in_progress": "in_progress",
  "approved|report:blocked": "blocked",
  "in_progress|report:done": "implemented",
  "in_progress|report:in_progress": "in_progress",
  "in_progress|report:blocked": "blocked",
  "blocked|report:done": "implemented",
  "blocked|report:in_progress": "in_progress",
  "blocked|report:blocked": "blocked",
};

const keyOf = (status: ResolutionStatus, action: ResolutionAction) =>
  `${status}|${action.kind}${action.kind === "submit" ? `:${action.passed}` : action.kind === "report" ? `:${action.answer}` : ""}`;

describe("B11/B14 resolution state machine", () => {
  for (const status of ALL) {
    for (const action of ACTIONS) {
      const key = keyOf(status, action);
      const expected = ALLOWED[key];
      it(expected ? `${key} → ${expected}` : `${key} is refused`, () => {
        expect(transition(status, action)).toEqual(
          expected ? { ok: true, next: expected } : { ok: false, reason: "not_allowed" },
        );
      });
    }
  }

  it("returning needs a comment and reporting Blocked needs a reason", () => {
    expect(transition("awaiting_approval", { kind: "return", comment: "  " })).toEqual({
      ok: false,
      reason: "comment_required",
    });
    expect(transition("approved", { kind: "report", answer: "blocked" })).toEqual({
      ok: false,
      reason: "reason_required",
    });
  });

  it("B11 a county with a provincial HQ is approved there; without one, by its own HQ", () => {
    expect(approvingHqKey({ key: "county", parentKey: "province" }, new Set(["county", "province"]))).toBe("province");
    expect(approvingHqKey({ key: "county", parentKey: null }, new Set(["county"]))).toBe("county");
    expect(approvingHqKey({ key: "county", parentKey: "province" }, new Set(["county"]))).toBe("county");
  });
});

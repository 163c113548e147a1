/**
 * The life of a resolution (bylaw B11, B14):
 *
 *   recorded ──minutes signed──▶ awaiting_approval ──approve──▶ approved ──owner reports──▶ in_progress / blocked
 *       │  (not passed)                  │ return                    │                          │
 *       ▼                                ▼                           └────────done─────────────▶ implemented
 *   not_passed                        returned ──resubmit──▶ awaiting_approval
 *
 *   notified (an HQ resolution, B14) ──acknowledge──▶ approved
 *
 * B11: execution of a group's decision needs the approving HQ's approval; B14: an HQ resolution binds once notified.
 */
export type ResolutionStatus =
  | "not_passed"
  | "recorded"
  | "awaiting_approval"
  | "returned"
  | "notified"
  | "approved"
  | "in_progress"
  | "blocked"
  | "implemented";

export type ResolutionAction =
  | { kind: "submit"; passed: boolean }
  | { kind: "approve" }
  | { kind: "return"; comment: string }
  | { kind: "resubmit" }
  | { kind: "acknowledge" }
  | { kind: "report"; answer: "done" | "in_progress" | "blocked"; note?: string };

/** Who may take an action: the approving HQ's staff, the committee's secretary or chair, or the owner seat's holder. */
export type ResolutionActor = "approver" | "officer" | "owner";

export const ACTORS: Record<ResolutionAction["kind"], readonly ResolutionActor[]> = {
  submit: ["officer"],
  approve: ["approver"],
  return: ["approver"],
  resubmit: ["officer"],
  acknowledge: ["officer"],
  report: ["owner", "officer"],
};

export type Transition =
  | { ok: true; next: ResolutionStatus }
  | { ok: false; reason: "not_allowed" | "comment_required" | "reason_required" };

export function transition(status: ResolutionStatus, action: ResolutionAction): Transition {
  switch (action.kind) {
    case "submit":
      return status === "recorded" ? { ok: true, next: action.passed ? "awaiting_approval" : "not_passed" } : denied;
    case "approve":
      return status === "awaiting_approval" ? { ok: true, next: "approved" } : denied;
    case "return":
      if (status !== "awaiting_approval") return denied;
      return action.comment.trim() ? { ok: true, next: "returned" } : { ok: false, reason: "comment_required" };
    case "resubmit":
      return status === "returned" ? { ok: true, next: "awaiting_approval" } : denied;
    case "acknowledge":
      return status === "notified" ? { ok: true, next: "approved" } : denied;
    case "report":
      if (!FOLLOWED.has(status)) return denied;
      if (action.answer === "blocked" && !action.note?.trim()) return { ok: false, reason: "reason_required" };
      return { ok: true, next: action.answer === "done" ? "implemented" : action.answer };
  }
}

const denied: Transition = { ok: false, reason: "not_allowed" };

/** States in which the owner is asked for progress on a schedule. */
export const FOLLOWED: ReadonlySet<ResolutionStatus> = new Set(["approved", "in_progress", "blocked"]);

/** B11: the county HQ's own staff approve unless it has a provincial HQ above it. */
export function approvingHqKey(
  hq: { key: string; parentKey: string | null },
  existingKeys: ReadonlySet<string>,
): string {
  return hq.parentKey && existingKeys.has(hq.parentKey) ? hq.parentKey : hq.key;
}

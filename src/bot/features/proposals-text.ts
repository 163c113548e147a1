import type { ProposalDecisionResult } from "../../services/proposals/proposals.ts";
import type { MessageKey } from "../../services/shared/deps.ts";

/** What the secretary is told after deciding on a proposal (or being refused), one key per outcome. */
export const proposalDecisionKeys: Record<ProposalDecisionResult["kind"], MessageKey> = {
  accepted: "proposal-accepted-done",
  declined: "proposal-declined-done",
  already_decided: "proposal-decision-already-decided",
  not_officer: "proposal-decision-not-officer",
  unknown_proposal: "proposal-decision-unknown-proposal",
  meeting_closed: "proposal-decision-meeting-closed",
  reason_required: "proposal-decision-reason-required",
};

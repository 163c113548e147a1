import type { ResolutionStatus } from "../../domain/resolution-status.ts";
import type { MessageKey } from "../shared/deps.ts";

/** How each status of a resolution is named to people (B11, B14). */
export const resolutionStatusKeys: Record<ResolutionStatus, MessageKey> = {
  not_passed: "resolution-status-not-passed",
  recorded: "resolution-status-recorded",
  awaiting_approval: "resolution-status-awaiting-approval",
  returned: "resolution-status-returned",
  notified: "resolution-status-notified",
  approved: "resolution-status-approved",
  in_progress: "resolution-status-in-progress",
  blocked: "resolution-status-blocked",
  implemented: "resolution-status-implemented",
};

import { createConversation } from "@grammyjs/conversations";
import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { appointWizard } from "./terms-wizard.ts";
import { conveneWizard } from "./convening-wizard.ts";
import { delegationWizard } from "./delegations-wizard.ts";
import { visitCancelWizard, visitCommitteeWizard, visitOtherDateWizard } from "./field-visits-wizards.ts";
import { referralReportWizard } from "./referrals-wizard.ts";
import { subgroupRejectWizard, subgroupWizard } from "./subgroups-wizards.ts";
import { meetingRequestWizard } from "./convening-request-wizard.ts";
import { minutesCorrectionWizard, minutesEditWizard } from "./minutes-wizard.ts";
import { declineReasonWizard, proposeWizard } from "./proposals-wizards.ts";
import { assignWizard, resolutionNoteWizard } from "./resolutions-wizards.ts";

/**
 * Every wizard, installed right after the conversations plugin: an active wizard sees the person's next message
 * before any command handler does (and closes itself on a command, letting it run).
 */
export const wizards = new Composer<BotContext>();
wizards.use(createConversation(conveneWizard, "convene"));
wizards.use(createConversation(proposeWizard, "propose"));
wizards.use(createConversation(declineReasonWizard, "declineReason"));
wizards.use(createConversation(minutesEditWizard, "minutesEdit"));
wizards.use(createConversation(minutesCorrectionWizard, "minutesCorrection"));
wizards.use(createConversation(delegationWizard, "delegate"));
wizards.use(createConversation(resolutionNoteWizard, "resolutionNote"));
wizards.use(createConversation(assignWizard, "assign"));
wizards.use(createConversation(referralReportWizard, "referralReport"));
wizards.use(createConversation(visitCommitteeWizard, "visitCommittee"));
wizards.use(createConversation(visitOtherDateWizard, "visitOtherDate"));
wizards.use(createConversation(visitCancelWizard, "visitCancel"));
wizards.use(createConversation(subgroupWizard, "subgroup"));
wizards.use(createConversation(subgroupRejectWizard, "subgroupReject"));
wizards.use(createConversation(appointWizard, "appoint"));
wizards.use(createConversation(meetingRequestWizard, "meetingRequest"));

import { createConversation } from "@grammyjs/conversations";
import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { conveneWizard } from "./convene-wizard.ts";
import { minutesCorrectionWizard, minutesEditWizard } from "./minutes-wizard.ts";
import { declineReasonWizard, proposeWizard } from "./proposal-wizards.ts";

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

import { type Api, GrammyError } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Role } from "../domain/roles.ts";
import type { Locale } from "../domain/text.ts";
import { LOCALES } from "../i18n.ts";
import type { Logger } from "../logger.ts";
import type { OptionalMethods } from "../platform/optional-methods.ts";
import type { MessageKey, Translate } from "../services/shared/deps.ts";

type Audience = Role | "everyone";

export type CommandSpec = {
  command: string;
  /** The locale key of its one-line description, in the menu and in /help. */
  description: MessageKey;
  /** Who sees it in /help; the service still checks every action. */
  audience: readonly Audience[];
  /** Offered in group chats' command menus as well. */
  inGroups?: boolean;
};

/** Every command the bot understands, in the order /help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  { command: "start", description: "cmd-start", audience: ["everyone"] },
  { command: "help", description: "cmd-help", audience: ["everyone"], inGroups: true },
  { command: "me", description: "cmd-me", audience: ["everyone"] },
  { command: "lang", description: "cmd-lang", audience: ["everyone"] },
  { command: "meetings", description: "cmd-meetings", audience: ["member"], inGroups: true },
  { command: "agenda", description: "cmd-agenda", audience: ["member"], inGroups: true },
  { command: "propose", description: "cmd-propose", audience: ["member"] },
  { command: "requestmeeting", description: "cmd-requestmeeting", audience: ["member"] },
  { command: "delegate", description: "cmd-delegate", audience: ["member"] },
  { command: "convene", description: "cmd-convene", audience: ["secretary", "chair"], inGroups: true },
  { command: "rsvps", description: "cmd-rsvps", audience: ["secretary", "chair"] },
  { command: "reschedule", description: "cmd-reschedule", audience: ["secretary", "chair"] },
  { command: "cancel", description: "cmd-cancel", audience: ["secretary", "chair"] },
  { command: "guest", description: "cmd-guest", audience: ["secretary", "chair"] },
  { command: "startmeeting", description: "cmd-startmeeting", audience: ["secretary", "chair"], inGroups: true },
  { command: "attendance", description: "cmd-attendance", audience: ["secretary", "chair"], inGroups: true },
  { command: "vote", description: "cmd-vote", audience: ["secretary", "chair"], inGroups: true },
  { command: "closevote", description: "cmd-closevote", audience: ["secretary", "chair"], inGroups: true },
  { command: "endmeeting", description: "cmd-endmeeting", audience: ["secretary", "chair"], inGroups: true },
  { command: "minutes", description: "cmd-minutes", audience: ["secretary", "chair"] },
  { command: "overdue", description: "cmd-overdue", audience: ["secretary", "chair", "staff"] },
  { command: "overview", description: "cmd-overview", audience: ["staff"] },
  { command: "verify", description: "cmd-verify", audience: ["everyone"], inGroups: true },
  { command: "decisions", description: "cmd-decisions", audience: ["member", "staff"] },
  { command: "assign", description: "cmd-assign", audience: ["secretary", "chair"] },
  { command: "notify", description: "cmd-notify", audience: ["staff"] },
  { command: "refer", description: "cmd-refer", audience: ["staff"] },
  { command: "referrals", description: "cmd-referrals", audience: ["secretary", "chair", "staff"] },
  { command: "report", description: "cmd-report", audience: ["secretary", "chair"] },
  { command: "visit", description: "cmd-visit", audience: ["secretary", "chair"], inGroups: true },
  { command: "cancelvisit", description: "cmd-cancelvisit", audience: ["secretary", "chair"] },
  { command: "subgroup", description: "cmd-subgroup", audience: ["secretary", "chair"] },
  { command: "quarterly", description: "cmd-quarterly", audience: ["secretary", "chair"], inGroups: true },
  { command: "monthly", description: "cmd-monthly", audience: ["secretary", "chair"], inGroups: true },
  { command: "annualreport", description: "cmd-annualreport", audience: ["staff"] },
  { command: "appoint", description: "cmd-appoint", audience: ["staff"] },
  { command: "elect", description: "cmd-elect", audience: ["member"], inGroups: true },
  { command: "closeelection", description: "cmd-closeelection", audience: ["member"], inGroups: true },
];

const GROUP_COMMANDS = COMMANDS.filter((c) => c.inGroups);

export function commandsFor(roles: ReadonlySet<Role>): CommandSpec[] {
  return COMMANDS.filter((spec) => spec.audience.some((who) => who === "everyone" || roles.has(who)));
}

function menu(specs: readonly CommandSpec[], locale: Locale, t: Translate): BotCommand[] {
  return specs.map((spec) => ({ command: spec.command, description: t(locale, spec.description) }));
}

/** The command menus, in each language, for private chats and for group chats. */
export async function registerCommandMenus(api: Api, t: Translate): Promise<void> {
  for (const locale of LOCALES) {
    const languageCode = locale;
    await api.setMyCommands(menu(COMMANDS, locale, t), {
      scope: { type: "all_private_chats" },
      language_code: languageCode,
    });
    await api.setMyCommands(menu(GROUP_COMMANDS, locale, t), {
      scope: { type: "all_group_chats" },
      language_code: languageCode,
    });
  }
  // Clients whose language is neither get the Persian menus, the HQ's primary language.
  await api.setMyCommands(menu(COMMANDS, "fa", t), { scope: { type: "all_private_chats" } });
  await api.setMyCommands(menu(GROUP_COMMANDS, "fa", t), { scope: { type: "all_group_chats" } });
}

/**
 * At start-up: the menus, and what the platform answered (Bale's setMyCommands is undocumented). Refused as
 * unsupported, it is not tried again in this process and /help says it is the menu; any other failure is logged.
 */
export async function probeCommandMenus(
  api: Api,
  t: Translate,
  optional: OptionalMethods,
  log: Pick<Logger, "info" | "warn">,
): Promise<void> {
  try {
    await registerCommandMenus(api, t);
    optional.note("commandMenu", { ok: true });
  } catch (error) {
    const failure = error instanceof GrammyError ? error : {};
    optional.note("commandMenu", { ok: false, failure });
    if (optional.lacks("commandMenu")) log.info("no command menu on this platform: /help is the menu");
    else log.warn("command menus not registered", { error: String(error) });
  }
}

/**
 * The menu of one person's private chat in the language they chose with /lang: Telegram picks the menu by the app's
 * language, so an official whose phone is in English would otherwise keep the English menu after choosing Persian.
 */
export async function setPersonalMenu(api: Api, t: Translate, telegramId: number, locale: Locale): Promise<void> {
  await api.setMyCommands(menu(COMMANDS, locale, t), { scope: { type: "chat", chat_id: telegramId } });
}

import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Role } from "../domain/roles.ts";
import type { Locale } from "../domain/text.ts";
import { LOCALES } from "../i18n.ts";
import type { Translate } from "../services/deps.ts";

type Audience = Role | "everyone";

export type CommandSpec = {
  command: string;
  /** Who sees it in /help; the service still checks every action. */
  audience: readonly Audience[];
  /** Offered in group chats' command menus as well. */
  inGroups?: boolean;
};

/** Every command the bot understands, in the order /help lists them. The description is the locale key `cmd-<command>`. */
export const COMMANDS: readonly CommandSpec[] = [
  { command: "start", audience: ["everyone"] },
  { command: "help", audience: ["everyone"], inGroups: true },
  { command: "me", audience: ["everyone"] },
  { command: "lang", audience: ["everyone"] },
  { command: "meetings", audience: ["member"], inGroups: true },
  { command: "agenda", audience: ["member"], inGroups: true },
  { command: "propose", audience: ["member"] },
  { command: "requestmeeting", audience: ["member"] },
  { command: "delegate", audience: ["member"] },
  { command: "convene", audience: ["secretary", "chair"], inGroups: true },
  { command: "rsvps", audience: ["secretary", "chair"] },
  { command: "reschedule", audience: ["secretary", "chair"] },
  { command: "cancel", audience: ["secretary", "chair"] },
  { command: "guest", audience: ["secretary", "chair"] },
  { command: "startmeeting", audience: ["secretary", "chair"], inGroups: true },
  { command: "attendance", audience: ["secretary", "chair"], inGroups: true },
  { command: "vote", audience: ["secretary", "chair"], inGroups: true },
  { command: "closevote", audience: ["secretary", "chair"], inGroups: true },
  { command: "endmeeting", audience: ["secretary", "chair"], inGroups: true },
  { command: "minutes", audience: ["secretary", "chair"] },
  { command: "overdue", audience: ["secretary", "chair", "staff"] },
  { command: "verify", audience: ["everyone"], inGroups: true },
  { command: "decisions", audience: ["member", "staff"] },
  { command: "assign", audience: ["secretary", "chair"] },
  { command: "notify", audience: ["staff"] },
  { command: "refer", audience: ["staff"] },
  { command: "referrals", audience: ["secretary", "chair", "staff"] },
  { command: "report", audience: ["secretary", "chair"] },
  { command: "visit", audience: ["secretary", "chair"], inGroups: true },
  { command: "cancelvisit", audience: ["secretary", "chair"] },
  { command: "subgroup", audience: ["secretary", "chair"] },
  { command: "quarterly", audience: ["secretary", "chair"], inGroups: true },
  { command: "monthly", audience: ["secretary", "chair"], inGroups: true },
  { command: "annualreport", audience: ["staff"] },
  { command: "appoint", audience: ["staff"] },
  { command: "elect", audience: ["member"], inGroups: true },
  { command: "closeelection", audience: ["member"], inGroups: true },
];

export function commandsFor(roles: ReadonlySet<Role>): CommandSpec[] {
  return COMMANDS.filter((spec) => spec.audience.some((who) => who === "everyone" || roles.has(who)));
}

function menu(specs: readonly CommandSpec[], locale: Locale, t: Translate): BotCommand[] {
  return specs.map((spec) => ({ command: spec.command, description: t(locale, `cmd-${spec.command}`) }));
}

/** The command menus, in each language, for private chats and for group chats. */
export async function registerCommandMenus(api: Api, t: Translate): Promise<void> {
  for (const locale of LOCALES) {
    const languageCode = locale;
    await api.setMyCommands(menu(COMMANDS, locale, t), { scope: { type: "all_private_chats" }, language_code: languageCode });
    await api.setMyCommands(
      menu(
        COMMANDS.filter((c) => c.inGroups),
        locale,
        t,
      ),
      { scope: { type: "all_group_chats" }, language_code: languageCode },
    );
  }
  // Clients whose language is neither get the Persian menu, the HQ's primary language.
  await api.setMyCommands(menu(COMMANDS, "fa", t), { scope: { type: "all_private_chats" } });
}

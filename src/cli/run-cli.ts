import { readFileSync } from "node:fs";
import { Api } from "grammy";
import { Document, parse as parseYaml, stringify } from "yaml";
import { type CliConfig, ConfigError, MISSING_TOKEN_MESSAGE, parseCliConfig } from "../config.ts";
import { DirectoryLockedError } from "../db/directory-lock.ts";
import { type DatabaseHandle, openDatabase } from "../db/client.ts";
import { listHeadquarters } from "../db/queries/headquarters.ts";
import { type RosterIssue, validateRoster } from "../domain/roster.ts";
import { isolatedIn, issueVariables } from "../domain/roster-issues.ts";
import type { Locale } from "../domain/text.ts";
import { createI18n, translatorOf } from "../i18n.ts";
import { cliLocale } from "./cli-locale.ts";
import { userPath } from "./user-path.ts";
import type { ServiceDeps, Translate } from "../services/shared/deps.ts";
import { issueSeatInvites } from "../services/roster/invites.ts";
import { exportRoster } from "../services/roster/export-roster.ts";
import { importNoticeText } from "../services/roster/import-notices.ts";
import { importRoster } from "../services/roster/import-roster.ts";
import { rosterTemplate } from "../services/roster/roster-template.ts";
import { auditVerifyCommand } from "./audit-command.ts";
import { backupCommand, embeddedSnapshot } from "./backup-command.ts";
import { restoreCommand } from "./restore-command.ts";
import type { Output } from "./output.ts";
import { readFailureText } from "./read-failure.ts";
import { platformNamed, startLink } from "../platform/platform.ts";

/** Options the CLI knows; anything else is a typing slip that must not be ignored silently. */
const KNOWN_OPTIONS = new Set(["lang", "hq", "force"]);

/**
 * Roster administration for HQ secretariat staff. Returns the process exit code: 0 when the command did its work,
 * 2 for a command, option or setting that was wrong, 1 for anything that failed on the way; the reason always goes
 * to stderr, so scripts see failures and `roster export > file` never holds an error.
 */
export async function runCli(argv: string[], env: Record<string, string | undefined>, io: Output): Promise<number> {
  const args = parseArgs(argv);
  const locale: Locale = cliLocale(args.flags.lang, env);
  const t = translatorOf(createI18n());
  try {
    return await runCommand(args, env, io, locale, t);
  } catch (error) {
    io.err(t(locale, "cli-failed", { reason: error instanceof Error ? error.message : String(error) }));
    return 1;
  }
}

async function runCommand(
  args: ReturnType<typeof parseArgs>,
  env: Record<string, string | undefined>,
  io: Output,
  locale: Locale,
  t: Translate,
): Promise<number> {
  const [group, action] = args.positional;
  const unknownOption = Object.keys(args.flags).find((name) => !KNOWN_OPTIONS.has(name));
  if (unknownOption !== undefined) {
    io.err(t(locale, "cli-unknown-option", { option: `--${unknownOption}` }));
    io.err(t(locale, "cli-usage"));
    return 2;
  }

  if (group === "roster" && action === "template") {
    io.out(templateText(locale, t));
    return 0;
  }
  const known =
    (group === "roster" && ["import", "export", "invites"].includes(action ?? "")) ||
    group === "migrate" ||
    (group === "audit" && action === "verify") ||
    group === "backup" ||
    group === "restore";
  if (group === "help") {
    io.out(t(locale, "cli-usage"));
    return 0;
  }
  if (!known) {
    io.err(t(locale, "cli-usage"));
    return 2;
  }

  let config: ReturnType<typeof parseCliConfig>;
  try {
    config = parseCliConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
  // These open the database their own way: through the running bot when it holds the embedded directory.
  const file = args.positional[1] === undefined ? undefined : userPath(args.positional[1], env);
  if (group === "backup") return backupCommand(config, file, locale, t, io);
  if (group === "restore") return restoreCommand(config, file, args.flags.force !== undefined, locale, t, io);
  if (group === "audit") return auditCommand(config, args.flags.hq, locale, t, io);
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase(config.database);
  } catch (error) {
    io.err(
      error instanceof DirectoryLockedError
        ? error.message
        : t(locale, "cli-database-unreachable", { reason: error instanceof Error ? error.message : String(error) }),
    );
    return 1;
  }
  const deps: ServiceDeps = { db: handle.db, clock: () => new Date(), t };
  try {
    if (group === "migrate") {
      io.out(t(locale, "cli-migrated"));
      return 0;
    }
    if (action === "import")
      return await importCommand(deps, args.positional[2], locale, io, {
        defaultTimezone: config.defaultTimezone,
        env,
      });
    const hqKey = await chooseHeadquarters(deps, args.flags.hq, locale, io, action === "invites");
    if (hqKey === null) return 1;
    if (action === "export") {
      io.out(stringify(await exportRoster(deps.db, hqKey!), { lineWidth: 0 }));
      return 0;
    }
    return await invitesCommand(deps, hqKey, config, locale, io);
  } finally {
    await handle.close();
  }
}

/** `audit verify`: on the database itself, or on a snapshot of it taken by the bot that is running on it. */
async function auditCommand(
  config: CliConfig,
  hqKey: string | undefined,
  locale: Locale,
  t: Translate,
  io: Output,
): Promise<number> {
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase(config.database);
  } catch (error) {
    if (!(error instanceof DirectoryLockedError) || !("dataDir" in config.database)) throw error;
    const snapshot = await embeddedSnapshot(config.database.dataDir, locale, t, io);
    if (snapshot === null) return 1;
    handle = await openDatabase({ memory: true, loadDataDir: new Blob([Buffer.from(snapshot)]) });
    io.out(t(locale, "audit-from-running-bot"));
  }
  try {
    return await auditVerifyCommand(handle.db, hqKey, locale, t, io);
  } finally {
    await handle.close();
  }
}

function templateText(locale: Locale, t: Translate): string {
  const document = new Document(rosterTemplate(locale, t));
  document.commentBefore = t(locale, "roster-template-header")
    .split("\n")
    .map((line) => ` ${line}`)
    .join("\n");
  return document.toString({ lineWidth: 0 });
}

async function importCommand(
  deps: ServiceDeps,
  file: string | undefined,
  locale: Locale,
  io: Output,
  { defaultTimezone, env }: { defaultTimezone: string; env: Record<string, string | undefined> },
): Promise<number> {
  const t = deps.t;
  if (!file) {
    io.err(t(locale, "cli-usage"));
    return 2;
  }
  let data: unknown;
  try {
    data = parseYaml(readFileSync(userPath(file, env), "utf8"));
  } catch (error) {
    io.err(t(locale, "cli-import-unreadable", { file, reason: readFailureText(t, locale, error) }));
    return 1;
  }
  const validated = validateRoster(withDefaultTimezone(data, defaultTimezone));
  if (!validated.ok) {
    io.err(t(locale, "cli-import-invalid", { file: isolatedIn(locale, file) }));
    for (const issue of validated.issues) {
      const message = isolatedIn(locale, rosterIssueText(t, locale, issue));
      const path = isolatedIn(locale, issue.path);
      io.err(
        issue.path === ""
          ? t(locale, "cli-import-issue-file", { message })
          : t(locale, "cli-import-issue", { path, message }),
      );
    }
    return 1;
  }
  const report = await importRoster(deps, validated.roster, { personId: null, telegramId: null });
  const count = report.changes.length;
  io.out(
    count === 0
      ? t(locale, "cli-import-unchanged", { hq: report.hqKey })
      : t(locale, "cli-import-done", { hq: report.hqKey, count }),
  );
  for (const notice of report.notices) io.out(importNoticeText(t, locale, notice));
  return 0;
}

/** What is wrong at one spot of a roster file, in the reader's language. */
export function rosterIssueText(t: Translate, locale: Locale, issue: RosterIssue): string {
  return t(
    locale,
    issue.key,
    issueVariables(issue.vars, locale, (word) => t(locale, word)),
  );
}

/** The HQ named by --hq; with a single HQ it is implied; for invites, absent means every HQ. */
async function chooseHeadquarters(
  deps: ServiceDeps,
  requested: string | undefined,
  locale: Locale,
  io: Output,
  allowAll: boolean,
): Promise<string | undefined | null> {
  const hqs = await listHeadquarters(deps.db);
  const known = hqs.map((hq) => hq.key).join(", ") || "—";
  if (hqs.length === 0) {
    io.err(deps.t(locale, "cli-no-hq"));
    return null;
  }
  if (requested !== undefined) {
    if (hqs.some((hq) => hq.key === requested)) return requested;
    io.err(deps.t(locale, "cli-unknown-hq", { hq: requested, known }));
    return null;
  }
  if (hqs.length === 1) return hqs[0]!.key;
  if (allowAll) return undefined;
  io.err(deps.t(locale, "cli-choose-hq", { known }));
  return null;
}

async function invitesCommand(
  deps: ServiceDeps,
  hqKey: string | undefined,
  config: ReturnType<typeof parseCliConfig>,
  locale: Locale,
  io: Output,
): Promise<number> {
  if (!config.botToken) {
    io.err(MISSING_TOKEN_MESSAGE);
    return 2;
  }
  let username: string;
  try {
    username = (await new Api(config.botToken, { apiRoot: config.botApiRoot }).getMe()).username;
  } catch (error) {
    const messenger = platformNamed(config.platform).localName[locale];
    io.err(deps.t(locale, "cli-bot-unreachable", { reason: (error as Error).message, messenger }));
    return 1;
  }
  const invites = await issueSeatInvites(deps, hqKey);
  if (invites.length === 0) io.out(deps.t(locale, "cli-invites-none"));
  for (const invite of invites) {
    io.out(
      deps.t(locale, "cli-invite-line", {
        hq: invite.hqKey,
        committee: invite.committeeKey,
        seat: invite.seatTitle,
        link: startLink(platformNamed(config.platform), username, invite.token),
      }),
    );
  }
  return 0;
}

/** Flags that take no value: `restore FILE --force` must not read the next word as the flag's value. */
const SWITCHES = new Set(["force"]);

function parseArgs(argv: string[]): { positional: string[]; flags: Record<string, string> } {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
      flags[name] = inline ?? (SWITCHES.has(name) ? "" : (argv[++i] ?? ""));
    } else positional.push(arg);
  }
  return { positional, flags };
}

/** An HQ whose file names no time zone is in the deployment's DEFAULT_TIMEZONE. */
function withDefaultTimezone(data: unknown, zone: string): unknown {
  if (typeof data !== "object" || data === null || !("headquarters" in data)) return data;
  const hq = (data as { headquarters: unknown }).headquarters;
  if (typeof hq !== "object" || hq === null || Array.isArray(hq) || "timezone" in hq) return data;
  return { ...data, headquarters: { ...hq, timezone: zone } };
}

import { Composer } from "grammy";
import { decodeCallback } from "../../domain/callback-data.ts";
import { localizeDigits, normalizePersian } from "../../domain/text.ts";
import { dayOf } from "../../services/shared/meeting-text.ts";
import { type BallotResult, voteInElection } from "../../services/elections/cast-ballot.ts";
import { type CloseElectionResult, closeElection } from "../../services/elections/close-election.ts";
import { electionKeyboard, electionResultText, electionText } from "../../services/elections/election-text.ts";
import { type OpenElectionResult, openElection } from "../../services/elections/open-election.ts";
import type { BotContext } from "../context.ts";
import { explainNotOfficer } from "../explain.ts";
import { commandBody } from "../shared/command-body.ts";
import { offerCheckIn } from "../shared/check-in.ts";
import { officerCommand } from "../shared/guards.ts";

/**
 * B7: in the meeting's session, `/elect secretary` puts the election of the secretary to the members, the candidate
 * buttons vote, `/closeelection` (or Close) decides.
 */
export const electionsFeature = new Composer<BotContext>();

const SECRETARY_WORDS = new Set(["secretary", "دبیر"]);

electionsFeature.command("elect", async (ctx) => {
  const who = await officerCommand(ctx);
  if (!who) return;
  const [role = ""] = normalizePersian(commandBody(ctx.message?.text ?? "")).split(/\s+/);
  if (!SECRETARY_WORDS.has(role.toLowerCase())) return ctx.reply(ctx.t("elect-usage"));
  const inGroupChat = who.committeeId !== null;
  const result = await openElection(ctx.deps, who.personId, { committeeId: who.committeeId, inGroupChat });
  if (result.kind !== "opened" && result.kind !== "already_open") return ctx.reply(explainOpen(ctx, result));
  // In the group chat everyone reads one message, in the HQ's language; privately, the opener's own.
  const locale = inGroupChat && result.kind === "opened" ? result.hqLocale : ctx.locale;
  const shared = result.kind === "already_open" ? "already-open" : result.sharedTo;
  const text = electionText(ctx.deps.t, locale, result.view);
  await ctx.reply(shared === "here" ? text : `${ctx.t(`elect-shared-${shared}`)}\n\n${text}`, {
    reply_markup: electionKeyboard(ctx.deps.t, locale, result.view),
  });
});

function explainOpen(
  ctx: BotContext,
  result: Exclude<OpenElectionResult, { kind: "opened" | "already_open" }>,
): string {
  const n = (value: number) => localizeDigits(String(value), ctx.locale);
  switch (result.kind) {
    case "has_secretary":
      return ctx.t("elect-has-secretary", { seat: result.seatTitle, name: result.name });
    case "already_elected":
      return ctx.t("elect-already-elected", { seat: result.seatTitle, name: result.name });
    case "not_quorate":
      return ctx.t("elect-not-quorate", {
        present: n(result.presentVoting),
        quorum: n(result.quorumRequired),
        seats: n(result.members),
      });
    case "no_candidates":
      return ctx.t("elect-no-candidates");
    case "not_officer":
      return explainNotOfficer(ctx, result, ctx.t("elect-not-officer"));
    case "no_session":
      return ctx.t("elect-no-session");
    case "ambiguous":
      return ctx.t("elect-session-ambiguous");
  }
}

electionsFeature.callbackQuery(/^elv:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (action?.action !== "election_ballot") return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  if (!ctx.person) return ctx.answerCallbackQuery({ text: ctx.t("elect-not-voter"), show_alert: true });
  const result = await voteInElection(ctx.deps, ctx.person.id, action.electionId, action.seatId);
  await ctx.answerCallbackQuery({ text: explainBallot(ctx, result), show_alert: result.kind !== "recorded" });
  // B3: a seat not in the room gets its "I'm present" button privately, so the next press can count.
  if (result.kind === "absent") await offerCheckIn(ctx, result.meetingId, ctx.t("elect-absent-check-in"));
});

function explainBallot(ctx: BotContext, result: BallotResult): string {
  switch (result.kind) {
    case "recorded":
      return ctx.t(result.changed ? "elect-ballot-recorded" : "elect-ballot-same", { name: result.candidate.name });
    case "closed":
      return ctx.t("elect-closed");
    case "not_in_session":
      return ctx.t("elect-ballot-not-in-session");
    case "not_voter":
      return ctx.t("elect-not-voter");
    case "delegated_away":
      return ctx.t("elect-delegated-away", { delegate: result.delegateName ?? "—" });
    case "absent":
      return ctx.t("elect-absent");
    case "out_of_term":
      return result.termEnd
        ? ctx.t("elect-out-of-term", { end: dayOf(result.termEnd, ctx.locale, result.zone) })
        : ctx.t("elect-out-of-term-unknown");
    case "bad_candidate":
    case "unknown":
      return ctx.t("callback-expired");
  }
}

electionsFeature.command("closeelection", async (ctx) => {
  const who = await officerCommand(ctx);
  if (!who) return;
  const result = await closeElection(ctx.deps, who.personId, { committeeId: who.committeeId }, ctx.chat!.id);
  await ctx.reply(explainClose(ctx, result, who.committeeId !== null));
});

electionsFeature.callbackQuery(/^elc:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (action?.action !== "election_close" || !ctx.chat)
    return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  if (!ctx.person) return ctx.answerCallbackQuery({ text: ctx.t("elect-not-member"), show_alert: true });
  const result = await closeElection(ctx.deps, ctx.person.id, { electionId: action.electionId }, ctx.chat.id);
  if (result.kind !== "closed") {
    await ctx.answerCallbackQuery({ text: explainClose(ctx, result, false), show_alert: true });
    if (result.kind === "already_closed") await ctx.editMessageReplyMarkup().catch(() => {});
    return;
  }
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(explainClose(ctx, result, ctx.chat.type !== "private"));
});

function explainClose(ctx: BotContext, result: CloseElectionResult, inGroupChat: boolean): string {
  switch (result.kind) {
    case "closed":
      return electionResultText(ctx.deps.t, inGroupChat ? result.hqLocale : ctx.locale, result.result);
    case "not_allowed":
      return ctx.t("elect-close-not-allowed", { name: result.openedBy });
    case "no_open":
      return ctx.t("elect-none-open");
    case "ambiguous":
      return ctx.t("elect-close-ambiguous");
    case "already_closed":
    case "unknown":
      return ctx.t("elect-closed");
  }
}

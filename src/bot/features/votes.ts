import { Composer } from "grammy";
import { decodeCallback } from "../../domain/callback-data.ts";
import { normalizeDigits, normalizePersian } from "../../domain/text.ts";
import { choiceLabel, DECISION_KEYS, quorumShort, voteResultText } from "../../services/session/session-text.ts";
import {
  attachVoteMessage,
  type BallotRefusal,
  type CastResult,
  type CloseResult,
  castBallot,
  closeVote,
  type OpenVoteResult,
  openVote,
  voteMessage,
} from "../../services/votes/votes.ts";
import type { BotContext } from "../context.ts";
import { commandBody } from "../shared/command-body.ts";
import { explainLocated } from "../explain.ts";
import { offerCheckIn } from "../shared/check-in.ts";
import { officerCommand } from "../shared/guards.ts";
import { redrawPressed } from "../shared/redraw.ts";

/** B3 votes: /vote opens, the ballot buttons vote, /closevote or the Close button decides. */
export const votesFeature = new Composer<BotContext>();

const SECRET_WORDS = new Set(["secret", "مخفی"]);

export type VoteCommand = { secret: boolean; agendaPosition?: number; question: string };

/** `/vote [secret|مخفی] [#n] question`: the agenda position may be typed in any digits. */
export function parseVoteCommand(body: string): VoteCommand {
  let rest = body.trim();
  const [first = ""] = rest.split(/\s+/, 1);
  const secret = SECRET_WORDS.has(normalizePersian(first).toLowerCase());
  if (secret) rest = rest.slice(first.length).trim();
  const item = /^#\s*([0-9\u06F0-\u06F9\u0660-\u0669]{1,4})(?![0-9\u06F0-\u06F9\u0660-\u0669])/.exec(rest);
  if (!item) return { secret, question: rest };
  return {
    secret,
    agendaPosition: Number(normalizeDigits(item[1]!)),
    question: rest
      .slice(item[0].length)
      .replace(/^[\s:.\-–،]+/, "")
      .trim(),
  };
}

votesFeature.command("vote", async (ctx) => {
  const who = await officerCommand(ctx);
  if (!who) return;
  const parsed = parseVoteCommand(commandBody(ctx.message?.text ?? ""));
  if (!parsed.question && parsed.agendaPosition === undefined) return ctx.reply(ctx.t("vote-usage"));
  const result = await openVote(ctx.deps, who.personId, { committeeId: who.committeeId, ...parsed });
  if (result.kind !== "opened") return ctx.reply(explainOpen(ctx, result));
  await postVote(ctx, result);
});

/**
 * The vote committed; the live message goes to the group chat now, from here, so its id can be kept for the tally's
 * edits. Opened privately, the officer also gets the ballot here (a seat's presses count once, wherever they come from).
 */
async function postVote(ctx: BotContext, opened: Extract<OpenVoteResult, { kind: "opened" }>): Promise<void> {
  const chatId = opened.groupChatId ?? ctx.chat!.id;
  const shared = voteMessage(ctx.deps.t, opened.hqLocale, opened.vote, true);
  const sent = await ctx.api
    .sendMessage(chatId, shared.text, { reply_markup: shared.replyMarkup })
    .catch((error: unknown) => {
      ctx.log.warn("votes: could not post the vote message", { voteId: opened.vote.voteId, error: String(error) });
      return undefined;
    });
  if (sent) await attachVoteMessage(ctx.deps, opened.vote.voteId, chatId, sent.message_id, shared.text);
  if (chatId === ctx.chat!.id && sent) return;
  const own = voteMessage(ctx.deps.t, ctx.locale, opened.vote, true);
  const note = ctx.t(sent ? "vote-opened-posted" : "vote-post-failed");
  await ctx.reply(`${note}\n\n${own.text}`, { reply_markup: own.replyMarkup });
}

function explainOpen(ctx: BotContext, result: Exclude<OpenVoteResult, { kind: "opened" }>): string {
  switch (result.kind) {
    case "not_quorate":
      return ctx.t("vote-not-quorate", { count: quorumShort(ctx.deps.t, ctx.locale, result.summary) });
    case "vote_already_open":
      return ctx.t("vote-already-open", { question: result.question });
    case "unknown_agenda_item":
      return ctx.t("vote-unknown-item", { position: result.position });
    case "question_required":
      return ctx.t("vote-usage");
    case "question_too_long":
      return ctx.t("vote-question-too-long", { max: result.max });
    case "not_officer":
    case "no_session":
    case "ambiguous":
      return explainLocated(ctx, result);
  }
}

// ─── Ballots ────────────────────────────────────────────────────────────────────────────────────

votesFeature.callbackQuery(/^v:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (action?.action !== "ballot") return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const result = await castBallot(
    ctx.deps,
    { personId: ctx.person?.id ?? null, telegramId: ctx.from.id },
    action.voteId,
    action.choice,
  );
  await ctx.answerCallbackQuery({ text: explainCast(ctx, result), show_alert: result.kind === "refused" });
  if (result.kind === "refused" && result.reason === "not_present")
    await offerCheckIn(ctx, result.meetingId, ctx.t("ballot-not-present-private"));
});

const REFUSAL_KEYS: Record<BallotRefusal | "not_present", string> = {
  unknown_vote: "callback-expired",
  closed: "ballot-closed",
  not_member: "ballot-not-member",
  guest: "ballot-guest",
  non_voting: "ballot-non-voting",
  delegated: "ballot-delegated",
  secret_final: "ballot-secret-final",
  term_ended: "ballot-term-ended",
  not_present: "ballot-not-present",
};

function explainCast(ctx: BotContext, result: CastResult): string {
  if (result.kind === "refused") return ctx.t(REFUSAL_KEYS[result.reason]);
  if (result.secret) return ctx.t("ballot-recorded-secret");
  const choice = choiceLabel(ctx.deps.t, ctx.locale, result.choice);
  if (result.change === "same") return ctx.t("ballot-same", { choice });
  return ctx.t(result.change === "changed" ? "ballot-changed" : "ballot-recorded", { choice });
}

// ─── Close ──────────────────────────────────────────────────────────────────────────────────────

votesFeature.command("closevote", async (ctx) => {
  const who = await officerCommand(ctx);
  if (!who) return;
  const result = await closeVote(ctx.deps, who.personId, { committeeId: who.committeeId });
  if (result.kind === "closed" && result.postedTo === ctx.chat.id) return;
  await ctx.reply(explainClose(ctx, result));
});

votesFeature.callbackQuery(/^vc:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (action?.action !== "vote_close") return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  if (!ctx.person) return ctx.answerCallbackQuery({ text: ctx.t("session-not-officer"), show_alert: true });
  const result = await closeVote(ctx.deps, ctx.person.id, { voteId: action.voteId });
  if (result.kind !== "closed") return ctx.answerCallbackQuery({ text: explainClose(ctx, result), show_alert: true });
  await ctx.answerCallbackQuery({ text: ctx.t(DECISION_KEYS[result.outcome.decision]) });
  // A private copy is not the live message: it is closed here, and the result shown beside it.
  if (ctx.chat?.id !== result.postedTo) {
    const closed = voteMessage(ctx.deps.t, ctx.locale, result.vote, false);
    await redrawPressed(ctx, "votes: the private copy", closed.text);
    await ctx.reply(explainClose(ctx, result));
  }
});

function explainClose(ctx: BotContext, result: CloseResult): string {
  switch (result.kind) {
    case "closed":
      return voteResultText(ctx.deps.t, ctx.locale, result.vote, result.outcome);
    case "no_open_vote":
      return ctx.t("vote-none-open");
    case "already_closed":
      return ctx.t("ballot-closed");
    case "unknown_vote":
      return ctx.t("callback-expired");
    case "not_officer":
    case "no_session":
    case "ambiguous":
      return explainLocated(ctx, result);
  }
}

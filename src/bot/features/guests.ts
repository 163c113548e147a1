import { Composer, InlineKeyboard } from "grammy";
import { decodeCallback } from "../../domain/callback-data.ts";
import { localizeDigits } from "../../domain/text.ts";
import { meetingChoiceLabel } from "../../services/shared/meeting-text.ts";
import { committeeOfChat } from "../../services/shared/officers.ts";
import { startLinksOf } from "../shared/start-link.ts";
import {
  decideGuest,
  type GuestDecisionResult,
  type GuestRequestResult,
  meetingsForGuests,
  requestGuest,
} from "../../services/guests/guests.ts";
import type { BotContext } from "../context.ts";
import { commandBody } from "../shared/command-body.ts";
import { refuseAnonymous, requirePerson } from "../shared/guards.ts";

export const guestsFeature = new Composer<BotContext>();

/**
 * "<agency> — <reason>": the first em or en dash separates, else the first colon, else a hyphen (agency names may
 * contain hyphens, so a spaced one is preferred).
 */
export function parseGuestRequest(body: string): { agency: string; reason: string } | null {
  const text = body.trim();
  for (const separator of [/\s*[—–]\s*/, /\s*:\s*/, /\s+-\s+/, /\s*-\s*/]) {
    const match = separator.exec(text);
    if (!match) continue;
    const agency = text.slice(0, match.index).trim();
    const reason = text.slice(match.index + match[0].length).trim();
    if (agency && reason) return { agency, reason };
  }
  return null;
}

/** /guest <agency> — <reason> (bylaw B8), by the secretary or the chair; in a committee's group the committee is implied. */
guestsFeature.command("guest", async (ctx) => {
  if (await refuseAnonymous(ctx)) return;
  const personId = await requirePerson(ctx);
  if (personId === null) return;
  const request = parseGuestRequest(commandBody(ctx.message?.text ?? ""));
  if (!request) return ctx.reply(ctx.t("guest-usage"));
  let committeeId: number | undefined;
  if (ctx.chat.type !== "private") {
    const committee = await committeeOfChat(ctx.deps.db, ctx.chat.id);
    if (!committee) return ctx.reply(ctx.t("group-not-a-committee"));
    committeeId = committee.id;
  }
  const choices = await meetingsForGuests(ctx.deps.db, personId, ctx.deps.clock(), committeeId);
  if (choices.kind === "not_officer") return ctx.reply(ctx.t("guest-not-officer"));
  const [only, ...more] = choices.meetings;
  if (!only) return ctx.reply(ctx.t("guest-no-meeting"));
  if (more.length === 0)
    return ctx.reply(
      requestAnswer(ctx, await requestGuest(ctx.deps, personId, { meetingId: only.meetingId, ...request })),
    );
  // The request travels in the question's text, so the press needs no server-side draft.
  const keyboard = new InlineKeyboard();
  for (const m of choices.meetings) {
    keyboard
      .text(
        meetingChoiceLabel(ctx.deps.t, ctx.locale, m.committeeTitle[ctx.locale], m.startsAt, m.zone),
        `gm:${m.meetingId}`,
      )
      .row();
  }
  await ctx.reply(`${ctx.t("guest-choose-meeting")}\n\n${request.agency} — ${request.reason}`, {
    reply_markup: keyboard,
  });
});

guestsFeature.callbackQuery(/^gm:\d{1,10}$/, async (ctx) => {
  const request = parseGuestRequest((ctx.callbackQuery.message?.text ?? "").split("\n\n").slice(1).join("\n\n"));
  if (!ctx.person || !request) return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const meetingId = Number(ctx.callbackQuery.data.slice(3));
  const result = await requestGuest(ctx.deps, ctx.person.id, { meetingId, ...request });
  await ctx.answerCallbackQuery();
  if (result.kind === "requested") await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(requestAnswer(ctx, result));
});

guestsFeature.callbackQuery(/^g[ar]:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (!ctx.person || !action || !("guestId" in action))
    return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const decision = action.action === "guest_approve" ? "approve" : "reject";
  const result = await decideGuest(ctx.deps, ctx.person.id, action.guestId, decision, startLinksOf(ctx));
  if (result.kind !== "approved" && result.kind !== "rejected") {
    return ctx.answerCallbackQuery({ text: decisionRefusal(ctx, result), show_alert: true });
  }
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(ctx.t(result.kind === "approved" ? "guest-approved-done" : "guest-rejected-done"));
});

function requestAnswer(ctx: BotContext, result: GuestRequestResult): string {
  switch (result.kind) {
    case "requested":
      return ctx.t(result.staffNotified > 0 ? "guest-requested" : "guest-requested-unreachable", {
        hq: result.approvingHq,
      });
    case "agency_required":
    case "reason_required":
      return ctx.t("guest-usage");
    case "too_long":
      return ctx.t("guest-too-long", { max: localizeDigits(String(result.max), ctx.locale) });
    case "unknown_meeting":
      return ctx.t("callback-expired");
    case "not_officer":
      return ctx.t("guest-not-officer");
    case "meeting_closed":
      return ctx.t("guest-meeting-closed");
    case "no_approver":
      return ctx.t("guest-no-approver");
  }
}

function decisionRefusal(
  ctx: BotContext,
  result: Exclude<GuestDecisionResult, { kind: "approved" | "rejected" }>,
): string {
  switch (result.kind) {
    case "unknown_guest":
      return ctx.t("callback-expired");
    case "not_staff":
      return ctx.t("guest-not-staff", { hq: result.approvingHq });
    case "already_decided":
      return ctx.t("guest-already-decided", { status: result.status });
    case "meeting_closed":
      return ctx.t("guest-meeting-ended");
  }
}

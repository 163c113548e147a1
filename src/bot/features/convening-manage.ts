import { Composer } from "grammy";
import { decodeCallback } from "../../domain/callback-data.ts";
import { readDateTimeLine, zonedInstant } from "../../domain/calendar.ts";
import { cancelConfirmKeyboard } from "../../services/convening/buttons.ts";
import type { MeetingRecord } from "../../services/shared/meeting-facts.ts";
import { upcomingFor, upcomingLedBy, upcomingVisitsFor } from "../../services/convening/listing.ts";
import { cancelMeeting, type ManageResult, rescheduleMeeting } from "../../services/convening/manage.ts";
import { numberedAgenda, when } from "../../services/shared/meeting-text.ts";
import type { BotContext } from "../context.ts";
import { explainDateError, explainTimeError, explainTooSoon } from "../explain.ts";
import { listedVisitSummary, visitLine } from "./field-visits-text.ts";
import { officerScope, refuseAnonymous, requirePerson } from "../shared/guards.ts";

export const conveningManageFeature = new Composer<BotContext>();

conveningManageFeature.command("meetings", async (ctx) => {
  const personId = await requirePerson(ctx);
  if (personId === null) return;
  const now = ctx.deps.clock();
  const meetings = await upcomingFor(ctx.deps.db, personId, now);
  const visits = await upcomingVisitsFor(ctx.deps.db, personId, now);
  const lines =
    meetings.length === 0
      ? [ctx.t("meetings-none")]
      : [ctx.t("meetings-title"), ...meetings.map((record) => meetingLine(ctx, record))];
  // Approved field visits (B15) are announced like meetings, so they are listed with them.
  if (visits.length > 0)
    lines.push("", ctx.t("meetings-visits-title"), ...visits.map((visit) => visitLine(ctx, listedVisitSummary(visit))));
  await ctx.reply(lines.join("\n"));
});

conveningManageFeature.command("agenda", async (ctx) => {
  const personId = await requirePerson(ctx);
  if (personId === null) return;
  const [next] = await upcomingFor(ctx.deps.db, personId, ctx.deps.clock());
  if (!next) return ctx.reply(ctx.t("meetings-none"));
  await ctx.reply(
    [
      meetingLine(ctx, next),
      "",
      ctx.t("meeting-agenda-title"),
      numberedAgenda(ctx.deps.t, ctx.locale, next.facts.agenda),
    ].join("\n"),
  );
});

conveningManageFeature.command("cancel", async (ctx) => {
  if (await refuseAnonymous(ctx)) return;
  const personId = await requirePerson(ctx);
  if (personId === null) return;
  const scope = await officerScope(ctx, personId);
  if (scope === undefined) return;
  const meetings = await upcomingLedBy(ctx.deps.db, personId, ctx.deps.clock(), scope);
  if (meetings.length === 0) return ctx.reply(ctx.t("manage-no-meeting"));
  for (const record of meetings) {
    await ctx.reply(ctx.t("cancel-confirm-question", { meeting: meetingLine(ctx, record) }), {
      reply_markup: cancelConfirmKeyboard(ctx.deps.t, ctx.locale, record.meeting.id),
    });
  }
});

conveningManageFeature.callbackQuery(/^mc:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (action?.action !== "meeting_cancel_confirm" || !ctx.person)
    return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const result = await cancelMeeting(ctx.deps, ctx.person.id, action.meetingId);
  // Only the confirmation itself is replaced; a refusal never overwrites the message the button was pressed on.
  if (result.kind !== "cancelled")
    return ctx.answerCallbackQuery({ text: explainManage(ctx, result, ""), show_alert: true });
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(explainManage(ctx, result, "")).catch(() => ctx.reply(explainManage(ctx, result, "")));
});

/** /reschedule DATE TIME — for the secretary's next meeting (the first one when several are scheduled). */
conveningManageFeature.command("reschedule", async (ctx) => {
  if (await refuseAnonymous(ctx)) return;
  const personId = await requirePerson(ctx);
  if (personId === null) return;
  const line = readDateTimeLine(ctx.match);
  if (line.kind === "not_date_and_time") return ctx.reply(ctx.t("reschedule-usage"));
  const scope = await officerScope(ctx, personId);
  if (scope === undefined) return;
  const meetings = await upcomingLedBy(ctx.deps.db, personId, ctx.deps.clock(), scope);
  const record = meetings[0];
  if (!record) return ctx.reply(ctx.t("manage-no-meeting"));
  if (line.kind === "date_error") return ctx.reply(explainDateError(ctx, line.error));
  if (line.kind === "time_error") return ctx.reply(explainTimeError(ctx, line.error));
  const startsAt = zonedInstant(line.date, line.time, record.facts.zone);
  const result = await rescheduleMeeting(ctx.deps, personId, record.meeting.id, startsAt);
  await ctx.reply(explainManage(ctx, result, record.facts.zone));
});

function meetingLine(ctx: BotContext, record: MeetingRecord): string {
  return ctx.t("meetings-line", {
    committee: record.facts.committeeTitle[ctx.locale],
    when: when(ctx.deps.t, ctx.locale, record.facts.startsAt, record.facts.zone),
    place: record.facts.place ?? ctx.t("meeting-place-unset"),
  });
}

function explainManage(ctx: BotContext, result: ManageResult, zone: string): string {
  switch (result.kind) {
    case "cancelled":
      return ctx.t("cancel-done");
    case "rescheduled":
      return ctx.t("reschedule-done", { when: when(ctx.deps.t, ctx.locale, result.startsAt, zone) });
    case "not_officer":
      return ctx.t("convene-not-officer");
    case "unknown_meeting":
    case "not_scheduled":
      return ctx.t("manage-not-scheduled");
    case "in_past":
      return ctx.t("convene-in-past");
    case "too_soon":
      return explainTooSoon(ctx, result.earliest, result.notice, zone);
  }
}

import { Composer, InputFile } from "grammy";
import { decodeCallback, type RsvpAnswer } from "../../domain/callback-data.ts";
import { meetingIcs } from "../../domain/ics.ts";
import { localizeDigits } from "../../domain/text.ts";
import { invitationText, localeOfRecipient } from "../../services/shared/meeting-text.ts";
import { rsvpKeyboard } from "../../services/convening/buttons.ts";
import { loadMeeting } from "../../services/shared/meeting-facts.ts";
import { mayReadMeeting } from "../../services/shared/officers.ts";
import { upcomingLedBy } from "../../services/convening/listing.ts";
import { answerInvitation, type RsvpReport, rsvpReport } from "../../services/rsvp/rsvp.ts";
import type { BotContext } from "../context.ts";
import { officerScope, requirePerson } from "../shared/guards.ts";
import { redrawPressed } from "../shared/redraw.ts";

export const rsvpFeature = new Composer<BotContext>();

const ANSWER_KEYS: Record<RsvpAnswer, string> = {
  attending: "rsvp-attending",
  not_attending: "rsvp-not-attending",
  delegating: "rsvp-delegating",
};

rsvpFeature.callbackQuery(/^rsvp:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (action?.action !== "rsvp") return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const result = await answerInvitation(ctx.deps, ctx.person?.id ?? null, action.meetingId, action.answer);
  if (result.kind === "not_invited")
    return ctx.answerCallbackQuery({ text: ctx.t("rsvp-not-invited"), show_alert: true });
  if (result.kind === "meeting_closed")
    return ctx.answerCallbackQuery({ text: ctx.t("rsvp-closed"), show_alert: true });
  if (result.kind === "unknown_meeting") return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const answer = ctx.t(ANSWER_KEYS[result.answer]);
  const note = result.answer === "delegating" ? `\n${ctx.t("rsvp-delegating-note")}` : "";
  const answered = ctx.answerCallbackQuery({ text: ctx.t("rsvp-recorded", { answer }) });
  // Only the member's own private copy shows their answer; the group post stays as it is (edits count against limits).
  // The copy is redrawn while the answer is on its way: neither waits for the other.
  if (ctx.chat?.type === "private" && result.changed) {
    const locale = localeOfRecipient(ctx.person, result.hqLocale);
    const text = `${invitationText(ctx.deps.t, locale, result.facts)}\n\n${ctx.t("rsvp-your-answer", { answer })}${note}`;
    const redrawn = redrawPressed(ctx, "rsvp", text, rsvpKeyboard(ctx.deps.t, locale, result.facts.meetingId));
    await Promise.all([answered, redrawn]);
  } else {
    await answered;
  }
  // B1: the written introduction of the delegate follows at once, privately. A form already open keeps the floor, so
  // the member is told how to come back to it rather than left to wonder where the introduction went.
  if (ctx.chat?.type === "private" && result.answer === "delegating") {
    if (Object.keys(ctx.conversation.active()).length === 0) {
      await ctx.conversation.enter("delegate", { meetingId: result.facts.meetingId });
    } else {
      await ctx.reply(ctx.t("rsvp-delegate-after-form"));
    }
  }
});

rsvpFeature.callbackQuery(/^ics:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  const record = action?.action === "ics" ? await loadMeeting(ctx.deps.db, action.meetingId) : undefined;
  if (!record || record.meeting.status === "cancelled")
    return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  if (!ctx.person || !(await mayReadMeeting(ctx.deps.db, ctx.person.id, record.meeting, ctx.deps.clock()))) {
    return ctx.answerCallbackQuery({ text: ctx.t("rsvp-not-invited"), show_alert: true });
  }
  await ctx.answerCallbackQuery();
  const locale = ctx.locale;
  const ics = meetingIcs({
    uid: `meeting-${record.meeting.id}@kargoruh`,
    startsAt: record.meeting.startsAt,
    durationMinutes: 120,
    summary: ctx.t("ics-summary", { committee: record.facts.committeeTitle[locale] }),
    location: record.meeting.place,
    description: record.facts.agenda.map((item, i) => `${i + 1}. ${item}`).join("\n"),
    stamp: ctx.deps.clock(),
  });
  const chatId = ctx.chat?.type === "private" ? ctx.chat.id : ctx.from.id;
  await ctx.api
    .sendDocument(chatId, new InputFile(Buffer.from(ics, "utf8"), `meeting-${record.meeting.id}.ics`), {
      caption: ctx.t("ics-caption"),
    })
    .catch(async () => ctx.reply(ctx.t("ics-open-private")));
});

rsvpFeature.callbackQuery(/^rl:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (action?.action !== "rsvps" || !ctx.person) return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const report = await rsvpReport(ctx.deps.db, ctx.person.id, action.meetingId, ctx.deps.clock());
  await ctx.answerCallbackQuery();
  await ctx.reply(renderReport(ctx, report));
});

rsvpFeature.command("rsvps", async (ctx) => {
  const personId = await requirePerson(ctx);
  if (personId === null) return;
  const scope = await officerScope(ctx, personId);
  if (scope === undefined) return;
  const meetings = await upcomingLedBy(ctx.deps.db, personId, ctx.deps.clock(), scope);
  if (meetings.length === 0) return ctx.reply(ctx.t("rsvps-no-meeting"));
  for (const meeting of meetings)
    await ctx.reply(renderReport(ctx, await rsvpReport(ctx.deps.db, personId, meeting.meeting.id, ctx.deps.clock())));
});

function renderReport(ctx: BotContext, report: RsvpReport): string {
  if (report.kind === "not_officer") return ctx.t("rsvps-not-officer");
  if (report.kind === "unknown_meeting") return ctx.t("callback-expired");
  const { record, tally, base, termEnded } = report;
  const n = (value: number) => localizeDigits(String(value), ctx.locale);
  const lines = [ctx.t("rsvps-title", { committee: record.facts.committeeTitle[ctx.locale] })];
  for (const invitation of record.invitations) {
    const answer =
      invitation.personId === null
        ? ctx.t("rsvps-vacant")
        : termEnded.has(invitation.seatId)
          ? ctx.t("rsvps-term-ended")
          : invitation.response === null
            ? ctx.t("rsvps-no-answer")
            : ctx.t(ANSWER_KEYS[invitation.response]);
    lines.push(ctx.t("rsvps-line", { seat: invitation.seatTitle, name: invitation.personName ?? "—", answer }));
  }
  lines.push(
    "",
    ctx.t("rsvps-counts", {
      attending: n(tally.attending),
      delegating: n(tally.delegating),
      notAttending: n(tally.notAttending),
      noAnswer: n(tally.noAnswer),
    }),
    ctx.t(tally.quorumExpected ? "rsvps-quorum-expected" : "rsvps-quorum-not-expected", {
      expected: n(tally.expectedPresent),
      seats: n(tally.votingSeats),
      required: n(tally.quorumRequired),
    }),
  );
  // B3, before the meeting: with too few filled seats no turnout can make the meeting official.
  if (!base.quorumReachable) {
    lines.push(
      "",
      ctx.t("rsvps-quorum-unreachable", {
        seats: n(base.members),
        filled: n(base.filled),
        required: n(base.quorumRequired),
      }),
    );
  }
  return lines.join("\n");
}

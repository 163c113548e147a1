import { Composer } from "grammy";
import { formatDate } from "../../domain/calendar.ts";
import { decodeCallback } from "../../domain/callback-data.ts";
import { normalizePersian } from "../../domain/text.ts";
import {
  type RequestedReport,
  requestReport,
  sendAnnualReport,
  sendButton,
  sendReport,
} from "../../services/reports/reports.ts";
import { annualText, reportText } from "../../services/reports/reports-text.ts";
import type { BotContext } from "../context.ts";
import { commandBody } from "../shared/command-body.ts";
import { officerCommand } from "../shared/guards.ts";
import { refuseAnonymous, requirePerson } from "../shared/guards.ts";

/** B13 and note 3: `/quarterly`, `/monthly` draft the last finished period; the Send button delivers it; `/annualreport` (part C). */
export const reportsFeature = new Composer<BotContext>();

const CURRENT_WORDS = new Set(["current", "now", "جاری", "فعلی"]);

for (const kind of ["quarterly", "monthly"] as const) {
  reportsFeature.command(kind, async (ctx) => {
    const who = await officerCommand(ctx);
    if (!who) return;
    const word = normalizePersian(commandBody(ctx.message?.text ?? "")).toLowerCase();
    if (word && !CURRENT_WORDS.has(word)) return ctx.reply(ctx.t("report-usage", { command: `/${kind}` }));
    const result = await requestReport(ctx.deps, who.personId, {
      kind,
      which: word ? "current" : "last",
      committeeId: who.committeeId,
    });
    if (result.kind === "not_officer") return ctx.reply(ctx.t("report-not-officer"));
    for (const report of result.reports) await replyWith(ctx, report);
  });
}

async function replyWith(ctx: BotContext, report: RequestedReport): Promise<void> {
  const text = reportText(ctx.deps.t, ctx.locale, report.view);
  switch (report.kind) {
    case "draft":
      await ctx.reply(`${ctx.t("report-draft-intro")}\n\n${text}`, {
        reply_markup: sendButton(ctx.deps.t, ctx.locale, report.reportId),
      });
      return;
    case "already_sent":
      await ctx.reply(
        `${ctx.t("report-already-sent", { date: formatDate(report.sentAt, ctx.locale, report.view.zone) })}\n\n${text}`,
      );
      return;
    case "preview":
      await ctx.reply(`${ctx.t("report-preview-intro")}\n\n${text}`);
      return;
  }
}

reportsFeature.callbackQuery(/^prs:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (action?.action !== "report_send") return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  if (!ctx.person) return ctx.answerCallbackQuery({ text: ctx.t("report-not-officer"), show_alert: true });
  const result = await sendReport(ctx.deps, ctx.person.id, action.reportId);
  switch (result.kind) {
    case "sent":
      await ctx.answerCallbackQuery({ text: ctx.t("report-sent") });
      await ctx.editMessageReplyMarkup().catch(() => {});
      return;
    case "already_sent":
      await ctx.answerCallbackQuery({ text: ctx.t("report-already-sent-short") });
      await ctx.editMessageReplyMarkup().catch(() => {});
      return;
    case "not_officer":
      return ctx.answerCallbackQuery({ text: ctx.t("report-not-officer"), show_alert: true });
    case "no_recipient":
      return ctx.answerCallbackQuery({ text: ctx.t("report-no-recipient"), show_alert: true });
    case "unknown":
      return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  }
});

/** `/annualreport <year> [HQ key]`: staff assemble the year's quarterly figures for the provincial HQ. */
reportsFeature.command("annualreport", async (ctx) => {
  if (await refuseAnonymous(ctx)) return;
  const personId = await requirePerson(ctx);
  if (personId === null) return;
  const [yearText = "", hqKey] = normalizePersian(commandBody(ctx.message?.text ?? "")).split(/\s+/);
  if (!/^\d{4}$/.test(yearText)) return ctx.reply(ctx.t("annual-usage"));
  const result = await sendAnnualReport(ctx.deps, personId, Number(yearText), hqKey);
  switch (result.kind) {
    case "sent":
      return ctx.reply(ctx.t("annual-sent", { count: result.committees }));
    case "no_chat":
      return ctx.reply(`${ctx.t("annual-no-chat")}\n\n${annualText(ctx.deps.t, ctx.locale, result.view)}`);
    case "not_staff":
      return ctx.reply(ctx.t("annual-not-staff"));
    case "ambiguous":
      return ctx.reply(ctx.t("annual-ambiguous", { keys: result.hqKeys.join("، ") }));
    case "bad_year":
      return ctx.reply(ctx.t("annual-usage"));
    case "not_started":
      return ctx.reply(ctx.t("annual-not-started"));
  }
});

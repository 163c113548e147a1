import { Composer, InlineKeyboard, InputFile } from "grammy";
import { decodeCallback } from "../../domain/callback-data.ts";
import { formatDateTime } from "../../domain/calendar.ts";
import { localizeDigits } from "../../domain/text.ts";
import { unsignedDraftsLedBy } from "../../db/queries/minutes.ts";
import { type OverdueMinutes, overdueFor } from "../../services/minutes/clock.ts";
import {
  acknowledgeMinutes,
  mayEditMinutes,
  receiptsView,
  signMinutes,
  viewDraft,
} from "../../services/minutes/minutes.ts";
import { draftKeyboard, pdfKeyboard } from "../../services/minutes/buttons.ts";
import { minutesPdfFor } from "../../services/minutes/pdf-request.ts";
import { verifyMinutes } from "../../services/minutes/verify.ts";
import { committeesInScope } from "../../services/shared/officers.ts";
import type { BotContext } from "../context.ts";
import { openForm } from "../conversations/form-input.ts";
import { explainNotOfficer } from "../explain.ts";
import { pagedList } from "../shared/paged-list.ts";
import { commandBody } from "../shared/command-body.ts";
import { officerScope, requirePerson } from "../shared/guards.ts";
import { describeSign } from "./minutes-text.ts";
import { redrawPressedKeyboard } from "../shared/redraw.ts";

export const minutesFeature = new Composer<BotContext>();

/** /minutes: the unsigned drafts of the committees the person may sign, each with Edit and Sign and send. */
minutesFeature.command("minutes", async (ctx) => {
  const personId = await requirePerson(ctx);
  if (personId === null) return;
  const scope = await officerScope(ctx, personId);
  if (scope === undefined) return;
  const led = (await committeesInScope(ctx.deps.db, personId, scope, ctx.deps.clock())).map((s) => s.committeeId);
  const drafts = await unsignedDraftsLedBy(ctx.deps.db, led);
  let shown = 0;
  for (const draft of drafts) {
    const view = await viewDraft(ctx.deps.db, ctx.deps.t, personId, draft.id);
    if (view.kind !== "draft") continue;
    shown++;
    await ctx.reply(view.text, {
      reply_markup: draftKeyboard(ctx.deps.t, ctx.locale, draft.id),
    });
  }
  if (shown === 0) await ctx.reply(ctx.t("minutes-none-open"));
});

minutesFeature.callbackQuery(/^m[eskr]:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (!action || !ctx.person) return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  const personId = ctx.person.id;
  switch (action.action) {
    case "minutes_edit":
      if (!(await mayEditMinutes(ctx.deps.db, personId, action.minutesId))) {
        return ctx.answerCallbackQuery({ text: ctx.t("minutes-not-signer"), show_alert: true });
      }
      await ctx.answerCallbackQuery();
      return openForm(ctx, "minutesEdit", action.minutesId);
    case "minutes_sign": {
      const result = await signMinutes(ctx.deps, personId, action.minutesId);
      await ctx.answerCallbackQuery();
      if (result.kind === "correction_note_required") return openForm(ctx, "minutesCorrection", action.minutesId);
      if (result.kind === "signed") {
        await ctx.editMessageReplyMarkup().catch(() => {});
        return ctx.reply(describeSign(ctx, result), {
          reply_markup: new InlineKeyboard().text(ctx.t("minutes-receipts"), `mr:${result.version.id}`),
        });
      }
      return ctx.reply(describeSign(ctx, result));
    }
    case "minutes_ack": {
      const result = await acknowledgeMinutes(ctx.deps, personId, action.versionId);
      if (result.kind !== "acknowledged")
        return ctx.answerCallbackQuery({ text: ctx.t("minutes-not-recipient"), show_alert: true });
      await ctx.answerCallbackQuery({ text: ctx.t("minutes-acknowledged") });
      // The receipt button goes; the PDF button stays under the member's copy.
      await redrawPressedKeyboard(ctx, "minutes: the receipt", pdfKeyboard(ctx.deps.t, ctx.locale, action.versionId));
      return;
    }
    case "minutes_receipts": {
      const view = await receiptsView(ctx.deps.db, personId, action.versionId);
      await ctx.answerCallbackQuery();
      if (view.kind !== "receipts") return ctx.reply(ctx.t("minutes-not-signer"));
      return ctx.reply(
        [
          ctx.t("minutes-receipts-title", { number: localizeDigits(view.number, ctx.locale) }),
          ctx.t("minutes-receipts-done", {
            count: view.acknowledged.length,
            names: view.acknowledged.join("، ") || "—",
          }),
          ctx.t("minutes-receipts-pending", { count: view.pending.length, names: view.pending.join("، ") || "—" }),
        ].join("\n"),
      );
    }
    default:
      return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  }
});

/** "PDF" under signed minutes, in a member's chat, the group or the secretariat: the file comes privately. */
minutesFeature.callbackQuery(/^mf:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (action?.action !== "minutes_pdf") return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
  if (!ctx.person) return ctx.answerCallbackQuery({ text: ctx.t("minutes-pdf-not-member"), show_alert: true });
  const result = await minutesPdfFor(ctx.deps, ctx.person.id, action.versionId);
  switch (result.kind) {
    case "unknown":
      return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
    case "not_member":
      return ctx.answerCallbackQuery({ text: ctx.t("minutes-pdf-not-member"), show_alert: true });
    case "changed":
      return ctx.answerCallbackQuery({
        text: ctx.t("minutes-pdf-changed", { number: localizeDigits(result.number, ctx.locale) }),
        show_alert: true,
      });
    case "pdf": {
      const sent = await ctx.api
        .sendDocument(ctx.callbackQuery.from.id, new InputFile(result.file.content, result.file.filename), {
          caption: ctx.t("minutes-pdf-caption", { number: localizeDigits(result.file.number, ctx.locale) }),
        })
        .then(() => true)
        .catch(() => false);
      return ctx.answerCallbackQuery(
        sent ? { text: ctx.t("minutes-pdf-sent") } : { text: ctx.t("minutes-pdf-open-private"), show_alert: true },
      );
    }
  }
});

/** /verify <hash | number | text>: anyone may check a copy. */
minutesFeature.command("verify", async (ctx) => {
  const input = commandBody(ctx.message?.text ?? "");
  const result = await verifyMinutes(ctx.deps.db, input);
  if (result.kind === "empty") return ctx.reply(ctx.t("verify-usage"));
  if (result.kind === "no_match") return ctx.reply(ctx.t("verify-no-match"));
  await ctx.reply(
    ctx.t(result.superseded ? "verify-match-superseded" : "verify-match", {
      number: localizeDigits(result.number, ctx.locale),
      committee: result.committeeTitle[ctx.locale],
      signer: result.signerName,
      at: formatDateTime(result.signedAt, ctx.locale, result.zone),
      hash: result.sha256,
    }),
  );
});

/** Overdue minutes per reply: an HQ with many late groups still gets a short answer, the rest behind "More". */
const OVERDUE_PER_PAGE = 15;

/** /overdue: unsigned minutes past their deadline (B9), a page at a time with the count; every one still waits. */
pagedList<OverdueMinutes>(minutesFeature, {
  command: "overdue",
  more: "overdue_more",
  perPage: OVERDUE_PER_PAGE,
  load: async (ctx, personId) => {
    const result = await overdueFor(ctx.deps.db, personId, ctx.deps.clock());
    return result.kind === "overdue"
      ? result.rows
      : { refused: explainNotOfficer(ctx, result, ctx.t("overdue-not-officer")) };
  },
  isOpen: () => true,
  none: (ctx) => ctx.t("overdue-none"),
  heading: (ctx, { total }) => [ctx.t("overdue-title"), ctx.t("overdue-summary", { total })],
  committee: (ctx, row) => (ctx.locale === "en" ? row.committee.titleEn : row.committee.titleFa),
  committeeLine: (ctx, committee) => ctx.t("overdue-committee", { committee }),
  line: (ctx, row) =>
    ctx.t("overdue-line", {
      held: formatDateTime(row.meeting.startedAt ?? row.meeting.startsAt, ctx.locale, row.zone),
      hours: localizeDigits(
        String(Math.floor((ctx.deps.clock().getTime() - row.minutes.dueAt.getTime()) / 3_600_000)),
        ctx.locale,
      ),
    }),
  moreLabel: (ctx, left) => ctx.t("overdue-more", { left }),
});

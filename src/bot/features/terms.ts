import { Composer } from "grammy";
import { buttonText, localizeDigits } from "../../domain/text.ts";
import type { AppointRefusal } from "../../services/terms/access.ts";
import type { AppointSeat } from "../../services/terms/listing.ts";
import type { NewcomerResult, RenewResult } from "../../services/terms/appoint.ts";
import { dayOf } from "../../services/shared/meeting-text.ts";
import type { BotContext, ConversationContext } from "../context.ts";
import { explainDateError } from "../explain.ts";
import { refuseAnonymous, requirePerson } from "../shared/guards.ts";
import type { StartLinkOf } from "../../platform/platform.ts";

type Speaker = Pick<ConversationContext, "t" | "locale" | "deps" | "platform">;

/** `/appoint` (B2): HQ staff renew a member's appointment order or appoint someone new, in a form of buttons. */
export const termsFeature = new Composer<BotContext>();

termsFeature.command("appoint", async (ctx) => {
  if (await refuseAnonymous(ctx)) return;
  if ((await requirePerson(ctx)) === null) return;
  // The form asks for a typed date, which the bot does not see in a group (privacy mode); and links are private.
  if (ctx.chat.type !== "private") return ctx.reply(ctx.t("follow-through-private-only", { command: "/appoint" }));
  await ctx.conversation.enter("appoint");
});

export function describeAppointRefusal(
  ctx: Speaker,
  refusal: AppointRefusal | { kind: "unknown_committee" | "no_committees" },
): string {
  switch (refusal.kind) {
    case "not_staff":
      return ctx.t("appoint-not-staff");
    case "other_hq":
      return ctx.t("appoint-other-hq");
    case "unknown_seat":
      return ctx.t("appoint-unknown-seat");
    case "unknown_committee":
    case "committee_ended":
      return ctx.t("appoint-committee-ended");
    case "holder_changed":
      return ctx.t("appoint-holder-changed");
    case "vacant":
      return ctx.t("appoint-vacant");
    case "no_committees":
      return ctx.t("appoint-no-committees");
  }
}

/** The answer to a renewal, or why the typed date cannot be the order's last day. */
export function describeRenewal(ctx: Speaker, result: RenewResult): string {
  switch (result.kind) {
    case "renewed":
      return ctx.t("appoint-renewed", {
        name: result.name,
        seat: result.seatTitle,
        committee: result.committee[ctx.locale],
        start: dayOf(result.termStart, ctx.locale, result.zone),
        end: dayOf(result.termEnd, ctx.locale, result.zone),
      });
    case "bad_date":
      return explainDateError(ctx, result.error);
    case "not_after_today":
      return ctx.t("appoint-not-after-today", { today: dayOf(result.today, ctx.locale, result.zone) });
    case "longer_than_two_years":
      return ctx.t("appoint-longer-than-two-years", {
        today: dayOf(result.today, ctx.locale, result.zone),
        latest: dayOf(result.latestEnd, ctx.locale, result.zone),
      });
    default:
      return describeAppointRefusal(ctx, result);
  }
}

/** The clerk's confirmation, then the message to forward to the newcomer with the seat's one-time link. */
export function invitedMessages(
  ctx: Speaker,
  result: Extract<NewcomerResult, { kind: "invited" }>,
  linkOf: StartLinkOf,
): [string, string] {
  const facts = {
    name: result.endedHolder ?? "",
    seat: result.seatTitle,
    committee: result.committee[ctx.locale],
    hq: result.hqName,
  };
  const lines = [ctx.t(result.endedHolder === null ? "appoint-invited-vacant" : "appoint-invited", facts)];
  if (result.earlierLinksRevoked) lines.push(ctx.t("appoint-earlier-links-revoked"));
  if (result.electedRoleEnded) lines.push(ctx.t("appoint-elected-role-ended"));
  return [
    lines.join("\n"),
    ctx.t("appoint-link-message", {
      ...facts,
      link: linkOf(result.token),
      messenger: ctx.platform.localName[ctx.locale],
    }),
  ];
}

const MARKS: Record<AppointSeat["standing"], string> = { ended: "⛔ ", ending: "⏳ ", vacant: "➕ ", in_force: "" };

/** A seat's button: its standing, title and holder, short enough for a phone. */
export function seatLabel(seat: AppointSeat): string {
  const label = `${MARKS[seat.standing]}${seat.title}${seat.holder ? ` — ${seat.holder.name}` : ""}`;
  return buttonText(label);
}

/** What the clerk reads about the chosen seat before choosing what to do with it. */
export function seatSummary(ctx: Speaker, seat: AppointSeat, committee: string, zone: string): string {
  if (!seat.holder) return ctx.t("appoint-seat-vacant", { seat: seat.title, committee });
  const end = dayOf(seat.holder.termEnd, ctx.locale, zone);
  const days = seat.daysLeft ?? 0;
  const standing =
    seat.standing === "ended"
      ? ctx.t("appoint-standing-ended", { end })
      : seat.standing === "ending"
        ? ctx.t("appoint-standing-ending", { end, days: localizeDigits(String(days), ctx.locale), count: days })
        : ctx.t("appoint-standing-in-force", { end });
  return [
    ctx.t("appoint-seat-held", { seat: seat.title, committee, name: seat.holder.name }),
    standing,
    ctx.t("appoint-what-next"),
  ].join("\n");
}

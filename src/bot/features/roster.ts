import { Composer } from "grammy";
import { redeemSeatInvite } from "../../services/roster/invites.ts";
import { dayOf } from "../../services/shared/meeting-text.ts";
import { profileOf, type Profile, registerStart } from "../../services/shared/people.ts";
import type { BotContext } from "../context.ts";
import { answerDelegationLink } from "./delegations-link.ts";
import { answerGuestLink } from "./guests-link.ts";

const INVITE_TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

export const rosterFeature = new Composer<BotContext>();

rosterFeature.command("start", async (ctx) => {
  if (ctx.chat.type !== "private") {
    await ctx.reply(ctx.t("start-private-only"));
    return;
  }
  const payload = ctx.match.trim();
  let sessionLink = false;
  if (payload && INVITE_TOKEN.test(payload)) {
    const result = await redeemSeatInvite(ctx.deps, ctx.from!, payload);
    // Not a seat's invite: it may be a delegate's (B1) or a guest's (B8) link, which answers for itself.
    sessionLink =
      result.kind === "unknown_token" &&
      ((await answerDelegationLink(ctx, payload)) || (await answerGuestLink(ctx, payload)));
    if (!sessionLink) await ctx.reply(inviteAnswer(ctx, result));
  } else if (payload) {
    await registerStart(ctx.deps, ctx.from!);
    await ctx.reply(ctx.t("start-invite-unknown"));
  }
  const person = await registerStart(ctx.deps, ctx.from!);
  if (sessionLink) return;
  const profile = await profileOf(ctx.deps.db, person);
  await ctx.reply(greeting(ctx, profile));
});

function inviteAnswer(ctx: BotContext, result: Awaited<ReturnType<typeof redeemSeatInvite>>): string {
  switch (result.kind) {
    case "linked":
      return ctx.t("start-linked", {
        seat: result.seatTitle,
        committee: result.committeeTitle[ctx.locale],
        hq: result.hqName,
        termEnd: dayOf(result.termEnd, ctx.locale, result.hqTimezone),
      });
    case "already_yours":
      return ctx.t("start-already-yours", { seat: result.seatTitle });
    case "unknown_token":
      return ctx.t("start-invite-unknown");
    case "used":
      return ctx.t("start-invite-used");
    case "revoked":
      return ctx.t("start-invite-revoked");
    case "seat_ended":
      return ctx.t("start-invite-seat-ended");
    case "seat_taken":
      return ctx.t("start-invite-seat-taken");
  }
}

export function greeting(ctx: BotContext, profile: Profile): string {
  const lines = [ctx.t("start-greeting", { name: profile.person.name })];
  const title = (c: { fa: string; en: string }) => c[ctx.locale];
  if (profile.seats.length + profile.staffOf.length === 0) {
    lines.push("", ctx.t("start-no-seats"));
  } else {
    lines.push("", ctx.t("start-your-seats"));
    for (const seat of profile.seats) {
      lines.push(
        ctx.t("start-seat-line", {
          committee: title({ fa: seat.committeeTitleFa, en: seat.committeeTitleEn }),
          role: ctx.t("role-name", { role: seat.role }),
          seat: seat.seatTitle,
        }),
      );
    }
    for (const hq of profile.staffOf) lines.push(ctx.t("start-staff-line", { hq: hq.name }));
  }
  lines.push("", ctx.t("start-help-hint"));
  return lines.join("\n");
}

import { Composer } from "grammy";
import { profileOf } from "../../services/shared/people.ts";
import type { BotContext } from "../context.ts";
import { dayOf } from "../../services/shared/meeting-text.ts";

export const meFeature = new Composer<BotContext>();

meFeature.command("me", async (ctx) => {
  if (!ctx.person) {
    await ctx.reply(ctx.t("me-none"));
    return;
  }
  const profile = await profileOf(ctx.deps.db, ctx.person);
  if (profile.seats.length + profile.staffOf.length === 0) {
    await ctx.reply(ctx.t("me-none"));
    return;
  }
  const today = ctx.deps.clock().toISOString().slice(0, 10);
  const lines = [ctx.t("me-title", { name: profile.person.name })];
  for (const seat of profile.seats) {
    lines.push(
      ctx.t("me-seat-line", {
        committee: ctx.locale === "en" ? seat.committeeTitleEn : seat.committeeTitleFa,
        hq: seat.hqName,
        role: ctx.t("role-name", { role: seat.role }),
        seat: seat.seatTitle,
        voting: seat.voting ? "yes" : "no",
        termEnd: seat.termEnd < today ? ctx.t("me-term-ended") : dayOf(seat.termEnd, ctx.locale, seat.hqTimezone),
      }),
    );
  }
  for (const hq of profile.staffOf) lines.push(ctx.t("start-staff-line", { hq: hq.name }));
  await ctx.reply(lines.join("\n"));
});

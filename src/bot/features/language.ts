import { Composer, InlineKeyboard } from "grammy";
import { decodeCallback, encodeCallback } from "../../domain/callback-data.ts";
import { normalizePersian } from "../../domain/text.ts";
import { setPersonLocale } from "../../services/shared/people.ts";
import { setPersonalMenu } from "../commands.ts";
import type { BotContext } from "../context.ts";
import { redrawPressed } from "../shared/redraw.ts";

export const languageFeature = new Composer<BotContext>();

const LANGUAGE_NAMES = { fa: "فارسی", en: "English" } as const;
const ALIASES: Record<string, "fa" | "en"> = {
  fa: "fa",
  farsi: "fa",
  persian: "fa",
  فارسی: "fa",
  en: "en",
  english: "en",
  انگلیسی: "en",
};

languageFeature.command("lang", async (ctx) => {
  const typed = normalizePersian(ctx.match).toLowerCase();
  if (!typed) {
    const keyboard = new InlineKeyboard()
      .text(LANGUAGE_NAMES.fa, encodeCallback({ action: "language", locale: "fa" }))
      .text(LANGUAGE_NAMES.en, encodeCallback({ action: "language", locale: "en" }));
    await ctx.reply(ctx.t("lang-choose"), { reply_markup: keyboard });
    return;
  }
  const locale = ALIASES[typed];
  if (!locale) {
    await ctx.reply(ctx.t("lang-unknown", { value: ctx.match.trim().slice(0, 40) }));
    return;
  }
  await switchTo(ctx, locale);
  await ctx.reply(ctx.t("lang-set"));
});

languageFeature.callbackQuery(/^lang:/, async (ctx) => {
  const action = decodeCallback(ctx.callbackQuery.data);
  if (action?.action !== "language") {
    await ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
    return;
  }
  await switchTo(ctx, action.locale);
  await ctx.answerCallbackQuery({ text: ctx.t("lang-set") });
  await redrawPressed(ctx, "language", ctx.t("lang-set"));
});

async function switchTo(ctx: BotContext, locale: "fa" | "en"): Promise<void> {
  await setPersonLocale(ctx.deps, ctx.from!, locale);
  ctx.locale = locale;
  ctx.i18n.useLocale(locale);
  // The choice is recorded; a menu Telegram would not set leaves the app's own-language menu, nothing worse.
  // Where the platform keeps no command menu (found at start-up), there is none to set.
  if (ctx.platform.optional.lacks("commandMenu")) return;
  await setPersonalMenu(ctx.api, ctx.deps.t, ctx.from!.id, locale).catch((error: unknown) =>
    ctx.log.warn("lang: the personal command menu was not set", { error: String(error) }),
  );
}

import { type Composer, InlineKeyboard } from "grammy";
import { decodeCallback, encodeCallback } from "../../domain/callback-data.ts";
import { openFirstPage } from "../../domain/open-first.ts";
import { localizeDigits } from "../../domain/text.ts";
import type { BotContext } from "../context.ts";
import { requirePerson } from "./guards.ts";

/** The callback actions that ask a list for its next page: the payload names the page and nothing else. */
type MoreAction = "decisions_more" | "referrals_more" | "overdue_more";

/** Why the person may not see the list at all: said on the command, and on a (forged) More press as an alert. */
export type ListRefusal = { refused: string };

/**
 * A long list answered a page at a time (/decisions, /referrals, /overdue): open items first, a line with the counts,
 * the items under their working group's name, and a More button with how many are left. The list is loaded again
 * for the presser on every page, so a More button only ever shows the presser what they may see.
 */
export type PagedList<T> = {
  command: string;
  more: MoreAction;
  perPage: number;
  /** The person's items, in the order they are shown within open and within settled ones. */
  load: (ctx: BotContext, personId: number) => Promise<readonly T[] | ListRefusal>;
  isOpen: (item: T) => boolean;
  /** The answer when there is nothing to list. */
  none: (ctx: BotContext) => string;
  /** The first lines: the counts, already in the person's digits. */
  heading: (ctx: BotContext, counts: { open: string; total: string }) => string[];
  /** The working group an item is listed under, and its line. */
  committee: (ctx: BotContext, item: T) => string;
  committeeLine: (ctx: BotContext, committee: string) => string;
  line: (ctx: BotContext, item: T) => string;
  moreLabel: (ctx: BotContext, left: string) => string;
};

/** Registers the list's command and its More button on the feature's composer. */
export function pagedList<T>(feature: Composer<BotContext>, list: PagedList<T>): void {
  feature.command(list.command, async (ctx) => {
    const personId = await requirePerson(ctx);
    if (personId === null) return;
    const items = await list.load(ctx, personId);
    if ("refused" in items) {
      await ctx.reply(items.refused);
      return;
    }
    await replyPage(ctx, list, items, 1);
  });

  const code = encodeCallback({ action: list.more, page: 1 }).split(":")[0];
  feature.callbackQuery(new RegExp(`^${code}:`), async (ctx) => {
    const action = decodeCallback(ctx.callbackQuery.data);
    if (action?.action !== list.more || !ctx.person)
      return ctx.answerCallbackQuery({ text: ctx.t("callback-expired") });
    const items = await list.load(ctx, ctx.person.id);
    if ("refused" in items) return ctx.answerCallbackQuery({ text: items.refused, show_alert: true });
    await ctx.answerCallbackQuery();
    // The button has done its job: the next page carries the next one.
    await ctx.editMessageReplyMarkup().catch(() => {});
    await replyPage(ctx, list, items, action.page);
  });
}

async function replyPage<T>(ctx: BotContext, list: PagedList<T>, all: readonly T[], page: number): Promise<void> {
  if (all.length === 0) {
    await ctx.reply(list.none(ctx));
    return;
  }
  // A More pressed after the list got shorter (minutes signed, referrals reported) shows its end, not an empty page.
  const shownPage = Math.min(page, Math.ceil(all.length / list.perPage));
  const shown = openFirstPage(all, list.isOpen, shownPage, list.perPage);
  const n = (value: number) => localizeDigits(String(value), ctx.locale);
  const lines = list.heading(ctx, { open: n(shown.open), total: n(shown.total) });
  let committee: string | null = null;
  for (const item of shown.items) {
    const title = list.committee(ctx, item);
    if (title !== committee) lines.push("", list.committeeLine(ctx, title));
    committee = title;
    lines.push(list.line(ctx, item));
  }
  const more =
    shown.left > 0
      ? new InlineKeyboard().text(
          list.moreLabel(ctx, n(shown.left)),
          encodeCallback({ action: list.more, page: shownPage + 1 }),
        )
      : undefined;
  await ctx.reply(lines.join("\n"), more ? { reply_markup: more } : {});
}

import type { CommitteeRow } from "../../db/queries/committees.ts";
import { committeeOfChat, officerRefusal } from "../../services/shared/officers.ts";
import type { BotContext } from "../context.ts";
import { explainNotOfficer } from "../explain.ts";
import { GROUP_ANONYMOUS_BOT_ID } from "../middleware/load-person.ts";

/** An anonymous group admin cannot be identified, so role-restricted commands are refused with the reason. */
export async function refuseAnonymous(ctx: BotContext): Promise<boolean> {
  if (ctx.from?.id !== GROUP_ANONYMOUS_BOT_ID && !ctx.message?.sender_chat) return false;
  await ctx.reply(ctx.t("anonymous-admin"));
  return true;
}

/** Role commands need a registered person; anyone else is told how to join. */
export async function requirePerson(ctx: BotContext): Promise<number | null> {
  if (ctx.person) return ctx.person.id;
  await ctx.reply(ctx.t("not-registered"));
  return null;
}

/**
 * Which committee a command is about: the committee whose group chat it was sent in, or null privately (the service
 * then takes every committee the person leads). Undefined, answered already, in a group linked to no committee.
 */
export async function commandScope(ctx: BotContext): Promise<number | null | undefined> {
  const committee = await chatCommittee(ctx);
  return committee ? committee.id : committee;
}

/**
 * The same for commands only a committee's officers send (B4): in the chat of a committee the person does not lead,
 * the command is refused with where to send it instead — it never falls through to another committee they lead.
 */
export async function officerScope(ctx: BotContext, personId: number): Promise<number | null | undefined> {
  const committee = await chatCommittee(ctx);
  if (!committee) return committee;
  const refusal = await officerRefusal(ctx.deps.db, personId, committee.id, ctx.deps.clock());
  if (!refusal) return committee.id;
  // B2: an officer whose own order has lapsed is told so, and who renews it, rather than that the group is not theirs.
  await ctx.reply(
    explainNotOfficer(
      ctx,
      refusal,
      ctx.t("command-not-officer-here", { committee: ctx.locale === "en" ? committee.titleEn : committee.titleFa }),
    ),
  );
  return undefined;
}

async function chatCommittee(ctx: BotContext): Promise<CommitteeRow | null | undefined> {
  if (!ctx.chat || ctx.chat.type === "private") return null;
  const committee = await committeeOfChat(ctx.deps.db, ctx.chat.id);
  if (committee) return committee;
  await ctx.reply(ctx.t("group-not-a-committee"));
  return undefined;
}

/**
 * Whose command it is and which committee it is about: the committee of the group chat, or null privately (the
 * service then looks at the committees the person leads). Undefined when the command was answered already.
 */
export async function officerCommand(
  ctx: BotContext,
): Promise<{ personId: number; committeeId: number | null } | undefined> {
  if (await refuseAnonymous(ctx)) return undefined;
  const personId = await requirePerson(ctx);
  if (personId === null) return undefined;
  const committeeId = await commandScope(ctx);
  return committeeId === undefined ? undefined : { personId, committeeId };
}

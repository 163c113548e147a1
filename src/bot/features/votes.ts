import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

export const votesFeature = new Composer<BotContext>();

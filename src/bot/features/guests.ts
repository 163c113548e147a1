import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

export const guestsFeature = new Composer<BotContext>();

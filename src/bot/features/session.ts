import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

export const sessionFeature = new Composer<BotContext>();

import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

export const delegationsFeature = new Composer<BotContext>();

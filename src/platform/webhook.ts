// Where a webhook's secret travels. Telegram sends the secret given to setWebhook back in a header
// (X-Telegram-Bot-Api-Secret-Token). Bale's setWebhook takes only a URL and sends no header, so there the secret is
// the last segment of the URL's path: only someone who knows it can post an update.
import type { Platform } from "./platform.ts";

export type WebhookPlan = {
  /** The URL given to setWebhook. */
  url: string;
  /** setWebhook's other fields: the secret token on Telegram, nothing on Bale. */
  options: { secret_token?: string };
  /** The path the HTTP server accepts updates on. */
  path: string;
  /** Where the server finds the secret: in the header, or in the path itself (which then must match exactly). */
  secretIn: "header" | "path";
};

/** The webhook for WEBHOOK_URL and WEBHOOK_SECRET on this platform. */
export function webhookPlan(platform: Platform, webhookUrl: string, secret: string): WebhookPlan {
  const url = new URL(webhookUrl);
  if (platform.webhookSecretIn === "header")
    return { url: url.href, options: { secret_token: secret }, path: url.pathname, secretIn: "header" };
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/${secret}`;
  return { url: url.href, options: {}, path: url.pathname, secretIn: "path" };
}

import type { Locale } from "../../domain/text.ts";
import type { Translate } from "../../services/shared/deps.ts";
import type { Directory } from "../directory.ts";

/** Strings the page's script shows, in the page's language. */
const SCRIPT_KEYS = [
  "sandbox-private-chat",
  "sandbox-message-placeholder",
  "sandbox-send",
  "sandbox-menu",
  "sandbox-close",
  "sandbox-pinned",
  "sandbox-edited",
  "sandbox-no-messages",
  "sandbox-reset-confirm",
  "sandbox-pick-hint",
  "sandbox-start",
] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

export function clockLabel(locale: Locale, t: Translate, offsetMs: number): string {
  return t(locale, "sandbox-clock-ahead", { days: Math.round(offsetMs / DAY_MS) });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The page: header with the clock, Reset and Export; the people to pick from; the panes the script fills. */
export function renderPage(locale: Locale, t: Translate, directory: Directory, offsetMs: number): string {
  const strings = Object.fromEntries(SCRIPT_KEYS.map((key) => [key, t(locale, key)]));
  const people = directory.people
    .map(
      (person) =>
        `<li><button type="button" class="person" data-person="${person.id}"><span class="name">${escapeHtml(person.name)}</span>${person.roles.map((role) => `<span class="role">${escapeHtml(role)}</span>`).join("")}</button></li>`,
    )
    .join("\n");
  const boot = JSON.stringify({ locale, strings, directory, offsetMs }).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="${locale}" dir="${locale === "fa" ? "rtl" : "ltr"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t(locale, "sandbox-title"))}</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
<header>
  <h1>${escapeHtml(t(locale, "sandbox-title"))}</h1>
  <p class="warning">${escapeHtml(t(locale, "sandbox-warning"))}</p>
  <div class="controls">
    <span class="clock"><span>${escapeHtml(t(locale, "sandbox-clock-now"))}:</span> <time id="clockNow"></time> <span id="clockAhead">${escapeHtml(clockLabel(locale, t, offsetMs))}</span></span>
    <button type="button" id="plusDay" data-days="1">${escapeHtml(t(locale, "sandbox-plus-day"))}</button>
    <button type="button" id="plusWeek" data-days="7">${escapeHtml(t(locale, "sandbox-plus-week"))}</button>
    <button type="button" id="reset">${escapeHtml(t(locale, "sandbox-reset"))}</button>
    <a id="export" href="/api/export" download>${escapeHtml(t(locale, "sandbox-export"))}</a>
    <a id="language" href="/?lang=${locale === "fa" ? "en" : "fa"}">${locale === "fa" ? "English" : "فارسی"}</a>
  </div>
</header>
<main>
  <nav id="people">
    <h2>${escapeHtml(t(locale, "sandbox-people"))}</h2>
    <input id="search" type="search" placeholder="${escapeHtml(t(locale, "sandbox-search"))}" aria-label="${escapeHtml(t(locale, "sandbox-search"))}">
    <ul>
${people}
    </ul>
  </nav>
  <section id="panes"><p class="hint">${escapeHtml(t(locale, "sandbox-pick-hint"))}</p></section>
</main>
<div id="toasts" aria-live="polite"></div>
<script id="boot" type="application/json">${boot}</script>
<script src="/assets/app.js"></script>
</body>
</html>
`;
}

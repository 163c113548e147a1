import { formatDate } from "../domain/calendar.ts";
import { percentOf } from "../domain/overview.ts";
import { escapeHtml, type Locale, localizeDigits } from "../domain/text.ts";
import type { GroupOverview, HqOverview } from "../services/overview/overview.ts";
import type { MessageKey, Translate } from "../services/shared/deps.ts";
import { when } from "../services/shared/meeting-text.ts";

// The HQ overview page (issue #15 part 3): server-rendered HTML, small CSS, Vazirmatn served by the bot itself (no
// network), no build step. The shell reads Telegram's launch data and fetches the body with it; the body is rendered
// here in the viewer's language.

const CSS = `
@font-face { font-family: Vazirmatn; src: url("overview/vazirmatn-regular.woff2") format("woff2"); font-weight: 400; }
@font-face { font-family: Vazirmatn; src: url("overview/vazirmatn-bold.woff2") format("woff2"); font-weight: 700; }
:root { color-scheme: light dark; --bg: #f4f5f7; --card: #fff; --ink: #1d2329; --muted: #66707a; --line: #e2e5e9;
  --ok: #1f7a3d; --warn: #a15c00; --bad: #b3261e; --bar: #3a78c3; }
@media (prefers-color-scheme: dark) { :root { --bg: #17212b; --card: #202b36; --ink: #e9edf1; --muted: #8d99a6;
  --line: #2c3a47; --ok: #5cc27f; --warn: #f0a54a; --bad: #ef7b72; --bar: #6aa7ea; } }
* { box-sizing: border-box; }
body { margin: 0; padding: 12px; background: var(--bg); color: var(--ink);
  font: 15px/1.6 Vazirmatn, Tahoma, sans-serif; }
h1 { font-size: 19px; margin: 0 0 2px; } h2 { font-size: 17px; margin: 18px 0 8px; }
h3 { font-size: 16px; margin: 0 0 6px; } .muted { color: var(--muted); font-size: 13px; }
article { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px; margin: 0 0 10px; }
dl { margin: 0; } dt { color: var(--muted); font-size: 13px; margin-top: 6px; } dd { margin: 0; }
ul { margin: 0; padding-inline-start: 18px; } .ok { color: var(--ok); } .warn { color: var(--warn); } .bad { color: var(--bad); }
table { width: 100%; border-collapse: collapse; font-size: 13px; } td { padding: 2px 0; vertical-align: middle; }
td.share { white-space: nowrap; text-align: end; width: 1%; padding-inline-start: 8px; }
.bar { height: 6px; background: var(--line); border-radius: 3px; } .bar span { display: block; height: 6px; border-radius: 3px; background: var(--bar); }
.refusal { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 16px; }
`;

export function directionOf(locale: Locale): "rtl" | "ltr" {
  return locale === "fa" ? "rtl" : "ltr";
}

/**
 * The page Telegram opens: the launch data comes in the URL fragment (`#tgWebAppData=…`), which never reaches a
 * server, so a tiny script sends it in a header to the body's address, and puts the answer in place. Telegram's
 * telegram-web-app.js is not included: it is not available offline, and the fragment is all the page needs.
 */
export function renderOverviewShell(locale: Locale, t: Translate): string {
  const strings = { failed: t(locale, "overview-failed") };
  return `<!doctype html>
<html lang="${locale}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t(locale, "overview-title"))}</title>
<style>${CSS}</style>
</head>
<body>
<main id="overview"><p class="muted">${escapeHtml(t(locale, "overview-loading"))}</p></main>
<script>
(function () {
  var main = document.getElementById("overview");
  var launch = new URLSearchParams(location.hash.slice(1)).get("tgWebAppData") || "";
  fetch("overview/data?lang=${locale}", { headers: { "X-Telegram-Init-Data": launch }, cache: "no-store" })
    .then(function (response) {
      var lang = response.headers.get("content-language") === "en" ? "en" : "fa";
      return response.text().then(function (html) {
        document.documentElement.lang = lang;
        document.documentElement.dir = lang === "fa" ? "rtl" : "ltr";
        main.innerHTML = html;
        var title = main.querySelector("h1");
        if (title) document.title = title.textContent;
      });
    })
    .catch(function () { main.textContent = ${JSON.stringify(strings.failed)}; });
})();
</script>
</body>
</html>
`;
}

/** A refusal, as the body: one clear sentence in the person's language. */
export function renderOverviewRefusal(locale: Locale, t: Translate, key: MessageKey): string {
  return `<h1>${escapeHtml(t(locale, "overview-title"))}</h1>\n<p class="refusal" role="alert">${escapeHtml(t(locale, key))}</p>\n`;
}

export function renderOverviewBody(locale: Locale, t: Translate, hqs: readonly HqOverview[], now: Date): string {
  const zone = hqs[0]?.zone ?? "Asia/Tehran";
  const parts = [
    `<h1>${escapeHtml(t(locale, "overview-title"))}</h1>`,
    `<p class="muted">${escapeHtml(t(locale, "overview-as-of", { when: when(t, locale, now, zone) }))}</p>`,
  ];
  for (const hq of hqs) parts.push(hqSection(locale, t, hq));
  return `${parts.join("\n")}\n`;
}

function hqSection(locale: Locale, t: Translate, hq: HqOverview): string {
  const level = t(locale, hq.level === "province" ? "overview-province" : "overview-county");
  const groups =
    hq.groups.length === 0
      ? `<p class="muted">${escapeHtml(t(locale, "overview-no-groups"))}</p>`
      : hq.groups.map((group) => groupCard(locale, t, hq, group)).join("\n");
  return `<section data-hq="${hq.hqId}">\n<h2>${escapeHtml(hq.name)} <span class="muted">${escapeHtml(level)}</span></h2>\n${groups}\n</section>`;
}

function groupCard(locale: Locale, t: Translate, hq: HqOverview, group: GroupOverview): string {
  const title = locale === "en" ? group.title.en : group.title.fa;
  const row = (heading: string, body: string) => `<dt>${escapeHtml(heading)}</dt><dd>${body}</dd>`;
  return `<article data-committee="${group.committeeId}">
<h3>${escapeHtml(title)}</h3>
<dl>
${row(t(locale, "overview-h-meeting"), meetingText(locale, t, hq, group))}
${row(t(locale, "overview-h-minutes"), minutesText(locale, t, hq, group))}
${row(t(locale, "overview-h-resolutions"), resolutionsText(locale, t, group))}
${row(t(locale, "overview-h-referrals"), referralsText(locale, t, hq, group))}
${row(
  t(locale, "overview-h-attendance", {
    quarter: hq.quarter.kind === "quarterly" ? hq.quarter.quarter : 1,
    year: localizeDigits(String(hq.quarter.jy), locale),
  }),
  attendanceTable(locale, t, group),
)}
</dl>
</article>`;
}

function meetingText(locale: Locale, t: Translate, hq: HqOverview, group: GroupOverview): string {
  const meeting = group.nextMeeting;
  if (!meeting) return `<span class="muted">${escapeHtml(t(locale, "overview-no-meeting"))}</span>`;
  const at = when(t, locale, meeting.startsAt, hq.zone);
  const heading = meeting.inSession
    ? t(locale, "overview-in-session", { when: at })
    : t(locale, "overview-meeting", { when: at });
  return `${escapeHtml(heading)}<br><span class="muted">${escapeHtml(t(locale, "overview-rsvp", meeting.rsvp))}</span>`;
}

function minutesText(locale: Locale, t: Translate, hq: HqOverview, group: GroupOverview): string {
  const minutes = group.lastMinutes;
  if (!minutes) return `<span class="muted">${escapeHtml(t(locale, "overview-minutes-none"))}</span>`;
  const held = formatDate(minutes.meetingStartsAt, locale, hq.zone);
  const due = when(t, locale, minutes.dueAt, hq.zone);
  switch (minutes.standing) {
    case "signed_on_time":
      return `<span class="ok">${escapeHtml(t(locale, "overview-minutes-on-time", { held }))}</span>`;
    case "signed_late":
      return `<span class="warn">${escapeHtml(
        t(locale, "overview-minutes-late", { held, signed: when(t, locale, minutes.signedAt!, hq.zone) }),
      )}</span>`;
    case "awaiting":
      return escapeHtml(t(locale, "overview-minutes-awaiting", { held, due }));
    case "overdue":
      return `<span class="bad">${escapeHtml(t(locale, "overview-minutes-overdue", { held, due }))}</span>`;
  }
}

function resolutionsText(locale: Locale, t: Translate, group: GroupOverview): string {
  const { awaitingApproval, overdue } = group.resolutions;
  const text = escapeHtml(t(locale, "overview-resolutions", { awaiting: awaitingApproval, overdue }));
  return overdue > 0 ? `<span class="bad">${text}</span>` : text;
}

function referralsText(locale: Locale, t: Translate, hq: HqOverview, group: GroupOverview): string {
  if (group.referrals.length === 0)
    return `<span class="muted">${escapeHtml(t(locale, "overview-referrals-none"))}</span>`;
  const items = group.referrals.map((referral) => {
    const due = formatDate(new Date(`${referral.dueDate}T12:00:00Z`), locale, hq.zone);
    return referral.overdue
      ? `<li class="bad">${escapeHtml(t(locale, "overview-referral-overdue", { subject: referral.subject, due }))}</li>`
      : `<li>${escapeHtml(t(locale, "overview-referral", { subject: referral.subject, due }))}</li>`;
  });
  return `<ul>${items.join("")}</ul>`;
}

function attendanceTable(locale: Locale, t: Translate, group: GroupOverview): string {
  if (group.attendance.length === 0)
    return `<span class="muted">${escapeHtml(t(locale, "overview-attendance-none"))}</span>`;
  const rows = group.attendance.map((row) => {
    const percent = percentOf(row.rate);
    const share = t(locale, "overview-attendance-share", {
      present: row.present,
      meetings: row.meetings,
      percent,
    });
    return `<tr><td>${escapeHtml(row.agency)}<div class="bar"><span style="width:${percent}%"></span></div></td><td class="share">${escapeHtml(share)}</td></tr>`;
  });
  return `<table>${rows.join("")}</table>`;
}

// Bale has no parse_mode: a message the bot wrote in Telegram's HTML is sent as the plain text a reader would see.

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the character references Telegram's HTML allows (&amp; &lt; &gt; &quot; and numeric ones). */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const TAG = /<(\/?)([a-z][a-z0-9-]*)((?:\s+[a-z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/gi;

function hrefOf(attributes: string): string | null {
  const match = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  if (!match) return null;
  return decodeHtmlEntities(match[1] ?? match[2] ?? match[3] ?? "");
}

/**
 * The text of a message in Telegram's HTML, as plain text: tags dropped, references decoded, and each link kept as
 * "text (url)", or as the bare URL when its text is the URL (or empty). A mention link (tg://…) keeps its text only:
 * its address means nothing outside Telegram. Nothing is escaped: the result is sent with no parse mode.
 */
export function htmlToPlainText(html: string): string {
  let out = "";
  const links: { href: string | null; start: number }[] = [];
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    out += decodeHtmlEntities(html.slice(last, match.index));
    last = match.index + match[0].length;
    const closing = match[1] === "/";
    if (match[2]!.toLowerCase() !== "a") continue;
    if (!closing) {
      links.push({ href: hrefOf(match[3] ?? ""), start: out.length });
      continue;
    }
    const link = links.pop();
    if (!link?.href || link.href.startsWith("tg:")) continue;
    const text = out.slice(link.start).trim();
    if (text === "" || text === link.href) out = out.slice(0, link.start) + link.href;
    else out += ` (${link.href})`;
  }
  return out + decodeHtmlEntities(html.slice(last));
}

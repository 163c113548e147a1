import { describe, expect, it } from "vitest";
import { parseTelegramHtml, TelegramHtmlError, telegramHtmlToPlainText } from "../../src/domain/telegram-html.ts";

describe("Telegram's HTML read as Telegram reads it", () => {
  it("parses pre/code with language, spoilers, blockquotes and numeric entities", () => {
    const r = parseTelegramHtml(
      '<pre><code class="language-ts">let a = 1;</code></pre><tg-spoiler>s</tg-spoiler><blockquote expandable>q</blockquote>&#1587;&#x644;',
    );
    expect(r.text).toBe("let a = 1;sqسل");
    expect(r.entities).toEqual([
      { type: "pre", offset: 0, length: 10, language: "ts" },
      { type: "spoiler", offset: 10, length: 1 },
      { type: "expandable_blockquote", offset: 11, length: 1 },
    ]);
  });

  it("refuses what Telegram refuses, naming the byte offset", () => {
    for (const [html, why] of [
      ["a < b", /unsupported start tag ""/],
      ["a & b", /unescaped "&" at byte offset 2/],
      ["<b>جلسه", /can't find end tag corresponding to start tag "b"/],
      ["<b>x</i>", /unmatched end tag at byte offset 4, expected "<\/b>", found "<\/i>"/],
      ["&nosuch;", /unsupported HTML entity "&nosuch;"/],
      ["<div>x</div>", /unsupported start tag "div"/],
    ] as const) {
      expect(() => parseTelegramHtml(html), html).toThrow(TelegramHtmlError);
      expect(() => parseTelegramHtml(html), html).toThrow(why);
    }
  });
});

describe("Telegram HTML rendered as the plain text Bale shows", () => {
  it("drops the formatting tags and keeps their text", () => {
    expect(telegramHtmlToPlainText("<b>جلسه</b> <i>فوق‌العاده</i> <u>u</u> <s>s</s> <code>c</code> <pre>p</pre>")).toBe(
      "جلسه فوق‌العاده u s c p",
    );
    expect(telegramHtmlToPlainText("<blockquote expandable>quote</blockquote><tg-spoiler>x</tg-spoiler>")).toBe(
      "quotex",
    );
  });

  it("decodes the references Telegram's HTML requires, once", () => {
    expect(telegramHtmlToPlainText("3 &lt; 4 &amp;&amp; 5 &gt; 2 &quot;q&quot; &#39;a&#39; &#x1F600; &amp;lt;")).toBe(
      "3 < 4 && 5 > 2 \"q\" 'a' 😀 &lt;",
    );
  });

  it("keeps a link as 'text (url)', or the bare URL when the text is the URL", () => {
    expect(telegramHtmlToPlainText('دعوت: <a href="https://ble.ir/kargoruh_bot?start=a&amp;b">پیوند</a>.')).toBe(
      "دعوت: پیوند (https://ble.ir/kargoruh_bot?start=a&b).",
    );
    expect(telegramHtmlToPlainText('<a href="https://ble.ir/x">https://ble.ir/x</a>')).toBe("https://ble.ir/x");
    expect(telegramHtmlToPlainText('<a href="https://e.org"><b>bold</b> link</a>')).toBe("bold link (https://e.org)");
    expect(telegramHtmlToPlainText('<a href="https://a.org">a</a> و <a href="https://b.org">b</a>')).toBe(
      "a (https://a.org) و b (https://b.org)",
    );
  });

  it("a mention link (tg://) keeps its name only; a link without href keeps its text", () => {
    expect(telegramHtmlToPlainText('<a href="tg://user?id=42">Sara</a> voted')).toBe("Sara voted");
    expect(telegramHtmlToPlainText("<a>plain</a>")).toBe("plain");
  });

  it("escapes nothing: Bale's markdown characters and the user's text come out as written", () => {
    expect(telegramHtmlToPlainText("*star* _under_ [bracket] \\ `tick`")).toBe("*star* _under_ [bracket] \\ `tick`");
  });

  it("HTML that Telegram would refuse is refused here too, not sent with stray tags", () => {
    expect(() => telegramHtmlToPlainText("<b>open")).toThrow(TelegramHtmlError);
  });
});

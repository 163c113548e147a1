import { describe, expect, it } from "vitest";
import { decodeHtmlEntities, htmlToPlainText } from "../../src/platform/html-to-text.ts";

describe("Telegram HTML rendered as the plain text Bale shows", () => {
  it("drops the formatting tags and keeps their text", () => {
    expect(htmlToPlainText("<b>جلسه</b> <i>فوق‌العاده</i> <u>u</u> <s>s</s> <code>c</code> <pre>p</pre>")).toBe(
      "جلسه فوق‌العاده u s c p",
    );
    expect(htmlToPlainText("<blockquote expandable>quote</blockquote><tg-spoiler>x</tg-spoiler>")).toBe("quotex");
  });

  it("decodes the references Telegram's HTML requires, once", () => {
    expect(htmlToPlainText("3 &lt; 4 &amp;&amp; 5 &gt; 2 &quot;q&quot; &#39;a&#39; &#x1F600; &amp;lt;")).toBe(
      "3 < 4 && 5 > 2 \"q\" 'a' 😀 &lt;",
    );
  });

  it("keeps a link as 'text (url)', or the bare URL when the text is the URL or empty", () => {
    expect(htmlToPlainText('دعوت: <a href="https://ble.ir/kargoruh_bot?start=a&amp;b">پیوند</a>.')).toBe(
      "دعوت: پیوند (https://ble.ir/kargoruh_bot?start=a&b).",
    );
    expect(htmlToPlainText('<a href="https://ble.ir/x">https://ble.ir/x</a>')).toBe("https://ble.ir/x");
    expect(htmlToPlainText("<a href='https://ble.ir/x'></a>")).toBe("https://ble.ir/x");
    expect(htmlToPlainText('<a href="https://e.org"><b>bold</b> link</a>')).toBe("bold link (https://e.org)");
  });

  it("a mention link (tg://) keeps its name only; a link without href keeps its text", () => {
    expect(htmlToPlainText('<a href="tg://user?id=42">Sara</a> voted')).toBe("Sara voted");
    expect(htmlToPlainText("<a>plain</a>")).toBe("plain");
  });

  it("escapes nothing: Bale's markdown characters and the user's text come out as written", () => {
    expect(htmlToPlainText("*star* _under_ [bracket] \\ `tick`")).toBe("*star* _under_ [bracket] \\ `tick`");
  });

  it("leaves an unknown or malformed reference as it is", () => {
    expect(decodeHtmlEntities("&nosuch; &#0; &#xZZ; & alone")).toBe("&nosuch; &#0; &#xZZ; & alone");
  });
});

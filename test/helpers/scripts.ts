/** Which script a line is written in: a Persian line may hold Latin only inside a bidi isolate (a path, a key, a name). */

const ISOLATE_OPENERS = new Set(["\u2066", "\u2067", "\u2068"]);
const POP_DIRECTIONAL_ISOLATE = "\u2069";
const PERSIAN_LETTER = /[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06C0-\u06CC]/;

/** The Latin letters and digits a line shows outside every isolate, nested ones included ("" when there are none). */
export function bareLatin(line: string): string {
  let depth = 0;
  let bare = "";
  for (const char of line) {
    if (ISOLATE_OPENERS.has(char)) depth++;
    else if (char === POP_DIRECTIONAL_ISOLATE) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[A-Za-z0-9]/.test(char)) bare += char;
  }
  return bare;
}

export function hasPersian(text: string): boolean {
  return PERSIAN_LETTER.test(text);
}

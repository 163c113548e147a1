/** Everything after the command word, including the agenda lines below it. */
export function commandBody(text: string): string {
  const match = /^\/\S+[ \t]*/.exec(text);
  return match ? text.slice(match[0].length).trim() : "";
}

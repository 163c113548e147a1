/**
 * The Bot API's answer to an edit that would change nothing ("Bad Request: message is not modified"): not a failure,
 * the message already shows that state. One reading for the outbox worker and the redraw of a pressed message.
 */
export function isMessageNotModified(description: string): boolean {
  return description.toLowerCase().includes("message is not modified");
}

import { YAMLParseError } from "yaml";
import type { MessageKey, Translate } from "../services/shared/deps.ts";
import type { Locale } from "../domain/text.ts";

/**
 * Why a file the administrator named could not be read, in their language: the operating system's and the YAML
 * parser's own reasons are English, so each known cause has its own message and only an unknown one shows the
 * system's code (never its English sentence).
 */
export function readFailureText(t: Translate, locale: Locale, error: unknown): string {
  const { key, vars } = readFailure(error);
  return t(locale, key, vars);
}

type ReadFailure = { key: MessageKey; vars: Record<string, string | number> };

function readFailure(error: unknown): ReadFailure {
  if (error instanceof YAMLParseError) {
    const at = error.linePos?.[0];
    return at
      ? { key: "file-reason-yaml-at", vars: { line: at.line, column: at.col } }
      : { key: "file-reason-yaml", vars: {} };
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return { key: "file-reason-missing", vars: {} };
    case "EACCES":
    case "EPERM":
      return { key: "file-reason-denied", vars: {} };
    case "EISDIR":
      return { key: "file-reason-directory", vars: {} };
    default:
      return { key: "file-reason-other", vars: { code: code ?? "?" } };
  }
}

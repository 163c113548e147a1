import { resolve } from "node:path";

/**
 * A file named on the command line, as the person meant it. `npm run` runs scripts in the project's folder, not where
 * the command was typed; npm keeps that folder in INIT_CWD, so `npm run -s cli -- roster import ../county.yaml` reads
 * the file next to the person's shell.
 */
export function userPath(file: string, env: Record<string, string | undefined>): string {
  return resolve(env.INIT_CWD ?? process.cwd(), file);
}

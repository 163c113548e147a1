import { existsSync } from "node:fs";

/** `.env` next to package.json, if present; real environment variables win over it. */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

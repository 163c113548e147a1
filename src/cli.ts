import { runCli } from "./cli/run-cli.ts";
import { loadDotEnv } from "./env-file.ts";

loadDotEnv();
const code = await runCli(process.argv.slice(2), process.env, {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;

import type { Database } from "../../db/client.ts";
import type { ClaimedJob } from "../../db/queries/jobs.ts";
import type { Logger } from "../../logger.ts";

/** What a job's handler is given besides the job: the database, the runner's clock reading, and a log. */
export type JobContext = { db: Database; now: Date; log: Pick<Logger, "info" | "warn" | "error"> };

/**
 * The contract between the services that plan jobs and the runner (delivery/job-runner.ts) that runs them.
 * Runs at least once per scheduling: a runner that dies mid-job leaves it to be taken over when its lock
 * ends, so a handler must tolerate running twice (check state before acting, write in one transaction).
 */
export type JobHandler = (job: ClaimedJob, deps: JobContext) => Promise<void>;

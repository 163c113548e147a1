import { describe, expect, it } from "vitest";
import { JOB_PAYLOADS, jobPayload, plannedJob } from "../../../src/services/shared/job-kinds.ts";
import { jobHandlers } from "../../../src/services/shared/jobs.ts";
import type { ServiceDeps } from "../../../src/services/shared/deps.ts";

describe("job kinds: one payload schema shared by the planner and the handler", () => {
  it("every kind the services handle has its schema, and every schema has its handler", () => {
    const handled = Object.keys(jobHandlers({} as ServiceDeps)).sort();
    expect(Object.keys(JOB_PAYLOADS).sort()).toEqual(handled);
  });

  it("a planned job carries its payload as the handler will read it", () => {
    const job = plannedJob("referral_reminder", { referralId: 7, stage: "due" }, new Date(0), "referral:7:due");
    expect(job).toEqual({
      kind: "referral_reminder",
      payload: { referralId: 7, stage: "due" },
      runAt: new Date(0),
      dedupeKey: "referral:7:due",
    });
    expect(jobPayload("referral_reminder", job)).toEqual({ referralId: 7, stage: "due" });
  });

  it("a payload of the wrong shape is refused where it is planned and where it is read", () => {
    expect(() => plannedJob("minutes_overdue", { minutesId: 0 }, new Date(0), "k")).toThrow();
    expect(() => jobPayload("visit_reminder", { payload: { visitId: 3, stage: "day_before" } })).toThrow(/startsAt/);
    expect(() => jobPayload("rsvp_3d", { payload: { meeting: 1 } })).toThrow(/meetingId/);
  });
});

// Issue #15 part 3: the HQ's overview of its working groups, read from plain rows. B9 (minutes within 48 hours),
// B12 (referrals answered by their due date), B13 (attendance per member agency), B14 (resolutions approved by the HQ).

/** B9: where a meeting's minutes stand against their deadline. */
export type MinutesStanding = "signed_on_time" | "signed_late" | "awaiting" | "overdue";

export function minutesStanding(row: { dueAt: Date; firstSignedAt: Date | null }, now: Date): MinutesStanding {
  if (row.firstSignedAt) return row.firstSignedAt <= row.dueAt ? "signed_on_time" : "signed_late";
  return now > row.dueAt ? "overdue" : "awaiting";
}

export type RsvpCounts = { attending: number; notAttending: number; delegating: number; unanswered: number };

/** The answers to a meeting's invitations; a vacant seat (nobody invited) is not waiting for an answer. */
export function rsvpCounts(invitations: readonly { personId: number | null; response: string | null }[]): RsvpCounts {
  const counts: RsvpCounts = { attending: 0, notAttending: 0, delegating: 0, unanswered: 0 };
  for (const invitation of invitations) {
    if (invitation.response === "attending") counts.attending += 1;
    else if (invitation.response === "not_attending") counts.notAttending += 1;
    else if (invitation.response === "delegating") counts.delegating += 1;
    else if (invitation.personId !== null) counts.unanswered += 1;
  }
  return counts;
}

/**
 * B14: resolutions waiting for the HQ's approval, and those past their due date (ISO day, HQ zone) and not carried
 * out; one that did not pass owes nothing. A resolution can be both; it is counted in each.
 */
export function resolutionsNeedingAttention(
  rows: readonly { passed: boolean; status: string; dueDate: string | null }[],
  today: string,
): { awaitingApproval: number; overdue: number } {
  return {
    awaitingApproval: rows.filter((r) => r.status === "awaiting_approval").length,
    overdue: rows.filter((r) => r.passed && r.dueDate !== null && r.dueDate < today && r.status !== "implemented")
      .length,
  };
}

export type ReferralDue = { subject: string; dueDate: string; overdue: boolean };

/** B12: open referrals, soonest due first; one whose due day has passed is overdue (the due day itself is not). */
export function referralsDue(rows: readonly { subject: string; dueDate: string }[], today: string): ReferralDue[] {
  return [...rows]
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
    .map((r) => ({ subject: r.subject, dueDate: r.dueDate, overdue: r.dueDate < today }));
}

export type AgencyAttendance = { agency: string; present: number; meetings: number; rate: number };

/**
 * B13: per member agency (seat), the share of the held meetings it was invited to that it attended; agencies that
 * were invited to none are left out, the lowest rate first so the absent stand at the top.
 */
export function attendanceByAgency(
  rows: readonly { seat: string; present: number; meetings: number }[],
): AgencyAttendance[] {
  return rows
    .filter((row) => row.meetings > 0)
    .map((row) => ({
      agency: row.seat,
      present: row.present,
      meetings: row.meetings,
      rate: row.present / row.meetings,
    }))
    .sort((a, b) => a.rate - b.rate || a.agency.localeCompare(b.agency));
}

/** A rate as a whole percentage, for the page (`۶۷٪` is written by the caller's digits). */
export function percentOf(rate: number): number {
  return Math.round(rate * 100);
}

import type { GuestAttendance, SeatAttendanceRow } from "../../db/queries/attendance.ts";
import { formatTime } from "../../domain/calendar.ts";
import { encodeCallback } from "../../domain/callback-data.ts";
import type { Fraction, MajorityReading } from "../../domain/rules.ts";
import type { AttendanceSummary, Choice, Decision, Tally, VoteOutcome } from "../../domain/session.ts";
import { type Locale, localizeDigits } from "../../domain/text.ts";
import type { Translate } from "../shared/deps.ts";
import type { InlineKeyboardMarkup } from "../convening/buttons.ts";
import { when } from "../shared/meeting-text.ts";

/** A meeting in session, read once: what every attendance text needs. */
export type SessionView = {
  meetingId: number;
  committeeTitle: { fa: string; en: string };
  zone: string;
  startsAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  seats: SeatAttendanceRow[];
  guests: GuestAttendance[];
  summary: AttendanceSummary;
  quorum: Fraction;
  /** Seats someone can occupy at this meeting (B2): held, with an order in force on the meeting's day. */
  filled: ReadonlySet<number>;
};

/** An approved guest on the secretary's roll: their name once they opened the invitation link, and whether they checked in. */
export type GuestOnRoll = { guestId: number; agency: string; name: string | null; present: boolean };

/** What the secretary's roll shows: the session, and every approved guest whether in the room yet or not. */
export type SheetView = SessionView & { guestRoll: GuestOnRoll[] };

/** A vote with its live figures. `voted` lists seats only; in a secret vote every `choice` is null. */
export type VoteView = {
  voteId: number;
  meetingId: number;
  question: string;
  secret: boolean;
  open: boolean;
  agendaPosition: number | null;
  tally: Tally;
  votingSeats: number;
  threshold: number;
  majority: MajorityReading;
  voted: { seatTitle: string; choice: Choice | null }[];
};

const CHOICE_KEYS: Record<Choice, string> = { yes: "vote-yes", no: "vote-no", abstain: "vote-abstain" };

export function choiceLabel(t: Translate, locale: Locale, choice: Choice): string {
  return t(locale, CHOICE_KEYS[choice]);
}

/** "two-thirds" for the bylaw's fraction, the digits of any other a committee set. */
export function fractionLabel(t: Translate, locale: Locale, f: Fraction): string {
  if (f.numerator === 2 && f.denominator === 3) return t(locale, "session-quorum-two-thirds");
  return localizeDigits(`${f.numerator}/${f.denominator}`, locale);
}

/** `Present 6 of 9 voting seats (1 by delegate) + 1 guest — quorum is 6 (two-thirds): reached` */
export function attendanceLine(t: Translate, locale: Locale, summary: AttendanceSummary, quorum: Fraction): string {
  return t(locale, "session-attendance-line", {
    present: summary.presentVoting,
    seats: summary.votingSeats,
    byDelegate: summary.presentByDelegate,
    guests: summary.guestsPresent,
    required: summary.quorumRequired,
    fraction: fractionLabel(t, locale, quorum),
    quorate: summary.quorate ? "yes" : "no",
  });
}

/** The short form a refusal cites: «حاضر: ۵ از ۹؛ حد نصاب ۶». */
export function quorumShort(t: Translate, locale: Locale, summary: AttendanceSummary): string {
  return t(locale, "session-quorum-short", {
    present: summary.presentVoting,
    seats: summary.votingSeats,
    required: summary.quorumRequired,
  });
}

const button = (text: string, data: Parameters<typeof encodeCallback>[0]) => ({
  text,
  callback_data: encodeCallback(data),
});

export function sessionKeyboard(t: Translate, locale: Locale, meetingId: number): InlineKeyboardMarkup {
  return { inline_keyboard: [[button(t(locale, "session-check-in"), { action: "check_in", meetingId })]] };
}

/** The pinned message in the group chat while the meeting is in session. */
export function liveSessionText(t: Translate, locale: Locale, view: SessionView): string {
  const started = view.startedAt ?? view.startsAt;
  return [
    t(locale, "session-live-title", {
      committee: view.committeeTitle[locale],
      time: formatTime(started, locale, view.zone),
    }),
    attendanceLine(t, locale, view.summary, view.quorum),
    "",
    t(locale, "session-live-hint"),
  ].join("\n");
}

/** What the pinned message becomes once the session ends: no button, the final count. */
export function endedSessionText(t: Translate, locale: Locale, view: SessionView): string {
  return [
    t(locale, "session-ended-title", {
      committee: view.committeeTitle[locale],
      time: formatTime(view.endedAt ?? view.startsAt, locale, view.zone),
    }),
    attendanceLine(t, locale, view.summary, view.quorum),
  ].join("\n");
}

function attendeeOf(t: Translate, locale: Locale, seat: SeatAttendanceRow): string {
  const byDelegate = seat.attendeePersonId !== null && seat.attendeePersonId !== seat.holderPersonId;
  if (byDelegate)
    return t(locale, "session-seat-by-delegate", { seat: seat.seatTitle, name: seat.attendeeName ?? "—" });
  return t(locale, "session-seat-line", {
    seat: seat.seatTitle,
    name: seat.holderName ?? t(locale, "session-seat-vacant"),
  });
}

/** Posted in the group when the session ends: who was there, seat by seat, for the record and the minutes. */
export function finalAttendanceText(t: Translate, locale: Locale, view: SessionView): string {
  const present = view.seats.filter((s) => s.present);
  const left = view.seats.filter((s) => s.left);
  const absent = view.seats.filter((s) => !s.present && !s.left);
  const list = (items: string[]) =>
    items.length === 0 ? [t(locale, "session-list-none")] : items.map((item) => `• ${item}`);
  const lines = [
    t(locale, "session-final-title", {
      committee: view.committeeTitle[locale],
      when: when(t, locale, view.startedAt ?? view.startsAt, view.zone),
      end: formatTime(view.endedAt ?? view.startsAt, locale, view.zone),
    }),
    attendanceLine(t, locale, view.summary, view.quorum),
    "",
    t(locale, "session-final-present", { count: present.length }),
    ...list(
      present.map((s) => attendeeOf(t, locale, s) + (s.seatVoting ? "" : ` ${t(locale, "session-seat-non-voting")}`)),
    ),
    "",
    t(locale, "session-final-absent", { count: absent.length }),
    ...list(absent.map((s) => attendeeOf(t, locale, s))),
  ];
  if (left.length > 0) {
    lines.push("", t(locale, "session-final-left", { count: left.length }));
    lines.push(...list(left.map((s) => attendeeOf(t, locale, s))));
  }
  if (view.guests.length > 0) {
    lines.push("", t(locale, "session-final-guests", { count: view.guests.length }));
    lines.push(
      ...list(view.guests.map((g) => t(locale, "session-guest-line", { agency: g.agency, name: g.personName ?? "—" }))),
    );
  }
  return lines.join("\n");
}

function guestOf(t: Translate, locale: Locale, guest: GuestOnRoll): string {
  if (guest.name === null) return t(locale, "session-sheet-guest-no-link", { agency: guest.agency });
  return t(locale, "session-guest-line", { agency: guest.agency, name: guest.name });
}

/**
 * The secretary's roll: one button per occupied seat toggles it present or absent (for people without phones). Approved
 * guests are listed apart, without buttons: they check in themselves and never count towards quorum (B3, B8).
 */
export function attendanceSheet(
  t: Translate,
  locale: Locale,
  view: SheetView,
): { text: string; replyMarkup: InlineKeyboardMarkup } {
  const vacant = view.seats.filter((s) => s.holderPersonId === null);
  const ended = view.seats.filter((s) => s.holderPersonId !== null && !view.filled.has(s.seatId));
  const lines = [
    t(locale, "session-sheet-title", { committee: view.committeeTitle[locale] }),
    attendanceLine(t, locale, view.summary, view.quorum),
    "",
    t(locale, "session-sheet-hint"),
  ];
  if (vacant.length > 0)
    lines.push(t(locale, "session-sheet-vacant", { seats: vacant.map((s) => s.seatTitle).join(joiner(locale)) }));
  if (ended.length > 0)
    lines.push(t(locale, "session-sheet-term-ended", { seats: ended.map((s) => s.seatTitle).join(joiner(locale)) }));
  if (view.guestRoll.length > 0) {
    lines.push("", t(locale, "session-sheet-guests", { count: view.guestRoll.length }));
    lines.push(...view.guestRoll.map((g) => `• ${g.present ? "✅" : "⬜"} ${guestOf(t, locale, g)}`));
  }
  const rows = view.seats
    .filter((s) => view.filled.has(s.seatId))
    .map((s) => [
      button(`${s.present ? "✅" : "⬜"} ${attendeeOf(t, locale, s)}`.slice(0, 120), {
        action: "mark_presence",
        meetingId: view.meetingId,
        seatId: s.seatId,
      }),
    ]);
  return { text: lines.join("\n"), replyMarkup: { inline_keyboard: rows } };
}

// ─── Votes ──────────────────────────────────────────────────────────────────────────────────────

export function voteKeyboard(
  t: Translate,
  locale: Locale,
  voteId: number,
  options: { closeButton: boolean },
): InlineKeyboardMarkup {
  const rows = [
    [
      button(t(locale, "vote-yes"), { action: "ballot", voteId, choice: "yes" }),
      button(t(locale, "vote-no"), { action: "ballot", voteId, choice: "no" }),
      button(t(locale, "vote-abstain"), { action: "ballot", voteId, choice: "abstain" }),
    ],
  ];
  if (options.closeButton) rows.push([button(t(locale, "vote-close-button"), { action: "vote_close", voteId })]);
  return { inline_keyboard: rows };
}

export function majorityRule(t: Translate, locale: Locale, majority: MajorityReading): string {
  return t(locale, majority === "absolute" ? "vote-rule-absolute" : "vote-rule-strict");
}

function tallyLine(t: Translate, locale: Locale, tally: Tally): string {
  return t(locale, "vote-tally", { yes: tally.yes, no: tally.no, abstain: tally.abstain });
}

function thresholdLine(
  t: Translate,
  locale: Locale,
  vote: Pick<VoteView, "threshold" | "votingSeats" | "majority">,
): string {
  return t(locale, "vote-threshold", {
    threshold: vote.threshold,
    seats: vote.votingSeats,
    rule: majorityRule(t, locale, vote.majority),
  });
}

const joiner = (locale: Locale) => (locale === "fa" ? "، " : ", ");

function questionLines(t: Translate, locale: Locale, vote: VoteView): string[] {
  const lines = [t(locale, vote.secret ? "vote-title-secret" : "vote-title", { question: vote.question })];
  if (vote.agendaPosition !== null) lines.push(t(locale, "vote-agenda-item", { position: vote.agendaPosition }));
  return lines;
}

/** Who has voted: in a secret vote only the seats, otherwise the seats under each choice. */
function whoVoted(t: Translate, locale: Locale, vote: VoteView): string[] {
  if (vote.voted.length === 0) return [t(locale, "vote-nobody-yet")];
  if (vote.secret) {
    return [
      t(locale, "vote-voted-secret", {
        count: vote.voted.length,
        seats: vote.voted.map((v) => v.seatTitle).join(joiner(locale)),
      }),
    ];
  }
  const lines: string[] = [];
  for (const choice of ["yes", "no", "abstain"] as const) {
    const seats = vote.voted.filter((v) => v.choice === choice).map((v) => v.seatTitle);
    if (seats.length > 0) lines.push(`${choiceLabel(t, locale, choice)}: ${seats.join(joiner(locale))}`);
  }
  return lines;
}

/** The live vote message: question, tally, the yes votes needed and who has voted. */
export function voteText(t: Translate, locale: Locale, vote: VoteView): string {
  return [
    ...questionLines(t, locale, vote),
    "",
    tallyLine(t, locale, vote.tally),
    thresholdLine(t, locale, vote),
    ...whoVoted(t, locale, vote),
    "",
    t(locale, vote.open ? (vote.secret ? "vote-hint-secret" : "vote-hint") : "vote-closed-note"),
  ].join("\n");
}

/** The result, as the group reads it and the minutes cite it: figures, threshold, the rule that set it, the verdict. */
export function voteResultText(t: Translate, locale: Locale, vote: VoteView, outcome: VoteOutcome): string {
  return [
    t(locale, "vote-result-title", { question: vote.question }),
    ...(vote.agendaPosition === null ? [] : [t(locale, "vote-agenda-item", { position: vote.agendaPosition })]),
    tallyLine(t, locale, outcome),
    thresholdLine(t, locale, outcome),
    ...(outcome.decision === "no_quorum"
      ? [
          t(locale, "vote-quorum-at-close", {
            present: outcome.presentVoting,
            seats: outcome.votingSeats,
            required: outcome.quorumRequired,
          }),
        ]
      : []),
    t(locale, DECISION_KEYS[outcome.decision]),
  ].join("\n");
}

/** The verdict line of a closed vote (B3); `no_quorum` is neither a pass nor a fail. */
export const DECISION_KEYS: Record<Decision, string> = {
  passed: "vote-passed",
  failed: "vote-failed",
  no_quorum: "vote-no-decision",
};

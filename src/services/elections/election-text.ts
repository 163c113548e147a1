import { encodeCallback } from "../../domain/callback-data.ts";
import type { ElectionDecision, ElectionOccasion } from "../../domain/election.ts";
import type { MajorityReading } from "../../domain/rules.ts";
import { type Locale, localizeDigits } from "../../domain/text.ts";
import type { MessageKey, Translate } from "../shared/deps.ts";

export type Candidate = { seatId: number; seatTitle: string; name: string };

/** The ballot message: who may be elected and what it takes (B7 with B3's figures). */
export type ElectionView = {
  electionId: number;
  committeeTitle: { fa: string; en: string };
  occasion: ElectionOccasion;
  candidates: Candidate[];
  /** N, from the voting base. */
  members: number;
  yesRequired: number;
  quorumRequired: number;
  majority: MajorityReading;
};

const occasionKeys: Record<ElectionOccasion, MessageKey> = {
  first_meeting: "election-occasion-first_meeting",
  vacant_seat: "election-occasion-vacant_seat",
};

const ruleKeys: Record<MajorityReading, MessageKey> = {
  absolute: "election-rule-absolute",
  strict: "election-rule-strict",
};

const digits = (locale: Locale) => (value: number) => localizeDigits(String(value), locale);

export function electionText(t: Translate, locale: Locale, view: ElectionView): string {
  const n = digits(locale);
  return [
    t(locale, "election-title", { committee: view.committeeTitle[locale] }),
    t(locale, occasionKeys[view.occasion]),
    t(locale, "election-hint"),
    t(locale, "election-threshold", {
      threshold: n(view.yesRequired),
      seats: n(view.members),
      quorum: n(view.quorumRequired),
      rule: t(locale, ruleKeys[view.majority]),
    }),
  ].join("\n");
}

export function electionKeyboard(t: Translate, locale: Locale, view: ElectionView) {
  return {
    inline_keyboard: [
      ...view.candidates.map((c) => [
        {
          text: `${c.name} — ${c.seatTitle}`,
          callback_data: encodeCallback({ action: "election_ballot", electionId: view.electionId, seatId: c.seatId }),
        },
      ]),
      [
        {
          text: t(locale, "election-close-button"),
          callback_data: encodeCallback({ action: "election_close", electionId: view.electionId }),
        },
      ],
    ],
  };
}

/**
 * What an election decided, as stored with it (elections.result) and read back by the minutes: the names are those of
 * the moment it closed, so later roster changes do not rewrite the record.
 */
export type ElectionResultView = {
  committeeTitle: { fa: string; en: string };
  occasion: ElectionOccasion;
  decision: ElectionDecision;
  counts: { seatTitle: string; name: string; votes: number }[];
  ballots: number;
  members: number;
  yesRequired: number;
  presentVoting: number;
  quorumRequired: number;
  majority: MajorityReading;
  winner: Candidate | null;
  /** Who is secretary after the election: the winner, or whoever held the role before (null: the seat is vacant). */
  secretaryAfter: { name: string; seatTitle: string } | null;
};

/** The figures and the decision, without a title: shared by the chat message and the minutes. */
export function electionResultLines(t: Translate, locale: Locale, result: ElectionResultView): string[] {
  const n = digits(locale);
  const lines = result.counts.map((c) =>
    t(locale, "election-result-line", { name: c.name, seat: c.seatTitle, votes: n(c.votes) }),
  );
  lines.push(
    t(locale, "election-result-figures", {
      ballots: n(result.ballots),
      present: n(result.presentVoting),
      seats: n(result.members),
      threshold: n(result.yesRequired),
      rule: t(locale, ruleKeys[result.majority]),
    }),
  );
  if (result.winner) {
    lines.push(t(locale, "election-result-elected", { name: result.winner.name, seat: result.winner.seatTitle }));
    return lines;
  }
  if (result.decision === "no_quorum") {
    lines.push(
      t(locale, "election-result-no-quorum", {
        present: n(result.presentVoting),
        quorum: n(result.quorumRequired),
        seats: n(result.members),
      }),
    );
  } else if (result.decision === "session_ended") {
    lines.push(t(locale, "election-result-session-ended"));
  } else {
    lines.push(t(locale, "election-result-none"));
  }
  lines.push(nextStep(t, locale, result));
  return lines;
}

/** Without a winner: who remains secretary, and when the members can vote again (B7: first meeting, or a vacant seat). */
function nextStep(t: Translate, locale: Locale, result: ElectionResultView): string {
  const later = result.decision === "session_ended" || result.occasion === "vacant_seat";
  if (result.secretaryAfter)
    return t(locale, later ? "election-next-continues-later" : "election-next-continues-now", {
      name: result.secretaryAfter.name,
      seat: result.secretaryAfter.seatTitle,
    });
  return t(locale, "election-next-vacant");
}

export function electionResultText(t: Translate, locale: Locale, result: ElectionResultView): string {
  return [
    t(locale, "election-result-title", { committee: result.committeeTitle[locale] }),
    ...electionResultLines(t, locale, result),
  ].join("\n");
}

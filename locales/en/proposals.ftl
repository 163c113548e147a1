propose-no-meeting = No meeting has been convened for your working groups; send your proposal once you have the invitation.
propose-choose-meeting = Which meeting is the proposal for?
propose-ask-text = Send the text of your written proposal.
propose-cancelled = The proposal was cancelled and nothing was recorded.
propose-receipt = ✅ Your written proposal is recorded as number { $number } and sent to the secretary. Proposals are accepted until { $deadline }.
propose-late = The deadline for proposals to this meeting ({ $deadline }) has passed ({ $source ->
        [group] this working group's rule: { $value } days before the meeting; the bylaw asks for at least { $bylaw }, rule 10
       *[bylaw] bylaw rule 10: at least one week before the meeting
    }). If you wish, the proposal is kept for the next meeting.
propose-not-member = You are not a member of this working group.
propose-meeting-closed = This meeting no longer accepts proposals (it has started, ended or been cancelled).
propose-empty = The proposal is empty; please write its text.
propose-too-long = The proposal is longer than { $max } characters. Shorten it, or send it as a file captioned /propose.
proposal-keep = Keep it for the next meeting
proposal-kept = Proposal number { $number } is kept for the next meeting.
proposal-for-officer = 📝 Written proposal number { $number } from { $name } for the meeting of the { $committee } ({ $when }):
proposal-has-attachment = (attachment in the next message)
proposal-attachment-caption = Attachment of proposal number { $number }
proposal-accept = ➕ Add to agenda
proposal-decline = ✖️ Decline (with reason)
proposal-ask-reason = Write the reason for declining; it is sent to the proposer.
proposal-accepted-done = The proposal was added to the agenda; the proposer is told.
proposal-declined-done = The proposal was declined; the proposer is told the reason.
proposal-accepted-notice = ✅ Your proposal number { $number } was added to the agenda of the { $committee }.
proposal-declined-notice = Your proposal number { $number } was not accepted. Reason: { $reason }
proposal-decision-already-decided = This proposal has already been decided.
proposal-decision-not-officer = Only the secretary or the chair decides on proposals.
proposal-decision-unknown-proposal = This proposal was not found.
proposal-decision-meeting-closed = This proposal's meeting is no longer open.
proposal-decision-reason-required = The reason cannot be empty. Press Decline again and write the reason.

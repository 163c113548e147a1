## General

error-generic = Sorry, something went wrong and your request was not recorded. Please try again in a moment.
error-try-again = This request could not be recorded just now. Please try again.
role-name = { $role ->
    [chair] chair
    [secretary] secretary
    [staff] HQ secretariat staff
   *[member] member
  }

## /start

start-greeting = Hello { $name }, welcome to Kargoruh, the assistant of the working groups of the Headquarters for Sustainable Regeneration.
start-your-seats = Your roles:
start-seat-line = • { $committee }: { $role } ({ $seat })
start-council-line = • { $council }: member (as { $role } of { $committee })
start-staff-line = • { $hq }: HQ secretariat staff
start-no-seats = No seat in any working group is registered to you yet. If you are a member of a working group, ask the HQ secretariat for your seat's invite link and open it.
start-help-hint = Send /help to see the commands you can use.
start-linked = ✅ You are now registered as "{ $seat }" in { $committee } ({ $hq }). Your appointment runs until { $termEnd }.
start-already-yours = This seat ("{ $seat }") is already registered to you.
start-invite-unknown = This invite link is not valid. Please open the complete link unchanged, or ask the HQ secretariat for a new one.
start-invite-used = This invite link has already been used. Each link is accepted once; if this seat is yours, please contact the HQ secretariat.
start-invite-seat-ended = The seat of this link is no longer on the working group's roster. Please contact the HQ secretariat.
start-invite-seat-taken = This seat is now registered to someone else. If the seat changed hands, please contact the HQ secretariat.
start-private-only = Please open the invite link in a private chat with the bot.

## /help

help-title = Commands you can use:
help-line = /{ $command } — { $description }
help-visitor-note = Once you are registered in a working group (with an invite link), more commands become available.

cmd-start = Start and show your roles
cmd-help = List of commands
cmd-lang = Change language
cmd-me = Your seats, roles and appointment end dates

## /lang

lang-choose = Choose your language:
lang-set = ✅ Your language is now English.
lang-unknown = The language "{ $value }" is not supported. Choose one of: fa (فارسی) or en (English).

## /me

me-title = Your details ({ $name }):
me-seat-line = • { $committee } ({ $hq }): { $role }, seat "{ $seat }"{ $voting ->
    [yes] {""}
   *[no] {" "}(without vote)
  }, appointment ends: { $termEnd }
me-term-ended = the appointment has ended
me-none = No role is registered to you.

## Fallback

unknown-command = The command "{ $command }" is not known. Send /help to see the commands.
unknown-text = Your message was received, but I did not understand it. Send /help to see the commands.
callback-expired = This button is no longer valid.
anonymous-admin = You sent this as an anonymous group admin, so the bot cannot tell who you are. Please send the command from your own account.

## Roster template (CLI)

roster-template-hq-name = Sample County Headquarters for Sustainable Regeneration
roster-template-clerk = HQ secretariat clerk
roster-template-header =
    Roster of a headquarters and its working groups (the structure of part A of the bylaw).
    1. Set the key, the name and the HQ secretariat's chat id; list the secretariat staff with their Telegram ids.
    2. For each seat whose member's Telegram id you know, fill in telegram_id and name; otherwise the seat stays vacant and gets an invite link.
    3. Put each working group's Telegram group id in chat_id (a negative number).
    4. Import with "npm run cli -- roster import FILE"; importing the same file again changes nothing.
    The coordination council's members (chairs and secretaries of the working groups) are derived; do not list them.

## CLI

cli-usage =
    Usage:
      npm run cli -- roster template --lang fa|en     print a ready roster of the bylaw's structure
      npm run cli -- roster import FILE              validate and apply a roster (YAML or JSON)
      npm run cli -- roster export [--hq KEY]        print the current roster
      npm run cli -- roster invites [--hq KEY]       print an invite link for every vacant seat
      npm run cli -- migrate                         apply database migrations
cli-import-invalid = The roster "{ $file }" is not valid and nothing was applied:
cli-import-issue = - { $path }: { $message }
cli-import-unreadable = Could not read "{ $file }": { $reason }
cli-import-done = Roster of HQ "{ $hq }" imported: { $count } changes.
cli-import-unchanged = Roster of HQ "{ $hq }" imported: no changes (everything was already up to date).
cli-unknown-hq = There is no HQ with the key "{ $hq }". Known HQs: { $known }
cli-no-hq = No HQ has been imported yet. Run "roster import FILE" first.
cli-choose-hq = There are several HQs; choose one with --hq KEY: { $known }
cli-invites-none = There are no vacant seats.
cli-invite-line = { $hq } / { $committee } / { $seat }: { $link }
cli-migrated = The database is up to date.
cli-bot-unreachable = Could not reach Telegram to get the bot's username ({ $reason }). Check BOT_TOKEN and TELEGRAM_API_ROOT.

## Common words

not-registered = You are not registered in any working group yet. Ask the HQ secretariat for your seat's invite link.
group-not-a-committee = This group is not linked to a working group. The HQ secretariat must add this group's id (chat_id) to the roster.
wizard-cancel = Cancel
wizard-skip = Skip
wizard-done = Done
wizard-confirm = ✅ Confirm
wizard-edit = ✏️ Edit
wizard-closed = The unfinished form was closed and nothing was recorded.
wizard-send-text = Please send your answer as text.
wizard-press-button = Please press one of the buttons.
date-format = The date could not be read. Write it as 1405/09/20 (Solar Hijri) or 2026-12-11 (Gregorian).
date-month-out-of-range = There is no month { $month }; the month must be between 1 and 12.
date-day-out-of-range = Day { $day } does not exist in that month; it has { $max } days.
date-year-out-of-range = The year is not acceptable. Write a Solar Hijri year (such as 1405) or a Gregorian one (such as 2026).
time-format = The time could not be read. Write it as 10:00.
time-out-of-range = That time does not exist; times run from 00:00 to 23:59.

cmd-meetings = Upcoming meetings
cmd-agenda = Agenda of the next meeting
cmd-propose = Send a written proposal for the next meeting
cmd-requestmeeting = Ask the secretary and the chair for a meeting
cmd-convene = Convene a meeting (secretary or chair)
cmd-rsvps = Members' answers to the invitation
cmd-reschedule = Reschedule a meeting: new date and time
cmd-cancel = Cancel a meeting

## Meetings

meeting-committee = Working group: { $committee } ({ $hq })
meeting-committee-only = Working group: { $committee }
meeting-time = Time: { $when }
meeting-place = Place: { $place }
meeting-place-unset = to be announced
meeting-agenda-title = Agenda:
meeting-agenda-empty = (no items yet)
meeting-when-en = { $gregorian } ({ $jalali })
invitation-title = 📩 Meeting invitation
invitation-proposal-deadline = Written proposals until (bylaw rule 10): { $deadline }
invitation-answer-please = Please answer with one of the buttons.
final-agenda-title = 📋 Final agenda
reminder-rsvp-3d = ⏳ Reminder: the meeting is in three days and you have not answered the invitation yet.
reminder-rsvp-1d = ⏳ Reminder: the meeting is tomorrow and you have not answered the invitation yet.
reminder-starting-2h = ⏰ The meeting starts in two hours.
meeting-cancelled-title = ❌ The following meeting has been cancelled.
meeting-rescheduled-title = 🔁 The meeting has been rescheduled.
meeting-rescheduled-from = Previously: { $when }
meeting-rescheduled-answer-again = Earlier answers were cleared; please answer again.
calendar-file = 📅 Calendar file
ics-summary = Meeting of the { $committee }
ics-caption = The meeting's calendar file; open it to add the meeting to your phone's calendar.
ics-open-private = To receive the calendar file, first start a private chat with the bot.
meetings-title = Upcoming meetings:
meetings-line = • { $committee } — { $when } — { $place }
meetings-none = No meeting has been convened for your working groups.

## /convene

convene-not-officer = Only the secretary or the chair of the working group may convene, reschedule or cancel a meeting (bylaw rule 4).
convene-committee-ended = This working group is no longer active.
convene-choose-committee = Which working group's meeting are you convening?
convene-ask-date = Send the date of the meeting (for example 1405/09/20 or 2026-12-11).
convene-ask-time = Send the starting time (for example 10:00).
convene-ask-place = Send the place of the meeting, or press Skip.
convene-ask-agenda = Send the agenda items one per message, then press Done.
convene-item-added = Item { $count } recorded. Send the next one or press Done.
convene-summary-title = Summary of the invitation; please check and confirm:
convene-cancelled = Convening was cancelled and nothing was recorded.
convene-missing-date-time = Write the date and time after the command, for example: /convene 1405/09/20 10:00 Governor's office
convene-item-too-long = Agenda item { $index } is longer than { $max } characters; please shorten it.
convene-too-many-items = The agenda has more than { $max } items; please reduce them.
convene-place-too-long = The place is longer than { $max } characters; please shorten it.
convene-in-past = That time has passed; please choose a time in the future.
convene-too-soon = By bylaw rule 6 the invitation must go out at least { $days } days before the meeting. The earliest allowed time is { $earliest }. Nothing was recorded.
convene-friday-warning = This meeting is on a Friday (the weekly holiday). Convene at this time anyway?
convene-friday-yes = Yes, this time
convene-group-needs-text = In the group, write the invitation in one message: date, time and place on the first line, then one agenda item per line. For the step-by-step form, send /convene in a private chat with the bot.
convene-done = ✅ The meeting of the { $committee } on { $when } is convened; invitations go to { $invited } members, the working group's chat and the HQ secretariat.
convene-held-proposals = { $count } written proposals kept for the next meeting were attached to this meeting and await your decision.
convene-not-reached-title = These seats do not receive the invitation now:
convene-not-reached-vacant = • { $seat }: the seat is vacant (get its invite link from the HQ secretariat).
convene-not-reached-not-started = • { $seat }: has not opened the bot yet; the invitation is delivered when they first do.

## RSVP

rsvp-attending = ✅ Attending
rsvp-not-attending = ❌ Not attending
rsvp-delegating = 👤 Sending a delegate
rsvp-recorded = Your answer is recorded: { $answer }
rsvp-your-answer = Your answer: { $answer }
rsvp-delegating-note = By bylaw rule 1, introduce your temporary delegate to the secretary in writing.
rsvp-not-invited = You are not invited to this meeting; nothing was recorded.
rsvp-closed = This meeting has started, ended or been cancelled; answers are no longer accepted.
rsvps-show = 📊 Members' answers
rsvps-title = Answers to the invitation of the { $committee }:
rsvps-line = • { $seat } ({ $name }): { $answer }
rsvps-no-answer = ⏳ no answer
rsvps-vacant = vacant seat
rsvps-counts = Attending: { $attending }, by delegate: { $delegating }, not attending: { $notAttending }, no answer: { $noAnswer }
rsvps-quorum-expected = Quorum (rule 3): with { $expected } of { $seats } voting seats, the quorum of { $required } is expected.
rsvps-quorum-not-expected = Quorum (rule 3): by the current answers { $expected } of { $seats } voting seats will be present; the quorum is { $required } and is not yet expected.
rsvps-no-meeting = There is no upcoming meeting in the working groups you are secretary or chair of.
rsvps-not-officer = Only the secretary and the chair see the list of answers.

## Proposals (B10)

propose-no-meeting = No meeting has been convened for your working groups; send your proposal once you have the invitation.
propose-choose-meeting = Which meeting is the proposal for?
propose-ask-text = Send the text of your written proposal.
propose-cancelled = The proposal was cancelled and nothing was recorded.
propose-receipt = ✅ Your written proposal is recorded as number { $number } and sent to the secretary. Proposals are accepted until { $deadline }.
propose-late = The deadline for proposals to this meeting ({ $deadline }) has passed (bylaw rule 10: at least one week before the meeting). If you wish, the proposal is kept for the next meeting.
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

## Meeting requests (B4)

request-usage = Write the reason after the command, for example: /requestmeeting urgent review of the neighbourhood plan
request-choose-committee = Which working group is the request for?
request-too-long = The reason is longer than { $max } characters; please shorten it.
request-sent = ✅ Your request for a meeting was sent to the secretary and the chair; you will be told the outcome.
request-no-officer = The request is recorded, but this working group's secretary and chair are not registered in the bot yet; please contact the HQ secretariat.
request-for-officer = 🙋 { $name } asks for a meeting of the { $committee }. Reason: { $reason }
request-convene = 📅 Convene
request-decline = ✖️ Decline
request-declined-done = The request was declined; the requester is told.
request-declined-notice = Your request for a meeting of the { $committee } was declined.
request-convened-notice = ✅ Your request was accepted and a meeting of the { $committee } was convened; you will receive the invitation.
request-already-decided = This request has already been decided.
request-not-officer = Only the secretary or the chair answers requests.
request-unknown-request = This request was not found.

## Cancel and reschedule

manage-no-meeting = There is no upcoming meeting in the working groups you are secretary or chair of.
manage-not-scheduled = This meeting can no longer be changed (it has started, ended or been cancelled).
cancel-confirm-question = Cancel this meeting? All invited people, the group and the HQ secretariat will be told.
    { $meeting }
meeting-cancel-confirm = ❌ Yes, cancel it
cancel-done = The meeting is cancelled and everyone is being told.
reschedule-usage = Write the new date and time after the command, for example: /reschedule 1405/09/27 10:00
reschedule-done = ✅ The meeting is moved to { $when }. Everyone is told and answers are collected again.

## Delivery problems

unreachable-not-started = The invitation did not reach { $name }: they have not opened the bot yet. It is delivered when they first do; please let them know if you can.
unreachable-blocked = The invitation did not reach { $name }: they have blocked the bot. Please let them know another way.

## Minutes (B9)

cmd-minutes = Minutes draft: edit, sign and send
cmd-overdue = Minutes past their 48-hour deadline
cmd-verify = Check a copy of the minutes by code or number
minutes-title = Minutes of the { $committee }
minutes-draft-title = DRAFT minutes of the { $committee }
minutes-number = Minutes number: { $number }
minutes-supersedes = This version supersedes minutes number { $number }. Correction: { $note }
minutes-when = Date: { $date }, started: { $start }, ended: { $end }
minutes-present = Present: { $present } of { $seats } voting seats; quorum { $required }; { $quorate ->
    [yes] the meeting was official.
   *[no] the meeting did not reach quorum.
  }
minutes-by-delegate = { $delegate } (temporary delegate of { $member })
minutes-without-vote = (without vote)
minutes-absent = Absent:
minutes-guests = Guests without vote:
minutes-none = —
minutes-item-note = Note: { $note }
minutes-votes = Votes and resolutions:
minutes-secret = (secret ballot)
minutes-vote-result = Yes { $yes }, no { $no }, abstain { $abstain }; { $threshold } yes votes of { $seats } members needed ({ $rule }); { $passed ->
    [yes] passed.
   *[no] not passed.
  }
minutes-rule-absolute = half plus one of all members, rule 3
minutes-rule-strict = strict reading of half plus one of all members, rule 3
minutes-notes = Notes:
minutes-signature = Signed: { $name }, { $role } of the working group — { $at }
minutes-draft-ready = 📝 The meeting has ended and the draft minutes are ready. By bylaw rule 9 they must be signed and sent to all members and the HQ secretariat by { $due }.
minutes-signed-header = 📜 Minutes number { $number } of the { $committee }, signed and issued:
minutes-hash-footer = Authenticity code (SHA-256): { $hash }
    To check any copy, send the code or the number with /verify, for example: /verify { $number }
minutes-file-caption = The exact text of minutes number { $number } (to check against the authenticity code)
minutes-edit = ✏️ Edit notes
minutes-sign = ✍️ Sign and send
minutes-ack = ✅ Acknowledge receipt
minutes-receipts = 👁 Who has acknowledged
minutes-reminder = ⏳ Reminder: { $hours } hours have passed since the meeting ended and the minutes are not signed yet. Deadline (rule 9): { $due }. Send /minutes to edit and sign.
minutes-overdue-notice = ⚠️ The 48-hour deadline for the minutes of the { $committee } ({ $due }) has passed and they are not signed and issued yet (bylaw rule 9).
minutes-edit-choose = What do you want to edit? (Attendance and vote results come from the meeting's record and cannot be edited.)
minutes-edit-item = A note for an agenda item
minutes-edit-replace = Replace the notes text
minutes-edit-add = Add lines to the notes
minutes-ask-item = Send the number of the agenda item.
minutes-ask-note = Send the note for this item (send "-" to remove it).
minutes-ask-replace = Send the new notes text; it replaces the previous one.
minutes-ask-add = Send the lines to add to the notes.
minutes-ask-correction = These minutes were already signed. A new version is a correction: write what it corrects.
minutes-saved = ✅ Saved.
minutes-not-signer = Only the secretary (or the chair while the secretary's seat is vacant) edits and signs the minutes.
minutes-too-long = The text is longer than { $max } characters; please shorten it.
minutes-no-such-item = There is no agenda item with that number.
minutes-signed = ✅ Minutes number { $number } are signed and being sent to all members, the working group's chat and the HQ secretariat ({ $recipients } messages).
minutes-signed-late = ✅ Minutes number { $number } are signed and sent ({ $recipients } messages); the 48-hour deadline had passed and the delay is recorded.
minutes-meeting-not-ended = The meeting has not ended; minutes are signed after /endmeeting.
minutes-correction-needed = Minutes number { $number } are already signed. To correct them, press "Edit notes" first, then sign again.
minutes-none-open = There are no unsigned drafts in your working groups.
minutes-not-recipient = These minutes were not sent to you.
minutes-acknowledged = Your acknowledgement is recorded.
minutes-receipts-title = Acknowledgements of minutes number { $number }:
minutes-receipts-done = Acknowledged ({ $count }): { $names }
minutes-receipts-pending = Not yet ({ $count }): { $names }
verify-usage = Send the authenticity code (64 characters), the minutes number (such as 12/1) or the full text after /verify.
verify-no-match = ❌ This code, number or text does not match any signed minutes.
verify-match = ✅ It matches: minutes number { $number } of the { $committee }, signed by { $signer } on { $at }.
    Authenticity code: { $hash }
verify-match-superseded = ✅ It matches: minutes number { $number } of the { $committee }, signed by { $signer } on { $at }; but a newer corrected version supersedes it.
    Authenticity code: { $hash }
overdue-none = There are no overdue minutes.
overdue-title = Minutes past their 48-hour deadline (rule 9):
overdue-line = • { $committee } — meeting of { $held } — { $hours } hours late

## Session and votes

cmd-startmeeting = Start the meeting and take attendance
cmd-attendance = The roll: mark members present or absent
cmd-vote = Hold a vote, open or secret, on a question
cmd-closevote = Close the vote and announce the result
cmd-endmeeting = End the meeting and post the final attendance
session-quorum-two-thirds = two-thirds
session-attendance-line = Present { $present } of { $seats } voting seats{ $byDelegate ->
        [0] {""}
       *[other] { " " }({ $byDelegate } by delegate)
    }{ $guests ->
        [0] {""}
        [one] { " " }+ { $guests } guest
       *[other] { " " }+ { $guests } guests
    } — quorum is { $required } ({ $fraction }): { $quorate ->
        [yes] reached
       *[no] not reached
    }
session-quorum-short = present: { $present } of { $seats }; quorum { $required }
session-check-in = ✋ I'm present
session-live-title = 🟢 The meeting of { $committee } is in session since { $time }.
session-live-hint = Members and delegates: press “I'm present” to check in. Guests without a vote check in with the same button.
session-ended-title = ⏹ The meeting of { $committee } ended at { $time }.
session-seat-line = { $seat } ({ $name })
session-seat-by-delegate = { $seat } (delegate: { $name })
session-seat-vacant = vacant
session-seat-non-voting = — without a vote
session-list-none = — none
session-final-title = 📋 Final attendance of the meeting of { $committee }, { $when } to { $end }
session-final-present = Present ({ $count }):
session-final-absent = Absent ({ $count }):
session-final-guests = Guests without a vote ({ $count }):
session-guest-line = { $name }, { $agency }
session-sheet-title = Attendance of the meeting of { $committee }
session-sheet-hint = Press a seat to mark its member present or absent (for instance someone without a phone): ✅ present, ⬜ absent.
session-sheet-vacant = Vacant seats: { $seats }
session-not-officer = Only the secretary or the chair of the working group may start the meeting, take the roll, hold a vote or end the meeting.
session-none-in-session = No meeting of your working groups is in session. Start it with /startmeeting first.
session-ambiguous = More than one meeting of your working groups is in session; please send this command in that working group's chat.
session-start-early-question = The meeting of { $committee } is convened for { $when }, not today. Start it now?
session-start-early-confirm = ▶️ Yes, start the meeting now
session-start-no-meeting = No meeting of your working groups is convened for today or a later day. Convene one with /convene first.
session-start-cancelled = Today's meeting was cancelled and cannot be started.
session-start-ended = Today's meeting has already ended and cannot be started again.
session-start-already = The meeting is in session. Use /attendance for the roll and /endmeeting to end it.
session-post-failed = The meeting started, but the attendance message could not be posted in the working group's chat. Check that the bot is a member of the group; /attendance works meanwhile.
session-started-private = ✅ The meeting started and the attendance message is posted in the working group's chat.
session-pin-no-rights = The bot may not pin messages in the working group's chat, so the attendance message is not pinned; the meeting goes on. Make the bot an admin of the group to have it pinned.
session-ended-posted = ✅ The meeting ended; the final attendance is posted in the working group's chat.
session-end-vote-open = The vote “{ $question }” is still open. Close it first with /closevote or the “Close the vote” button, then end the meeting.
check-in-member = ✅ You are checked in.
check-in-delegate = ✅ You are checked in as the delegate for “{ $seat }”.
check-in-guest = ✅ You are checked in as a guest without a vote.
check-in-non-voting = ✅ You are checked in (your seat has no vote).
check-in-already = You are already checked in.
check-in-represented = Your delegate ({ $name }) represents the seat “{ $seat }” at this meeting; you are not checked in separately.
check-in-no-standing = You are not a member of this working group, an accepted delegate or a guest of this meeting; nothing was recorded.
check-in-not-in-session = This meeting is not in session; nothing was recorded.
mark-present-done = ✅ Marked present.
mark-absent-done = ⬜ Marked absent.
mark-vacant-seat = This seat is vacant; no attendance is recorded for it.
vote-yes = ✅ Yes
vote-no = ❌ No
vote-abstain = ⚪ Abstain
vote-close-button = ⏹ Close the vote (secretary or chair)
vote-rule-absolute = half plus one of all members (bylaw rule 3)
vote-rule-strict = half plus one of all members, strict reading ⌈N/2 + 1⌉ (bylaw rule 3)
vote-tally = Yes: { $yes }, No: { $no }, Abstain: { $abstain }
vote-threshold = Needed to pass: { $threshold } yes votes of { $seats } voting members, by { $rule }.
vote-title = 🗳 Vote: “{ $question }”
vote-title-secret = 🗳 Secret vote: “{ $question }”
vote-agenda-item = Agenda item { $position }
vote-nobody-yet = Nobody has voted yet.
vote-voted-secret = Have voted ({ $count }): { $seats }
vote-hint = Only voting members, or their accepted delegates, vote; you may change your vote until the vote is closed.
vote-hint-secret = This vote is secret: only the counts and who has voted are shown, and a ballot cannot be changed once cast.
vote-closed-note = ⏹ The vote is closed.
vote-result-title = 🗳 Result of the vote: “{ $question }”
vote-passed = ✅ Passed.
vote-failed = ❌ Not passed.
vote-usage = Write the question after the command, for example: /vote Approve the neighbourhood improvement plan
    For a secret vote: /vote secret question
    For an agenda item: /vote #2 or /vote #2 question
vote-opened-posted = ✅ The vote is open and posted in the working group's chat. You may also vote here.
vote-post-failed = The vote is open, but its message could not be posted in the working group's chat; check that the bot is a member of the group. You may vote here.
vote-not-quorate = The meeting is not quorate, so no vote can be held: { $count } (bylaw rule 3).
vote-already-open = The vote “{ $question }” is still open; close it first with /closevote.
vote-unknown-item = This meeting's agenda has no item { $position }. See the items with /agenda.
vote-question-too-long = The question is longer than { $max } characters; please shorten it.
vote-none-open = No vote is open at this meeting.
ballot-closed = This vote is closed; your vote was not recorded.
ballot-not-member = Only the working group's voting members, or their accepted delegates, vote; your vote was not recorded.
ballot-guest = You are a guest without a vote; your vote was not recorded.
ballot-non-voting = Your seat in this working group has no vote; nothing was recorded.
ballot-delegated = Your delegate votes for your seat at this meeting; your vote was not recorded.
ballot-secret-final = Your secret ballot is already cast and cannot be changed.
ballot-recorded-secret = ✅ Your secret ballot is recorded.
ballot-recorded = ✅ Your vote is recorded: { $choice }
ballot-changed = ✅ Your vote is changed to “{ $choice }”.
ballot-same = Your vote is already recorded: { $choice }

## Delegates and guests

cmd-delegate = Name a temporary delegate for a meeting (rule 1)
cmd-guest = Ask to invite a guest without a vote (rule 8)
delegate-private-only = Please name your delegate in your private chat with the bot: send /delegate there.
delegate-no-meeting = There is no upcoming meeting you can name a delegate for. A delegate is named for a meeting that has not started, where you hold a voting seat.
delegate-no-voting-seat = You hold no voting seat at this meeting; a temporary delegate (rule 1) stands in for a voting seat.
delegate-choose-meeting = Which meeting is the delegate for?
delegate-ask-statement =
    Please write the written introduction of your delegate (bylaw rule 1): the delegate's name and position, and that you authorise them to attend and vote for your seat at this meeting.
    Example: "Mr Reza Ahmadi, deputy head of the electricity office, attends this meeting on my behalf with the right to vote."
delegate-statement-required = The written introduction is empty; please write the delegate's name and what they are authorised to do.
delegate-statement-too-long = The written introduction is longer than { $max } characters; please shorten it.
delegate-cancelled = Naming a delegate was cancelled; nothing was recorded.
delegate-created = ✅ Your written introduction for the meeting of the { $committee } on { $when } is recorded. Forward the next message to your delegate: once they open the link and confirm, the introduction goes to the secretary for a decision.
delegate-link-message =
    👤 Introduction of a temporary delegate (bylaw rule 1)
    { $principal } ("{ $seat }") has named you their temporary delegate at the meeting of the { $committee } on { $when }.
    To read the introduction and confirm it, open this link: { $link }
delegate-standing-title = 👤 Your temporary delegate (bylaw rule 1)
delegate-standing-delegate = Delegate: { $delegate }
delegate-not-yet-opened = nobody has opened the link yet
delegation-status-line = Status: { $status }
delegation-status = { $status ->
    [awaiting_delegate] waiting for the delegate to open the link and confirm
    [awaiting_secretary] waiting for the secretary's decision
    [accepted] accepted by the secretary
    [rejected] rejected by the secretary
    [revoked] revoked by the member
   *[expired] ended with the meeting
  }
delegation-revoke-button = ↩️ Revoke the delegate
delegation-statement-title = Written introduction:
delegation-open-title = 👤 Introduction of a temporary delegate (bylaw rule 1)
delegation-open = The member { $principal } has named you the temporary delegate of the seat "{ $seat }" at this meeting:
delegation-open-confirm-hint = If you accept, press the button below; the working group's secretary then decides.
delegation-confirm-button = ✅ I accept to be the delegate
delegation-link-used = This delegate link has already been used. Each link is accepted for one person only; please ask the member who sent it for a new one.
delegation-link-own = This is your own delegate link: you cannot be your own delegate. Forward it to the person you named.
delegation-link-ended = This delegate link is no longer valid ({ $status }).
delegation-meeting-closed = This meeting has started, ended or been cancelled; a delegate can only be named or changed before the meeting starts.
delegation-holds-seat = You hold a voting seat in this working group yourself, so you cannot also hold another seat's vote (one person, one vote). Please ask the member to name someone else.
delegation-other-seat = You are already the delegate of another seat at this meeting; one person holds one seat's vote only. Please ask the member to name someone else.
delegation-confirmed = ✅ Your acceptance is recorded and the introduction was sent to the working group's secretary; you will be told the decision.
delegation-confirmed-no-officer = Your acceptance is recorded, but this working group's secretary and chair are not registered in the bot yet; please contact the HQ secretariat.
delegation-already-confirmed = You have already accepted; you will be told the secretary's decision.
delegation-for-officer-title = 👤 Written introduction of a temporary delegate (bylaw rule 1)
delegation-for-officer =
    Member: { $principal } ("{ $seat }")
    Delegate: { $delegate }
    Meeting: { $committee }, { $when }
delegation-accept-button = ✅ Accept the delegate
delegation-reject-button = ❌ Reject
delegation-accepted-done = ✅ The delegate is accepted; the member and the delegate are told.
delegation-rejected-done = The delegate is rejected; the member and the delegate are told.
delegation-already-decided = This introduction has already been decided or no longer stands ({ $status }).
delegation-not-officer = Only the secretary or the chair of this working group decides on delegates.
delegation-own-decision = You cannot decide on your own delegate.
delegation-meeting-ended = This meeting has ended or been cancelled; a decision on the delegate is no longer possible.
delegation-holds-seat-officer = This person holds a voting seat in the working group and cannot hold another seat's vote (one person, one vote).
delegation-other-seat-officer = This person is the delegate of another seat at this meeting; one person holds one seat's vote only.
delegation-accepted-principal = ✅ The secretary accepted { $delegate } as your temporary delegate at the meeting of the { $committee } on { $when }. While the delegation stands you do not vote at this meeting; you can revoke it with /delegate before the meeting starts.
delegation-rejected-principal = ❌ The secretary did not accept { $delegate } as your delegate at the meeting of the { $committee } on { $when }. You may name someone else with /delegate or attend yourself.
delegation-accepted-delegate = ✅ The secretary accepted you as the temporary delegate of { $principal } (seat "{ $seat }") at the meeting below. You will receive the reminders; at the meeting, check in and vote for this seat.
delegation-rejected-delegate = ❌ The secretary did not accept you as the delegate of { $principal } at the meeting of the { $committee } on { $when }.
delegation-revoked-done = The delegation is revoked. You may name someone else with /delegate or attend yourself.
delegation-revoked-delegate = The member { $principal } revoked your delegation for the meeting of the { $committee } on { $when }; you no longer stand in for the seat.
delegation-revoked-officer = The member { $principal } revoked the delegation of { $delegate } for the meeting of the { $committee } on { $when }.
delegation-revoke-not-yours = Only the member who named the delegate can revoke it.
delegation-revoke-closed = The meeting has started; a delegation can only be revoked before the meeting starts.
guest-usage = Write the agency and the reason after the command, for example: /guest Red Crescent Society — disaster plan of the historic fabric
guest-not-officer = Only the secretary or the chair of a working group asks to invite a guest without a vote (bylaw rule 8).
guest-no-meeting = There is no upcoming meeting in the working groups you are secretary or chair of; convene the meeting first.
guest-choose-meeting = Which meeting is the guest invited to?
guest-requested = ✅ The request to invite a guest without a vote was sent to { $hq } for approval (bylaw rule 8); you will be told the decision.
guest-requested-unreachable = The request is recorded, but none of the staff of { $hq } is registered in the bot yet; please let them know.
guest-too-long = The text is longer than { $max } characters; please shorten it.
guest-meeting-closed = This meeting has started, ended or been cancelled; a guest can only be requested before the meeting starts.
guest-no-approver = No HQ secretariat staff (provincial or county) is registered to approve the request; please contact the HQ secretariat.
guest-for-staff =
    🏛 Request to invite a guest without a vote (bylaw rule 8)
    Working group: { $committee } ({ $hq })
    Meeting: { $when }
    Agency: { $agency }
    Reason: { $reason }
    Requested by: { $requester }
guest-approve-button = ✅ Approve
guest-reject-button = ❌ Reject
guest-approved-done = ✅ Approved; the secretary receives the guest's invitation link.
guest-rejected-done = The request is rejected; the requester is told.
guest-not-staff = Only the staff of { $hq } decide on this request; nothing was changed.
guest-already-decided = This request has already been decided ({ $status ->
    [approved] approved
   *[rejected] rejected
  }).
guest-meeting-ended = This meeting has ended or been cancelled; a decision on the guest is no longer possible.
guest-approved-requester = ✅ { $hq } approved inviting a representative of { $agency } as a guest without a vote to the meeting of the { $committee } on { $when }. Forward the next message to the guest.
guest-rejected-requester = ❌ { $hq } did not approve inviting a representative of { $agency } to the meeting of the { $committee } on { $when }.
guest-link-for-guest =
    📩 Invitation as a guest without a vote
    You are invited as the representative of { $agency } to the meeting of the { $committee } on { $when }.
    To receive the invitation and the agenda, open this link: { $link }
guest-registered-requester = The guest { $name } (representative of { $agency }) opened the link and received the invitation to the meeting of the { $committee }.
guest-invitation-title = 📩 Meeting invitation — guest without a vote
guest-invitation-as = You are invited as the representative of { $agency }, without a vote (bylaw rule 8).
guest-invitation-note = A guest takes part in the discussion of the related items but does not vote.
guest-link-used = This invitation link has already been used. Each link is accepted for one person only; please contact the working group's secretary.
guest-link-member = You hold a seat or a delegation at this meeting and attend as such, not as a guest.
guest-link-meeting-closed = This meeting has ended or been cancelled; the invitation link is no longer valid.

## Resolutions (B11, B14)

cmd-decisions = Resolutions of your working groups and their state
cmd-assign = Name the owner and due date of a resolution
cmd-notify = Notify an HQ resolution to a working group (secretariat staff)
resolution-for-approval = 🏛 Resolution of the { $committee } ({ $hq }), minutes number { $number }, for approval of execution (bylaw rule 11):
    { $text }
resolution-approve = ✅ Approve for execution
resolution-return = ↩️ Return with comment
resolution-acknowledge = ✅ Acknowledge
resolution-status-changed = Resolution "{ $text }" is now: { $status }. Note: { $note }
resolution-status-not-passed = not passed
resolution-status-recorded = recorded
resolution-status-awaiting-approval = awaiting HQ approval
resolution-status-returned = returned
resolution-status-notified = notified
resolution-status-approved = approved
resolution-status-in-progress = in progress
resolution-status-blocked = blocked
resolution-status-implemented = implemented
resolution-follow-up = 📌 Follow-up of the resolution "{ $text }" (due: { $due }). Please report its progress.
resolution-answer-done = ✅ Done
resolution-answer-in-progress = ⏳ In progress
resolution-answer-blocked = ⛔ Blocked (with reason)
resolution-overdue = ⚠️ The resolution "{ $text }" was due on { $due } and is not implemented yet.
resolution-notified = 📨 A resolution of the { $hq } is notified to the working group and binds once notified (bylaw rule 14):
    { $text }
resolution-ask-comment = Write why the resolution is returned; the secretary and the chair receive it.
resolution-ask-blocked = Write why the execution is blocked.
resolution-recorded = Recorded: { $status }
resolution-refused-not-allowed = This is not possible in the resolution's current state.
resolution-refused-comment-required = The comment for returning cannot be empty.
resolution-refused-reason-required = The reason for blocking cannot be empty.
resolution-refused-unknown = This resolution was not found.
resolution-refused-not-authorized = You may not do this: approval belongs to the approving HQ's staff, and progress reports to the owner or the secretary and chair.
assign-none = There is no approved resolution to give an owner in your working groups.
assign-choose-resolution = Which resolution?
assign-choose-seat = Which member (agency) owns its execution?
assign-ask-due = Send the due date (for example 1406/01/31), or press Skip.
assign-assigned = ✅ The owner is recorded; monthly follow-ups (and one a week before the due date) have started.
assign-not-officer = Only the secretary or the chair names the owner.
assign-unknown = This resolution was not found.
assign-not-followed = This resolution cannot take an owner in its current state (it must be approved first).
assign-bad-seat = This seat is not in this working group.
assign-due-in-past = The due date cannot be in the past.
decisions-none = No resolutions are recorded for your working groups.
decisions-committee = { $committee }:
decisions-line = • No. { $number }: { $text } — { $status }
notify-usage = Write the working group's key and the resolution after the command, for example: /notify physical repair of the neighbourhood's streets by year end
notify-notified = ✅ The resolution is notified to the secretary and the chair and will be followed up.
notify-not-staff = Only HQ secretariat staff notify resolutions.
notify-unknown-committee = There is no working group with that key in your HQ.
notify-empty = The resolution's text is empty.
notify-too-long = The resolution is longer than { $max } characters.

## Referrals, visits and sub-groups

cmd-refer = Refer a subject to a working group for a written report (HQ secretariat)
cmd-referrals = Referrals to your working groups and their reports
cmd-report = File the written report on a referral
cmd-visit = Ask the HQ secretariat to coordinate a field visit
cmd-subgroup = Propose a sub-working group to the HQ
follow-through-no-staff = The HQ has no secretariat staff registered, so nobody could decide on this request. Ask for the HQ's staff to be added to the roster.
follow-through-cancelled = Cancelled; nothing was recorded.
follow-through-finish-first = Please finish or cancel the open form first; then press this button again.
follow-through-private-only = Please send { $command } in your private chat with the bot: in a group the bot does not see the answers the form asks for.

referral-received = 📨 The { $hq } refers a subject to { $committee } for a written report (bylaw rule 12):
    { $subject }
    Referred by: { $name }
    The written report is due by { $due }. When it is ready, send /report referral.
referral-reminder-week-before = ⏳ Reminder: the written report to the HQ secretariat on the referral «{ $subject }» ({ $committee }) is due in a week, by { $due }. To file it, send /report referral.
referral-reminder-due = ⏳ Reminder: the written report on the referral «{ $subject }» ({ $committee }) is due today, { $due }. To file it, send /report referral.
referral-reminder-overdue = ⚠️ The written report on the referral «{ $subject }» ({ $committee }) was due by { $due } and has not been filed. Please send /report referral.
referral-report-heading = 📄 Written report of { $committee } on the referral «{ $subject }» (bylaw rule 12), filed by { $name }; it was due by { $due }.
referral-report-text-follows = The text sent with the report:
refer-usage = Write the working group's key, the due date of the report and the subject after the command, for example: /refer physical 1405/10/15 review of the historic fabric plan
refer-done = ✅ Referral number { $number } was sent to { $committee }; { $recipient } received it. The written report is due by { $due }; reminders go out a week before, on the due date and weekly after it until the report is filed.
refer-not-staff = Only HQ secretariat staff refer subjects to working groups (bylaw rule 12).
refer-not-staff-of-hq = That working group belongs to another HQ. Only the staff of its own HQ secretariat may refer subjects to it.
refer-unknown-committee = There is no working group with the key «{ $key }» in your HQ. Keys: { $keys }
refer-ambiguous = Several of your HQs have a working group with this key. Write it with the HQ's key, as one of: { $choices }
refer-due-in-past = The due date has passed. Choose today ({ $today }) or a later date.
refer-too-long = The subject is longer than { $max } characters.
refer-no-recipient = Neither a secretary nor a chair holds a seat in this working group, so nobody could receive the referral. Complete the group's roster first.
referral-report-none = There is no open referral for the working groups you lead as secretary or chair.
referral-report-choose = Which referral is the written report for?
referral-report-ask-text = Send the written report on «{ $subject }» ({ $committee }) as a text message, or as a document (a file, with an optional caption).
referral-report-send-text-or-document = Please send the report as text or as a document, or press Cancel.
referral-report-filed = ✅ The written report was filed and sent to the HQ secretariat and to the staff member who referred the subject. Reminders have stopped.
referral-report-filed-no-chat = ✅ The written report was filed and sent to the staff member who referred the subject (the HQ has no secretariat chat registered). Reminders have stopped.
referral-report-unknown = This referral was not found.
referral-report-not-officer = Only the working group's secretary or chair files the written report on a referral.
referral-report-already-reported = The written report on this referral has already been filed.
referral-report-empty = The report is empty. Send its text or a document.
referral-report-too-long = The report is longer than { $max } characters; send it as a document.
referrals-none = There are no referrals for your working groups.
referrals-title = Referrals from the HQ secretariat (bylaw rule 12):
referrals-committee = { $committee }:
referrals-line = • Number { $number }: { $subject } — due { $due }: { $status }
referrals-status-open = ⏳ awaiting the written report
referrals-status-overdue = ⚠️ overdue
referrals-status-reported = ✅ reported on { $date }

visit-usage = Write the date, the time (optional), the place and the purpose after the command, for example: /visit 1405/09/25 10:00 Sarcheshmeh neighbourhood — review of the streets
visit-missing-date = The visit's date is missing.
visit-missing-place = The place of the visit is missing.
visit-missing-purpose = The purpose of the visit is missing: write it after the place, separated by a dash (—) or on a new line.
visit-too-long = The place or the purpose is longer than { $max } characters.
visit-in-past = The visit's date has passed (it is now { $now }). Please choose a later date.
visit-not-officer = Only the working group's secretary or chair arranges field visits (bylaw rule 15).
visit-committee-ended = This working group is no longer active.
visit-choose-committee = Which working group's field visit is it?
visit-purpose = Purpose: { $purpose }
visit-for-staff = 🚌 Field visit to coordinate with the HQ secretariat (bylaw rule 15), requested by { $name }:
visit-approve = ✅ Approve
visit-other-date = 📅 Propose another date
visit-accept-date = ✅ Accept the proposed date
visit-requested = ✅ Field visit request number { $number } ({ $when }) was sent to the HQ secretariat for coordination ({ $count ->
    [one] one staff member
   *[other] { $staff } staff members
  }). Once it is approved, every member and the group are told.
visit-approved-done = ✅ The field visit is approved; { $count ->
    [one] one member
   *[other] { $members } members
  } and the group's chat are being notified.
visit-ask-other-date = Send the date you propose, with the time if needed, for example 1405/09/28 10:00.
visit-other-date-sent = ✅ The proposed date ({ $when }) was sent to the secretary, who can accept it.
visit-other-date-proposed = 📅 { $name } of the HQ secretariat proposes another date for your field visit: { $when }. If it suits the group, press "Accept the proposed date"; if not, "Withdraw the request" (you can then send a new /visit).
visit-date-accepted-for-staff = ✅ The secretary of { $committee } accepted the date you proposed for the field visit: { $when }.
visit-announcement-title = 🚌 Field visit of the working group
visit-announcement-note = This visit is coordinated with the HQ secretariat (bylaw rule 15).
visit-not-staff = Only the staff of this working group's HQ secretariat coordinate its field visits.
visit-already-decided = { $status ->
    [approved] This field visit has already been approved.
    [cancelled] This field visit was cancelled.
    [other_date_proposed] Another date has been proposed for this visit; it awaits the secretary's answer.
    [requested] No other date was proposed for this visit.
   *[other] This request has already been decided.
  }

subgroup-for-staff = 🧩 { $committee } ({ $hq }) proposes a sub-working group for the HQ's approval (bylaw rule 5). Proposed by { $name }.
    Title: { $title }
    Duties:
    { $duties }
subgroup-approve = ✅ Approve
subgroup-reject = ❌ Reject
subgroup-choose-committee = For which working group is the sub-working group?
subgroup-ask-title = Send the title of the sub-working group.
subgroup-ask-duties = Send the duties of the sub-working group «{ $title }» in one message.
subgroup-ask-reason = Write why the proposal is rejected; the secretary will be told.
subgroup-proposed = ✅ Proposal number { $number } was sent to the HQ secretariat for approval ({ $count ->
    [one] one staff member
   *[other] { $staff } staff members
  }). You will be told the decision.
subgroup-not-officer = Only the working group's secretary or chair proposes a sub-working group (bylaw rule 5).
subgroup-title-required = The title of the sub-working group is empty.
subgroup-duties-required = The duties of the sub-working group are empty.
subgroup-too-long = The text is longer than { $max } characters.
subgroup-duplicate = A sub-working group with this title has already been proposed or approved for this working group.
subgroup-approved-notice = ✅ The sub-working group «{ $title }» under { $committee } is approved by the HQ (bylaw rule 5) and created with the key { $key }.
    It has no members yet: the HQ secretariat adds its seats with the roster (export the roster, add the members of { $key }, import it).
subgroup-approved-done = ✅ Approved: the sub-working group is created with the key { $key }. It has no seats yet; add them with the roster (export the roster, add the members of { $key }, import it). The secretary has been told.
subgroup-rejected-notice = ❌ The HQ rejected the proposed sub-working group «{ $title }» of { $committee }. Reason: { $reason }
subgroup-rejected-done = The proposal was rejected and the secretary was told the reason.
subgroup-not-staff = Only the staff of this working group's HQ secretariat decide on its sub-working groups.
subgroup-reason-required = The reason cannot be empty.
subgroup-already-decided = { $status ->
    [approved] This proposal has already been approved.
    [rejected] This proposal has already been rejected.
   *[other] This proposal has already been decided.
  }

## Reports, terms and elections

cmd-quarterly = Quarterly performance report of the working group (secretary or chair)
cmd-monthly = Monthly performance report of the working group (secretary or chair)
cmd-annualreport = Annual report of the working groups for the provincial HQ (secretariat staff)
cmd-elect = Elect the working group's secretary at its first meeting (rule 7)
cmd-closeelection = Close the secretary election and announce the result
report-quarter-1 = Spring
report-quarter-2 = Summer
report-quarter-3 = Autumn
report-quarter-4 = Winter
report-month-1 = Farvardin
report-month-2 = Ordibehesht
report-month-3 = Khordad
report-month-4 = Tir
report-month-5 = Mordad
report-month-6 = Shahrivar
report-month-7 = Mehr
report-month-8 = Aban
report-month-9 = Azar
report-month-10 = Dey
report-month-11 = Bahman
report-month-12 = Esfand
report-title-quarterly = 📊 Quarterly performance report — { $period }
report-title-monthly = 📊 Monthly performance report — { $period }
report-committee = Working group: { $committee } — { $hq }
report-range = Period: { $from } to { $to }
report-as-of = ⏳ Interim figures, as of { $date }
report-meetings = Meetings: { $held } held, { $quorate } of them with a quorum.
report-resolutions = Resolutions: { $passed } passed; { $approved } approved for execution; { $implemented } implemented; { $overdue } past their due date and not implemented.
report-referrals = HQ secretariat referrals: { $answered } of { $received } answered with a written report.
report-minutes = Minutes: { $late } signed after the 48-hour deadline; { $unsigned } not signed yet.
report-attendance-overall = Attendance: { $rate } of the meetings held.
report-attendance-title = Attendance (present at the meetings held):
report-attendance-none = No meeting was held in this period.
report-attendance-line = • { $seat }: { $present } of { $meetings } ({ $rate })
report-draft-intro = 📝 This draft was prepared from the working group's records. Review it, then send it with “Send to HQ secretariat”.
report-send-button = 📤 Send to HQ secretariat
report-sent-by = Sent by: { $name }
report-usage = For the last finished period send the command alone; for the running period to date: { $command } current
report-not-officer = Performance reports are prepared by a working group's secretary or chair, and you are neither here.
report-already-sent = ✅ This report was sent to the HQ secretariat on { $date } and is not sent again.
report-preview-intro = ⏳ The running period's figures to date, for reading only. Its report is drafted and sent to you for sending when the period ends.
report-sent = ✅ The report was sent to the HQ secretariat.
report-already-sent-short = This report was already sent; nothing changed.
report-no-recipient = The HQ has no secretariat chat or staff on record, so the report cannot be sent. Please ask the HQ secretariat to update the roster.
annual-title = 📘 Annual performance report of the working groups of { $hq } — year { $year }
annual-for-province = Assembled from the groups' quarterly figures for the provincial HQ secretariat (part C of the bylaw).
annual-no-committees = No working group with a secretary or chair is on record at this HQ.
annual-committee = ▪️ { $committee }
annual-line = { $label }: meetings { $held } ({ $quorate } quorate); attendance { $rate }; resolutions { $passed } passed, { $approved } approved, { $implemented } implemented, { $overdue } overdue; referrals { $answered } answered of { $received }; minutes late { $late }, unsigned { $unsigned }
annual-line-not-yet = { $label }: not begun yet.
annual-total = Year total
annual-usage = Give the Solar Hijri year after the command, e.g. /annualreport 1405
annual-sent = ✅ The annual report of { $count } working groups was sent to the HQ secretariat chat.
annual-no-chat = The HQ has no secretariat chat on record; the annual report is below for you to send to the provincial HQ.
annual-not-staff = The annual report is prepared by the HQ secretariat staff.
annual-ambiguous = You are staff of several HQs; add the HQ key after the year. Keys: { $keys }
annual-not-started = That year has not begun yet.
term-reminder-ending = ⏳ The appointment order of { $name } ({ $seat }, { $committee }) ends on { $end } ({ $count ->
        [0] today
        [1] in 1 day
       *[other] in { $days } days
    }). For the membership to continue, a new order must be issued and recorded (HQ staff: /appoint, or the roster file) (rule 2); once it ends, the seat does not count towards the quorum or the majority.
term-reminder-ended = ⚠️ The appointment order of { $name } ({ $seat }, { $committee }) ended on { $end }. Until a new order is recorded (HQ staff: /appoint, or the roster file), the seat does not count towards the quorum or the majority (rule 2).
election-title = 🗳 Election of the secretary of { $committee } (rule 7)
election-hint = Voting members vote by pressing a candidate's name; you may change your vote until the election closes.
election-threshold = Elected with at least { $threshold } votes of { $seats } voting members, by { $rule }.
election-rule-absolute = half plus one of all members (rule 3)
election-rule-strict = the strict reading of half plus one of all members (rule 3)
election-close-button = ⏹ Close and announce the result
election-result-title = 🗳 Result of the election of the secretary of { $committee }
election-result-line = • { $name } ({ $seat }): { $votes } votes
election-result-figures = Ballots: { $ballots } of { $seats } voting members; needed: { $threshold } votes, by { $rule }.
election-result-elected = ✅ Secretary elected: { $name } ({ $seat }); introduced to the HQ secretariat.
election-result-none = ❌ No candidate reached the votes needed, so no secretary was elected. To vote again, send /elect secretary.
election-result-secretary-meanwhile = ❌ A secretary was recorded in the roster while the vote ran, so this election elects no one.
election-hq-notice = 📣 New working group secretary (rule 7): the members of { $committee } elected { $name } ({ $seat }) as secretary. Appointment order ends: { $termEnd }.
election-you-are-secretary = ✅ You were elected secretary of { $committee }. Convening meetings, the minutes and the group's reports are now yours; see /help for the commands.
elect-usage = To elect the secretary send: /elect secretary. Privately, if you sit on several working groups, add the group's key.
elect-shared-group = The election was announced in the working group's chat. You can vote here as well.
elect-shared-members = The ballot was sent privately to every voting member. You can vote here as well.
elect-shared-already-open = The election of this group's secretary is already open:
elect-has-secretary = This working group has a secretary ({ $seat }: { $name }), so no election is held. To change the secretary, the HQ secretariat updates the roster.
elect-seat-vacant = vacant seat
elect-chair-only = The chair ({ $chair }) opens the election of the secretary; when the group has no chair, any member may.
elect-no-candidates = No member of this working group is on record to stand as secretary.
elect-not-member = You are not a member of this working group; its members elect the secretary.
elect-ambiguous = You sit on several working groups; add the group's key after the command, e.g. /elect secretary physical
    { $list }
elect-ballot-recorded = Your vote for { $name } is recorded; you may change it until the election closes.
elect-ballot-same = Your vote for { $name } was already recorded.
elect-closed = This election is closed.
elect-not-voter = Only the voting members of this working group vote in the secretary election.
elect-out-of-term = Your appointment order ended on { $end }; until a new one is recorded your vote does not count (rule 2).
elect-close-not-allowed = The election is closed by whoever opened it ({ $name }) or by the chair.
elect-none-open = No secretary election is open in your working groups.
elect-close-ambiguous = You have several open elections; send the command in that group's chat or press “Close” on its message.

## Session: private check-in

session-private-check-in = The meeting of the { $committee } has started. Press "I'm present" when you are in the room.

## Errors after the work was done

error-reply-failed = The answer to this request could not be shown. Your request may have been recorded; check before repeating it (for example with /meetings).
convene-not-reached-more = • and { $count } more seats (the full list with /rsvps)

## Field visits: reminders, cancelling, listing (B15)

cmd-cancelvisit = Cancel or withdraw a field visit
visit-reminder-day-before = ⏳ Reminder: the working group's field visit is tomorrow.
visit-reminder-starting-2h = ⏰ The working group's field visit starts in two hours.
visit-withdraw = ↩️ Withdraw the request
visit-cancel-button = ❌ Cancel this visit
visit-cancel-none = None of your working groups has a field visit that can still be cancelled.
visit-cancel-pending = (awaiting the HQ secretariat)
visit-cancel-proposed = (date proposed by the HQ secretariat)
visit-cancel-question = Cancel this field visit? The HQ secretariat is told, and, if the visit was approved, every member and the group too.
    { $visit }
visit-cancel-ask-reason = Write the reason for cancelling the field visit below in one message; everyone who is told will see it. Or press «Cancel without a reason».
    { $visit }
visit-cancel-no-reason = Cancel without a reason
visit-cancel-keep = Keep the visit
visit-cancel-kept = The field visit was not cancelled; nothing changed.
visit-cancel-done = ✅ The field visit is cancelled: { $count ->
    [one] one member
   *[other] { $members } members
  }, the group's chat and the HQ secretariat are being told, and its reminders are stopped.
visit-withdraw-done = ✅ The field visit request is withdrawn; the HQ secretariat is being told.
visit-cancelled-title = ❌ The following field visit has been cancelled by { $name }.
visit-withdrawn-title = ↩️ The following field visit request has been withdrawn by { $name }; it needs no coordination any more.
visit-cancelled-reason = Reason: { $reason }
visit-cancel-not-officer = Only the secretary or the chair of the working group that asked for this visit can cancel it.
visit-cancel-already = This field visit has already been cancelled.
visit-cancel-past = This field visit's date has passed (it is now { $now }), so it can no longer be cancelled.
visit-cancel-too-long = The reason is longer than { $max } characters; please shorten it.
meetings-visits-title = Upcoming field visits:
meetings-visit-line = • 🚌 { $committee } — { $when } — { $place }

## Session: guests on the secretary's roll

session-sheet-guests = Guests without a vote ({ $count }) — they check in themselves with “I'm present” and do not count towards quorum:
session-sheet-guest-no-link = { $agency } (has not opened the invitation link yet)

## Resolutions: a due date less than a week away

assign-assigned-asked-now = ✅ The owner is recorded. As the due date is less than a week away, they are asked about progress right now; the monthly follow-up has started too.

## Appointments: /appoint (bylaw B2), replaced invite links, elected roles on roster import (B7)

cmd-appoint = Renew a member's appointment order or appoint someone new to a seat (HQ staff)
appoint-not-staff = Only HQ secretariat staff renew appointment orders or appoint someone new to a seat (rule 2).
appoint-other-hq = This seat belongs to a working group of another HQ; only that HQ's secretariat staff record its appointments. Nothing was recorded.
appoint-unknown-seat = This seat is not on the working group's roster (or has left it); nothing was recorded. Send /appoint again to continue.
appoint-committee-ended = This working group is no longer active and no appointment is recorded for its seats. Nothing was recorded.
appoint-holder-changed = This seat changed since the form was opened, so nothing was recorded. Send /appoint again to see it as it is now.
appoint-vacant = This seat is vacant now and has no order to renew. Use /appoint and "Appoint someone new" to issue an invite link for it.
appoint-no-committees = Your HQ has no working group with seats yet. Import the roster first (npm run cli -- roster import).
appoint-choose-committee = Which working group's seat? (⚠️ means an order has ended or ends within 30 days.)
appoint-choose-seat = Seats of the { $committee }: which seat?
    ⛔ order ended · ⏳ less than 30 days left · ➕ vacant seat
appoint-seat-held = Seat "{ $seat }" in the { $committee }, held by { $name }
appoint-standing-ended = ⛔ The order ended on { $end }; until a new one is recorded, the seat does not count towards the quorum or the majority (rule 2).
appoint-standing-ending = ⏳ The order ends on { $end } ({ $count ->
        [0] today
        [1] in 1 day
       *[other] in { $days } days
    }).
appoint-standing-in-force = The order is valid until { $end }.
appoint-what-next = What should be done?
appoint-seat-vacant = Seat "{ $seat }" in the { $committee } is vacant. "Appoint someone new" issues a one-time invite link for the new representative.
appoint-renew-button = 🔄 Renew { $name }'s order until { $end }
appoint-other-date-button = 📅 Renew with another end date
appoint-new-button = 👤 Appoint someone new
appoint-confirm-new = { $name }'s order for the seat "{ $seat }" ends today and a one-time invite link is issued for the new representative. Continue?
appoint-confirm-new-button = ✅ Yes, end the order and issue the link
appoint-ask-end-date = Send the last day of the new order, Jalali or Gregorian, e.g. 1407/06/31 or 2028-09-21. The order starts today.
appoint-not-after-today = The order's last day must be after today ({ $today }). Please send another date.
appoint-renewed = ✅ The order of { $name } ({ $seat }, { $committee }) is recorded from { $start } to { $end } (rule 2). The seat counts towards the quorum and the majority; the HQ secretariat, the group's secretary and the member are told.
appoint-invited = ✅ The order of { $name } for the seat "{ $seat }" has ended. Forward the next message to the new representative; its link is accepted once, and the two-year order starts on the day they join.
appoint-invited-vacant = ✅ An invite link for the seat "{ $seat }" was issued. Forward the next message to the new representative; its link is accepted once, and the two-year order starts on the day they join.
appoint-earlier-links-revoked = The invite link issued earlier for this seat is no longer accepted.
appoint-elected-role-ended = The members had elected this seat's holder secretary (rule 7); the role ended with the order. The members may elect a new secretary with /elect.
appoint-link-message = You are invited to join the { $committee } ({ $hq }) as the representative for "{ $seat }". To join, open this link in Telegram:
    { $link }
appoint-cancelled = Cancelled; nothing was recorded.
appoint-renewed-notice = 📋 The appointment order of { $name } ({ $seat }, { $committee }) was renewed from { $start } to { $end } (rule 2); the seat counts towards the quorum and the majority. Recorded by { $by }, HQ secretariat.
appoint-renewed-you = ✅ Your appointment order as the representative for "{ $seat }" in the { $committee } was renewed from { $start } to { $end } (rule 2).
appoint-replaced-notice = 📋 The appointment order of { $name } ({ $seat }, { $committee }) has ended and the HQ secretariat issued an invite link for a new representative (rule 2). Recorded by { $by }.
appoint-vacant-notice = 📋 The HQ secretariat issued an invite link for a new representative for the vacant seat "{ $seat }" in the { $committee }. Recorded by { $by }.
appoint-ended-you = Your appointment order as the representative for "{ $seat }" in the { $committee } has ended, and the HQ secretariat has invited a new representative for the seat. Thank you for your service.
start-invite-revoked = This invite link was replaced by a newer one and is no longer accepted. Please ask the HQ secretariat for the valid link.
roster-notice-elected-role-kept = ⚠️ The secretary role of the seat "{ $seat }" in the { $committee } was kept: the members elected its holder secretary on { $date } (rule 7), and the file says "member" for the seat without naming another secretary, probably a file from before the election. To change the secretary, write role: secretary for the new secretary's seat in the file.
roster-notice-elected-role-replaced = ⚠️ The seat "{ $seat }" in the { $committee } is now "{ $role }", as the file says; the members had elected its holder secretary on { $date } (rule 7). If that was not intended, correct the file and import it again.

## Resolutions: the owner is told on /assign (B14)
resolution-assigned-to-you = 📌 The execution of the resolution "{ $text }" is assigned to your seat ({ $seat }). Due date: { $due }. You will be asked about its progress every { $days } days and a week before the due date.

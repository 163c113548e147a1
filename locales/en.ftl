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

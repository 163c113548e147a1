meeting-committee = Working group: { $committee } ({ $hq })
meeting-committee-only = Working group: { $committee }
meeting-time = Time: { $when }
meeting-place = Place: { $place }
meeting-place-unset = to be announced
meeting-agenda-title = Agenda:
meeting-agenda-empty = (no items yet)
meeting-when-en = { $gregorian } ({ $jalali })
invitation-title = 📩 Meeting invitation
invitation-proposal-deadline = Written proposals until ({ $source ->
        [group] this working group's rule: { $value } days before the meeting; the bylaw asks for at least { $bylaw }, rule 10
       *[bylaw] bylaw rule 10
    }): { $deadline }
invitation-answer-please = Please answer with one of the buttons.
final-agenda-title = 📋 Final agenda
reminder-rsvp-3d = ⏳ Reminder: the meeting is in three days and you have not answered the invitation yet.
reminder-rsvp-1d = ⏳ Reminder: the meeting is tomorrow and you have not answered the invitation yet.
reminder-starting-2h = ⏰ The meeting starts in two hours.
meeting-cancelled-title = ❌ The following meeting has been cancelled.
meeting-rescheduled-title = 🔁 The meeting has been rescheduled.
meeting-rescheduled-from = Previously: { $when }
meeting-rescheduled-answer-again = Earlier answers were cleared; please answer again.
ics-summary = Meeting of the { $committee }
ics-caption = The meeting's calendar file; open it to add the meeting to your phone's calendar.
ics-open-private = To receive the calendar file, first start a private chat with the bot.
meetings-title = Upcoming meetings:
meetings-line = • { $committee } — { $when } — { $place }
meetings-none = No meeting has been convened for your working groups.
convene-not-officer = By bylaw rule 4 meetings are convened by the working group's secretary; in this bot the chair may also convene, reschedule or cancel in the secretary's place. You are neither this working group's secretary nor its chair.
convene-committee-ended = This working group is no longer active.
convene-choose-committee = Which working group's meeting are you convening?
convene-ask-date = Send the date of the meeting (for example 1405/09/20 or 2026-12-11).
convene-ask-time = Send the starting time (for example 10:00).
convene-ask-place = Send the place of the meeting, or press Skip.
convene-ask-agenda = Send the agenda items one per message, then press Done. The invitation must carry the agenda (bylaw rule 6), so at least one item is needed; written proposals can add more later.
convene-item-added = Item { $count } recorded. Send the next one or press Done.
convene-summary-title = Summary of the invitation; please check and confirm:
convene-cancelled = Convening was cancelled and nothing was recorded.
convene-missing-date-time = Write the date and time after the command, for example: /convene 1405/09/20 10:00 Governor's office
convene-item-too-long = Agenda item { $index } is longer than { $max } characters; please shorten it.
convene-too-many-items = The agenda has more than { $max } items; please reduce them.
convene-place-too-long = The place is longer than { $max } characters; please shorten it.
convene-in-past = That time has passed; please choose a time in the future.
convene-too-soon = { $source ->
        [group] By this working group's rules the invitation must go out at least { $value } days before the meeting (the bylaw asks for { $bylaw } days, rule 6).
       *[bylaw] By bylaw rule 6 the invitation must go out at least { $value } days before the meeting.
    } The earliest allowed time is { $earliest }. Nothing was recorded.
convene-no-agenda = The invitation must carry the agenda (bylaw rule 6) and this one has no item. Send at least one agenda item; members' written proposals can add more later. Nothing was recorded.
convene-agenda-required = No item has been recorded yet. An invitation is not sent without its agenda (bylaw rule 6); please send at least one item.
convene-friday-warning = This meeting is on a Friday (the weekly holiday). Convene at this time anyway?
convene-friday-yes = Yes, this time
convene-group-needs-text = In the group, write the invitation in one message: date, time and place on the first line, then one agenda item per line. For the step-by-step form, send /convene in a private chat with the bot.
convene-done = ✅ The meeting of the { $committee } on { $when } is convened; invitations go to { $invited } members, the working group's chat and the HQ secretariat.
convene-held-proposals = { $count } written proposals kept for the next meeting were attached to this meeting and await your decision.
convene-quorum-unreachable = ⚠️ As things stand this meeting cannot reach its quorum (bylaw rule 3): the group has { $seats } member agencies, so { $required } must be present, but only { $filled } seats are held by someone whose appointment order is in force on the meeting's day. Ask the HQ secretariat to fill or renew seats with /appoint before the meeting; /rsvps shows which.
convene-not-reached-title = These seats do not receive the invitation now:
convene-not-reached-vacant = • { $seat }: the seat is vacant (get its invite link from the HQ secretariat).
convene-not-reached-not-started = • { $seat }: has not opened the bot yet; the invitation is delivered when they first do.
request-usage = Write the reason after the command, for example: /requestmeeting urgent review of the neighbourhood plan
request-choose-committee = Which working group is the request for?
request-choice-not-yours = This button is only for the member who asked, and only while their request form is open. To ask for a meeting yourself, send /requestmeeting and the reason.
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
manage-no-meeting = There is no upcoming meeting in the working groups you are secretary or chair of.
manage-not-scheduled = This meeting can no longer be changed (it has started, ended or been cancelled).
cancel-confirm-question = Cancel this meeting? All invited people, the group and the HQ secretariat will be told.
    { $meeting }
meeting-cancel-confirm = ❌ Yes, cancel it
cancel-done = The meeting is cancelled and everyone is being told.
reschedule-usage = Write the new date and time after the command, for example: /reschedule 1405/09/27 10:00
reschedule-done = ✅ The meeting is moved to { $when }. Everyone is told and answers are collected again.
convene-not-reached-more = • and { $count } more seats (the full list with /rsvps)
meetings-visits-title = Upcoming field visits:
meetings-visit-line = • 🚌 { $committee } — { $when } — { $place }
meeting-cancelled-reason = Reason: { $reason }
not-started-question = ⏰ The { $committee } meeting convened for { $when } did not start (rule 9). Please choose:
    • "Start late": the session opens now and the attendance message goes to the group's chat.
    • "Cancel": the meeting is cancelled as "did not take place" and all members are told.
    • "Record not held": the meeting is recorded as not held and appears in the quarterly report (rule 13).
not-started-start = ▶️ Start late
not-started-cancel = ❌ Cancel
not-started-not-held = 📝 Record not held
not-started-cancel-reason = did not take place on { $when }
not-started-recorded = 📝 The { $committee } meeting convened for { $when } did not take place and is recorded so; it appears in the HQ's quarterly report (rule 13).
not-started-recorded-done = Recorded: this meeting did not take place. The group and the HQ secretariat are told.
not-started-already-start = This was already decided: the meeting has started.
not-started-already-cancel = This was already decided: the meeting was cancelled.
not-started-already-not-held = This was already decided: it is recorded as not held.
not-started-not-officer = Only this group's secretary or chair, with an appointment order in force, answers this (rule 2).
not-started-unknown = This meeting was not found.

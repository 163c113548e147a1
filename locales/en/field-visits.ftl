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

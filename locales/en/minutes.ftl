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
minutes-took-back = (came at { $time } and took the seat back from the delegate { $delegate }, bylaw rule 1)
minutes-left-early = (left before the end; present for what was decided while in the room)
minutes-absent = Absent:
minutes-guests = Guests without vote:
minutes-none = —
minutes-item-note = Note: { $note }
minutes-votes = Votes and resolutions:
minutes-secret = (secret ballot)
minutes-vote-result = Yes { $yes }, no { $no }, abstain { $abstain }; { $threshold } yes votes of { $seats } members needed ({ $rule }); { $decision ->
    [passed] passed.
    [no_quorum] no decision: the quorum was lost before the vote was closed ({ $present } present, quorum { $required }); nothing was passed or rejected.
   *[failed] not passed.
  }
minutes-rule-absolute = half plus one of all members, rule 3
minutes-rule-strict = strict reading of half plus one of all members, rule 3
minutes-notes = Notes:
minutes-signature = Signed: { $name }, { $role } of the working group — { $at }
minutes-audit-head = Audit log at signing (its last entry's hash; `audit verify` checks it): { $hash }
minutes-draft-ready = 📝 The meeting has ended and the draft minutes are ready. { $source ->
        [group] By this working group's rules ({ $value } hours; the bylaw asks for at most { $bylaw } hours, rule 9)
       *[bylaw] By bylaw rule 9
    } they must be signed and sent to all members and the HQ secretariat by { $due }.
minutes-signed-header = 📜 Minutes number { $number } of the { $committee }, signed and issued:
minutes-hash-footer = Authenticity code (SHA-256): { $hash }
    To check any copy, send the code or the number with /verify, for example: /verify { $number }
minutes-file-caption = The exact text of minutes number { $number } (to check against the authenticity code)
minutes-edit = ✏️ Edit notes
minutes-sign = ✍️ Sign and send
minutes-ack = ✅ Acknowledge receipt
minutes-receipts = 👁 Who has acknowledged
minutes-reminder = ⏳ Reminder: { $hours } hours have passed since the meeting ended and the minutes are not signed yet. Deadline (rule 9): { $due }. Send /minutes to edit and sign.
minutes-overdue-notice = ⚠️ The { $value }-hour deadline for the minutes of the { $committee } ({ $due }) has passed and they are not signed and issued yet ({ $source ->
        [group] this working group's rule; the bylaw asks for at most { $bylaw } hours, rule 9
       *[bylaw] bylaw rule 9
    }).
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
overdue-title = Minutes past their deadline to be signed and issued (rule 9: 48 hours, or the deadline the group set):
overdue-summary = { $total } unsigned minutes are past their deadline, the oldest first.
overdue-committee = { $committee }:
overdue-line = • Meeting of { $held } — { $hours } hours late
overdue-more = More ({ $left } left)
overdue-not-officer = Only a working group's chair or secretary, or the HQ secretariat staff, can see overdue minutes.
minutes-pdf-attendance = Attendance
minutes-pdf-col-row = No.
minutes-pdf-col-seat = Seat / agency
minutes-pdf-col-person = Name
minutes-pdf-col-status = Status
minutes-pdf-present = Present
minutes-pdf-delegate-of = Temporary delegate of { $member }
minutes-pdf-absent = Absent
minutes-pdf-guest = Guest without a vote
minutes-pdf-votes = Votes
minutes-pdf-col-question = Question
minutes-pdf-col-yes = Yes
minutes-pdf-col-no = No
minutes-pdf-col-abstain = Abstain
minutes-pdf-col-threshold = Needed (all members)
minutes-pdf-col-outcome = Outcome
minutes-pdf-threshold = { $threshold } yes votes of { $seats } members ({ $rule })
minutes-pdf-outcome = { $decision ->
    [passed] Passed
    [no_quorum] No decision: the quorum was lost before the vote was closed ({ $present } present, quorum { $required })
   *[failed] Not passed
  }
minutes-pdf-resolutions = Resolutions, owners and due dates
minutes-pdf-col-resolution = Resolution
minutes-pdf-col-owner = Owner
minutes-pdf-col-due = Due
minutes-pdf-unassigned = Not assigned
minutes-pdf-notes = Notes
minutes-pdf-signature = Signature
minutes-pdf-footer-page = Minutes no. { $number } — page { $page } of { $pages }
minutes-pdf-footer-hash = SHA-256 of the signed text: { $hash } — check with /verify { $number }
minutes-pdf-button = 📄 Minutes PDF
minutes-pdf-caption = Minutes no. { $number } (PDF). The hash of the signed text is at the foot of every page.
minutes-pdf-sent = The minutes PDF was sent to you in a private chat.
minutes-pdf-not-member = The PDF of these minutes is sent only to members of this working group and to those invited to the meeting.
minutes-pdf-changed = The record of minutes no. { $number } changed after signing, so no PDF matching its signed text can be made; the text file is the exact record (/verify { $number }).
minutes-pdf-open-private = To receive the PDF, first open the bot in a private chat and send /start; then press the PDF button again.

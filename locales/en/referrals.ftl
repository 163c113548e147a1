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
referrals-summary = { $open } open of { $total } referrals; open ones first.
referrals-more = More ({ $left } left)
referrals-committee = { $committee }:
referrals-line = • Number { $number }: { $subject } — due { $due }: { $status }
referrals-status-open = ⏳ awaiting the written report
referrals-status-overdue = ⚠️ overdue
referrals-status-reported = ✅ reported on { $date }

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
session-final-left = Left before the end ({ $count }), present for what was decided while they were in the room:
session-final-guests = Guests without a vote ({ $count }):
session-guest-line = { $name }, { $agency }
session-sheet-title = Attendance of the meeting of { $committee }
session-sheet-hint = Press a seat to mark its member present or absent (for instance someone without a phone): ✅ present, ⬜ absent.
session-sheet-vacant = Vacant seats: { $seats }
session-sheet-term-ended = Seats whose holder's order has ended (bylaw rule 2; counted among the members, cannot be present): { $seats }
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
check-in-took-back = ✅ You are checked in for “{ $seat }” and have your seat back; your delegate ({ $name }) was told (bylaw rule 1). Votes already cast for the seat stand.
session-delegate-superseded = { $member } has come to the meeting of the { $committee } and taken their seat back; you no longer stand for it at this meeting (bylaw rule 1). Thank you.
check-in-term-ended = Your order for “{ $seat }” is not in force on the meeting's day (bylaw rule 2): the seat cannot be present or vote. The HQ secretariat renews orders with /appoint.
check-in-no-standing = You are not a member of this working group, an accepted delegate or a guest of this meeting; nothing was recorded.
check-in-not-in-session = This meeting is not in session; nothing was recorded.
mark-present-done = ✅ Marked present.
mark-absent-done = ⬜ Marked absent.
mark-vacant-seat = This seat is vacant; no attendance is recorded for it.
mark-term-ended = The holder's appointment order for this seat is not in force on the meeting's day (bylaw rule 2); the seat cannot be marked present until the order is renewed with /appoint.
session-private-check-in = The meeting of the { $committee } has started. Press "I'm present" when you are in the room.
session-sheet-guests = Guests without a vote ({ $count }) — they check in themselves with “I'm present” and do not count towards quorum:
session-sheet-guest-no-link = { $agency } (has not opened the invitation link yet)

# B9: a session left open is closed by the bot so the minutes clock runs (services/session/auto-close.ts).
session-auto-closed = ⏹ The meeting of the { $committee } was still open at { $closedAt } and the bot closed it: a session closes { $hours } hours after it started or at midnight HQ time, whichever comes first, so that the { $value }-hour clock for the minutes ({ $source ->
        [group] this working group's rule; the bylaw asks for at most { $bylaw } hours, rule 9
       *[bylaw] bylaw rule 9
    }) runs. The minutes are due by { $due }.
session-auto-closed-secretary = ⏹ The meeting of the { $committee } was still open at { $closedAt } and the bot closed it ({ $hours } hours after it started or midnight HQ time, whichever comes first). The { $value }-hour clock for the minutes ({ $source ->
        [group] this working group's rule; the bylaw asks for at most { $bylaw } hours, rule 9
       *[bylaw] bylaw rule 9
    }) started then: please sign and send them by { $due } (/minutes).

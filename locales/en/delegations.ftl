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
    [superseded] ended when the member came to the meeting and took the seat back
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

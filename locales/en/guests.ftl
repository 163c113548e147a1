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

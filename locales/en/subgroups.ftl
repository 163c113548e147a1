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

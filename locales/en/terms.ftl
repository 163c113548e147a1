term-reminder-ending = ⏳ The appointment order of { $name } ({ $seat }, { $committee }) ends on { $end } ({ $count ->
        [0] today
        [1] in 1 day
       *[other] in { $days } days
    }). For the membership to continue, a new order must be issued and recorded (HQ staff: /appoint, or the roster file) (rule 2); once it ends, the seat does not count towards the quorum or the majority.
term-reminder-ended = ⚠️ The appointment order of { $name } ({ $seat }, { $committee }) ended on { $end }. Until a new order is recorded (HQ staff: /appoint, or the roster file), the seat does not count towards the quorum or the majority (rule 2).
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
appoint-renew-button = 🔄 Renew until { $end }
appoint-other-date-button = 📅 Renew with another end date
appoint-new-button = 👤 Appoint someone new
appoint-confirm-new = { $name }'s order for the seat "{ $seat }" ends today and a one-time invite link is issued for the new representative. Continue?
appoint-confirm-new-button = ✅ Yes, end the order and issue the link
appoint-ask-end-date = Send the last day of the new order, Jalali or Gregorian, e.g. 1407/06/31 or 2028-09-21. The order starts today.
appoint-not-after-today = The order's last day must be after today ({ $today }). Please send another date.
appoint-longer-than-two-years = An appointment order runs two years (rule 2): one starting today ({ $today }) can last until { $latest } at the latest. Please send a date no later than that.
appoint-renewed = ✅ The order of { $name } ({ $seat }, { $committee }) is recorded from { $start } to { $end } (rule 2). The seat counts towards the quorum and the majority; the HQ secretariat, the group's secretary and the member are told.
appoint-invited = ✅ The order of { $name } for the seat "{ $seat }" has ended. Forward the next message to the new representative; its link is accepted once, and the two-year order starts on the day they join.
appoint-invited-vacant = ✅ An invite link for the seat "{ $seat }" was issued. Forward the next message to the new representative; its link is accepted once, and the two-year order starts on the day they join.
appoint-earlier-links-revoked = The invite link issued earlier for this seat is no longer accepted.
appoint-elected-role-ended = The members had elected this seat's holder secretary (rule 7); the role ended with the order. The members may elect a new secretary with /elect.
appoint-link-message = You are invited to join the { $committee } ({ $hq }) as the representative for "{ $seat }". To join, open this link in { $messenger }:
    { $link }
appoint-cancelled = Cancelled; nothing was recorded.
appoint-renewed-notice = 📋 The appointment order of { $name } ({ $seat }, { $committee }) was renewed from { $start } to { $end } (rule 2); the seat counts towards the quorum and the majority. Recorded by { $by }, HQ secretariat.
appoint-renewed-you = ✅ Your appointment order as the representative for "{ $seat }" in the { $committee } was renewed from { $start } to { $end } (rule 2).
appoint-replaced-notice = 📋 The appointment order of { $name } ({ $seat }, { $committee }) has ended and the HQ secretariat issued an invite link for a new representative (rule 2). Recorded by { $by }.
appoint-vacant-notice = 📋 The HQ secretariat issued an invite link for a new representative for the vacant seat "{ $seat }" in the { $committee }. Recorded by { $by }.
appoint-ended-you = Your appointment order as the representative for "{ $seat }" in the { $committee } has ended, and the HQ secretariat has invited a new representative for the seat. Thank you for your service.

# B2: an officer whose own appointment order is not in force may not act as chair or secretary.
officer-term-ended = ⛔ Your appointment order for "{ $seat }" in the { $committee } ended on { $end } (rule 2): until a new order is recorded you cannot act as this group's { $role ->
        [chair] chair
       *[secretary] secretary
    }. The HQ secretariat renews orders with /appoint.
officer-term-not-started = ⛔ Your appointment order for "{ $seat }" in the { $committee } is in force from { $start } (rule 2): until then you cannot act as this group's { $role ->
        [chair] chair
       *[secretary] secretary
    }. If the order's date is wrong, the HQ secretariat corrects it with /appoint.

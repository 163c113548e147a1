# The HQ overview (/overview): a Telegram Mini App for county and provincial HQ secretariat staff
overview-open = The overview of your HQ's working groups: next meeting, answers, minutes, resolutions, referrals and this quarter's attendance by agency.
overview-button = 📊 HQ overview
overview-not-configured = The HQ overview is not set up yet: the bot's configuration does not name its public address (WEB_APP_BASE_URL). Please tell the system administrator.
overview-not-staff = Only the secretariat staff of a county or provincial HQ can see the HQ overview.
overview-private-only = The HQ overview opens only in a private chat with the bot. Please send this command there.
overview-title = HQ overview
overview-loading = Loading…
overview-failed = The overview could not be loaded. Please try again.
overview-refused-missing = Open this page from the "HQ overview" button in your chat with the bot.
overview-refused-forged = This page could not be verified. Please open it again from the bot's button.
overview-refused-stale = This page has expired. Please send the overview command again and open the page from the new button.
overview-as-of = As of { $when }
overview-province = Provincial HQ
overview-county = County HQ
overview-no-groups = This HQ has no working groups.
overview-h-meeting = Next meeting
overview-h-minutes = Last minutes
overview-h-resolutions = Resolutions
overview-h-referrals = Referrals awaiting a report
overview-h-attendance = Attendance by agency, { $quarter ->
    [1] spring
    [2] summer
    [3] autumn
   *[4] winter
} { $year }
overview-no-meeting = No meeting convened.
overview-meeting = { $when }
overview-in-session = In session (started { $when }).
overview-rsvp = Attending { $attending }, not attending { $notAttending }, delegate { $delegating }, no answer { $unanswered }
overview-minutes-none = No minutes yet.
overview-minutes-on-time = ✅ Meeting of { $held }: minutes signed and sent within the deadline.
overview-minutes-late = ⚠️ Meeting of { $held }: minutes signed and sent after the deadline ({ $signed }).
overview-minutes-awaiting = ⏳ Meeting of { $held }: minutes not signed yet; due by { $due }.
overview-minutes-overdue = ❌ Meeting of { $held }: minutes unsigned and past their deadline ({ $due }).
overview-resolutions = Awaiting the HQ's approval: { $awaiting }; past their due date: { $overdue }
overview-referrals-none = No referral awaits a report.
overview-referral = { $subject } — due { $due }
overview-referral-overdue = ❌ { $subject } — was due { $due }
overview-attendance-none = No meeting held this quarter.
overview-attendance-share = { $present } of { $meetings } meetings ({ $percent }%)

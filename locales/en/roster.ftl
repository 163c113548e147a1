roster-template-hq-name = Sample County Headquarters for Sustainable Regeneration
roster-template-clerk = HQ secretariat clerk
roster-template-header =
    Roster of a headquarters and its working groups (the structure of part A of the bylaw).
    1. Set the key, the name and the HQ secretariat's chat id; list the secretariat staff with their user ids in the messenger.
    2. For each seat whose member's user id you know, fill in telegram_id and name; otherwise the seat stays vacant and gets an invite link.
    3. Put each working group's group chat id in chat_id (a negative number).
    4. Import with "npm run cli -- roster import FILE"; importing the same file again changes nothing.
    The coordination council's members (chairs and secretaries of the working groups) are derived; do not list them.
cli-usage =
    Usage:
      npm run cli -- roster template --lang fa|en     print a ready roster of the bylaw's structure
      npm run cli -- roster import FILE              validate and apply a roster (YAML or JSON)
      npm run cli -- roster export [--hq KEY]        print the current roster
      npm run cli -- roster invites [--hq KEY]       print an invite link for every vacant seat
      npm run cli -- migrate                         apply database migrations
      npm run cli -- audit verify [--hq KEY]         check the audit log's hash chains and every signed minutes' hash
      npm run cli -- backup FILE                     write a consistent backup (also while the bot runs)
      npm run cli -- restore FILE [--force]          restore a backup into an empty DATA_DIR or DATABASE_URL
cli-unknown-option = The option { $option } is not known; nothing was done.
cli-database-unreachable = The database could not be opened ({ $reason }). Check DATABASE_URL, or DATA_DIR for the embedded database.
cli-failed = The command failed: { $reason }
cli-import-invalid = The roster "{ $file }" is not valid and nothing was applied:
cli-import-issue = - { $path }: { $message }
cli-import-unreadable = Could not read "{ $file }": { $reason }
cli-import-done = Roster of HQ "{ $hq }" imported: { $count } changes.
cli-import-unchanged = Roster of HQ "{ $hq }" imported: no changes (everything was already up to date).
cli-unknown-hq = There is no HQ with the key "{ $hq }". Known HQs: { $known }
cli-no-hq = No HQ has been imported yet. Run "roster import FILE" first.
cli-choose-hq = There are several HQs; choose one with --hq KEY: { $known }
cli-invites-none = There are no vacant seats.
cli-invite-line = { $hq } / { $committee } / { $seat }: { $link }
cli-migrated = The database is up to date.
cli-bot-unreachable = Could not reach { $messenger } to get the bot's username ({ $reason }). Check BOT_TOKEN and BOT_API_ROOT.
roster-notice-elected-role-kept = ⚠️ The role of the seat "{ $seat }" in the { $committee } stays "{ $role }": the members elected its holder secretary on { $date } (rule 7), and a roster file does not change their choice while the same person holds the seat. The secretary changes by a new election when the seat falls vacant.
roster-notice-elected-secretary-stands = ⚠️ The file names the seat "{ $seat }" in the { $committee } as secretary, but the members elected the secretary on { $date } (rule 7) and that secretary still holds their seat, so "{ $seat }" stays "{ $role }". The roster names the secretary only until the members decide.
roster-notice-elected-role-replaced = ⚠️ The seat "{ $seat }" in the { $committee } is now "{ $role }", as the file says; the members had elected its holder secretary on { $date } (rule 7). If that was not intended, correct the file and import it again.

cli-import-issue-file = - (file): { $message }
roster-issue-missing = Invalid input: expected { $expected }, received undefined
roster-issue-wrong-type = Invalid input: expected { $expected }, received { $received }
roster-issue-number-as-text = Invalid input: expected { $expected }, received string
roster-issue-too-small-size = Too small: expected { $origin } to have { $bound }{ $minimum } { $unit }
roster-issue-too-small-value = Too small: expected { $origin } to be { $bound }{ $minimum }
roster-issue-too-big-size = Too big: expected { $origin } to have { $bound }{ $maximum } { $unit }
roster-issue-too-big-value = Too big: expected { $origin } to be { $bound }{ $maximum }
roster-issue-pattern = Invalid string: must match pattern { $pattern }
roster-issue-format = Invalid { $format }
roster-issue-not-multiple = Invalid number: must be a multiple of { $divisor }
roster-issue-unknown-key = Unrecognized key: { $keys }
roster-issue-unknown-keys = Unrecognized keys: { $keys }
roster-issue-not-the-value = Invalid input: expected { $allowed }
roster-issue-not-one-of = Invalid option: expected one of { $options }
roster-issue-invalid = Invalid input
roster-issue-not-chat-id = not a Telegram chat id
roster-issue-group-chat-id = a group chat id is negative, e.g. -1001234567890
roster-issue-locale = locale must be fa or en
roster-issue-hq-key-format = use a-z, 0-9 and - (at most 40)
roster-issue-committee-key-format = use a-z, 0-9, _ and - (at most 40)
roster-issue-timezone = not a time zone name such as Asia/Tehran
roster-issue-date-type = Invalid input
roster-issue-date-format = "{ $value }" is not a valid date (date_format)
roster-issue-date-year-format = "{ $value }" is not a valid date (year_format)
roster-issue-date-year-out-of-range = "{ $value }" is not a valid date (year_out_of_range)
roster-issue-date-month-out-of-range = "{ $value }" is not a valid date (month_out_of_range)
roster-issue-date-day-out-of-range = "{ $value }" is not a valid date (day_out_of_range)
roster-issue-vacant-with-id = a vacant seat cannot also have a telegram_id
roster-issue-term-end-without-start = term_end needs term_start
roster-issue-term-end-not-after-start = term_end must be after term_start
roster-issue-term-too-long = an appointment order runs at most two years (bylaw B2): from this term_start the last day is { $lastDay }
roster-issue-officer-outside-council = only the coordination council (template: council) names its { $roleName } here; in a working group give the member role: { $role }
roster-issue-council-same-officer = one person cannot be both the council's chair and its secretary
roster-issue-derived-members-outside-council = only the coordination council's entry has derived_members (written by export); list this committee's seats under members
roster-issue-council-parent = the coordination council is not a sub-working group; remove parent
roster-issue-title-required = title {"{"} fa, en {"}"} is required when there is no template
roster-issue-council-members = the coordination council's members are the chairs and secretaries of the working groups; leave members empty
roster-issue-seat-twice = this seat title is used twice in the committee
roster-issue-one-officer = a committee has one { $roleName }
roster-issue-hq-own-parent = an HQ cannot be its own parent
roster-issue-hq-parent-level = only a county HQ has a parent (its provincial HQ)
roster-issue-committee-key-twice = this committee key is used twice
roster-issue-committee-own-parent = a committee cannot be its own parent
roster-issue-parent-unknown = no committee with key "{ $parent }" in this file
roster-issue-parent-loop = the parents of committees form a loop
roster-issue-name-conflict = telegram_id { $telegramId } is also listed as "{ $name }"
roster-issue-council-twice = an HQ has one coordination council
roster-issue-council-officer-not-member = telegram_id { $telegramId } is not a member of the coordination council: its members are the chairs and secretaries (with telegram_id) of the top-level working groups in this file
roster-issue-quorum-format = write a fraction such as "2/3"
roster-issue-quorum-range = the fraction must be between 0 and 1, such as 2/3
# Words the messages above take as variables (as zod's English messages write them).
roster-type-string = string
roster-type-number = number
roster-type-fraction = number
roster-type-int = int
roster-type-bigint = bigint
roster-type-boolean = boolean
roster-type-object = object
roster-type-array = array
roster-type-set = set
roster-type-map = map
roster-type-file = file
roster-type-date = date
roster-type-date-object = Date
roster-type-null = null
roster-type-nan = NaN
roster-type-infinity = Infinity
roster-type-minus-infinity = -Infinity
roster-bound-at-least = >=
roster-bound-more-than = >
roster-bound-exactly = exactly{" "}
roster-bound-at-most = <=
roster-bound-less-than = <
roster-unit-characters = characters
roster-unit-items = items
roster-unit-entries = entries
roster-unit-bytes = bytes
roster-role-chair = chair
roster-role-secretary = secretary

## /start: a seat holder links their Telegram account with their invite
start-greeting = Hello { $name }, welcome to Kargoruh, the assistant of the working groups of the Headquarters for Sustainable Regeneration.
start-your-seats = Your roles:
start-seat-line = • { $committee }: { $role } ({ $seat })
start-staff-line = • { $hq }: HQ secretariat staff
start-no-seats = No seat in any working group is registered to you yet. If you are a member of a working group, ask the HQ secretariat for your seat's invite link and open it.
start-help-hint = Send /help to see the commands you can use.
start-linked = ✅ You are now registered as "{ $seat }" in { $committee } ({ $hq }). Your appointment runs until { $termEnd }.
start-already-yours = This seat ("{ $seat }") is already registered to you.
start-invite-unknown = This invite link is not valid. Please open the complete link unchanged, or ask the HQ secretariat for a new one.
start-invite-used = This invite link has already been used. Each link is accepted once; if this seat is yours, please contact the HQ secretariat.
start-invite-seat-ended = The seat of this link is no longer on the working group's roster. Please contact the HQ secretariat.
start-invite-seat-taken = This seat is now registered to someone else. If the seat changed hands, please contact the HQ secretariat.
start-private-only = Please open the invite link in a private chat with the bot.
start-invite-revoked = This invite link was replaced by a newer one and is no longer accepted. Please ask the HQ secretariat for the valid link.

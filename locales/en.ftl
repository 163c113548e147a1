## General

error-generic = Sorry, something went wrong and your request was not recorded. Please try again in a moment.
error-try-again = This request could not be recorded just now. Please try again.
role-name = { $role ->
    [chair] chair
    [secretary] secretary
    [staff] HQ secretariat staff
   *[member] member
  }

## /start

start-greeting = Hello { $name }, welcome to Kargoruh, the assistant of the working groups of the Headquarters for Sustainable Regeneration.
start-your-seats = Your roles:
start-seat-line = • { $committee }: { $role } ({ $seat })
start-council-line = • { $council }: member (as { $role } of { $committee })
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

## /help

help-title = Commands you can use:
help-line = /{ $command } — { $description }
help-visitor-note = Once you are registered in a working group (with an invite link), more commands become available.

cmd-start = Start and show your roles
cmd-help = List of commands
cmd-lang = Change language
cmd-me = Your seats, roles and appointment end dates

## /lang

lang-choose = Choose your language:
lang-set = ✅ Your language is now English.
lang-unknown = The language "{ $value }" is not supported. Choose one of: fa (فارسی) or en (English).

## /me

me-title = Your details ({ $name }):
me-seat-line = • { $committee } ({ $hq }): { $role }, seat "{ $seat }"{ $voting ->
    [yes] {""}
   *[no] {" "}(without vote)
  }, appointment ends: { $termEnd }
me-term-ended = the appointment has ended
me-none = No role is registered to you.

## Fallback

unknown-command = The command "{ $command }" is not known. Send /help to see the commands.
unknown-text = Your message was received, but I did not understand it. Send /help to see the commands.
callback-expired = This button is no longer valid.
anonymous-admin = You sent this as an anonymous group admin, so the bot cannot tell who you are. Please send the command from your own account.

## Roster template (CLI)

roster-template-hq-name = Sample County Headquarters for Sustainable Regeneration
roster-template-clerk = HQ secretariat clerk
roster-template-header =
    Roster of a headquarters and its working groups (the structure of part A of the bylaw).
    1. Set the key, the name and the HQ secretariat's chat id; list the secretariat staff with their Telegram ids.
    2. For each seat whose member's Telegram id you know, fill in telegram_id and name; otherwise the seat stays vacant and gets an invite link.
    3. Put each working group's Telegram group id in chat_id (a negative number).
    4. Import with "npm run cli -- roster import FILE"; importing the same file again changes nothing.
    The coordination council's members (chairs and secretaries of the working groups) are derived; do not list them.

## CLI

cli-usage =
    Usage:
      npm run cli -- roster template --lang fa|en     print a ready roster of the bylaw's structure
      npm run cli -- roster import FILE              validate and apply a roster (YAML or JSON)
      npm run cli -- roster export [--hq KEY]        print the current roster
      npm run cli -- roster invites [--hq KEY]       print an invite link for every vacant seat
      npm run cli -- migrate                         apply database migrations
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
cli-bot-unreachable = Could not reach Telegram to get the bot's username ({ $reason }). Check BOT_TOKEN and TELEGRAM_API_ROOT.

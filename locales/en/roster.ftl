roster-template-hq-name = Sample County Headquarters for Sustainable Regeneration
roster-template-clerk = HQ secretariat clerk
roster-template-header =
    Roster of a headquarters and its working groups (the structure of part A of the bylaw).
    1. Set the key, the name and the HQ secretariat's chat id; list the secretariat staff with their Telegram ids.
    2. For each seat whose member's Telegram id you know, fill in telegram_id and name; otherwise the seat stays vacant and gets an invite link.
    3. Put each working group's Telegram group id in chat_id (a negative number).
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
cli-bot-unreachable = Could not reach Telegram to get the bot's username ({ $reason }). Check BOT_TOKEN and TELEGRAM_API_ROOT.
roster-notice-elected-role-kept = ⚠️ The role of the seat "{ $seat }" in the { $committee } stays "{ $role }": the members elected its holder secretary on { $date } (rule 7), and a roster file does not change their choice while the same person holds the seat. The secretary changes by a new election when the seat falls vacant.
roster-notice-elected-secretary-stands = ⚠️ The file names the seat "{ $seat }" in the { $committee } as secretary, but the members elected the secretary on { $date } (rule 7) and that secretary still holds their seat, so "{ $seat }" stays "{ $role }". The roster names the secretary only until the members decide.
roster-notice-elected-role-replaced = ⚠️ The seat "{ $seat }" in the { $committee } is now "{ $role }", as the file says; the members had elected its holder secretary on { $date } (rule 7). If that was not intended, correct the file and import it again.

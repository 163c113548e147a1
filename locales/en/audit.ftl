# The audit log's hash chain: `npm run cli -- audit verify`.
audit-chain-hq = HQ "{ $hq }"
audit-chain-global = Entries with no HQ
audit-chain-intact = ✅ { $chain }: the audit log is intact ({ $count } entries, each linked to the one before it).
audit-chain-empty = The audit log has no entries yet.
audit-chain-altered = ❌ { $chain }: the audit log is broken at entry { $id } (number { $seq } in the chain, { $at }, { $action }): its content no longer matches its hash, so it was changed after it was written. The entries before it are intact.
audit-chain-unlinked = ❌ { $chain }: the audit log is broken at entry { $id } (number { $seq } in the chain, { $at }, { $action }): it does not follow the entry before it (number { $expected } was expected), so an entry before it was deleted or inserted outside the bot. The entries before it are intact.
audit-chain-beyond-head = ❌ { $chain }: entry { $id } (number { $seq } in the chain, { $at }, { $action }) comes after the log's recorded end (number { $headSeq }): it was inserted outside the bot. The entries before it are intact.
audit-chain-truncated = ❌ { $chain }: the audit log ends at entry { $last } (number { $lastSeq } in the chain) but its recorded end is number { $headSeq }: its last entries were deleted.
audit-chain-anchor-lost = ❌ { $chain }: the signed minutes { $number } recorded the audit log's head { $head } at signing, and no entry of the log has that hash now: the log up to that signing was rewritten. Compare with a member's copy of those minutes.
audit-minutes-intact = ✅ Signed minutes: each of the { $count } versions still gives the hash recorded at signing.
audit-minutes-altered = ❌ Signed minutes whose stored text no longer gives the hash recorded at signing (the copies members received are the reference): { $numbers }
audit-from-running-bot = The bot is using the database, so a snapshot was taken from it just now and checked.

sandbox-title = Kargoruh — sandbox
sandbox-warning = This sandbox is for trying and training, not for real data: anyone who can open this page can act as anyone.
sandbox-people = People
sandbox-search = Search a name or role
sandbox-pick-hint = Pick a person from the list to see their chats. Several people can be open side by side.
sandbox-clock-now = Sandbox clock
sandbox-clock-ahead = { $days ->
    [0] the real time
    [one] { $days } day ahead of the real time
   *[other] { $days } days ahead of the real time
  }
sandbox-plus-day = +1 day
sandbox-plus-week = +7 days
sandbox-reset = Back to the sample county
sandbox-reset-confirm = Every message and change is erased and the sample county is loaded afresh. Go on?
sandbox-export = Download the roster
sandbox-private-chat = Chat with the bot
sandbox-message-placeholder = Message; type / for the commands
sandbox-send = Send
sandbox-start = Start
sandbox-menu = Commands
sandbox-close = Close
sandbox-pinned = Pinned
sandbox-edited = edited
sandbox-no-messages = No messages yet. Send /start to begin.
sandbox-role-chair = Chair of { $committee }
sandbox-role-secretary = Secretary of { $committee }
sandbox-secretariat = Secretariat of { $hq }
sandbox-failed = That did not work: { $reason }
sandbox-reset-failed = Going back to the sample county failed: { $reason }. The sandbox goes on with the previous data or a fresh county.
sandbox-not-found = The sandbox has no such address.
sandbox-no-file = This message has no file.
sandbox-empty-text = The message is empty; write something.
sandbox-text-too-long = The message is longer than 4,096 characters, which Telegram refuses. Please shorten it.
sandbox-no-message = This message is no longer in the chat.
sandbox-no-button = This button is no longer under the message.
sandbox-clock-step = The clock moves forward by one day or seven days only.
sandbox-no-person = This person is not in the roster.
sandbox-not-in-chat = This person is not in this chat.
sandbox-too-large = The request is too large.
sandbox-bad-request = The request could not be read.

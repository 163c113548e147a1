## General

error-generic = متأسفانه خطایی رخ داد و درخواست شما ثبت نشد. لطفاً چند لحظه بعد دوباره تلاش کنید.
error-try-again = این درخواست اکنون ثبت نشد. لطفاً دوباره تلاش کنید.
role-name = { $role ->
    [chair] رئیس
    [secretary] دبیر
    [staff] کارشناس دبیرخانه ستاد
   *[member] عضو
  }

## /start

start-greeting = سلام { $name }، به «کارگروه» خوش آمدید؛ دستیار کارگروه‌های ستاد بازآفرینی پایدار.
start-your-seats = سمت‌های شما:
start-seat-line = • { $committee }: { $role } ({ $seat })
start-council-line = • { $council }: عضو (به‌عنوان { $role } { $committee })
start-staff-line = • { $hq }: کارشناس دبیرخانه ستاد
start-no-seats = هنوز سمتی در هیچ کارگروهی به نام شما ثبت نشده است. اگر عضو کارگروهی هستید، پیوند دعوت صندلی خود را از دبیرخانه ستاد بخواهید و آن را باز کنید.
start-help-hint = برای دیدن فرمان‌هایی که می‌توانید به کار ببرید، ‎/help را بفرستید.
start-linked = ✅ شما به‌عنوان «{ $seat }» در { $committee } ({ $hq }) ثبت شدید. دوره حکم شما تا { $termEnd } است.
start-already-yours = این صندلی («{ $seat }») پیش‌تر به نام شما ثبت شده است.
start-invite-unknown = این پیوند دعوت معتبر نیست. لطفاً پیوند را کامل و بدون تغییر باز کنید یا پیوند تازه‌ای از دبیرخانه ستاد بخواهید.
start-invite-used = این پیوند دعوت پیش‌تر به کار رفته است. هر پیوند فقط یک بار پذیرفته می‌شود؛ اگر این صندلی از آنِ شماست، با دبیرخانه ستاد تماس بگیرید.
start-invite-seat-ended = صندلی این پیوند دیگر در فهرست کارگروه نیست. لطفاً با دبیرخانه ستاد تماس بگیرید.
start-invite-seat-taken = این صندلی اکنون به نام شخص دیگری ثبت است. اگر جابه‌جایی رخ داده، لطفاً با دبیرخانه ستاد تماس بگیرید.
start-private-only = لطفاً پیوند دعوت را در گفت‌وگوی خصوصی با ربات باز کنید.

## /help

help-title = فرمان‌هایی که می‌توانید به کار ببرید:
help-line = { $description } — ‎/{ $command }
help-visitor-note = پس از ثبت در یک کارگروه (با پیوند دعوت)، فرمان‌های بیشتری در دسترس شما قرار می‌گیرد.

cmd-start = آغاز و نمایش سمت‌های شما
cmd-help = فهرست فرمان‌ها
cmd-lang = تغییر زبان
cmd-me = سمت‌ها، نقش‌ها و پایان دوره حکم شما

## /lang

lang-choose = زبان را انتخاب کنید:
lang-set = ✅ زبان شما فارسی شد.
lang-unknown = زبان «{ $value }» پشتیبانی نمی‌شود. یکی از این دو را انتخاب کنید: fa (فارسی) یا en (English).

## /me

me-title = مشخصات شما ({ $name }):
me-seat-line = • { $committee } ({ $hq }): { $role }، صندلی «{ $seat }»{ $voting ->
    [yes] {""}
   *[no] {" "}(بدون حق رأی)
  }، پایان دوره حکم: { $termEnd }
me-term-ended = دوره حکم پایان یافته است
me-none = هیچ سمتی به نام شما ثبت نشده است.

## Fallback

unknown-command = فرمان «{ $command }» شناخته نشد. برای دیدن فرمان‌ها ‎/help را بفرستید.
unknown-text = پیام شما دریافت شد، اما منظور را متوجه نشدم. برای دیدن فرمان‌ها ‎/help را بفرستید.
callback-expired = این دکمه دیگر معتبر نیست.
anonymous-admin = شما به‌صورت ناشناس (مدیر ناشناس گروه) پیام فرستاده‌اید و ربات نمی‌تواند سمت شما را تشخیص دهد. لطفاً این فرمان را با حساب شخصی خود بفرستید.

## Roster template (CLI)

roster-template-hq-name = ستاد بازآفرینی پایدار شهرستان نمونه
roster-template-clerk = کارشناس دبیرخانه ستاد
roster-template-header =
    فهرست ستاد و کارگروه‌ها (ساختار بخش «الف» آیین‌نامه).
    ۱. کلید، نام و شناسه گروه دبیرخانه ستاد را اصلاح کنید و کارشناسان دبیرخانه (staff) را با شناسه تلگرام بنویسید.
    ۲. برای هر صندلی، اگر شناسه تلگرام عضو را می‌دانید، telegram_id و name را بنویسید؛ در غیر این صورت صندلی خالی می‌ماند و پیوند دعوت می‌گیرد.
    ۳. شناسه گروه تلگرامی هر کارگروه را در chat_id بنویسید (عددی منفی).
    ۴. با «npm run cli -- roster import FILE» وارد کنید؛ ورود دوباره همان فایل چیزی را تغییر نمی‌دهد.
    اعضای شورای تلفیق (رؤسا و دبیران کارگروه‌ها) خودکار تعیین می‌شوند و نباید نوشته شوند.

## CLI

cli-usage =
    کاربرد:
      npm run cli -- roster template --lang fa|en     چاپ فهرست آماده بر اساس آیین‌نامه
      npm run cli -- roster import FILE              بررسی و اعمال فهرست (YAML یا JSON)
      npm run cli -- roster export [--hq KEY]        چاپ فهرست کنونی
      npm run cli -- roster invites [--hq KEY]       چاپ پیوند دعوت برای هر صندلی خالی
      npm run cli -- migrate                         اعمال مهاجرت‌های پایگاه داده
cli-import-invalid = فهرست «{ $file }» معتبر نیست و هیچ تغییری اعمال نشد:
cli-import-issue = - { $path }: { $message }
cli-import-unreadable = خواندن «{ $file }» ممکن نشد: { $reason }
cli-import-done = فهرست ستاد «{ $hq }» وارد شد: { $count } تغییر.
cli-import-unchanged = فهرست ستاد «{ $hq }» وارد شد: بدون تغییر (همه‌چیز از پیش به‌روز بود).
cli-unknown-hq = ستادی با کلید «{ $hq }» وجود ندارد. ستادهای موجود: { $known }
cli-no-hq = هنوز هیچ ستادی وارد نشده است. ابتدا «roster import FILE» را اجرا کنید.
cli-choose-hq = چند ستاد وجود دارد؛ یکی را با ‎--hq KEY انتخاب کنید: { $known }
cli-invites-none = هیچ صندلی خالی‌ای وجود ندارد.
cli-invite-line = { $hq } / { $committee } / { $seat }: { $link }
cli-migrated = پایگاه داده به‌روز است.
cli-bot-unreachable = ارتباط با تلگرام برای گرفتن نام کاربری ربات برقرار نشد ({ $reason }). BOT_TOKEN و TELEGRAM_API_ROOT را بررسی کنید.

## Common words

not-registered = شما هنوز در هیچ کارگروهی ثبت نشده‌اید. پیوند دعوت صندلی خود را از دبیرخانه ستاد بخواهید.
group-not-a-committee = این گروه به هیچ کارگروهی وصل نیست. دبیرخانه ستاد باید شناسه این گروه را در فهرست (chat_id) ثبت کند.
wizard-cancel = لغو
wizard-skip = رد کردن
wizard-done = پایان
wizard-confirm = ✅ تأیید
wizard-edit = ✏️ ویرایش
wizard-closed = فرم نیمه‌تمام بسته شد و چیزی ثبت نشد.
wizard-send-text = لطفاً پاسخ را به‌صورت متن بفرستید.
wizard-press-button = لطفاً یکی از دکمه‌ها را بزنید.
date-format = تاریخ خوانده نشد. تاریخ را به شکل ۱۴۰۵/۰۹/۲۰ (شمسی) یا 2026-12-11 (میلادی) بنویسید.
date-month-out-of-range = ماه { $month } وجود ندارد؛ ماه باید بین ۱ و ۱۲ باشد.
date-day-out-of-range = روز { $day } در این ماه وجود ندارد؛ این ماه { $max } روز دارد.
date-year-out-of-range = سال تاریخ پذیرفتنی نیست. سال شمسی (مانند ۱۴۰۵) یا میلادی (مانند 2026) بنویسید.
time-format = ساعت خوانده نشد. ساعت را به شکل ۱۰:۰۰ بنویسید.
time-out-of-range = این ساعت وجود ندارد؛ ساعت بین ۰۰:۰۰ و ۲۳:۵۹ است.

cmd-meetings = جلسه‌های پیش رو
cmd-agenda = دستور جلسه بعدی
cmd-propose = ارسال پیشنهاد کتبی برای جلسه بعدی
cmd-requestmeeting = درخواست تشکیل جلسه از دبیر و رئیس
cmd-convene = دعوت به جلسه (فقط دبیر یا رئیس)
cmd-rsvps = پاسخ اعضا به دعوت‌نامه
cmd-reschedule = تغییر زمان جلسه: تاریخ و ساعت تازه
cmd-cancel = لغو جلسه

## Meetings

meeting-committee = کارگروه: { $committee } ({ $hq })
meeting-committee-only = کارگروه: { $committee }
meeting-time = زمان: { $when }
meeting-place = مکان: { $place }
meeting-place-unset = اعلام خواهد شد
meeting-agenda-title = دستور جلسه:
meeting-agenda-empty = (هنوز بندی ثبت نشده است)
meeting-when-en = { $gregorian }
invitation-title = 📩 دعوت‌نامه جلسه
invitation-proposal-deadline = مهلت ارسال پیشنهاد کتبی (بند ۱۰ آیین‌نامه): { $deadline }
invitation-answer-please = لطفاً با یکی از دکمه‌ها حضور خود را اعلام کنید.
final-agenda-title = 📋 دستور جلسه نهایی
reminder-rsvp-3d = ⏳ یادآوری: سه روز تا جلسه مانده و پاسخ شما به دعوت‌نامه هنوز ثبت نشده است.
reminder-rsvp-1d = ⏳ یادآوری: فردا جلسه است و پاسخ شما به دعوت‌نامه هنوز ثبت نشده است.
reminder-starting-2h = ⏰ جلسه تا دو ساعت دیگر آغاز می‌شود.
meeting-cancelled-title = ❌ جلسه زیر لغو شد.
meeting-rescheduled-title = 🔁 زمان جلسه تغییر کرد.
meeting-rescheduled-from = زمان پیشین: { $when }
meeting-rescheduled-answer-again = پاسخ‌های پیشین پاک شد؛ لطفاً دوباره حضور خود را اعلام کنید.
calendar-file = 📅 فایل تقویم
ics-summary = جلسه { $committee }
ics-caption = فایل تقویم جلسه؛ آن را باز کنید تا به تقویم گوشی افزوده شود.
ics-open-private = برای دریافت فایل تقویم، ابتدا گفت‌وگوی خصوصی با ربات را آغاز کنید.
meetings-title = جلسه‌های پیش رو:
meetings-line = • { $committee } — { $when } — { $place }
meetings-none = جلسه‌ای برای کارگروه‌های شما فراخوانده نشده است.

## /convene

convene-not-officer = فقط دبیر یا رئیس کارگروه می‌تواند جلسه را فرابخواند، زمان آن را تغییر دهد یا لغو کند (بند ۴ آیین‌نامه).
convene-committee-ended = این کارگروه دیگر فعال نیست.
convene-choose-committee = جلسه کدام کارگروه را فرامی‌خوانید؟
convene-ask-date = تاریخ جلسه را بفرستید (مثلاً ۱۴۰۵/۰۹/۲۰).
convene-ask-time = ساعت آغاز جلسه را بفرستید (مثلاً ۱۰:۰۰).
convene-ask-place = مکان جلسه را بفرستید، یا «رد کردن» را بزنید.
convene-ask-agenda = بندهای دستور جلسه را یکی‌یکی بفرستید و در پایان «پایان» را بزنید.
convene-item-added = بند { $count } ثبت شد. بند بعدی را بفرستید یا «پایان» را بزنید.
convene-summary-title = خلاصه دعوت‌نامه؛ لطفاً بررسی و تأیید کنید:
convene-cancelled = دعوت به جلسه لغو شد و چیزی ثبت نشد.
convene-missing-date-time = تاریخ و ساعت جلسه را پس از فرمان بنویسید؛ مثلاً: ‎/convene ۱۴۰۵/۰۹/۲۰ ۱۰:۰۰ دفتر فرماندار
convene-item-too-long = بند { $index } دستور جلسه بیش از { $max } نویسه است؛ لطفاً کوتاه‌تر بنویسید.
convene-too-many-items = دستور جلسه بیش از { $max } بند است؛ لطفاً بندها را کمتر کنید.
convene-place-too-long = نام مکان بیش از { $max } نویسه است؛ لطفاً کوتاه‌تر بنویسید.
convene-in-past = این زمان گذشته است؛ لطفاً زمانی در آینده انتخاب کنید.
convene-too-soon = طبق بند ۶ آیین‌نامه، دعوت‌نامه باید دست‌کم { $days } روز پیش از جلسه فرستاده شود. نخستین زمان مجاز: { $earliest }. چیزی ثبت نشد.
convene-friday-warning = این جلسه در روز جمعه (تعطیل رسمی) است. آیا با همین زمان دعوت می‌کنید؟
convene-friday-yes = بله، همین زمان
convene-group-needs-text = در گروه، دعوت را در یک پیام بنویسید: در خط اول تاریخ، ساعت و مکان، و در هر خط بعد یک بند دستور جلسه. برای فرم گام‌به‌گام، ‎/convene را در گفت‌وگوی خصوصی با ربات بفرستید.
convene-done = ✅ جلسه { $committee } برای { $when } فراخوانده شد و دعوت‌نامه برای { $invited } عضو، گروه کارگروه و دبیرخانه ستاد فرستاده می‌شود.
convene-held-proposals = { $count } پیشنهاد کتبی که برای جلسه بعد نگه داشته شده بود، به این جلسه پیوست و منتظر تصمیم شماست.
convene-not-reached-title = این صندلی‌ها دعوت‌نامه را اکنون دریافت نمی‌کنند:
convene-not-reached-vacant = • { $seat }: صندلی خالی است (پیوند دعوت را از دبیرخانه ستاد بگیرید).
convene-not-reached-not-started = • { $seat }: هنوز ربات را باز نکرده است؛ دعوت‌نامه هنگام نخستین ورود او فرستاده می‌شود.

## RSVP

rsvp-attending = ✅ حضور دارم
rsvp-not-attending = ❌ حضور ندارم
rsvp-delegating = 👤 نماینده معرفی می‌کنم
rsvp-recorded = پاسخ شما ثبت شد: { $answer }
rsvp-your-answer = پاسخ شما: { $answer }
rsvp-delegating-note = طبق بند ۱ آیین‌نامه، نماینده موقت را به‌صورت کتبی به دبیر معرفی کنید.
rsvp-not-invited = شما به این جلسه دعوت نشده‌اید؛ پاسخ ثبت نشد.
rsvp-closed = این جلسه آغاز شده، پایان یافته یا لغو شده است؛ پاسخ دیگر پذیرفته نمی‌شود.
rsvps-show = 📊 پاسخ اعضا
rsvps-title = پاسخ اعضا به دعوت‌نامه { $committee }:
rsvps-line = • { $seat } ({ $name }): { $answer }
rsvps-no-answer = ⏳ بی‌پاسخ
rsvps-vacant = صندلی خالی
rsvps-counts = حضور: { $attending }، با نماینده: { $delegating }، عدم حضور: { $notAttending }، بی‌پاسخ: { $noAnswer }
rsvps-quorum-expected = حد نصاب (بند ۳): با { $expected } از { $seats } صندلی دارای رأی، حد نصاب { $required } انتظار می‌رود برسد.
rsvps-quorum-not-expected = حد نصاب (بند ۳): با پاسخ‌های کنونی { $expected } از { $seats } صندلی دارای رأی حاضر خواهند بود؛ حد نصاب { $required } است و هنوز نمی‌رسد.
rsvps-no-meeting = جلسه پیش رویی در کارگروه‌هایی که دبیر یا رئیس آن هستید وجود ندارد.
rsvps-not-officer = فهرست پاسخ‌ها را فقط دبیر و رئیس کارگروه می‌بینند.

## Proposals (B10)

propose-no-meeting = جلسه‌ای برای کارگروه‌های شما فراخوانده نشده است؛ پیشنهاد را پس از دریافت دعوت‌نامه بفرستید.
propose-choose-meeting = پیشنهاد برای کدام جلسه است؟
propose-ask-text = متن پیشنهاد کتبی خود را بفرستید.
propose-cancelled = ارسال پیشنهاد لغو شد و چیزی ثبت نشد.
propose-receipt = ✅ پیشنهاد کتبی شما با شماره { $number } ثبت و برای دبیر فرستاده شد. مهلت ارسال پیشنهاد تا { $deadline } است.
propose-late = مهلت ارسال پیشنهاد برای این جلسه ({ $deadline }) گذشته است (بند ۱۰ آیین‌نامه: دست‌کم یک هفته پیش از جلسه). اگر بخواهید، پیشنهاد برای جلسه بعد نگه داشته می‌شود.
propose-not-member = شما عضو این کارگروه نیستید.
propose-meeting-closed = این جلسه دیگر پیشنهاد نمی‌پذیرد (آغاز شده، پایان یافته یا لغو شده است).
propose-empty = متن پیشنهاد خالی است؛ لطفاً متن را بنویسید.
propose-too-long = متن پیشنهاد بیش از { $max } نویسه است. آن را کوتاه کنید یا به‌صورت فایل با عنوان ‎/propose بفرستید.
proposal-keep = نگه‌داشتن برای جلسه بعد
proposal-kept = پیشنهاد شماره { $number } برای جلسه بعد نگه داشته شد.
proposal-for-officer = 📝 پیشنهاد کتبی شماره { $number } از { $name } برای جلسه { $committee } ({ $when }):
proposal-has-attachment = (پیوست در پیام بعد)
proposal-attachment-caption = پیوست پیشنهاد شماره { $number }
proposal-accept = ➕ افزودن به دستور جلسه
proposal-decline = ✖️ رد (با ذکر دلیل)
proposal-ask-reason = دلیل رد پیشنهاد را بنویسید؛ برای پیشنهاددهنده فرستاده می‌شود.
proposal-accepted-done = پیشنهاد به دستور جلسه افزوده شد و به پیشنهاددهنده اطلاع داده می‌شود.
proposal-declined-done = پیشنهاد رد شد و دلیل آن به پیشنهاددهنده اطلاع داده می‌شود.
proposal-accepted-notice = ✅ پیشنهاد شماره { $number } شما به دستور جلسه { $committee } افزوده شد.
proposal-declined-notice = پیشنهاد شماره { $number } شما پذیرفته نشد. دلیل: { $reason }
proposal-decision-already-decided = درباره این پیشنهاد پیش‌تر تصمیم گرفته شده است.
proposal-decision-not-officer = فقط دبیر یا رئیس کارگروه درباره پیشنهادها تصمیم می‌گیرد.
proposal-decision-unknown-proposal = این پیشنهاد پیدا نشد.
proposal-decision-meeting-closed = جلسه این پیشنهاد دیگر باز نیست.
proposal-decision-reason-required = دلیل رد نمی‌تواند خالی باشد. دوباره «رد» را بزنید و دلیل را بنویسید.

## Meeting requests (B4)

request-usage = دلیل درخواست را پس از فرمان بنویسید؛ مثلاً: ‎/requestmeeting بررسی فوری طرح بهسازی محله
request-choose-committee = درخواست برای کدام کارگروه است؟
request-too-long = دلیل درخواست بیش از { $max } نویسه است؛ لطفاً کوتاه‌تر بنویسید.
request-sent = ✅ درخواست تشکیل جلسه برای دبیر و رئیس کارگروه فرستاده شد؛ نتیجه به شما اطلاع داده می‌شود.
request-no-officer = درخواست ثبت شد، اما دبیر و رئیس این کارگروه هنوز در ربات ثبت نشده‌اند؛ لطفاً با دبیرخانه ستاد تماس بگیرید.
request-for-officer = 🙋 { $name } درخواست تشکیل جلسه { $committee } را دارد. دلیل: { $reason }
request-convene = 📅 دعوت به جلسه
request-decline = ✖️ رد درخواست
request-declined-done = درخواست رد شد و به درخواست‌کننده اطلاع داده می‌شود.
request-declined-notice = درخواست شما برای تشکیل جلسه { $committee } پذیرفته نشد.
request-convened-notice = ✅ درخواست شما پذیرفته شد و جلسه { $committee } فراخوانده شد؛ دعوت‌نامه را دریافت خواهید کرد.
request-already-decided = درباره این درخواست پیش‌تر تصمیم گرفته شده است.
request-not-officer = فقط دبیر یا رئیس کارگروه به درخواست‌ها پاسخ می‌دهد.
request-unknown-request = این درخواست پیدا نشد.

## Cancel and reschedule

manage-no-meeting = جلسه پیش رویی در کارگروه‌هایی که دبیر یا رئیس آن هستید وجود ندارد.
manage-not-scheduled = این جلسه دیگر قابل تغییر نیست (آغاز شده، پایان یافته یا لغو شده است).
cancel-confirm-question = آیا این جلسه لغو شود؟ به همه دعوت‌شدگان، گروه و دبیرخانه ستاد اطلاع داده می‌شود.
    { $meeting }
meeting-cancel-confirm = ❌ بله، لغو شود
cancel-done = جلسه لغو شد و به همه اطلاع داده می‌شود.
reschedule-usage = تاریخ و ساعت تازه را پس از فرمان بنویسید؛ مثلاً: ‎/reschedule ۱۴۰۵/۰۹/۲۷ ۱۰:۰۰
reschedule-done = ✅ زمان جلسه به { $when } تغییر کرد. به همه اطلاع داده شد و پاسخ‌ها از نو گرفته می‌شود.

## Delivery problems

unreachable-not-started = دعوت‌نامه به { $name } نرسید، زیرا او هنوز ربات را باز نکرده است. هنگام نخستین ورود او فرستاده می‌شود؛ در صورت امکان به او اطلاع دهید.
unreachable-blocked = دعوت‌نامه به { $name } نرسید، زیرا او ربات را مسدود کرده است. لطفاً از راه دیگری به او اطلاع دهید.

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

## Minutes (B9)

cmd-minutes = پیش‌نویس صورتجلسه: ویرایش، امضا و ارسال
cmd-overdue = صورتجلسه‌هایی که مهلت ۴۸ ساعته آن‌ها گذشته است
cmd-verify = بررسی اصالت صورتجلسه با کد یا شماره
minutes-title = صورتجلسه { $committee }
minutes-draft-title = پیش‌نویس صورتجلسه { $committee }
minutes-number = شماره صورتجلسه: { $number }
minutes-supersedes = این نسخه جایگزین صورتجلسه شماره { $number } است. اصلاح: { $note }
minutes-when = تاریخ: { $date }، آغاز: { $start }، پایان: { $end }
minutes-present = حاضران: { $present } از { $seats } صندلی دارای رأی؛ حد نصاب { $required }؛ { $quorate ->
    [yes] جلسه رسمیت یافت.
   *[no] جلسه به حد نصاب نرسید.
  }
minutes-by-delegate = { $delegate } (نماینده موقت { $member })
minutes-without-vote = (بدون حق رأی)
minutes-absent = غایبان:
minutes-guests = مدعوان بدون حق رأی:
minutes-none = —
minutes-item-note = توضیح: { $note }
minutes-votes = رأی‌گیری‌ها و مصوبات:
minutes-secret = (رأی مخفی)
minutes-vote-result = موافق { $yes }، مخالف { $no }، ممتنع { $abstain }؛ حد لازم { $threshold } رأی موافق از { $seats } عضو ({ $rule })؛ { $passed ->
    [yes] تصویب شد.
   *[no] تصویب نشد.
  }
minutes-rule-absolute = نصف به‌علاوه یک کل اعضا، بند ۳
minutes-rule-strict = قرائت سخت‌گیرانه نصف به‌علاوه یک کل اعضا، بند ۳
minutes-notes = توضیحات:
minutes-signature = امضا: { $name }، { $role } کارگروه — { $at }
minutes-draft-ready = 📝 جلسه پایان یافت. پیش‌نویس صورتجلسه آماده است. طبق بند ۹ آیین‌نامه، صورتجلسه باید تا { $due } امضا و برای همه اعضا و دبیرخانه ستاد فرستاده شود.
minutes-signed-header = 📜 صورتجلسه شماره { $number } { $committee } امضا و ابلاغ شد:
minutes-hash-footer = کد اصالت (SHA-256): { $hash }
    برای بررسی هر نسخه، کد یا شماره را با ‎/verify بفرستید؛ مثلاً: ‎/verify { $number }
minutes-file-caption = متن دقیق صورتجلسه شماره { $number } (برای بررسی با کد اصالت)
minutes-edit = ✏️ ویرایش توضیحات
minutes-sign = ✍️ امضا و ارسال
minutes-ack = ✅ رؤیت شد
minutes-receipts = 👁 چه کسانی رؤیت کرده‌اند
minutes-reminder = ⏳ یادآوری: { $hours } ساعت از پایان جلسه گذشته و صورتجلسه هنوز امضا نشده است. مهلت (بند ۹): { $due }. برای ویرایش و امضا ‎/minutes را بفرستید.
minutes-overdue-notice = ⚠️ مهلت ۴۸ ساعته صورتجلسه { $committee } ({ $due }) گذشته و صورتجلسه هنوز امضا و ابلاغ نشده است (بند ۹ آیین‌نامه).
minutes-edit-choose = چه چیزی را ویرایش می‌کنید؟ (حضور و غیاب و نتیجه رأی‌ها از سابقه جلسه می‌آید و قابل ویرایش نیست.)
minutes-edit-item = توضیح برای یک بند دستور جلسه
minutes-edit-replace = جایگزینی متن توضیحات
minutes-edit-add = افزودن سطر به توضیحات
minutes-ask-item = شماره بند دستور جلسه را بفرستید.
minutes-ask-note = توضیح این بند را بفرستید (برای پاک کردن، یک خط تیره «-» بفرستید).
minutes-ask-replace = متن تازه توضیحات را بفرستید؛ جایگزین متن پیشین می‌شود.
minutes-ask-add = سطرهایی را که باید به توضیحات افزوده شود بفرستید.
minutes-ask-correction = این صورتجلسه پیش‌تر امضا شده است. نسخه تازه، اصلاحیه است؛ بنویسید چه چیزی اصلاح شده است.
minutes-saved = ✅ ذخیره شد.
minutes-not-signer = فقط دبیر کارگروه (یا رئیس، هنگامی که صندلی دبیر خالی است) صورتجلسه را ویرایش و امضا می‌کند.
minutes-too-long = متن بیش از { $max } نویسه است؛ لطفاً کوتاه‌تر بنویسید.
minutes-no-such-item = بندی با این شماره در دستور جلسه نیست.
minutes-signed = ✅ صورتجلسه شماره { $number } امضا شد و برای همه اعضا، گروه کارگروه و دبیرخانه ستاد فرستاده می‌شود ({ $recipients } پیام).
minutes-signed-late = ✅ صورتجلسه شماره { $number } امضا و فرستاده شد ({ $recipients } پیام)؛ مهلت ۴۸ ساعته گذشته بود و این تأخیر ثبت شد.
minutes-meeting-not-ended = جلسه هنوز پایان نیافته است؛ صورتجلسه پس از ‎/endmeeting امضا می‌شود.
minutes-correction-needed = صورتجلسه شماره { $number } پیش‌تر امضا شده است. برای اصلاح، ابتدا «ویرایش توضیحات» را بزنید و سپس دوباره امضا کنید.
minutes-none-open = پیش‌نویس امضانشده‌ای در کارگروه‌های شما وجود ندارد.
minutes-not-recipient = این صورتجلسه برای شما فرستاده نشده است.
minutes-acknowledged = رؤیت شما ثبت شد.
minutes-receipts-title = رؤیت صورتجلسه شماره { $number }:
minutes-receipts-done = رؤیت کرده‌اند ({ $count }): { $names }
minutes-receipts-pending = هنوز رؤیت نکرده‌اند ({ $count }): { $names }
verify-usage = کد اصالت (۶۴ نویسه)، شماره صورتجلسه (مانند ۱۲/۱) یا متن کامل آن را پس از ‎/verify بفرستید.
verify-no-match = ❌ این کد، شماره یا متن با هیچ صورتجلسه امضاشده‌ای مطابقت ندارد.
verify-match = ✅ مطابقت دارد: صورتجلسه شماره { $number } { $committee }، امضای { $signer } در { $at }.
    کد اصالت: { $hash }
verify-match-superseded = ✅ مطابقت دارد: صورتجلسه شماره { $number } { $committee }، امضای { $signer } در { $at }؛ اما نسخه اصلاحی تازه‌تری جایگزین آن شده است.
    کد اصالت: { $hash }
overdue-none = صورتجلسه عقب‌افتاده‌ای وجود ندارد.
overdue-title = صورتجلسه‌هایی که مهلت ۴۸ ساعته (بند ۹) آن‌ها گذشته است:
overdue-line = • { $committee } — جلسه { $held } — { $hours } ساعت تأخیر

## Session and votes

cmd-startmeeting = آغاز جلسه و حضور و غیاب
cmd-attendance = ثبت حضور و غیاب اعضا به دست دبیر
cmd-vote = رأی‌گیری آشکار یا مخفی درباره یک پرسش
cmd-closevote = پایان رأی‌گیری و اعلام نتیجه
cmd-endmeeting = پایان جلسه و اعلام حضور و غیاب نهایی
session-quorum-two-thirds = دو سوم
session-attendance-line = حاضر: { $present } از { $seats } عضو دارای حق رأی{ $byDelegate ->
        [0] {""}
       *[other] { " " }({ $byDelegate } نفر با نماینده)
    }{ $guests ->
        [0] {""}
       *[other] { " " }و { $guests } مدعو بدون حق رأی
    }؛ حد نصاب { $required } نفر ({ $fraction }): { $quorate ->
        [yes] جلسه رسمیت یافت
       *[no] هنوز به حد نصاب نرسیده است
    }
session-quorum-short = حاضر: { $present } از { $seats }؛ حد نصاب { $required }
session-check-in = ✋ حاضرم
session-live-title = 🟢 جلسه { $committee } از ساعت { $time } در حال برگزاری است.
session-live-hint = اعضا و نمایندگان: برای ثبت حضور، دکمه «حاضرم» را بزنید. مدعوان بدون حق رأی نیز حضور خود را با همین دکمه ثبت می‌کنند.
session-ended-title = ⏹ جلسه { $committee } در ساعت { $time } پایان یافت.
session-seat-line = { $seat } ({ $name })
session-seat-by-delegate = { $seat } (نماینده: { $name })
session-seat-vacant = بدون متصدی
session-seat-non-voting = — بدون حق رأی
session-list-none = — هیچ
session-final-title = 📋 حضور و غیاب نهایی جلسه { $committee }، { $when } تا ساعت { $end }
session-final-present = حاضران ({ $count }):
session-final-absent = غایبان ({ $count }):
session-final-guests = مدعوان بدون حق رأی ({ $count }):
session-guest-line = { $name } از { $agency }
session-sheet-title = حضور و غیاب جلسه { $committee }
session-sheet-hint = برای ثبت حضور یا غیاب هر عضو (مثلاً عضوی که تلفن همراه ندارد)، دکمه صندلی او را بزنید: ✅ حاضر، ⬜ غایب.
session-sheet-vacant = صندلی‌های بدون متصدی: { $seats }
session-not-officer = فقط دبیر یا رئیس کارگروه می‌تواند جلسه را آغاز کند، حضور و غیاب را ثبت کند، رأی‌گیری کند یا جلسه را پایان دهد.
session-none-in-session = جلسه‌ای از کارگروه‌های شما در حال برگزاری نیست. نخست با ‎/startmeeting جلسه را آغاز کنید.
session-ambiguous = بیش از یک جلسه از کارگروه‌های شما در حال برگزاری است؛ لطفاً این فرمان را در گروه همان کارگروه بفرستید.
session-start-early-question = جلسه { $committee } برای { $when } فراخوانده شده است، نه امروز. آیا همین حالا آغاز شود؟
session-start-early-confirm = ▶️ بله، جلسه همین حالا آغاز شود
session-start-no-meeting = جلسه‌ای برای امروز یا روزهای آینده در کارگروه‌های شما فراخوانده نشده است. نخست با ‎/convene جلسه را فرابخوانید.
session-start-cancelled = جلسه امروز لغو شده است و آغاز نمی‌شود.
session-start-ended = جلسه امروز پیش‌تر پایان یافته است و دوباره آغاز نمی‌شود.
session-start-already = جلسه در حال برگزاری است. برای حضور و غیاب ‎/attendance و برای پایان جلسه ‎/endmeeting را بفرستید.
session-post-failed = جلسه آغاز شد، اما پیام حضور و غیاب در گروه کارگروه فرستاده نشد. بررسی کنید که ربات عضو گروه باشد؛ ثبت حضور با ‎/attendance نیز ممکن است.
session-started-private = ✅ جلسه آغاز شد و پیام حضور و غیاب در گروه کارگروه گذاشته شد.
session-pin-no-rights = ربات اجازه سنجاق‌کردن پیام را در گروه کارگروه ندارد؛ پیام حضور و غیاب سنجاق نشد، اما جلسه ادامه دارد. برای سنجاق‌شدن این پیام‌ها، ربات را مدیر گروه کنید.
session-ended-posted = ✅ جلسه پایان یافت و حضور و غیاب نهایی در گروه کارگروه اعلام می‌شود.
session-end-vote-open = رأی‌گیری «{ $question }» هنوز باز است. نخست آن را با ‎/closevote یا دکمه «پایان رأی‌گیری» ببندید، سپس جلسه را پایان دهید.
check-in-member = ✅ حضور شما ثبت شد.
check-in-delegate = ✅ حضور شما به‌عنوان نماینده «{ $seat }» ثبت شد.
check-in-guest = ✅ حضور شما به‌عنوان مدعو بدون حق رأی ثبت شد.
check-in-non-voting = ✅ حضور شما ثبت شد (صندلی شما حق رأی ندارد).
check-in-already = حضور شما پیش‌تر ثبت شده است.
check-in-represented = نماینده شما ({ $name }) در این جلسه صندلی «{ $seat }» را نمایندگی می‌کند؛ حضور جداگانه شما ثبت نمی‌شود.
check-in-no-standing = شما عضو این کارگروه، نماینده پذیرفته‌شده یا مدعو این جلسه نیستید؛ حضوری ثبت نشد.
check-in-not-in-session = این جلسه در حال برگزاری نیست؛ حضوری ثبت نشد.
mark-present-done = ✅ حاضر ثبت شد.
mark-absent-done = ⬜ غایب ثبت شد.
mark-vacant-seat = این صندلی متصدی ندارد و حضوری برای آن ثبت نمی‌شود.
vote-yes = ✅ موافق
vote-no = ❌ مخالف
vote-abstain = ⚪ ممتنع
vote-close-button = ⏹ پایان رأی‌گیری (دبیر یا رئیس)
vote-rule-absolute = نصف به‌علاوه یک کل اعضا (بند ۳)
vote-rule-strict = نصف به‌علاوه یک کل اعضا به قرائت سخت‌گیرانه، یعنی یک رأی کامل بیش از نصف (بند ۳)
vote-tally = موافق: { $yes }، مخالف: { $no }، ممتنع: { $abstain }
vote-threshold = حد لازم برای تصویب: { $threshold } رأی موافق از { $seats } عضو دارای حق رأی، طبق { $rule }.
vote-title = 🗳 رأی‌گیری: «{ $question }»
vote-title-secret = 🗳 رأی‌گیری مخفی: «{ $question }»
vote-agenda-item = بند { $position } دستور جلسه
vote-nobody-yet = هنوز کسی رأی نداده است.
vote-voted-secret = رأی داده‌اند ({ $count }): { $seats }
vote-hint = فقط اعضای دارای حق رأی یا نماینده پذیرفته‌شده آنان رأی می‌دهند؛ تا پایان رأی‌گیری می‌توانید رأی خود را تغییر دهید.
vote-hint-secret = این رأی‌گیری مخفی است: فقط شمار آرا و نام رأی‌دهندگان نمایش داده می‌شود و رأی پس از ثبت تغییر نمی‌کند.
vote-closed-note = ⏹ رأی‌گیری پایان یافت.
vote-result-title = 🗳 نتیجه رأی‌گیری: «{ $question }»
vote-passed = ✅ تصویب شد.
vote-failed = ❌ تصویب نشد.
vote-usage = پرسش رأی‌گیری را پس از فرمان بنویسید؛ مثلاً: ‎/vote تصویب طرح بهسازی محله
    برای رأی‌گیری مخفی: ‎/vote مخفی پرسش
    برای یک بند دستور جلسه: ‎/vote #۲ یا ‎/vote #۲ پرسش
vote-opened-posted = ✅ رأی‌گیری آغاز شد و در گروه کارگروه گذاشته شد. رأی شما از همین‌جا نیز ثبت می‌شود.
vote-post-failed = رأی‌گیری آغاز شد، اما پیام آن در گروه کارگروه فرستاده نشد؛ بررسی کنید که ربات عضو گروه باشد. رأی شما از همین‌جا ثبت می‌شود.
vote-not-quorate = جلسه رسمیت ندارد و رأی‌گیری ممکن نیست. { $count } (بند ۳ آیین‌نامه)
vote-already-open = رأی‌گیری «{ $question }» هنوز باز است؛ نخست آن را با ‎/closevote ببندید.
vote-unknown-item = دستور این جلسه بند { $position } ندارد. شماره بندها را با ‎/agenda ببینید.
vote-question-too-long = پرسش رأی‌گیری بیش از { $max } نویسه است؛ لطفاً کوتاه‌تر بنویسید.
vote-none-open = در این جلسه رأی‌گیری بازی وجود ندارد.
ballot-closed = این رأی‌گیری پایان یافته است؛ رأی ثبت نشد.
ballot-not-member = فقط اعضای دارای حق رأی این کارگروه یا نماینده پذیرفته‌شده آنان رأی می‌دهند؛ رأی شما ثبت نشد.
ballot-guest = شما مدعو بدون حق رأی هستید؛ رأی شما ثبت نشد.
ballot-non-voting = صندلی شما در این کارگروه حق رأی ندارد؛ رأی ثبت نشد.
ballot-delegated = نماینده شما در این جلسه به جای شما رأی می‌دهد؛ رأی شما ثبت نشد.
ballot-secret-final = رأی مخفی شما پیش‌تر ثبت شده است و تغییر نمی‌کند.
ballot-recorded-secret = ✅ رأی مخفی شما ثبت شد.
ballot-recorded = ✅ رأی شما ثبت شد: { $choice }
ballot-changed = ✅ رأی شما به «{ $choice }» تغییر کرد.
ballot-same = رأی شما پیش‌تر ثبت شده است: { $choice }

## Delegates and guests

cmd-delegate = معرفی نماینده موقت برای جلسه (بند ۱)
cmd-guest = درخواست دعوت از مدعو بدون حق رأی (بند ۸)
delegate-private-only = لطفاً نماینده را در گفت‌وگوی خصوصی با ربات معرفی کنید و فرمان ‎/delegate را آنجا بفرستید.
delegate-no-meeting = جلسه پیش رویی نیست که بتوانید برای آن نماینده معرفی کنید. نماینده برای جلسه‌ای معرفی می‌شود که هنوز آغاز نشده و شما در آن صندلی دارای حق رأی دارید.
delegate-no-voting-seat = شما در این جلسه صندلی دارای حق رأی ندارید؛ نماینده موقت (بند ۱) به جای صندلی دارای حق رأی حاضر می‌شود.
delegate-choose-meeting = نماینده را برای کدام جلسه معرفی می‌کنید؟
delegate-ask-statement =
    لطفاً معرفی‌نامه کتبی نماینده را بنویسید (بند ۱ آیین‌نامه): نام و سمت نماینده، و اینکه او را برای حضور و رأی به جای صندلی خود در این جلسه مجاز می‌کنید.
    نمونه: «آقای رضا احمدی، معاون اداره برق، به نمایندگی از اینجانب با حق رأی در این جلسه حاضر می‌شود.»
delegate-statement-required = معرفی‌نامه کتبی خالی است؛ لطفاً نام نماینده و حدود اختیار او را بنویسید.
delegate-statement-too-long = معرفی‌نامه بیش از { $max } نویسه است؛ لطفاً کوتاه‌تر بنویسید.
delegate-cancelled = معرفی نماینده لغو شد و چیزی ثبت نشد.
delegate-created = ✅ معرفی‌نامه شما برای جلسه { $committee } در { $when } ثبت شد. پیام بعدی را برای نماینده خود بازارسال کنید؛ پس از آنکه نماینده پیوند را باز کند و بپذیرد، معرفی‌نامه برای تصمیم دبیر فرستاده می‌شود.
delegate-link-message =
    👤 معرفی نماینده موقت (بند ۱ آیین‌نامه)
    شما از سوی { $principal } («{ $seat }») به‌عنوان نماینده موقت در جلسه { $committee } در { $when } معرفی شده‌اید.
    برای دیدن معرفی‌نامه و پذیرش آن، این پیوند را باز کنید: { $link }
delegate-standing-title = 👤 نماینده موقت شما (بند ۱ آیین‌نامه)
delegate-standing-delegate = نماینده: { $delegate }
delegate-not-yet-opened = هنوز کسی پیوند را باز نکرده است
delegation-status-line = وضعیت: { $status }
delegation-status = { $status ->
    [awaiting_delegate] در انتظار باز شدن پیوند و پذیرش نماینده
    [awaiting_secretary] در انتظار تصمیم دبیر
    [accepted] تأییدشده از سوی دبیر
    [rejected] ردشده از سوی دبیر
    [revoked] لغوشده از سوی عضو
   *[expired] پایان‌یافته با پایان جلسه
  }
delegation-revoke-button = ↩️ لغو معرفی نماینده
delegation-statement-title = معرفی‌نامه کتبی:
delegation-open-title = 👤 معرفی نماینده موقت (بند ۱ آیین‌نامه)
delegation-open = عضو کارگروه، { $principal }، شما را به‌عنوان نماینده موقت صندلی «{ $seat }» در این جلسه معرفی کرده است:
delegation-open-confirm-hint = اگر این نمایندگی را می‌پذیرید، دکمه زیر را بزنید؛ سپس دبیر کارگروه درباره آن تصمیم می‌گیرد.
delegation-confirm-button = ✅ نمایندگی را می‌پذیرم
delegation-link-used = این پیوند نمایندگی پیش‌تر به کار رفته است. هر پیوند فقط برای یک نفر پذیرفته می‌شود؛ لطفاً از عضوی که آن را فرستاده است پیوند تازه‌ای بخواهید.
delegation-link-own = این پیوند نمایندگی خود شماست و نمی‌توانید نماینده خودتان باشید. آن را برای کسی که معرفی کرده‌اید بازارسال کنید.
delegation-link-ended = این پیوند نمایندگی دیگر معتبر نیست ({ $status }).
delegation-meeting-closed = این جلسه آغاز شده، پایان یافته یا لغو شده است؛ معرفی یا تغییر نماینده فقط پیش از آغاز جلسه ممکن است.
delegation-holds-seat = شما خود در این کارگروه صندلی دارای حق رأی دارید و نمی‌توانید رأی صندلی دیگری را هم داشته باشید (هر نفر یک رأی). لطفاً از عضو بخواهید شخص دیگری را معرفی کند.
delegation-other-seat = شما پیش‌تر نماینده صندلی دیگری در همین جلسه شده‌اید و هر نفر فقط رأی یک صندلی را دارد. لطفاً از عضو بخواهید شخص دیگری را معرفی کند.
delegation-confirmed = ✅ پذیرش شما ثبت شد و معرفی‌نامه برای دبیر کارگروه فرستاده شد؛ نتیجه به شما اطلاع داده می‌شود.
delegation-confirmed-no-officer = پذیرش شما ثبت شد، اما دبیر و رئیس این کارگروه هنوز در ربات ثبت نشده‌اند؛ لطفاً با دبیرخانه ستاد تماس بگیرید.
delegation-already-confirmed = شما پیش‌تر این نمایندگی را پذیرفته‌اید؛ تصمیم دبیر به شما اطلاع داده می‌شود.
delegation-for-officer-title = 👤 معرفی کتبی نماینده موقت (بند ۱ آیین‌نامه)
delegation-for-officer =
    عضو: { $principal } («{ $seat }»)
    نماینده: { $delegate }
    جلسه: { $committee }، { $when }
delegation-accept-button = ✅ تأیید نماینده
delegation-reject-button = ❌ رد
delegation-accepted-done = ✅ نماینده تأیید شد؛ عضو و نماینده آگاه می‌شوند.
delegation-rejected-done = نماینده رد شد؛ عضو و نماینده آگاه می‌شوند.
delegation-already-decided = درباره این معرفی‌نامه پیش‌تر تصمیم گرفته شده یا دیگر برقرار نیست ({ $status }).
delegation-not-officer = فقط دبیر یا رئیس این کارگروه درباره نماینده تصمیم می‌گیرد.
delegation-own-decision = شما نمی‌توانید درباره نماینده خودتان تصمیم بگیرید.
delegation-meeting-ended = این جلسه پایان یافته یا لغو شده است و تصمیم درباره نماینده دیگر ممکن نیست.
delegation-holds-seat-officer = این شخص خود در کارگروه صندلی دارای حق رأی دارد و نمی‌تواند رأی صندلی دیگری را داشته باشد (هر نفر یک رأی).
delegation-other-seat-officer = این شخص نماینده صندلی دیگری در همین جلسه است و هر نفر فقط رأی یک صندلی را دارد.
delegation-accepted-principal = ✅ دبیر کارگروه، { $delegate } را به‌عنوان نماینده موقت شما در جلسه { $committee } در { $when } تأیید کرد. تا وقتی این نمایندگی برقرار است، شما در این جلسه رأی نمی‌دهید؛ پیش از آغاز جلسه می‌توانید آن را با ‎/delegate لغو کنید.
delegation-rejected-principal = ❌ دبیر کارگروه معرفی { $delegate } به‌عنوان نماینده شما در جلسه { $committee } در { $when } را نپذیرفت. می‌توانید با ‎/delegate شخص دیگری را معرفی کنید یا خود در جلسه حاضر شوید.
delegation-accepted-delegate = ✅ دبیر کارگروه شما را به‌عنوان نماینده موقت { $principal } (صندلی «{ $seat }») در جلسه زیر تأیید کرد. یادآوری‌ها برای شما فرستاده می‌شود؛ در جلسه حضور خود را ثبت کنید و به جای این صندلی رأی دهید.
delegation-rejected-delegate = ❌ دبیر کارگروه نمایندگی شما از سوی { $principal } در جلسه { $committee } در { $when } را نپذیرفت.
delegation-revoked-done = معرفی نماینده لغو شد. می‌توانید با ‎/delegate شخص دیگری را معرفی کنید یا خود در جلسه حاضر شوید.
delegation-revoked-delegate = عضو کارگروه، { $principal }، نمایندگی شما در جلسه { $committee } در { $when } را لغو کرد؛ شما دیگر به جای این صندلی حاضر نمی‌شوید.
delegation-revoked-officer = عضو کارگروه، { $principal }، نمایندگی { $delegate } در جلسه { $committee } در { $when } را لغو کرد.
delegation-revoke-not-yours = فقط عضوی که نماینده را معرفی کرده است می‌تواند آن را لغو کند.
delegation-revoke-closed = جلسه آغاز شده است؛ نمایندگی فقط پیش از آغاز جلسه لغو می‌شود.
guest-usage = نام دستگاه و دلیل دعوت را پس از فرمان بنویسید، برای نمونه: ‎/guest جمعیت هلال احمر — طرح مدیریت بحران بافت تاریخی
guest-not-officer = فقط دبیر یا رئیس کارگروه درخواست دعوت از مدعو بدون حق رأی را می‌فرستد (بند ۸ آیین‌نامه).
guest-no-meeting = جلسه پیش رویی در کارگروه‌هایی که دبیر یا رئیس آن هستید وجود ندارد؛ ابتدا جلسه را فراخوانید.
guest-choose-meeting = مدعو به کدام جلسه دعوت می‌شود؟
guest-requested = ✅ درخواست دعوت از مدعو بدون حق رأی برای تأیید به { $hq } فرستاده شد (بند ۸ آیین‌نامه)؛ نتیجه به شما اطلاع داده می‌شود.
guest-requested-unreachable = درخواست ثبت شد، اما هیچ‌یک از کارشناسان { $hq } هنوز در ربات ثبت نشده‌اند؛ لطفاً آنان را آگاه کنید.
guest-too-long = متن بیش از { $max } نویسه است؛ لطفاً کوتاه‌تر بنویسید.
guest-meeting-closed = این جلسه آغاز شده، پایان یافته یا لغو شده است؛ دعوت از مدعو فقط پیش از آغاز جلسه درخواست می‌شود.
guest-no-approver = هیچ کارشناسی در دبیرخانه ستاد استان یا شهرستان برای تأیید این درخواست ثبت نشده است؛ لطفاً با دبیرخانه ستاد تماس بگیرید.
guest-for-staff =
    🏛 درخواست دعوت از مدعو بدون حق رأی (بند ۸ آیین‌نامه)
    کارگروه: { $committee } ({ $hq })
    جلسه: { $when }
    دستگاه: { $agency }
    دلیل: { $reason }
    درخواست‌کننده: { $requester }
guest-approve-button = ✅ تأیید
guest-reject-button = ❌ رد
guest-approved-done = ✅ تأیید شد؛ پیوند دعوت مدعو برای دبیر فرستاده می‌شود.
guest-rejected-done = درخواست رد شد و درخواست‌کننده آگاه می‌شود.
guest-not-staff = فقط کارشناسان { $hq } درباره این درخواست تصمیم می‌گیرند؛ چیزی تغییر نکرد.
guest-already-decided = درباره این درخواست پیش‌تر تصمیم گرفته شده است ({ $status ->
    [approved] تأیید شده
   *[rejected] رد شده
  }).
guest-meeting-ended = این جلسه پایان یافته یا لغو شده است و تصمیم درباره مدعو دیگر ممکن نیست.
guest-approved-requester = ✅ دعوت از نماینده { $agency } به‌عنوان مدعو بدون حق رأی در جلسه { $committee } در { $when } از سوی { $hq } تأیید شد. پیام بعدی را برای مدعو بازارسال کنید.
guest-rejected-requester = ❌ دعوت از نماینده { $agency } برای جلسه { $committee } در { $when } از سوی { $hq } تأیید نشد.
guest-link-for-guest =
    📩 دعوت به‌عنوان مدعو بدون حق رأی
    شما به‌عنوان نماینده { $agency } به جلسه { $committee } در { $when } دعوت شده‌اید.
    برای دریافت دعوت‌نامه و دستور جلسه، این پیوند را باز کنید: { $link }
guest-registered-requester = مدعو، { $name } (نماینده { $agency })، پیوند را باز کرد و دعوت‌نامه جلسه { $committee } را دریافت کرد.
guest-invitation-title = 📩 دعوت‌نامه جلسه — مدعو بدون حق رأی
guest-invitation-as = شما به‌عنوان نماینده { $agency } و بدون حق رأی (بند ۸ آیین‌نامه) به این جلسه دعوت شده‌اید.
guest-invitation-note = مدعو در بحث بندهای مرتبط شرکت می‌کند، اما رأی نمی‌دهد.
guest-link-used = این پیوند دعوت پیش‌تر به کار رفته است. هر پیوند فقط برای یک نفر پذیرفته می‌شود؛ لطفاً با دبیر کارگروه تماس بگیرید.
guest-link-member = شما در این جلسه صندلی یا نمایندگی دارید و به همان عنوان حاضر می‌شوید، نه به‌عنوان مدعو.
guest-link-meeting-closed = این جلسه پایان یافته یا لغو شده است و پیوند دعوت دیگر معتبر نیست.

## Resolutions (B11, B14)

cmd-decisions = مصوبه‌های کارگروه‌های شما و وضعیت آن‌ها
cmd-assign = تعیین مسئول اجرا و مهلت برای یک مصوبه
cmd-notify = ابلاغ مصوبه ستاد به یک کارگروه (کارشناسان دبیرخانه)
resolution-for-approval = 🏛 مصوبه { $committee } ({ $hq })، صورتجلسه شماره { $number }، برای تأیید اجرا (بند ۱۱ آیین‌نامه):
    { $text }
resolution-approve = ✅ تأیید برای اجرا
resolution-return = ↩️ بازگرداندن با توضیح
resolution-acknowledge = ✅ رؤیت و پذیرش
resolution-status-changed = وضعیت مصوبه «{ $text }»: { $status }. توضیح: { $note }
resolution-status-not-passed = تصویب نشد
resolution-status-recorded = ثبت شد
resolution-status-awaiting-approval = در انتظار تأیید ستاد
resolution-status-returned = بازگردانده شد
resolution-status-notified = ابلاغ شد
resolution-status-approved = تأیید شد
resolution-status-in-progress = در حال اجرا
resolution-status-blocked = متوقف
resolution-status-implemented = اجرا شد
resolution-follow-up = 📌 پیگیری اجرای مصوبه: «{ $text }» (مهلت: { $due }). وضعیت اجرا را اعلام کنید.
resolution-answer-done = ✅ انجام شد
resolution-answer-in-progress = ⏳ در حال اجرا
resolution-answer-blocked = ⛔ متوقف (با ذکر دلیل)
resolution-overdue = ⚠️ مهلت اجرای مصوبه «{ $text }» ({ $due }) گذشته و هنوز اجرا نشده است.
resolution-notified = 📨 مصوبه { $hq } به کارگروه ابلاغ شد و پس از ابلاغ لازم‌الاجراست (بند ۱۴ آیین‌نامه):
    { $text }
resolution-ask-comment = توضیح بازگرداندن مصوبه را بنویسید؛ برای دبیر و رئیس کارگروه فرستاده می‌شود.
resolution-ask-blocked = دلیل توقف اجرا را بنویسید.
resolution-recorded = ثبت شد: { $status }
resolution-refused-not-allowed = این اقدام در وضعیت کنونی مصوبه ممکن نیست.
resolution-refused-comment-required = توضیح بازگرداندن نمی‌تواند خالی باشد.
resolution-refused-reason-required = دلیل توقف نمی‌تواند خالی باشد.
resolution-refused-unknown = این مصوبه پیدا نشد.
resolution-refused-not-authorized = شما مجاز به این اقدام نیستید: تأیید با کارشناسان ستاد تأییدکننده، و گزارش اجرا با مسئول اجرا یا دبیر و رئیس کارگروه است.
assign-none = مصوبه تأییدشده‌ای برای تعیین مسئول اجرا در کارگروه‌های شما وجود ندارد.
assign-choose-resolution = کدام مصوبه؟
assign-choose-seat = مسئول اجرا کدام عضو (دستگاه) است؟
assign-ask-due = مهلت اجرا را بفرستید (مثلاً ۱۴۰۶/۰۱/۳۱)، یا «رد کردن» را بزنید.
assign-assigned = ✅ مسئول اجرا ثبت شد؛ پیگیری ماهانه (و یک هفته پیش از مهلت) آغاز شد.
assign-not-officer = فقط دبیر یا رئیس کارگروه مسئول اجرا را تعیین می‌کند.
assign-unknown = این مصوبه پیدا نشد.
assign-not-followed = این مصوبه در وضعیتی نیست که مسئول اجرا بگیرد (ابتدا باید تأیید شود).
assign-bad-seat = این صندلی در این کارگروه نیست.
assign-due-in-past = مهلت اجرا نمی‌تواند در گذشته باشد.
decisions-none = مصوبه‌ای برای کارگروه‌های شما ثبت نشده است.
decisions-committee = { $committee }:
decisions-line = • شماره { $number }: { $text } — { $status }
notify-usage = کلید کارگروه و متن مصوبه را پس از فرمان بنویسید؛ مثلاً: ‎/notify physical ساماندهی معابر محله تا پایان سال
notify-notified = ✅ مصوبه به دبیر و رئیس کارگروه ابلاغ شد و پیگیری می‌شود.
notify-not-staff = فقط کارشناسان دبیرخانه ستاد مصوبه ابلاغ می‌کنند.
notify-unknown-committee = کارگروهی با این کلید در ستاد شما نیست.
notify-empty = متن مصوبه خالی است.
notify-too-long = متن مصوبه بیش از { $max } نویسه است.

## Referrals, visits and sub-groups

cmd-refer = ارجاع موضوع به کارگروه برای گزارش کتبی (دبیرخانه ستاد)
cmd-referrals = ارجاع‌های کارگروه‌های شما و گزارش‌های آن‌ها
cmd-report = ارسال گزارش کتبی درباره یک ارجاع
cmd-visit = درخواست هماهنگی بازدید میدانی با دبیرخانه ستاد
cmd-subgroup = پیشنهاد تشکیل کارگروه فرعی به ستاد
follow-through-no-staff = برای این ستاد هیچ کارشناس دبیرخانه‌ای ثبت نشده است و کسی نمی‌تواند درباره این درخواست تصمیم بگیرد. لطفاً بخواهید کارشناسان ستاد در فهرست ثبت شوند.
follow-through-cancelled = لغو شد؛ چیزی ثبت نشد.
follow-through-finish-first = لطفاً ابتدا فرم باز را تکمیل یا لغو کنید و سپس دوباره این دکمه را بزنید.
follow-through-private-only = لطفاً { $command } را در گفت‌وگوی خصوصی با ربات بفرستید؛ ربات در گروه پاسخ‌هایی را که فرم می‌پرسد نمی‌بیند.

referral-received = 📨 { $hq } موضوعی را برای گزارش کتبی به { $committee } ارجاع داده است (بند ۱۲ آیین‌نامه):
    { $subject }
    ارجاع‌دهنده: { $name }
    مهلت گزارش کتبی: { $due }. پس از آماده شدن گزارش، ‎/report referral را بفرستید.
referral-reminder-week-before = ⏳ یادآوری: مهلت گزارش کتبی به دبیرخانه ستاد درباره ارجاع «{ $subject }» ({ $committee }) یک هفته دیگر، { $due }، به پایان می‌رسد. برای ارسال گزارش، ‎/report referral را بفرستید.
referral-reminder-due = ⏳ یادآوری: امروز، { $due }، آخرین مهلت گزارش کتبی درباره ارجاع «{ $subject }» ({ $committee }) است. برای ارسال گزارش، ‎/report referral را بفرستید.
referral-reminder-overdue = ⚠️ مهلت گزارش کتبی درباره ارجاع «{ $subject }» ({ $committee }) در { $due } به پایان رسیده و گزارش هنوز ارسال نشده است. لطفاً ‎/report referral را بفرستید.
referral-report-heading = 📄 گزارش کتبی { $committee } درباره ارجاع «{ $subject }» (بند ۱۲ آیین‌نامه)، ارسال‌شده به‌وسیله { $name }؛ مهلت گزارش: { $due }.
referral-report-text-follows = متنی که همراه گزارش فرستاده شد:
refer-usage = کلید کارگروه، مهلت گزارش و موضوع را پس از فرمان بنویسید؛ مثلاً: ‎/refer physical ۱۴۰۵/۱۰/۱۵ بررسی طرح ساماندهی بافت تاریخی
refer-done = ✅ ارجاع شماره { $number } به { $committee } فرستاده شد و { $recipient } آن را دریافت کرد. مهلت گزارش کتبی { $due } است؛ یک هفته پیش از مهلت، در روز مهلت و پس از آن هر هفته تا ارسال گزارش یادآوری فرستاده می‌شود.
refer-not-staff = فقط کارشناسان دبیرخانه ستاد موضوعی را به کارگروه‌ها ارجاع می‌دهند (بند ۱۲ آیین‌نامه).
refer-not-staff-of-hq = این کارگروه به ستاد دیگری تعلق دارد. فقط کارشناسان دبیرخانه همان ستاد می‌توانند موضوعی را به آن ارجاع دهند.
refer-unknown-committee = کارگروهی با کلید «{ $key }» در ستاد شما نیست. کلیدهای موجود: { $keys }
refer-ambiguous = در چند ستاد شما کارگروهی با این کلید هست. کلید را همراه کلید ستاد بنویسید، یکی از این‌ها: { $choices }
refer-due-in-past = مهلت گزارش گذشته است. امروز ({ $today }) یا تاریخی پس از آن را انتخاب کنید.
refer-too-long = موضوع ارجاع بیش از { $max } نویسه است.
refer-no-recipient = در این کارگروه نه دبیر و نه رئیس صندلی ندارند و کسی نمی‌تواند ارجاع را دریافت کند. لطفاً ابتدا فهرست کارگروه را تکمیل کنید.
referral-report-none = ارجاع بازی برای کارگروه‌هایی که دبیر یا رئیس آن‌ها هستید وجود ندارد.
referral-report-choose = گزارش کتبی درباره کدام ارجاع است؟
referral-report-ask-text = گزارش کتبی درباره «{ $subject }» ({ $committee }) را به‌صورت متن یا به‌صورت فایل (با توضیح دلخواه) بفرستید.
referral-report-send-text-or-document = لطفاً گزارش را به‌صورت متن یا فایل بفرستید، یا «لغو» را بزنید.
referral-report-filed = ✅ گزارش کتبی ثبت شد و برای دبیرخانه ستاد و کارشناس ارجاع‌دهنده فرستاده شد. یادآوری‌ها متوقف شد.
referral-report-filed-no-chat = ✅ گزارش کتبی ثبت شد و برای کارشناس ارجاع‌دهنده فرستاده شد (گروه دبیرخانه ستاد ثبت نشده است). یادآوری‌ها متوقف شد.
referral-report-unknown = این ارجاع پیدا نشد.
referral-report-not-officer = فقط دبیر یا رئیس کارگروه گزارش کتبی ارجاع را ارسال می‌کند.
referral-report-already-reported = گزارش کتبی این ارجاع پیش‌تر ارسال شده است.
referral-report-empty = گزارش خالی است. متن یا فایل گزارش را بفرستید.
referral-report-too-long = گزارش بیش از { $max } نویسه است؛ آن را به‌صورت فایل بفرستید.
referrals-none = ارجاعی برای کارگروه‌های شما ثبت نشده است.
referrals-title = ارجاع‌های دبیرخانه ستاد (بند ۱۲ آیین‌نامه):
referrals-committee = { $committee }:
referrals-line = • شماره { $number }: { $subject } — مهلت { $due }: { $status }
referrals-status-open = ⏳ در انتظار گزارش کتبی
referrals-status-overdue = ⚠️ مهلت گذشته
referrals-status-reported = ✅ گزارش ارسال شد در { $date }

visit-usage = تاریخ، ساعت (اختیاری)، مکان و هدف بازدید را پس از فرمان بنویسید؛ مثلاً: ‎/visit ۱۴۰۵/۰۹/۲۵ ۱۰:۰۰ محله سرچشمه — بررسی وضعیت معابر
visit-missing-date = تاریخ بازدید نوشته نشده است.
visit-missing-place = مکان بازدید نوشته نشده است.
visit-missing-purpose = هدف بازدید نوشته نشده است؛ آن را پس از مکان، با خط تیره (—) یا در سطر بعد بنویسید.
visit-too-long = مکان یا هدف بازدید بیش از { $max } نویسه است.
visit-in-past = تاریخ بازدید گذشته است (اکنون { $now } است). لطفاً تاریخی در آینده انتخاب کنید.
visit-not-officer = فقط دبیر یا رئیس کارگروه بازدید میدانی را هماهنگ می‌کند (بند ۱۵ آیین‌نامه).
visit-committee-ended = این کارگروه دیگر فعال نیست.
visit-choose-committee = بازدید میدانی کدام کارگروه است؟
visit-purpose = هدف: { $purpose }
visit-for-staff = 🚌 درخواست هماهنگی بازدید میدانی با دبیرخانه ستاد (بند ۱۵ آیین‌نامه)، از سوی { $name }:
visit-approve = ✅ تأیید
visit-other-date = 📅 پیشنهاد تاریخ دیگر
visit-accept-date = ✅ پذیرش تاریخ پیشنهادی
visit-requested = ✅ درخواست بازدید میدانی شماره { $number } ({ $when }) برای هماهنگی به دبیرخانه ستاد ({ $staff } کارشناس) فرستاده شد. پس از تأیید، همه اعضا و گروه کارگروه باخبر می‌شوند.
visit-approved-done = ✅ بازدید میدانی تأیید شد؛ { $members } عضو و گروه کارگروه باخبر می‌شوند.
visit-ask-other-date = تاریخ پیشنهادی را، در صورت نیاز همراه با ساعت، بفرستید؛ مثلاً ۱۴۰۵/۰۹/۲۸ ۱۰:۰۰.
visit-other-date-sent = ✅ تاریخ پیشنهادی ({ $when }) برای دبیر فرستاده شد تا در صورت موافقت آن را بپذیرد.
visit-other-date-proposed = 📅 { $name } از دبیرخانه ستاد برای بازدید میدانی شما تاریخ دیگری پیشنهاد می‌کند: { $when }. اگر برای کارگروه مناسب است، «پذیرش تاریخ پیشنهادی» را بزنید؛ وگرنه «انصراف از درخواست» را بزنید (سپس می‌توانید درخواست تازه‌ای با ‎/visit بفرستید).
visit-date-accepted-for-staff = ✅ دبیر { $committee } تاریخ پیشنهادی شما برای بازدید میدانی را پذیرفت: { $when }.
visit-announcement-title = 🚌 بازدید میدانی کارگروه
visit-announcement-note = این بازدید با دبیرخانه ستاد هماهنگ شده است (بند ۱۵ آیین‌نامه).
visit-not-staff = فقط کارشناسان دبیرخانه ستادِ این کارگروه بازدیدهای میدانی آن را هماهنگ می‌کنند.
visit-already-decided = { $status ->
    [approved] این بازدید میدانی پیش‌تر تأیید شده است.
    [cancelled] این بازدید میدانی لغو شده است.
    [other_date_proposed] برای این بازدید تاریخ دیگری پیشنهاد شده و در انتظار پاسخ دبیر است.
    [requested] برای این بازدید تاریخ دیگری پیشنهاد نشده است.
   *[other] درباره این درخواست پیش‌تر تصمیم گرفته شده است.
  }

subgroup-for-staff = 🧩 { $committee } ({ $hq }) تشکیل یک کارگروه فرعی را برای تأیید ستاد پیشنهاد می‌کند (بند ۵ آیین‌نامه). پیشنهاددهنده: { $name }
    عنوان: { $title }
    شرح وظایف:
    { $duties }
subgroup-approve = ✅ تأیید
subgroup-reject = ❌ رد
subgroup-choose-committee = کارگروه فرعی برای کدام کارگروه است؟
subgroup-ask-title = عنوان کارگروه فرعی را بفرستید.
subgroup-ask-duties = شرح وظایف کارگروه فرعی «{ $title }» را در یک پیام بفرستید.
subgroup-ask-reason = دلیل رد پیشنهاد را بنویسید؛ برای دبیر فرستاده می‌شود.
subgroup-proposed = ✅ پیشنهاد شماره { $number } برای تأیید به دبیرخانه ستاد ({ $staff } کارشناس) فرستاده شد. نتیجه به شما اعلام می‌شود.
subgroup-not-officer = فقط دبیر یا رئیس کارگروه تشکیل کارگروه فرعی را پیشنهاد می‌کند (بند ۵ آیین‌نامه).
subgroup-title-required = عنوان کارگروه فرعی خالی است.
subgroup-duties-required = شرح وظایف کارگروه فرعی خالی است.
subgroup-too-long = متن بیش از { $max } نویسه است.
subgroup-duplicate = کارگروه فرعی با این عنوان پیش‌تر برای این کارگروه پیشنهاد یا تأیید شده است.
subgroup-approved-notice = ✅ کارگروه فرعی «{ $title }» زیر { $committee } با تأیید ستاد (بند ۵ آیین‌نامه) ایجاد شد؛ کلید آن { $key } است.
    این کارگروه هنوز عضوی ندارد: دبیرخانه ستاد صندلی‌های آن را با فهرست ستاد اضافه می‌کند (فهرست را صادر کنید، اعضای { $key } را بیفزایید و دوباره وارد کنید).
subgroup-approved-done = ✅ تأیید شد: کارگروه فرعی با کلید { $key } ایجاد شد. این کارگروه هنوز صندلی ندارد؛ صندلی‌ها را با فهرست ستاد اضافه کنید (فهرست را صادر کنید، اعضای { $key } را بیفزایید و دوباره وارد کنید). به دبیر اطلاع داده شد.
subgroup-rejected-notice = ❌ ستاد پیشنهاد تشکیل کارگروه فرعی «{ $title }» در { $committee } را رد کرد. دلیل: { $reason }
subgroup-rejected-done = پیشنهاد رد شد و دلیل آن به دبیر اعلام شد.
subgroup-not-staff = فقط کارشناسان دبیرخانه ستادِ این کارگروه درباره کارگروه‌های فرعی آن تصمیم می‌گیرند.
subgroup-reason-required = دلیل رد نمی‌تواند خالی باشد.
subgroup-already-decided = { $status ->
    [approved] این پیشنهاد پیش‌تر تأیید شده است.
    [rejected] این پیشنهاد پیش‌تر رد شده است.
   *[other] درباره این پیشنهاد پیش‌تر تصمیم گرفته شده است.
  }

## Reports, terms and elections

cmd-quarterly = گزارش عملکرد فصلی کارگروه (دبیر یا رئیس)
cmd-monthly = گزارش عملکرد ماهانه کارگروه (دبیر یا رئیس)
cmd-annualreport = گزارش سالانه کارگروه‌ها برای ستاد استان (کارشناسان دبیرخانه)
cmd-elect = انتخاب دبیر کارگروه در نخستین جلسه (بند ۷)
cmd-closeelection = پایان انتخاب دبیر و اعلام نتیجه
report-quarter-1 = بهار
report-quarter-2 = تابستان
report-quarter-3 = پاییز
report-quarter-4 = زمستان
report-month-1 = فروردین
report-month-2 = اردیبهشت
report-month-3 = خرداد
report-month-4 = تیر
report-month-5 = مرداد
report-month-6 = شهریور
report-month-7 = مهر
report-month-8 = آبان
report-month-9 = آذر
report-month-10 = دی
report-month-11 = بهمن
report-month-12 = اسفند
report-title-quarterly = 📊 گزارش عملکرد فصلی — { $period }
report-title-monthly = 📊 گزارش عملکرد ماهانه — { $period }
report-committee = کارگروه: { $committee } — { $hq }
report-range = دوره: از { $from } تا { $to }
report-as-of = ⏳ گزارش میان‌دوره‌ای؛ ارقام تا { $date }
report-meetings = جلسات: { $held } جلسه برگزار شد که { $quorate } جلسه با حد نصاب رسمیت یافت.
report-resolutions = مصوبات: { $passed } تصویب‌شده؛ { $approved } تأییدشده برای اجرا؛ { $implemented } اجراشده؛ { $overdue } با مهلت گذشته و اجرانشده.
report-referrals = ارجاعات دبیرخانه ستاد: به { $answered } مورد از { $received } ارجاع پاسخ کتبی داده شد.
report-minutes = صورتجلسه‌ها: { $late } صورتجلسه پس از مهلت ۴۸ ساعته امضا شد و { $unsigned } صورتجلسه هنوز امضا نشده است.
report-attendance-overall = حضور اعضا: { $rate } از جلسات برگزارشده.
report-attendance-title = حضور اعضا (حضور از جلسات برگزارشده):
report-attendance-none = در این دوره جلسه‌ای برگزار نشد.
report-attendance-line = • { $seat }: { $present } از { $meetings } ({ $rate })
report-draft-intro = 📝 پیش‌نویس گزارش زیر از سوابق کارگروه تهیه شد. پس از بررسی، با دکمه «ارسال به دبیرخانه ستاد» آن را بفرستید.
report-send-button = 📤 ارسال به دبیرخانه ستاد
report-sent-by = فرستنده: { $name }
report-usage = برای گزارش آخرین دوره پایان‌یافته، فرمان را بدون افزوده بزنید؛ برای ارقام دوره جاری تا امروز بنویسید: ‎{ $command } جاری
report-not-officer = گزارش عملکرد را دبیر یا رئیس کارگروه تهیه می‌کند و شما دبیر یا رئیس این کارگروه نیستید.
report-already-sent = ✅ این گزارش در { $date } به دبیرخانه ستاد ارسال شده است و دوباره فرستاده نمی‌شود.
report-preview-intro = ⏳ ارقام دوره جاری تا امروز، فقط برای مطالعه. گزارش این دوره پس از پایان آن تهیه و برای ارسال به شما فرستاده می‌شود.
report-sent = ✅ گزارش به دبیرخانه ستاد ارسال شد.
report-already-sent-short = این گزارش پیش‌تر ارسال شده است؛ تغییری داده نشد.
report-no-recipient = برای ستاد، گروه دبیرخانه یا کارشناسی ثبت نشده است و ارسال ممکن نیست. لطفاً از دبیرخانه ستاد بخواهید فهرست اعضا را به‌روز کند.
annual-title = 📘 گزارش سالانه عملکرد کارگروه‌های { $hq } — سال { $year }
annual-for-province = تهیه‌شده از ارقام فصلی کارگروه‌ها، برای دبیرخانه ستاد استان (بخش ج آیین‌نامه).
annual-no-committees = کارگروهی با دبیر یا رئیس در این ستاد ثبت نشده است.
annual-committee = ▪️ { $committee }
annual-line = { $label }: جلسات { $held } ({ $quorate } با حد نصاب)؛ حضور { $rate }؛ مصوبات { $passed } تصویب، { $approved } تأیید، { $implemented } اجرا، { $overdue } معوق؛ ارجاعات { $answered } پاسخ از { $received }؛ صورتجلسه با تأخیر { $late }، امضانشده { $unsigned }
annual-line-not-yet = { $label }: هنوز آغاز نشده است.
annual-total = جمع سال
annual-usage = سال را به تقویم شمسی پس از فرمان بنویسید؛ مثلاً: ‎/annualreport ۱۴۰۵
annual-sent = ✅ گزارش سالانه { $count } کارگروه به گروه دبیرخانه ستاد ارسال شد.
annual-no-chat = برای ستاد، گروه دبیرخانه ثبت نشده است؛ گزارش سالانه در زیر آمده است تا آن را برای ستاد استان بفرستید.
annual-not-staff = گزارش سالانه را کارشناسان دبیرخانه ستاد تهیه می‌کنند.
annual-ambiguous = شما کارشناس چند ستاد هستید؛ کلید ستاد را پس از سال بنویسید. کلیدها: { $keys }
annual-not-started = این سال هنوز آغاز نشده است.
term-reminder-ending = ⏳ حکم { $name } ({ $seat }، { $committee }) در { $end } پایان می‌یابد ({ $count ->
        [0] امروز
       *[other] { $days } روز دیگر
    }). برای ادامه عضویت، حکم جدید صادر و ثبت شود (کارکنان ستاد: ‎/appoint یا فایل فهرست اعضا) (بند ۲ آیین‌نامه)؛ پس از پایان حکم، این صندلی در حد نصاب و اکثریت شمرده نمی‌شود.
term-reminder-ended = ⚠️ حکم { $name } ({ $seat }، { $committee }) در { $end } پایان یافته است. تا صدور حکم جدید و ثبت آن (کارکنان ستاد: ‎/appoint یا فایل فهرست اعضا)، این صندلی در حد نصاب و اکثریت شمرده نمی‌شود (بند ۲ آیین‌نامه).
election-title = 🗳 انتخاب دبیر { $committee } (بند ۷ آیین‌نامه)
election-hint = اعضای دارای حق رأی با زدن نام نامزد رأی می‌دهند؛ تا پایان رأی‌گیری می‌توانید رأی خود را تغییر دهید.
election-threshold = انتخاب با دست‌کم { $threshold } رأی از { $seats } عضو دارای حق رأی، طبق { $rule }.
election-rule-absolute = نصف به‌علاوه یک کل اعضا (بند ۳)
election-rule-strict = نصف به‌علاوه یک کل اعضا به قرائت سخت‌گیرانه (بند ۳)
election-close-button = ⏹ پایان رأی‌گیری و اعلام نتیجه
election-result-title = 🗳 نتیجه انتخاب دبیر { $committee }
election-result-line = • { $name } ({ $seat }): { $votes } رأی
election-result-figures = آرای ثبت‌شده: { $ballots } از { $seats } عضو دارای حق رأی؛ حد لازم: { $threshold } رأی، طبق { $rule }.
election-result-elected = ✅ دبیر کارگروه انتخاب شد: { $name } ({ $seat })؛ به دبیرخانه ستاد معرفی می‌شود.
election-result-none = ❌ هیچ نامزدی رأی لازم را به دست نیاورد و دبیری انتخاب نشد. برای رأی‌گیری دوباره، فرمان ‎/elect دبیر را بزنید.
election-result-secretary-meanwhile = ❌ در جریان رأی‌گیری، دبیر کارگروه در فهرست اعضا ثبت شد؛ از این رأی‌گیری دبیری انتخاب نمی‌شود.
election-hq-notice = 📣 معرفی دبیر کارگروه (بند ۷ آیین‌نامه): اعضای { $committee }، { $name } ({ $seat }) را به‌عنوان دبیر کارگروه انتخاب کردند. پایان حکم: { $termEnd }.
election-you-are-secretary = ✅ شما به‌عنوان دبیر { $committee } انتخاب شدید. از این پس دعوت به جلسه، صورتجلسه و گزارش‌های کارگروه با شماست؛ فهرست فرمان‌ها: ‎/help
elect-usage = برای انتخاب دبیر بنویسید: ‎/elect دبیر (یا ‎/elect secretary). در گفت‌وگوی خصوصی، اگر عضو چند کارگروه هستید، کلید کارگروه را هم بنویسید.
elect-shared-group = رأی‌گیری در گروه کارگروه اعلام شد. خودتان هم می‌توانید همین‌جا رأی دهید.
elect-shared-members = رأی‌گیری برای هر عضو دارای حق رأی به‌صورت خصوصی فرستاده شد. خودتان هم می‌توانید همین‌جا رأی دهید.
elect-shared-already-open = انتخاب دبیر این کارگروه پیش‌تر آغاز شده و هنوز باز است:
elect-has-secretary = این کارگروه دبیر دارد ({ $seat }: { $name }) و انتخاب دوباره ممکن نیست. برای تغییر دبیر، دبیرخانه ستاد فهرست اعضا را به‌روز می‌کند.
elect-seat-vacant = صندلی خالی
elect-chair-only = انتخاب دبیر را رئیس کارگروه ({ $chair }) آغاز می‌کند؛ در نبود رئیس، هر عضو می‌تواند آن را آغاز کند.
elect-no-candidates = عضوی برای نامزدی دبیری در این کارگروه ثبت نشده است.
elect-not-member = شما عضو این کارگروه نیستید؛ انتخاب دبیر با اعضای کارگروه است.
elect-ambiguous = شما عضو چند کارگروه هستید؛ کلید کارگروه را پس از فرمان بنویسید، مثلاً ‎/elect دبیر physical
    { $list }
elect-ballot-recorded = رأی شما به { $name } ثبت شد؛ تا پایان رأی‌گیری می‌توانید آن را تغییر دهید.
elect-ballot-same = رأی شما پیش‌تر به { $name } ثبت شده است.
elect-closed = این رأی‌گیری پایان یافته است.
elect-not-voter = فقط اعضای دارای حق رأی این کارگروه در انتخاب دبیر رأی می‌دهند.
elect-out-of-term = حکم شما در { $end } پایان یافته است و تا صدور حکم جدید رأی شما شمرده نمی‌شود (بند ۲ آیین‌نامه).
elect-close-not-allowed = پایان رأی‌گیری با کسی است که آن را آغاز کرده ({ $name }) یا رئیس کارگروه.
elect-none-open = انتخاب دبیر بازی در کارگروه‌های شما وجود ندارد.
elect-close-ambiguous = چند انتخاب باز دارید؛ فرمان را در گروه همان کارگروه بزنید یا دکمه «پایان رأی‌گیری» را در پیام آن بزنید.

## Session: private check-in

session-private-check-in = جلسه { $committee } آغاز شد. هنگامی که در جلسه حاضر شدید، دکمه «حاضرم» را بزنید.

## Errors after the work was done

error-reply-failed = پاسخ این درخواست نمایش داده نشد. ممکن است درخواست شما ثبت شده باشد؛ پیش از تکرار، وضعیت را بررسی کنید (مثلاً با ‎/meetings).
convene-not-reached-more = • و { $count } صندلی دیگر (فهرست کامل با ‎/rsvps)

## Field visits: reminders, cancelling, listing (B15)

cmd-cancelvisit = لغو بازدید میدانی یا انصراف از درخواست آن
visit-reminder-day-before = ⏳ یادآوری: فردا بازدید میدانی کارگروه است.
visit-reminder-starting-2h = ⏰ بازدید میدانی کارگروه تا دو ساعت دیگر آغاز می‌شود.
visit-withdraw = ↩️ انصراف از درخواست
visit-cancel-button = ❌ لغو این بازدید
visit-cancel-none = هیچ بازدید میدانی قابل لغوی برای کارگروه‌های شما ثبت نشده است.
visit-cancel-pending = (در انتظار هماهنگی دبیرخانه ستاد)
visit-cancel-proposed = (تاریخ پیشنهادی دبیرخانه ستاد)
visit-cancel-question = آیا این بازدید میدانی لغو شود؟ به دبیرخانه ستاد و، اگر بازدید تأیید شده باشد، به همه اعضا و گروه کارگروه اطلاع داده می‌شود.
    { $visit }
visit-cancel-ask-reason = علت لغو بازدید میدانی زیر را در یک پیام بنویسید؛ همه کسانی که باخبر می‌شوند آن را می‌بینند. یا دکمه «لغو بدون ذکر علت» را بزنید.
    { $visit }
visit-cancel-no-reason = لغو بدون ذکر علت
visit-cancel-keep = بازدید لغو نشود
visit-cancel-kept = بازدید میدانی لغو نشد و تغییری ثبت نشد.
visit-cancel-done = ✅ بازدید میدانی لغو شد؛ به { $members } عضو، گروه کارگروه و دبیرخانه ستاد اطلاع داده می‌شود و یادآوری‌های آن متوقف شد.
visit-withdraw-done = ✅ درخواست بازدید میدانی پس گرفته شد؛ به دبیرخانه ستاد اطلاع داده می‌شود.
visit-cancelled-title = ❌ بازدید میدانی زیر از سوی { $name } لغو شد.
visit-withdrawn-title = ↩️ درخواست بازدید میدانی زیر از سوی { $name } پس گرفته شد و دیگر نیازی به هماهنگی آن نیست.
visit-cancelled-reason = علت: { $reason }
visit-cancel-not-officer = فقط دبیر یا رئیس کارگروهی که این بازدید را درخواست کرده است می‌تواند آن را لغو کند.
visit-cancel-already = این بازدید میدانی پیش‌تر لغو شده است.
visit-cancel-past = تاریخ این بازدید میدانی گذشته است (اکنون { $now } است) و دیگر قابل لغو نیست.
visit-cancel-too-long = علت لغو بیش از { $max } نویسه است؛ لطفاً آن را کوتاه‌تر بنویسید.
meetings-visits-title = بازدیدهای میدانی پیش رو:
meetings-visit-line = • 🚌 { $committee } — { $when } — { $place }

## Session: guests on the secretary's roll

session-sheet-guests = مدعوان بدون حق رأی ({ $count }) — حضور خود را خودشان با دکمه «حاضرم» ثبت می‌کنند و در حد نصاب شمرده نمی‌شوند:
session-sheet-guest-no-link = { $agency } (پیوند دعوت هنوز باز نشده است)

## Resolutions: a due date less than a week away

assign-assigned-asked-now = ✅ مسئول اجرا ثبت شد. چون تا مهلت اجرا کمتر از یک هفته مانده است، وضعیت اجرا همین حالا از او پرسیده می‌شود؛ پیگیری ماهانه نیز آغاز شد.

## Appointments: /appoint (bylaw B2), replaced invite links, elected roles on roster import (B7)

cmd-appoint = تمدید حکم عضو یا انتصاب فرد جدید برای یک صندلی (کارشناسان دبیرخانه)
appoint-not-staff = فقط کارشناسان دبیرخانه ستاد حکم اعضا را تمدید می‌کنند یا فرد جدیدی را برای صندلی منصوب می‌کنند (بند ۲ آیین‌نامه).
appoint-other-hq = این صندلی به کارگروهی از ستاد دیگری تعلق دارد؛ حکم آن را فقط کارشناسان دبیرخانه همان ستاد ثبت می‌کنند. چیزی ثبت نشد.
appoint-unknown-seat = این صندلی در فهرست اعضای کارگروه نیست یا از فهرست خارج شده است؛ چیزی ثبت نشد. برای ادامه، ‎/appoint را دوباره بزنید.
appoint-committee-ended = این کارگروه دیگر فعال نیست و حکمی برای صندلی‌های آن ثبت نمی‌شود. چیزی ثبت نشد.
appoint-holder-changed = وضعیت این صندلی از هنگام باز شدن فرم تغییر کرده است و چیزی ثبت نشد. برای دیدن وضعیت تازه، ‎/appoint را دوباره بزنید.
appoint-vacant = این صندلی اکنون خالی است و حکمی برای تمدید ندارد. با ‎/appoint و «انتصاب فرد جدید» برای آن پیوند دعوت صادر کنید.
appoint-no-committees = در ستاد شما هنوز کارگروهی با صندلی ثبت نشده است. ابتدا فهرست اعضا را وارد کنید (npm run cli -- roster import).
appoint-choose-committee = حکم صندلی کدام کارگروه؟ (⚠️ یعنی حکمی پایان یافته یا کمتر از ۳۰ روز به پایان آن مانده است.)
appoint-choose-seat = صندلی‌های { $committee }؛ کدام صندلی؟
    ⛔ حکم پایان یافته · ⏳ کمتر از ۳۰ روز مانده · ➕ صندلی خالی
appoint-seat-held = صندلی «{ $seat }» در { $committee }، دارنده حکم: { $name }
appoint-standing-ended = ⛔ حکم در { $end } پایان یافته است؛ تا ثبت حکم جدید، این صندلی در حد نصاب و اکثریت شمرده نمی‌شود (بند ۲ آیین‌نامه).
appoint-standing-ending = ⏳ حکم در { $end } پایان می‌یابد ({ $count ->
        [0] امروز
       *[other] { $days } روز دیگر
    }).
appoint-standing-in-force = حکم تا { $end } معتبر است.
appoint-what-next = چه اقدامی انجام شود؟
appoint-seat-vacant = صندلی «{ $seat }» در { $committee } خالی است. با «انتصاب فرد جدید» یک پیوند دعوت یک‌بار مصرف برای نماینده جدید صادر می‌شود.
appoint-renew-button = 🔄 تمدید حکم { $name } تا { $end }
appoint-other-date-button = 📅 تمدید با تاریخ پایان دیگر
appoint-new-button = 👤 انتصاب فرد جدید
appoint-confirm-new = حکم { $name } برای صندلی «{ $seat }» از امروز پایان می‌یابد و یک پیوند دعوت یک‌بار مصرف برای نماینده جدید صادر می‌شود. ادامه می‌دهید؟
appoint-confirm-new-button = ✅ بله، حکم پایان یابد و پیوند صادر شود
appoint-ask-end-date = تاریخ پایان حکم جدید را بنویسید، شمسی یا میلادی؛ مثلاً ۱۴۰۷/۰۶/۳۱ یا 2028-09-21. حکم از امروز آغاز می‌شود.
appoint-not-after-today = تاریخ پایان حکم باید پس از امروز ({ $today }) باشد. تاریخ دیگری بنویسید.
appoint-renewed = ✅ حکم { $name } ({ $seat }، { $committee }) از { $start } تا { $end } ثبت شد (بند ۲ آیین‌نامه). این صندلی در حد نصاب و اکثریت شمرده می‌شود؛ دبیرخانه ستاد، دبیر کارگروه و خود ایشان آگاه می‌شوند.
appoint-invited = ✅ حکم { $name } برای صندلی «{ $seat }» پایان یافت. پیام بعدی را برای نماینده جدید بفرستید؛ پیوند آن یک‌بار پذیرفته می‌شود و حکم دوساله از روز پیوستن آغاز می‌شود.
appoint-invited-vacant = ✅ پیوند دعوت صندلی «{ $seat }» صادر شد. پیام بعدی را برای نماینده جدید بفرستید؛ پیوند آن یک‌بار پذیرفته می‌شود و حکم دوساله از روز پیوستن آغاز می‌شود.
appoint-earlier-links-revoked = پیوند دعوتی که پیش‌تر برای این صندلی صادر شده بود دیگر پذیرفته نمی‌شود.
appoint-elected-role-ended = نقش دبیر این صندلی را اعضا با انتخاب تعیین کرده بودند (بند ۷ آیین‌نامه) و با پایان حکم، پایان یافت؛ اعضا می‌توانند با ‎/elect دبیر جدید را انتخاب کنند.
appoint-link-message = دعوت به عضویت در { $committee } ({ $hq }) به‌عنوان نماینده «{ $seat }». برای پیوستن، این پیوند را در تلگرام باز کنید:
    { $link }
appoint-cancelled = انصراف داده شد؛ چیزی ثبت نشد.
appoint-renewed-notice = 📋 حکم { $name } ({ $seat }، { $committee }) از { $start } تا { $end } تمدید شد (بند ۲ آیین‌نامه) و این صندلی در حد نصاب و اکثریت شمرده می‌شود. ثبت‌کننده: { $by }، دبیرخانه ستاد.
appoint-renewed-you = ✅ حکم شما به‌عنوان نماینده «{ $seat }» در { $committee } از { $start } تا { $end } تمدید شد (بند ۲ آیین‌نامه).
appoint-replaced-notice = 📋 حکم { $name } ({ $seat }، { $committee }) پایان یافت و دبیرخانه ستاد برای این صندلی پیوند دعوت نماینده جدید صادر کرد (بند ۲ آیین‌نامه). ثبت‌کننده: { $by }.
appoint-vacant-notice = 📋 دبیرخانه ستاد برای صندلی خالی «{ $seat }» در { $committee } پیوند دعوت نماینده جدید صادر کرد. ثبت‌کننده: { $by }.
appoint-ended-you = حکم شما به‌عنوان نماینده «{ $seat }» در { $committee } پایان یافت و دبیرخانه ستاد نماینده جدیدی برای این صندلی دعوت کرده است. از همکاری شما سپاسگزاریم.
start-invite-revoked = این پیوند دعوت با پیوند تازه‌تری جایگزین شده و دیگر پذیرفته نمی‌شود. برای دریافت پیوند معتبر با دبیرخانه ستاد تماس بگیرید.
roster-notice-elected-role-kept = ⚠️ نقش دبیر صندلی «{ $seat }» در { $committee } حفظ شد: اعضا در { $date } دارنده این صندلی را به دبیری انتخاب کرده‌اند (بند ۷ آیین‌نامه) و فایل برای آن «عضو» نوشته و دبیر دیگری معرفی نکرده است؛ احتمالاً فایل پیش از انتخابات تهیه شده است. برای تغییر دبیر، در فایل برای صندلی دبیر جدید role: secretary بنویسید.
roster-notice-elected-role-replaced = ⚠️ نقش صندلی «{ $seat }» در { $committee } طبق فایل «{ $role }» شد؛ اعضا در { $date } دارنده این صندلی را به دبیری انتخاب کرده بودند (بند ۷ آیین‌نامه). اگر این تغییر مقصود نبوده، فایل را اصلاح و دوباره وارد کنید.

## Resolutions: the owner is told on /assign (B14)
resolution-assigned-to-you = 📌 اجرای مصوبه «{ $text }» به صندلی شما ({ $seat }) سپرده شد. مهلت اجرا: { $due }. هر { $days } روز و یک هفته پیش از مهلت، وضعیت اجرا از شما پرسیده می‌شود.

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

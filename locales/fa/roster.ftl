roster-template-hq-name = ستاد بازآفرینی پایدار شهرستان نمونه
roster-template-clerk = کارشناس دبیرخانه ستاد
roster-template-header =
    فهرست ستاد و کارگروه‌ها (ساختار بخش «الف» آیین‌نامه).
    ۱. کلید، نام و شناسه گروه دبیرخانه ستاد را اصلاح کنید و کارشناسان دبیرخانه (staff) را با شناسه کاربری‌شان در پیام‌رسان بنویسید.
    ۲. برای هر جایگاه، اگر شناسه کاربری عضو را می‌دانید، telegram_id و name را بنویسید؛ در غیر این صورت جایگاه بلاتصدی می‌ماند و پیوند دعوت می‌گیرد.
    ۳. شناسه گروه هر کارگروه را در chat_id بنویسید (عددی منفی).
    ۴. با «npm run cli -- roster import FILE» وارد کنید؛ ورود دوباره همان فایل چیزی را تغییر نمی‌دهد.
    اعضای شورای تلفیق (رؤسا و دبیران کارگروه‌ها) خودکار تعیین می‌شوند و نباید نوشته شوند.
cli-usage =
    کاربرد:
      npm run cli -- roster template --lang fa|en     چاپ فهرست آماده بر اساس آیین‌نامه
      npm run cli -- roster import FILE              بررسی و اعمال فهرست (YAML یا JSON)
      npm run cli -- roster export [--hq KEY]        چاپ فهرست کنونی
      npm run cli -- roster invites [--hq KEY]       چاپ پیوند دعوت برای هر جایگاه بلاتصدی
      npm run cli -- migrate                         اعمال مهاجرت‌های پایگاه داده
      npm run cli -- audit verify [--hq KEY]         بررسی زنجیره کدهای اصالت گزارش رویدادها و کد اصالت هر صورتجلسه امضاشده
      npm run cli -- backup FILE                     نوشتن نسخه پشتیبان سازگار (حتی هنگام اجرای ربات)
      npm run cli -- restore FILE [--force]          بازگردانی نسخه پشتیبان در DATA_DIR یا DATABASE_URL خالی
cli-unknown-option = گزینه { $option } شناخته نیست؛ کاری انجام نشد.
cli-database-unreachable = پایگاه داده باز نشد ({ $reason }). DATABASE_URL یا برای پایگاه داده درونی، DATA_DIR را بررسی کنید.
cli-failed = فرمان با خطا متوقف شد: { $reason }
cli-import-invalid = فهرست «{ $file }» معتبر نیست و هیچ تغییری اعمال نشد:
cli-import-issue = - در { $path }: { $message }
cli-import-unreadable = خواندن «{ $file }» ممکن نشد: { $reason }
cli-import-done = فهرست ستاد «{ $hq }» وارد شد: { $count } تغییر.
cli-import-unchanged = فهرست ستاد «{ $hq }» وارد شد: بدون تغییر (همه‌چیز از پیش به‌روز بود).
cli-unknown-hq = ستادی با کلید «{ $hq }» وجود ندارد. ستادهای موجود: { $known }
cli-no-hq = هنوز هیچ ستادی وارد نشده است. ابتدا «roster import FILE» را اجرا کنید.
cli-choose-hq = چند ستاد وجود دارد؛ یکی را با ‎--hq KEY انتخاب کنید: { $known }
cli-invites-none = هیچ جایگاه بلاتصدی‌ای وجود ندارد.
cli-invite-line = { $hq } / { $committee } / { $seat }: { $link }
cli-migrated = پایگاه داده به‌روز است.
cli-bot-unreachable = ارتباط با { $messenger } برای گرفتن نام کاربری ربات برقرار نشد ({ $reason }). BOT_TOKEN و BOT_API_ROOT را بررسی کنید.
roster-notice-elected-role-kept = ⚠️ نقش جایگاه «{ $seat }» در { $committee } «{ $role }» ماند: اعضا در { $date } دارنده این جایگاه را به دبیری انتخاب کرده‌اند (بند ۷ آیین‌نامه) و تا همان شخص دارنده جایگاه است، فایل فهرست اعضا انتخاب اعضا را تغییر نمی‌دهد. دبیر با انتخاب دوباره، هنگامی که جایگاه دبیر بلاتصدی شود، تغییر می‌کند.
roster-notice-elected-secretary-stands = ⚠️ فایل، جایگاه «{ $seat }» در { $committee } را دبیر نوشته است، اما اعضا در { $date } دبیر را انتخاب کرده‌اند (بند ۷ آیین‌نامه) و دبیر منتخب همچنان دارنده جایگاه خود است؛ بنابراین «{ $seat }» «{ $role }» ماند. فهرست اعضا فقط تا تصمیم اعضا دبیر را تعیین می‌کند.
roster-notice-elected-role-replaced = ⚠️ نقش جایگاه «{ $seat }» در { $committee } طبق فایل «{ $role }» شد؛ اعضا در { $date } دارنده این جایگاه را به دبیری انتخاب کرده بودند (بند ۷ آیین‌نامه). اگر این تغییر مقصود نبوده، فایل را اصلاح و دوباره وارد کنید.

cli-import-issue-file = - در کل فایل: { $message }
roster-issue-missing = این مورد لازم است و نوشته نشده است؛ باید { $expected } باشد.
roster-issue-wrong-type = مقدار نادرست است: باید { $expected } باشد، اما { $received } نوشته شده است.
roster-issue-number-as-text = مقدار نادرست است: باید { $expected } باشد، اما متن نوشته شده است؛ عدد را با رقم‌های لاتین (⁦0⁩ تا ⁦9⁩) و بدون گیومه بنویسید.
roster-issue-too-small-size = { $origin } کوتاه است: باید { $bound } { $minimum } { $unit } داشته باشد.
roster-issue-too-small-value = { $origin } کمتر از حد مجاز است: باید { $bound } { $minimum } باشد.
roster-issue-too-big-size = { $origin } بلند است: باید { $bound } { $maximum } { $unit } داشته باشد.
roster-issue-too-big-value = { $origin } بیشتر از حد مجاز است: باید { $bound } { $maximum } باشد.
roster-issue-pattern = مقدار با الگوی { $pattern } سازگار نیست.
roster-issue-format = قالب مقدار درست نیست ({ $format }).
roster-issue-not-multiple = عدد باید مضربی از { $divisor } باشد.
roster-issue-unknown-key = کلید { $keys } شناخته نیست؛ املای آن را بررسی کنید یا آن را بردارید.
roster-issue-unknown-keys = کلیدهای { $keys } شناخته نیستند؛ املای آن‌ها را بررسی کنید یا آن‌ها را بردارید.
roster-issue-not-the-value = این مقدار پذیرفته نیست؛ باید { $allowed } باشد.
roster-issue-not-one-of = این مقدار پذیرفته نیست؛ یکی از این‌ها را بنویسید: { $options }
roster-issue-invalid = این مقدار پذیرفته نیست.
roster-issue-not-chat-id = این عدد شناسه گفتگوی تلگرام نیست.
roster-issue-group-chat-id = شناسه گروه تلگرام عددی منفی است، مانند ⁦-1001234567890⁩.
roster-issue-locale = زبان باید ⁦fa⁩ یا ⁦en⁩ باشد.
roster-issue-hq-key-format = کلید ستاد فقط از ⁦a-z⁩، ⁦0-9⁩ و ⁦-⁩ ساخته می‌شود (حداکثر ۴۰ نویسه).
roster-issue-committee-key-format = کلید کارگروه فقط از ⁦a-z⁩، ⁦0-9⁩، ⁦_⁩ و ⁦-⁩ ساخته می‌شود (حداکثر ۴۰ نویسه).
roster-issue-timezone = این نام منطقه زمانی نیست؛ نامی مانند ⁦Asia/Tehran⁩ بنویسید.
roster-issue-date-type = این مقدار تاریخ نیست: تاریخ را به شکل ۱۴۰۵/۰۱/۱۵ (خورشیدی) یا ⁦۲۰۲۶-۰۴-۰۴⁩ (میلادی) بنویسید.
roster-issue-date-format = تاریخ «{ $value }» معتبر نیست: آن را به شکل ۱۴۰۵/۰۱/۱۵ (خورشیدی) یا ⁦۲۰۲۶-۰۴-۰۴⁩ (میلادی) بنویسید.
roster-issue-date-year-format = تاریخ «{ $value }» معتبر نیست: سال را چهاررقمی بنویسید، مانند ۱۴۰۵/۰۱/۱۵.
roster-issue-date-year-out-of-range = تاریخ «{ $value }» معتبر نیست: سال آن بیرون از بازه پذیرفتنی است.
roster-issue-date-month-out-of-range = تاریخ «{ $value }» معتبر نیست: ماه باید از ۱ تا ۱۲ باشد.
roster-issue-date-day-out-of-range = تاریخ «{ $value }» معتبر نیست: این ماه چنین روزی ندارد.
roster-issue-vacant-with-id = جایگاه بلاتصدی (⁦vacant: true⁩) نمی‌تواند ⁦telegram_id⁩ هم داشته باشد.
roster-issue-term-end-without-start = پایان حکم (⁦term_end⁩) بدون آغاز آن (⁦term_start⁩) آمده است؛ ⁦term_start⁩ را هم بنویسید.
roster-issue-term-end-not-after-start = پایان حکم (⁦term_end⁩) باید پس از آغاز آن (⁦term_start⁩) باشد.
roster-issue-term-too-long = هر حکم حداکثر دو سال اعتبار دارد (بند ۲ آیین‌نامه): با این ⁦term_start⁩ آخرین روز مجاز { $lastDay } است.
roster-issue-officer-outside-council = فقط شورای تلفیق (⁦template: council⁩) { $roleName } خود را این‌جا تعیین می‌کند؛ در کارگروه، برای عضو مورد نظر ⁦role: { $role }⁩ بنویسید.
roster-issue-council-same-officer = یک نفر نمی‌تواند هم رئیس و هم دبیر شورای تلفیق باشد.
roster-issue-derived-members-outside-council = فقط بخش شورای تلفیق ⁦derived_members⁩ دارد (آن را فرمان ⁦roster export⁩ می‌نویسد)؛ جایگاه‌های این کارگروه را زیر ⁦members⁩ بنویسید.
roster-issue-council-parent = شورای تلفیق کارگروه فرعی نیست؛ ⁦parent⁩ را حذف کنید.
roster-issue-title-required = وقتی ⁦template⁩ نوشته نشده است، عنوان کارگروه (⁦title {"{"} fa, en {"}"}⁩) لازم است.
roster-issue-council-members = اعضای شورای تلفیق رؤسا و دبیران کارگروه‌ها هستند؛ ⁦members⁩ را خالی بگذارید.
roster-issue-seat-twice = این عنوان جایگاه در این کارگروه دو بار آمده است.
roster-issue-one-officer = هر کارگروه یک { $roleName } دارد.
roster-issue-hq-own-parent = ستاد نمی‌تواند ستاد بالادست خودش باشد.
roster-issue-hq-parent-level = فقط ستاد شهرستان ستاد بالادست (⁦parent⁩، ستاد استانی) دارد.
roster-issue-committee-key-twice = این کلید کارگروه دو بار به کار رفته است.
roster-issue-committee-own-parent = کارگروه نمی‌تواند کارگروه بالادست خودش باشد.
roster-issue-parent-unknown = کارگروهی با کلید «{ $parent }» در این فایل نیست.
roster-issue-parent-loop = کارگروه‌های بالادست (⁦parent⁩) یک دور بسته ساخته‌اند.
roster-issue-name-conflict = همین شناسه تلگرام (⁦telegram_id⁩ { $telegramId }) جای دیگری با نام «{ $name }» آمده است؛ هر شناسه تلگرام از آنِ یک نفر است.
roster-issue-council-twice = هر ستاد یک شورای تلفیق دارد.
roster-issue-council-officer-not-member = شناسه تلگرام { $telegramId } عضو شورای تلفیق نیست: اعضای آن رؤسا و دبیران (دارای ⁦telegram_id⁩) کارگروه‌های اصلی (غیرفرعی) همین فایل هستند.
roster-issue-quorum-format = حد نصاب را به شکل کسر بنویسید، مانند ⁦"2/3"⁩.
roster-issue-quorum-range = کسر حد نصاب باید بیشتر از ۰ و حداکثر ۱ باشد، مانند ⁦2/3⁩.
# Words the messages above take as variables.
roster-type-string = متن
roster-type-number = عدد
roster-type-fraction = عدد اعشاری
roster-type-int = عدد صحیح
roster-type-bigint = عدد
roster-type-boolean = مقدار ⁦true⁩ یا ⁦false⁩
roster-type-object = بخشی با کلید و مقدار
roster-type-array = فهرست
roster-type-set = مجموعه
roster-type-map = نگاشت
roster-type-file = فایل
roster-type-date = تاریخ
roster-type-date-object = تاریخ
roster-type-null = مقدار خالی (⁦null⁩)
roster-type-nan = مقدار نامعتبر (⁦NaN⁩)
roster-type-infinity = بی‌نهایت
roster-type-minus-infinity = منفی بی‌نهایت
roster-bound-at-least = دست‌کم
roster-bound-more-than = بیشتر از
roster-bound-exactly = دقیقاً
roster-bound-at-most = حداکثر
roster-bound-less-than = کمتر از
roster-unit-characters = نویسه
roster-unit-items = مورد
roster-unit-entries = مورد
roster-unit-bytes = بایت
roster-role-chair = رئیس
roster-role-secretary = دبیر

## /start: a seat holder links their Telegram account with their invite
start-greeting = { $name } گرامی، سلام. به ربات «کارگروه»، دستیار کارگروه‌های ستاد بازآفرینی پایدار شهرستان، خوش آمدید.
start-your-seats = سمت‌های شما:
start-seat-line = • { $committee }: { $role } ({ $seat })
start-staff-line = • { $hq }: کارشناس دبیرخانه ستاد
start-no-seats = هنوز سمتی در هیچ کارگروهی به نام شما ثبت نشده است. اگر عضو کارگروهی هستید، پیوند دعوت خود را از دبیرخانه ستاد بخواهید و آن را باز کنید.
start-help-hint = برای دیدن فرمان‌هایی که می‌توانید به کار ببرید، ‎/help را بفرستید.
start-linked = ✅ شما به‌عنوان «{ $seat }» در { $committee } ({ $hq }) ثبت شدید. دوره حکم شما تا { $termEnd } است.
start-already-yours = جایگاه «{ $seat }» پیش‌تر به نام شما ثبت شده است.
start-invite-unknown = این پیوند دعوت معتبر نیست. لطفاً پیوند را کامل و بدون تغییر باز کنید یا پیوند تازه‌ای از دبیرخانه ستاد بخواهید.
start-invite-used = این پیوند دعوت پیش‌تر به کار رفته است. هر پیوند فقط یک بار پذیرفته می‌شود؛ اگر این جایگاه از آنِ شماست، با دبیرخانه ستاد تماس بگیرید.
start-invite-seat-ended = جایگاه این پیوند دیگر در فهرست کارگروه نیست. لطفاً با دبیرخانه ستاد تماس بگیرید.
start-invite-seat-taken = این جایگاه اکنون به نام شخص دیگری ثبت است. اگر جابه‌جایی رخ داده، لطفاً با دبیرخانه ستاد تماس بگیرید.
start-private-only = لطفاً پیوند دعوت را در گفت‌وگوی خصوصی با ربات باز کنید.
start-invite-revoked = این پیوند دعوت با پیوند تازه‌تری جایگزین شده و دیگر پذیرفته نمی‌شود. برای دریافت پیوند معتبر با دبیرخانه ستاد تماس بگیرید.

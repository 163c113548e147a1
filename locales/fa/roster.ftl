roster-template-hq-name = ستاد بازآفرینی پایدار شهرستان نمونه
roster-template-clerk = کارشناس دبیرخانه ستاد
roster-template-header =
    فهرست ستاد و کارگروه‌ها (ساختار بخش «الف» آیین‌نامه).
    ۱. کلید، نام و شناسه گروه دبیرخانه ستاد را اصلاح کنید و کارشناسان دبیرخانه (staff) را با شناسه تلگرام بنویسید.
    ۲. برای هر جایگاه، اگر شناسه تلگرام عضو را می‌دانید، telegram_id و name را بنویسید؛ در غیر این صورت جایگاه بلاتصدی می‌ماند و پیوند دعوت می‌گیرد.
    ۳. شناسه گروه تلگرامی هر کارگروه را در chat_id بنویسید (عددی منفی).
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
cli-import-issue = - { $path }: { $message }
cli-import-unreadable = خواندن «{ $file }» ممکن نشد: { $reason }
cli-import-done = فهرست ستاد «{ $hq }» وارد شد: { $count } تغییر.
cli-import-unchanged = فهرست ستاد «{ $hq }» وارد شد: بدون تغییر (همه‌چیز از پیش به‌روز بود).
cli-unknown-hq = ستادی با کلید «{ $hq }» وجود ندارد. ستادهای موجود: { $known }
cli-no-hq = هنوز هیچ ستادی وارد نشده است. ابتدا «roster import FILE» را اجرا کنید.
cli-choose-hq = چند ستاد وجود دارد؛ یکی را با ‎--hq KEY انتخاب کنید: { $known }
cli-invites-none = هیچ جایگاه بلاتصدی‌ای وجود ندارد.
cli-invite-line = { $hq } / { $committee } / { $seat }: { $link }
cli-migrated = پایگاه داده به‌روز است.
cli-bot-unreachable = ارتباط با تلگرام برای گرفتن نام کاربری ربات برقرار نشد ({ $reason }). BOT_TOKEN و TELEGRAM_API_ROOT را بررسی کنید.
roster-notice-elected-role-kept = ⚠️ نقش جایگاه «{ $seat }» در { $committee } «{ $role }» ماند: اعضا در { $date } دارنده این جایگاه را به دبیری انتخاب کرده‌اند (بند ۷ آیین‌نامه) و تا همان شخص دارنده جایگاه است، فایل فهرست اعضا انتخاب اعضا را تغییر نمی‌دهد. دبیر با انتخاب دوباره، هنگامی که جایگاه دبیر بلاتصدی شود، تغییر می‌کند.
roster-notice-elected-secretary-stands = ⚠️ فایل، جایگاه «{ $seat }» در { $committee } را دبیر نوشته است، اما اعضا در { $date } دبیر را انتخاب کرده‌اند (بند ۷ آیین‌نامه) و دبیر منتخب همچنان دارنده جایگاه خود است؛ بنابراین «{ $seat }» «{ $role }» ماند. فهرست اعضا فقط تا تصمیم اعضا دبیر را تعیین می‌کند.
roster-notice-elected-role-replaced = ⚠️ نقش جایگاه «{ $seat }» در { $committee } طبق فایل «{ $role }» شد؛ اعضا در { $date } دارنده این جایگاه را به دبیری انتخاب کرده بودند (بند ۷ آیین‌نامه). اگر این تغییر مقصود نبوده، فایل را اصلاح و دوباره وارد کنید.

referral-received = 📨 { $hq } موضوعی را برای گزارش کتبی به { $committee } ارجاع داده است (بند ۱۲ آیین‌نامه):
    { $subject }
    ارجاع‌دهنده: { $name }
    مهلت گزارش کتبی: { $due }. پس از آماده شدن گزارش، ‎/report را بفرستید.
referral-reminder-week-before = ⏳ یادآوری: مهلت گزارش کتبی به دبیرخانه ستاد درباره ارجاع «{ $subject }» ({ $committee }) یک هفته دیگر، { $due }، به پایان می‌رسد. برای ارسال گزارش، ‎/report را بفرستید.
referral-reminder-due = ⏳ یادآوری: امروز، { $due }، آخرین مهلت گزارش کتبی درباره ارجاع «{ $subject }» ({ $committee }) است. برای ارسال گزارش، ‎/report را بفرستید.
referral-reminder-overdue = ⚠️ مهلت گزارش کتبی درباره ارجاع «{ $subject }» ({ $committee }) در { $due } به پایان رسیده و گزارش هنوز ارسال نشده است. لطفاً ‎/report را بفرستید.
referral-report-heading = 📄 گزارش کتبی { $committee } درباره ارجاع «{ $subject }» (بند ۱۲ آیین‌نامه)، ارسال‌شده به‌وسیله { $name }؛ مهلت گزارش: { $due }.
referral-report-text-follows = متنی که همراه گزارش فرستاده شد:
refer-usage = شناسه کارگروه، مهلت گزارش و موضوع را پس از فرمان بنویسید؛ مثلاً: ‎/refer physical ۱۴۰۵/۱۰/۱۵ بررسی طرح ساماندهی بافت تاریخی
refer-done = ✅ ارجاع شماره { $number } به { $committee } فرستاده شد و { $recipient } آن را دریافت کرد. مهلت گزارش کتبی { $due } است؛ یک هفته پیش از مهلت، در روز مهلت و پس از آن هر هفته تا ارسال گزارش یادآوری فرستاده می‌شود.
refer-not-staff = فقط کارشناسان دبیرخانه ستاد موضوعی را به کارگروه‌ها ارجاع می‌دهند (بند ۱۲ آیین‌نامه).
refer-not-staff-of-hq = این کارگروه به ستاد دیگری تعلق دارد. فقط کارشناسان دبیرخانه همان ستاد می‌توانند موضوعی را به آن ارجاع دهند.
refer-unknown-committee = کارگروهی با کلید «{ $key }» در ستاد شما نیست. کلیدهای موجود: { $keys }
refer-ambiguous = در چند ستاد شما کارگروهی با این کلید هست. کلید را همراه کلید ستاد بنویسید، یکی از این‌ها: { $choices }
refer-due-in-past = مهلت گزارش گذشته است. امروز ({ $today }) یا تاریخی پس از آن را انتخاب کنید.
refer-too-long = موضوع ارجاع بیش از { $max } حرف است.
refer-no-recipient = در این کارگروه نه دبیر و نه رئیس متصدی ندارند و کسی نمی‌تواند ارجاع را دریافت کند. لطفاً ابتدا فهرست کارگروه را تکمیل کنید.
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
referral-report-too-long = گزارش بیش از { $max } حرف است؛ آن را به‌صورت فایل بفرستید.
referrals-none = ارجاعی برای کارگروه‌های شما ثبت نشده است.
referrals-title = ارجاع‌های دبیرخانه ستاد (بند ۱۲ آیین‌نامه):
referrals-summary = { $open } ارجاع باز از { $total } ارجاع؛ ارجاع‌های باز در ابتدا آمده‌اند.
referrals-more = بیشتر ({ $left } مورد دیگر)
referrals-committee = { $committee }:
referrals-line = • شماره { $number }: { $subject } — مهلت { $due }: { $status }
referrals-status-open = ⏳ در انتظار گزارش کتبی
referrals-status-overdue = ⚠️ مهلت گذشته
referrals-status-reported = ✅ گزارش ارسال شد در { $date }

# نمای کلی ستاد (‎/overview): مینی‌اپ تلگرام برای کارشناسان دبیرخانه ستاد شهرستان و استان
overview-open = نمای کلی کارگروه‌های ستاد: جلسه بعد، پاسخ‌ها، صورتجلسه‌ها، مصوبه‌ها، ارجاع‌ها و حضور دستگاه‌ها در این فصل.
overview-button = 📊 نمای کلی ستاد
overview-not-configured = نمای کلی ستاد هنوز راه‌اندازی نشده است: نشانی عمومی آن در تنظیمات ربات تعیین نشده است (WEB_APP_BASE_URL). لطفاً به راهبر سامانه اطلاع دهید.
overview-not-staff = فقط کارشناسان دبیرخانه ستاد شهرستان یا استان می‌توانند نمای کلی ستاد را ببینند.
overview-private-only = نمای کلی ستاد فقط در گفتگوی خصوصی با ربات باز می‌شود. لطفاً همین فرمان را در گفتگوی خصوصی بفرستید.
overview-title = نمای کلی ستاد
overview-loading = در حال بارگذاری…
overview-failed = نمای کلی بارگذاری نشد. لطفاً دوباره تلاش کنید.
overview-refused-missing = این صفحه را باید از دکمه «نمای کلی ستاد» در گفتگو با ربات باز کنید.
overview-refused-forged = اعتبار این صفحه تأیید نشد. لطفاً آن را دوباره از دکمه ربات باز کنید.
overview-refused-stale = این صفحه کهنه شده است. لطفاً فرمان نمای کلی را دوباره بفرستید و صفحه را از دکمه تازه باز کنید.
overview-as-of = وضعیت در { $when }
overview-province = ستاد استان
overview-county = ستاد شهرستان
overview-no-groups = این ستاد کارگروهی ندارد.
overview-h-meeting = جلسه بعد
overview-h-minutes = آخرین صورتجلسه
overview-h-resolutions = مصوبه‌ها
overview-h-referrals = ارجاع‌های در انتظار گزارش
overview-h-attendance = حضور دستگاه‌ها در { $quarter ->
    [1] بهار
    [2] تابستان
    [3] پاییز
   *[4] زمستان
} { $year }
overview-no-meeting = جلسه‌ای دعوت نشده است.
overview-meeting = { $when }
overview-in-session = جلسه در حال برگزاری است (آغاز: { $when }).
overview-rsvp = حضور دارم { $attending }، حضور ندارم { $notAttending }، نماینده { $delegating }، بی‌پاسخ { $unanswered }
overview-minutes-none = هنوز صورتجلسه‌ای ثبت نشده است.
overview-minutes-on-time = ✅ جلسه { $held }: صورتجلسه در مهلت امضا و ارسال شد.
overview-minutes-late = ⚠️ جلسه { $held }: صورتجلسه پس از مهلت امضا و ارسال شد ({ $signed }).
overview-minutes-awaiting = ⏳ جلسه { $held }: صورتجلسه هنوز امضا نشده است؛ مهلت تا { $due }.
overview-minutes-overdue = ❌ جلسه { $held }: صورتجلسه امضا نشده و مهلت آن ({ $due }) گذشته است.
overview-resolutions = در انتظار تأیید ستاد: { $awaiting }؛ از موعد گذشته: { $overdue }
overview-referrals-none = ارجاعی در انتظار گزارش نیست.
overview-referral = { $subject } — مهلت { $due }
overview-referral-overdue = ❌ { $subject } — مهلت { $due } گذشته است
overview-attendance-none = در این فصل جلسه‌ای برگزار نشده است.
overview-attendance-share = { $present } از { $meetings } جلسه ({ $percent }٪)

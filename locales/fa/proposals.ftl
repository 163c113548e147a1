propose-no-meeting = جلسه‌ای برای کارگروه‌های شما تشکیل نشده است؛ پیشنهاد را پس از دریافت دعوت‌نامه بفرستید.
propose-choose-meeting = پیشنهاد برای کدام جلسه است؟
propose-ask-text = متن پیشنهاد کتبی خود را بفرستید.
propose-cancelled = ارسال پیشنهاد لغو شد و چیزی ثبت نشد.
propose-receipt = ✅ پیشنهاد کتبی شما با شماره { $number } ثبت و برای دبیر فرستاده شد. مهلت ارسال پیشنهاد تا { $deadline } است.
propose-late = مهلت ارسال پیشنهاد برای این جلسه ({ $deadline }) گذشته است ({ $source ->
        [group] قاعده این کارگروه: { $value } روز پیش از جلسه؛ آیین‌نامه در بند ۱۰ دست‌کم { $bylaw } روز می‌خواهد
       *[bylaw] بند ۱۰ آیین‌نامه: دست‌کم یک هفته پیش از جلسه
    }). اگر بخواهید، پیشنهاد برای جلسه بعد نگه داشته می‌شود.
propose-not-member = شما عضو این کارگروه نیستید.
propose-meeting-closed = این جلسه دیگر پیشنهاد نمی‌پذیرد (آغاز شده، پایان یافته یا لغو شده است).
propose-empty = متن پیشنهاد خالی است؛ لطفاً متن را بنویسید.
propose-too-long = متن پیشنهاد بیش از { $max } حرف است. آن را کوتاه کنید یا به‌صورت فایل با توضیح (کپشن) ‎/propose بفرستید.
proposal-keep = ⏭ برای جلسه بعد
proposal-kept = پیشنهاد شماره { $number } برای جلسه بعد نگه داشته شد.
proposal-for-officer = 📝 پیشنهاد کتبی شماره { $number } از { $name } برای جلسه { $committee } ({ $when }):
proposal-has-attachment = (پیوست در پیام بعد)
proposal-attachment-caption = پیوست پیشنهاد شماره { $number }
proposal-accept = ➕ افزودن به دستور
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

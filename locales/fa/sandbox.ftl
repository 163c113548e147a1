sandbox-title = کارگروه — محیط آزمایشی
sandbox-warning = این محیط برای آزمودن و آموزش است، نه داده‌های واقعی: هر کسی که این صفحه را باز کند می‌تواند به جای هر کسی کار کند.
sandbox-people = افراد
sandbox-search = جست‌وجوی نام یا سمت
sandbox-pick-hint = یک نفر را از فهرست برگزینید تا گفت‌وگوهای او را ببینید. چند نفر را می‌توانید کنار هم باز کنید.
sandbox-clock-now = ساعت محیط آزمایشی
sandbox-clock-ahead = { $days ->
    [0] همان زمان واقعی
   *[other] { $days } روز جلوتر از زمان واقعی
  }
sandbox-plus-day = یک روز جلوتر
sandbox-plus-week = هفت روز جلوتر
sandbox-reset = بازگشت به شهرستان نمونه
sandbox-reset-confirm = همه پیام‌ها و تغییرات پاک می‌شوند و شهرستان نمونه از نو بار می‌شود. ادامه می‌دهید؟
sandbox-export = دریافت فهرست اعضا
sandbox-private-chat = گفت‌وگو با بات
sandbox-message-placeholder = پیام؛ با / فرمان‌ها را ببینید
sandbox-send = فرستادن
sandbox-menu = فرمان‌ها
sandbox-close = بستن
sandbox-pinned = سنجاق‌شده
sandbox-edited = ویرایش‌شده
sandbox-no-messages = هنوز پیامی نیست. برای شروع ‎/start را بفرستید.
sandbox-role-chair = رئیس { $committee }
sandbox-role-secretary = دبیر { $committee }
sandbox-secretariat = دبیرخانه { $hq }
sandbox-failed = کار انجام نشد: { $reason }
sandbox-not-found = چنین نشانی‌ای در محیط آزمایشی نیست.
sandbox-no-file = این پیام پرونده‌ای ندارد.
sandbox-empty-text = پیام خالی است؛ چیزی بنویسید.
sandbox-text-too-long = پیام بیش از ۴۰۹۶ نویسه است؛ تلگرام آن را نمی‌پذیرد. کوتاه‌ترش کنید.
sandbox-no-message = این پیام دیگر در گفت‌وگو نیست.
sandbox-no-button = این دکمه دیگر زیر پیام نیست.
sandbox-clock-step = ساعت را فقط یک روز یا هفت روز می‌توان جلو برد.
sandbox-no-person = این شخص در فهرست اعضا نیست.
sandbox-not-in-chat = این شخص عضو این گفت‌وگو نیست.
sandbox-too-large = درخواست بیش از اندازه بزرگ است.
sandbox-bad-request = درخواست خوانا نیست.

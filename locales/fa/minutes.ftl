minutes-title = صورتجلسه { $committee }
minutes-draft-title = پیش‌نویس صورتجلسه { $committee }
minutes-number = شماره صورتجلسه: { $number }
minutes-supersedes = این نسخه جایگزین صورتجلسه شماره { $number } است. اصلاح: { $note }
minutes-when = تاریخ: { $date }، آغاز: { $start }، پایان: { $end }
minutes-present = حاضران: { $present } از { $seats } عضو دارای حق رأی؛ حد نصاب { $required }؛ { $quorate ->
    [yes] جلسه رسمیت یافت.
   *[no] جلسه به حد نصاب نرسید.
  }
minutes-by-delegate = { $delegate } (نماینده موقت { $member })
minutes-without-vote = (بدون حق رأی)
minutes-took-back = (ساعت { $time } حاضر شد و جایگاه را از نماینده، { $delegate }، بازپس گرفت؛ بند ۱)
minutes-left-early = (پیش از پایان جلسه رفت؛ در تصمیم‌های زمان حضورش حاضر بود)
minutes-absent = غایبان:
minutes-guests = مدعوان بدون حق رأی:
minutes-none = —
minutes-item-note = توضیح: { $note }
minutes-votes = رأی‌گیری‌ها و مصوبات:
minutes-secret = (رأی مخفی)
minutes-vote-result = موافق { $yes }، مخالف { $no }، ممتنع { $abstain }؛ حد لازم { $threshold } رأی موافق از { $seats } عضو ({ $rule })؛ { $decision ->
    [passed] تصویب شد.
    [no_quorum] بدون تصمیم: پیش از پایان رأی‌گیری جلسه از حد نصاب افتاد ({ $present } حاضر، حد نصاب { $required })؛ مصوبه‌ای تصویب یا رد نشد.
   *[failed] تصویب نشد.
  }
minutes-rule-absolute = نصف به‌علاوه یک کل اعضا، بند ۳
minutes-rule-strict = نصف به‌علاوه یک کل اعضا به تفسیر مضیق، بند ۳
minutes-notes = توضیحات:
minutes-signature = امضا: { $name }، { $role } کارگروه — { $at }
minutes-audit-head = گزارش رویدادها هنگام امضا (کد اصالت آخرین رویداد آن؛ با `audit verify` بررسی می‌شود): { $hash }
minutes-draft-ready = 📝 جلسه پایان یافت. پیش‌نویس صورتجلسه آماده است. { $source ->
        [group] طبق قاعده این کارگروه ({ $value } ساعت؛ آیین‌نامه در بند ۹ حداکثر { $bylaw } ساعت می‌خواهد)
       *[bylaw] طبق بند ۹ آیین‌نامه
    }، صورتجلسه باید تا { $due } امضا و برای همه اعضا و دبیرخانه ستاد فرستاده شود.
minutes-signed-header = 📜 صورتجلسه شماره { $number } { $committee } امضا و ابلاغ شد:
minutes-hash-footer = کد اصالت (SHA-256): { $hash }
    برای بررسی هر نسخه، کد یا شماره را با ‎/verify بفرستید؛ مثلاً: ‎/verify { $number }
minutes-file-caption = متن دقیق صورتجلسه شماره { $number } (برای بررسی با کد اصالت)
minutes-edit = ✏️ ویرایش توضیحات
minutes-sign = ✍️ امضا و ارسال
minutes-ack = ✅ رؤیت شد
minutes-receipts = 👁 رؤیت‌کنندگان
minutes-reminder = ⏳ یادآوری: { $hours } ساعت از پایان جلسه گذشته و صورتجلسه هنوز امضا نشده است. مهلت (بند ۹): { $due }. برای ویرایش و امضا ‎/minutes را بفرستید.
minutes-overdue-notice = ⚠️ مهلت { $value } ساعته صورتجلسه { $committee } ({ $due }) گذشته و صورتجلسه هنوز امضا و ابلاغ نشده است ({ $source ->
        [group] قاعده این کارگروه؛ آیین‌نامه در بند ۹ حداکثر { $bylaw } ساعت می‌خواهد
       *[bylaw] بند ۹ آیین‌نامه
    }).
minutes-edit-choose = چه چیزی را ویرایش می‌کنید؟ (حضور و غیاب و نتیجه رأی‌ها از سابقه جلسه می‌آید و قابل ویرایش نیست.)
minutes-edit-item = توضیح یک بند
minutes-edit-replace = جایگزینی متن توضیحات
minutes-edit-add = افزودن سطر
minutes-ask-item = شماره بند دستور جلسه را بفرستید.
minutes-ask-note = توضیح این بند را بفرستید (برای پاک کردن، یک خط تیره «-» بفرستید).
minutes-ask-replace = متن تازه توضیحات را بفرستید؛ جایگزین متن پیشین می‌شود.
minutes-ask-add = سطرهایی را که باید به توضیحات افزوده شود بفرستید.
minutes-ask-correction = این صورتجلسه پیش‌تر امضا شده است. نسخه تازه، اصلاحیه است؛ بنویسید چه چیزی اصلاح شده است.
minutes-saved = ✅ ذخیره شد.
minutes-not-signer = فقط دبیر کارگروه (یا رئیس، هنگامی که جایگاه دبیر بلاتصدی است) صورتجلسه را ویرایش و امضا می‌کند.
minutes-too-long = متن بیش از { $max } حرف است؛ لطفاً کوتاه‌تر بنویسید.
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
verify-usage = کد اصالت (۶۴ حرف)، شماره صورتجلسه (مانند ۱۲/۱) یا متن کامل آن را پس از ‎/verify بفرستید.
verify-no-match = ❌ این کد، شماره یا متن با هیچ صورتجلسه امضاشده‌ای مطابقت ندارد.
verify-match = ✅ مطابقت دارد: صورتجلسه شماره { $number } { $committee }، امضای { $signer } در { $at }.
    کد اصالت: { $hash }
verify-match-superseded = ✅ مطابقت دارد: صورتجلسه شماره { $number } { $committee }، امضای { $signer } در { $at }؛ اما نسخه اصلاحی تازه‌تری جایگزین آن شده است.
    کد اصالت: { $hash }
overdue-none = صورتجلسه عقب‌افتاده‌ای وجود ندارد.
overdue-title = صورتجلسه‌هایی که مهلت امضا و ابلاغ آن‌ها (بند ۹: ۴۸ ساعت، یا مهلتی که کارگروه تعیین کرده) گذشته است:
overdue-summary = { $total } صورتجلسه امضانشده از مهلت گذشته است؛ قدیمی‌ترین‌ها در ابتدا آمده‌اند.
overdue-committee = { $committee }:
overdue-line = • جلسه { $held } — { $hours } ساعت تأخیر
overdue-more = بیشتر ({ $left } مورد دیگر)
overdue-not-officer = فقط رئیس یا دبیر کارگروه و کارشناسان دبیرخانه ستاد می‌توانند صورتجلسه‌های عقب‌افتاده را ببینند.
minutes-pdf-attendance = حضور و غیاب
minutes-pdf-col-row = ردیف
minutes-pdf-col-seat = جایگاه / دستگاه
minutes-pdf-col-person = نام
minutes-pdf-col-status = وضعیت
minutes-pdf-present = حاضر
minutes-pdf-delegate-of = نماینده موقت { $member }
minutes-pdf-absent = غایب
minutes-pdf-guest = مدعو بدون حق رأی
minutes-pdf-votes = رأی‌گیری‌ها
minutes-pdf-col-question = موضوع
minutes-pdf-col-yes = موافق
minutes-pdf-col-no = مخالف
minutes-pdf-col-abstain = ممتنع
minutes-pdf-col-threshold = حد لازم (کل اعضا)
minutes-pdf-col-outcome = نتیجه
minutes-pdf-threshold = { $threshold } رأی موافق از { $seats } عضو ({ $rule })
minutes-pdf-outcome = { $decision ->
    [passed] تصویب شد
    [no_quorum] بدون تصمیم: جلسه پیش از پایان رأی‌گیری از حد نصاب افتاد ({ $present } حاضر، حد نصاب { $required })
   *[failed] تصویب نشد
  }
minutes-pdf-resolutions = مصوبات، مسئول اجرا و مهلت
minutes-pdf-col-resolution = مصوبه
minutes-pdf-col-owner = مسئول اجرا
minutes-pdf-col-due = مهلت
minutes-pdf-unassigned = تعیین نشده
minutes-pdf-notes = توضیحات
minutes-pdf-signature = امضا
minutes-pdf-footer-page = صورتجلسه شماره { $number } — صفحه { $page } از { $pages }
minutes-pdf-footer-hash = کد اصالت متن امضاشده (SHA-256): { $hash } — بررسی با ‎/verify { $number }
minutes-pdf-button = 📄 PDF صورتجلسه
minutes-pdf-caption = صورتجلسه شماره { $number } (PDF). کد اصالت متن امضاشده در پای هر صفحه آمده است.
minutes-pdf-sent = فایل PDF صورتجلسه در گفتگوی خصوصی برایتان فرستاده شد.
minutes-pdf-not-member = فایل PDF این صورتجلسه فقط برای اعضای همین کارگروه و دعوت‌شدگان جلسه فرستاده می‌شود.
minutes-pdf-changed = سابقه صورتجلسه شماره { $number } پس از امضا تغییر کرده و PDF منطبق با متن امضاشده آن ساخته نمی‌شود؛ متن دقیق همان فایل متنی است (‎/verify { $number }).
minutes-pdf-open-private = برای دریافت PDF، ابتدا ربات را در گفتگوی خصوصی باز کنید و ‎/start را بفرستید؛ سپس دوباره دکمه PDF را بزنید.

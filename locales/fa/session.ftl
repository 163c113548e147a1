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
session-final-left = پیش از پایان جلسه رفتند ({ $count })؛ در تصمیم‌های زمان حضورشان حاضر بودند:
session-final-guests = مدعوان بدون حق رأی ({ $count }):
session-guest-line = نماینده { $agency }: { $name }
session-sheet-title = حضور و غیاب جلسه { $committee }
session-sheet-hint = برای ثبت حضور یا غیاب هر عضو (مثلاً عضوی که تلفن همراه ندارد)، دکمه جایگاه او را بزنید: ✅ حاضر، ⬜ غایب.
session-sheet-vacant = جایگاه‌های بلاتصدی: { $seats }
session-sheet-term-ended = جایگاه‌هایی که حکم متصدی‌شان پایان یافته است (بند ۲؛ جزو اعضا شمرده می‌شوند و نمی‌توانند حاضر شوند): { $seats }
session-not-officer = فقط دبیر یا رئیس کارگروه می‌تواند جلسه را آغاز کند، حضور و غیاب را ثبت کند، رأی‌گیری کند یا جلسه را پایان دهد.
session-none-in-session = جلسه‌ای از کارگروه‌های شما در حال برگزاری نیست. نخست با ‎/startmeeting جلسه را آغاز کنید.
session-ambiguous = بیش از یک جلسه از کارگروه‌های شما در حال برگزاری است؛ لطفاً این فرمان را در گروه همان کارگروه بفرستید.
session-start-early-question = جلسه { $committee } برای { $when } تشکیل می‌شود، نه امروز. آیا همین حالا آغاز شود؟
session-start-early-confirm = ▶️ آغاز جلسه
session-start-no-meeting = جلسه‌ای برای امروز یا روزهای آینده در کارگروه‌های شما دعوت نشده است. نخست با ‎/convene به جلسه دعوت کنید.
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
check-in-non-voting = ✅ حضور شما ثبت شد (جایگاه شما حق رأی ندارد).
check-in-already = حضور شما پیش‌تر ثبت شده است.
check-in-took-back = ✅ حضور شما برای «{ $seat }» ثبت شد و جایگاه به شما برگشت؛ به نماینده شما ({ $name }) اطلاع داده شد (بند ۱). رأی‌های پیشین این جایگاه باقی است.
session-delegate-superseded = در جلسه { $committee }، { $member } خود حاضر شد و جایگاهش را بازپس گرفت؛ شما دیگر در این جلسه نماینده او نیستید (بند ۱). سپاس از همراهی شما.
check-in-term-ended = حکم شما برای «{ $seat }» در روز جلسه اعتبار ندارد (بند ۲)؛ این جایگاه نمی‌تواند حاضر شود یا رأی دهد. دبیرخانه ستاد حکم را با ‎/appoint تمدید می‌کند.
check-in-no-standing = شما عضو این کارگروه، نماینده پذیرفته‌شده یا مدعو این جلسه نیستید؛ حضوری ثبت نشد.
check-in-not-in-session = این جلسه در حال برگزاری نیست؛ حضوری ثبت نشد.
mark-present-done = ✅ حاضر ثبت شد.
mark-absent-done = ⬜ غایب ثبت شد.
mark-vacant-seat = این جایگاه بلاتصدی است و حضوری برای آن ثبت نمی‌شود.
mark-term-ended = حکم متصدی این جایگاه در روز جلسه اعتبار ندارد (بند ۲)؛ تا تمدید حکم با ‎/appoint نمی‌توان آن را حاضر ثبت کرد.
session-private-check-in = جلسه { $committee } آغاز شد. هنگامی که در جلسه حاضر شدید، دکمه «حاضرم» را بزنید.
session-sheet-guests = مدعوان بدون حق رأی ({ $count }) — حضور خود را خودشان با دکمه «حاضرم» ثبت می‌کنند و در حد نصاب شمرده نمی‌شوند:
session-sheet-guest-no-link = { $agency } (پیوند دعوت هنوز باز نشده است)

# B9: a session left open is closed by the bot so the minutes clock runs (services/session/auto-close.ts).
session-auto-closed = ⏹ جلسه { $committee } تا { $closedAt } باز مانده بود و ربات آن را بست: هر جلسه { $hours } ساعت پس از آغاز یا در نیمه‌شب به وقت ستاد، هر کدام زودتر برسد، بسته می‌شود تا مهلت { $value } ساعته صورتجلسه ({ $source ->
        [group] قاعده این کارگروه؛ آیین‌نامه در بند ۹ حداکثر { $bylaw } ساعت می‌خواهد
       *[bylaw] بند ۹ آیین‌نامه
    }) آغاز شود. صورتجلسه باید تا { $due } امضا و ارسال شود.
session-auto-closed-secretary = ⏹ جلسه { $committee } تا { $closedAt } باز مانده بود و ربات آن را بست ({ $hours } ساعت پس از آغاز یا نیمه‌شب به وقت ستاد، هر کدام زودتر). مهلت { $value } ساعته صورتجلسه ({ $source ->
        [group] قاعده این کارگروه؛ آیین‌نامه در بند ۹ حداکثر { $bylaw } ساعت می‌خواهد
       *[bylaw] بند ۹ آیین‌نامه
    }) از همین زمان آغاز شد: صورتجلسه را تا { $due } امضا و ارسال کنید (‎/minutes).

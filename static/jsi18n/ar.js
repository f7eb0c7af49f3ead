// The page scripts' words in ar, from its djangojs.po: written by `manage.py
// compilejsi18n` (make catalogs) and read by static/i18n.js. Do not edit.
globalThis.catalog = {
  plural: (n) => Number(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 && n%100<=99 ? 4 : 5),
  messages: {
 "%(count)s test drawing": [
  "%(count)s رسمة اختبار",
  "%(count)s رسمة اختبار",
  "%(count)s رسمتا اختبار",
  "%(count)s رسمات اختبار",
  "%(count)s رسمة اختبار",
  "%(count)s رسمة اختبار"
 ],
 "%(count)s training drawing": [
  "%(count)s رسمة تدريب",
  "%(count)s رسمة تدريب",
  "%(count)s رسمتا تدريب",
  "%(count)s رسمات تدريب",
  "%(count)s رسمة تدريب",
  "%(count)s رسمة تدريب"
 ],
 "%(label)s is often taken for %(other)s.": "كثيرًا ما تُخمَّن %(label)s على أنها %(other)s.",
 "+%(count)s test": [
  "+%(count)s اختبار",
  "+%(count)s اختبار",
  "+%(count)s اختبار",
  "+%(count)s اختبار",
  "+%(count)s اختبار",
  "+%(count)s اختبار"
 ],
 "Added label %(label)s.": "تمت إضافة التسمية %(label)s.",
 "Another quiz": "مسابقة أخرى",
 "Choose a samples.txt first.": "اختر ملف samples.txt أولًا.",
 "Copied to the clipboard.": "تم النسخ إلى الحافظة.",
 "Could not reach the server. Check your connection and try again.": "تعذّر الوصول إلى الخادم. تحقق من اتصالك وحاول مرة أخرى.",
 "Couldn't copy here: the token is selected, press Ctrl+C (⌘C on a Mac).": "تعذّر النسخ هنا: الرمز محدَّد، اضغط Ctrl+C (أو ⌘C على Mac).",
 "Delete all %(count)s %(label)s drawing? This can't be undone.": [
  "هل تحذف كل رسمات %(label)s (%(count)s)؟ لا يمكن التراجع عن هذا.",
  "هل تحذف رسمة %(label)s (%(count)s)؟ لا يمكن التراجع عن هذا.",
  "هل تحذف رسمتَي %(label)s (%(count)s)؟ لا يمكن التراجع عن هذا.",
  "هل تحذف كل رسمات %(label)s (%(count)s)؟ لا يمكن التراجع عن هذا.",
  "هل تحذف كل رسمات %(label)s (%(count)s)؟ لا يمكن التراجع عن هذا.",
  "هل تحذف كل رسمات %(label)s (%(count)s)؟ لا يمكن التراجع عن هذا."
 ],
 "Delete all your samples? This can't be undone.": "هل تحذف كل عيناتك؟ لا يمكن التراجع عن هذا.",
 "Deleted %(count)s drawing of %(label)s.": [
  "تم حذف %(count)s رسمة من %(label)s.",
  "تم حذف %(count)s رسمة من %(label)s.",
  "تم حذف %(count)s رسمتين من %(label)s.",
  "تم حذف %(count)s رسمات من %(label)s.",
  "تم حذف %(count)s رسمة من %(label)s.",
  "تم حذف %(count)s رسمة من %(label)s."
 ],
 "Deleted %(count)s sample.": [
  "تم حذف %(count)s عينة.",
  "تم حذف %(count)s عينة.",
  "تم حذف %(count)s عينتين.",
  "تم حذف %(count)s عينات.",
  "تم حذف %(count)s عينة.",
  "تم حذف %(count)s عينة."
 ],
 "Deleted the drawing; the model retrains without it.": "تم حذف الرسمة؛ وسيُعاد تدريب النموذج بدونها.",
 "Discarded the quiz drawing.": "تم إلغاء رسمة المسابقة.",
 "Draw %(label)s": "ارسم %(label)s",
 "Draw more %(label)s.": "ارسم المزيد من %(label)s.",
 "Draw something": "ارسم شيئًا",
 "Drawing %(round)s of %(rounds)s. Press “Done” when it is finished.": "الرسمة %(round)s من %(rounds)s. اضغط «انتهيت» عندما تنتهي منها.",
 "Drawing deleted.": "تم حذف الرسمة.",
 "Guessed right %(percent)s of the time (%(folds)s-fold cross-validation).": "خمّن بشكل صحيح في %(percent)s من المرات (تحقق متقاطع على %(folds)s أجزاء).",
 "Imported %(count)s drawing (%(labels)s).": [
  "تم استيراد %(count)s رسمة (%(labels)s).",
  "تم استيراد %(count)s رسمة (%(labels)s).",
  "تم استيراد %(count)s رسمتين (%(labels)s).",
  "تم استيراد %(count)s رسمات (%(labels)s).",
  "تم استيراد %(count)s رسمة (%(labels)s).",
  "تم استيراد %(count)s رسمة (%(labels)s)."
 ],
 "Importing…": "جارٍ الاستيراد…",
 "It could not guess it: wrong.": "لم يستطع تخمينها: خطأ.",
 "It guessed %(guess)s: right!": "خمّن %(guess)s: صحيح!",
 "It guessed %(guess)s: wrong.": "خمّن %(guess)s: خطأ.",
 "Keep for testing": "احفظها للاختبار",
 "Keep this %(label)s drawing for testing": "احتفظ برسمة %(label)s هذه للاختبار",
 "Kept as a %(label)s test drawing: %(count)s test drawing.": [
  "حُفظت كرسمة اختبار %(label)s: صار لديك %(count)s رسمة اختبار.",
  "حُفظت كرسمة اختبار %(label)s: صار لديك %(count)s رسمة اختبار.",
  "حُفظت كرسمة اختبار %(label)s: صار لديك %(count)s رسمتا اختبار.",
  "حُفظت كرسمة اختبار %(label)s: صار لديك %(count)s رسمات اختبار.",
  "حُفظت كرسمة اختبار %(label)s: صار لديك %(count)s رسمة اختبار.",
  "حُفظت كرسمة اختبار %(label)s: صار لديك %(count)s رسمة اختبار."
 ],
 "Kept the %(label)s drawing for testing: the model won't learn from it.": "حُفظت رسمة %(label)s للاختبار: لن يتعلم النموذج منها.",
 "Kept the drawing.": "تم الإبقاء على الرسمة.",
 "Line %(line)s: %(error)s": "السطر %(line)s: %(error)s",
 "Moved %(label)s down.": "تم نقل %(label)s لأسفل.",
 "Moved %(label)s up.": "تم نقل %(label)s لأعلى.",
 "Moved the drawing to %(label)s.": "تم نقل الرسمة إلى %(label)s.",
 "Moved the drawing to %(label)s; the model retrains on it.": "تم نقل الرسمة إلى %(label)s؛ وسيُعاد تدريب النموذج عليها.",
 "No guess yet.": "لا يوجد تخمين بعد.",
 "No labels yet: add one under Training Data.": "لا توجد تسميات بعد: أضف واحدة في «بيانات التدريب».",
 "No labels.": "لا توجد تسميات.",
 "No model yet": "لا يوجد نموذج بعد",
 "Not sure: maybe %(guess)s?": "لست متأكدًا: ربما %(guess)s؟",
 "On %(count)s drawing it has never seen: %(percent)s right.": [
  "على %(count)s رسمة لم يرها من قبل: نسبة الصواب %(percent)s.",
  "على %(count)s رسمة لم يرها من قبل: نسبة الصواب %(percent)s.",
  "على %(count)s رسمتين لم يرهما من قبل: نسبة الصواب %(percent)s.",
  "على %(count)s رسمات لم يرها من قبل: نسبة الصواب %(percent)s.",
  "على %(count)s رسمة لم يرها من قبل: نسبة الصواب %(percent)s.",
  "على %(count)s رسمة لم يرها من قبل: نسبة الصواب %(percent)s."
 ],
 "Quiz over: your model got %(right)s of %(round)s right.": "انتهت المسابقة: أصاب نموذجك في %(right)s من %(round)s.",
 "Quiz stopped. The drawings you finished are kept as test drawings.": "توقفت المسابقة. الرسمات التي أنهيتها محفوظة كرسمات اختبار.",
 "Remove %(label)s and its %(count)s drawing?": [
  "هل تزيل %(label)s مع %(count)s رسمة؟",
  "هل تزيل %(label)s مع %(count)s رسمة؟",
  "هل تزيل %(label)s مع %(count)s رسمتين؟",
  "هل تزيل %(label)s مع %(count)s رسمات؟",
  "هل تزيل %(label)s مع %(count)s رسمة؟",
  "هل تزيل %(label)s مع %(count)s رسمة؟"
 ],
 "Remove %(label)s and its %(count)s sample?": [
  "هل تزيل %(label)s مع %(count)s عينة؟",
  "هل تزيل %(label)s مع %(count)s عينة؟",
  "هل تزيل %(label)s مع %(count)s عينتين؟",
  "هل تزيل %(label)s مع %(count)s عينات؟",
  "هل تزيل %(label)s مع %(count)s عينة؟",
  "هل تزيل %(label)s مع %(count)s عينة؟"
 ],
 "Remove label": "أزِل التسمية",
 "Remove label %(label)s": "أزِل التسمية %(label)s",
 "Removed label %(label)s.": "تمت إزالة التسمية %(label)s.",
 "Saved as %(label)s: %(count)s sample.": [
  "حُفظت كـ %(label)s: صار لديك %(count)s عينة.",
  "حُفظت كـ %(label)s: صار لديك %(count)s عينة.",
  "حُفظت كـ %(label)s: صار لديك %(count)s عينتان.",
  "حُفظت كـ %(label)s: صار لديك %(count)s عينات.",
  "حُفظت كـ %(label)s: صار لديك %(count)s عينة.",
  "حُفظت كـ %(label)s: صار لديك %(count)s عينة."
 ],
 "Score: %(right)s of %(round)s": "النتيجة: %(right)s من %(round)s",
 "Submit %(label)s": "أرسل %(label)s",
 "Submit as %(label)s": "أرسلها كـ %(label)s",
 "The canvas is empty: draw %(label)s first.": "لوحة الرسم فارغة: ارسم %(label)s أولًا.",
 "The canvas is empty: draw something first, then submit it.": "لوحة الرسم فارغة: ارسم شيئًا أولًا، ثم أرسله.",
 "The drawing was not deleted: %(why)s": "لم تُحذف الرسمة: %(why)s",
 "The model now learns from the %(label)s drawing.": "صار النموذج يتعلم من رسمة %(label)s.",
 "The server answered %(status)s %(reason)s.": "ردّ الخادم بـ %(status)s %(reason)s.",
 "The server answered %(status)s.": "ردّ الخادم بـ %(status)s.",
 "Train at least two labels first: the quiz asks for them.": "درّب تسميتين على الأقل أولًا: المسابقة تطلب منك رسمهما.",
 "Train on it": "درّب عليها",
 "Train on this %(label)s drawing": "درّب على رسمة %(label)s هذه",
 "Trained on %(count)s sample": [
  "دُرِّب على %(count)s عينة",
  "دُرِّب على %(count)s عينة",
  "دُرِّب على %(count)s عينتين",
  "دُرِّب على %(count)s عينات",
  "دُرِّب على %(count)s عينة",
  "دُرِّب على %(count)s عينة"
 ],
 "Trained on %(count)s sample at %(time)s": [
  "دُرِّب على %(count)s عينة عند %(time)s",
  "دُرِّب على %(count)s عينة عند %(time)s",
  "دُرِّب على %(count)s عينتين عند %(time)s",
  "دُرِّب على %(count)s عينات عند %(time)s",
  "دُرِّب على %(count)s عينة عند %(time)s",
  "دُرِّب على %(count)s عينة عند %(time)s"
 ],
 "Type an emoji or a short word.": "اكتب إيموجي أو كلمة قصيرة.",
 "Waiting for training": "في انتظار التدريب",
 "drawings kept for testing\u0004test": "اختبار",
 "your %(label)s drawing, open it in your samples": "رسمتك %(label)s، افتحها في عيناتك",
 "… and %(count)s more bad line.": [
  "… و%(count)s سطر خاطئ آخر.",
  "… و%(count)s سطر خاطئ آخر.",
  "… و%(count)s سطران خاطئان آخران.",
  "… و%(count)s أسطر خاطئة أخرى.",
  "… و%(count)s سطرًا خاطئًا آخر.",
  "… و%(count)s سطر خاطئ آخر."
 ]
},
};
